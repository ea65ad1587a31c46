"""A note written while another connection holds a long write waits for it, and is kept;
a deleted note's words leave the full-text index."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from briefer.core.delegations import create_delegation
from briefer.core.errors import Cancelled
from briefer.core.notes import add_note, delete_note, list_notes
from briefer.core.selection import STEP, import_selection
from briefer.core.store import open_store


def test_a_note_saved_during_a_long_import_waits_and_is_kept(store):
    delegation = create_delegation(store, "D", "SN")
    held, release = threading.Event(), threading.Event()

    def long_import() -> None:
        other = sqlite3.connect(store.data.user_db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        held.set()
        release.wait(10)
        other.execute("COMMIT")
        other.close()

    worker = threading.Thread(target=long_import)
    worker.start()
    held.wait(10)
    threading.Timer(1.5, release.set).start()  # the import ends while the note waits
    note = add_note(store, delegation, None, "written during the import")
    worker.join()
    assert store.query("SELECT body FROM notes WHERE id = ?", (note.id,)) == [
        {"body": "written during the import"}
    ]


def test_a_deleted_note_leaves_no_word_in_the_index(store):
    delegation = create_delegation(store, "D", "SN")
    note = add_note(store, delegation, None, "zanzibarique confidential")
    delete_note(store, note.id)
    assert store.query("SELECT * FROM notes_fts WHERE notes_fts MATCH 'zanzibarique'") == []
    raw = b"".join(
        bytes(r[0]) if isinstance(r[0], bytes) else str(r[0]).encode()
        for r in store.conn.execute("SELECT block FROM notes_fts_data")
    )
    assert b"zanzibarique" not in raw


def _big_selection(path, n: int) -> None:
    """A colleague's selection of `n` marks on items this catalogue lacks (synthetic)."""
    path.write_text(
        json.dumps(
            {
                "format": "briefer-selection",
                "format_version": 1,
                "delegation": {"uid": "uid-big", "name": "Colleagues", "delegates": []},
                "marks": [
                    {"item_id": f"x:item-{i}", "priority": "should", "delegates": []}
                    for i in range(n)
                ],
                "notes": [],
                "items": [
                    {"id": f"x:item-{i}", "kind": "session", "title_en": f"Item {i}"}
                    for i in range(n)
                ],
            }
        )
    )


def test_a_note_saved_during_a_selection_import_gets_in_before_the_import_ends(store, tmp_path):
    mine = create_delegation(store, "Mine", "SN")
    path = tmp_path / "big.briefer-selection"
    _big_selection(path, 10 * STEP)
    seen: list[int] = []
    writers: list[threading.Thread] = []

    def write_note() -> None:
        with open_store(store.folder, housekeeping=False) as other:
            add_note(other, mine, None, "written during the import")
            seen.append(other.query_one("SELECT count(*) AS n FROM marks")["n"])

    def step(done: int, total: int) -> None:
        if done == STEP and not writers:
            writers.append(threading.Thread(target=write_note))
            writers[0].start()

    report = import_selection(store, path, step=step)
    writers[0].join(10)
    assert report.marks_added == 10 * STEP
    assert len(seen) == 1 and seen[0] < 10 * STEP  # in between steps, not after the import
    assert [n.body for n in list_notes(store, mine, None)] == ["written during the import"]


def test_an_import_stopped_midway_keeps_whole_entries_and_completes_when_run_again(store, tmp_path):
    path = tmp_path / "big.briefer-selection"
    _big_selection(path, 4 * STEP)

    def stop(done: int, total: int) -> None:
        if done >= 2 * STEP:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_selection(store, path, step=stop)
    assert store.query_one("SELECT count(*) AS n FROM marks")["n"] == 2 * STEP
    report = import_selection(store, path)
    assert report.marks_added == 2 * STEP and not report.mark_conflicts
    assert store.query_one("SELECT count(*) AS n FROM marks")["n"] == 4 * STEP
    titles = store.query("SELECT title_en FROM item_snapshots WHERE item_id = 'x:item-1999'")
    assert titles == [{"title_en": "Item 1999"}]
