"""A note written while another connection holds a long write waits for it, and is kept;
a deleted note's words leave the full-text index."""

from __future__ import annotations

import sqlite3
import threading

from briefer.core.delegations import create_delegation
from briefer.core.notes import add_note, delete_note


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
