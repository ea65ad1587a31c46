"""A meeting's stored logistics read by one parser (`meetings.parse_logistics`), and its search
entry written by migration 12 as the live code writes it (`meetings.meeting_index_texts`)."""

import json
import sqlite3
from pathlib import Path

import pytest

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting, get_meeting, parse_logistics, reindex_meeting
from briefer.core.migrations import apply_migrations
from briefer.core.selection import export_selection
from briefer.core.store import open_store


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        (None, {}),
        ("", {}),
        ('{"badge": "VIP"}', {"badge": "VIP"}),
        ('{"badge": ', {}),  # damaged
        ('["VIP"]', {}),  # not an object
        ("7", {}),
    ],
)
def test_stored_logistics_read_as_an_object_or_nothing(stored, read):
    assert parse_logistics(stored) == read


def _damage_logistics(store, meeting_id: str) -> None:
    with store.transaction():
        store.conn.execute(
            "UPDATE meetings SET logistics = '{\"badge\": ' WHERE id = ?", (meeting_id,)
        )


def test_a_damaged_logistics_value_is_exported_as_none_not_a_traceback(store, tmp_path: Path):
    """Found by review: the selection export read the column with its own json.loads, which
    raised on a value the window read as no logistics."""
    delegation = create_delegation(store, "Délégation du Mali")
    meeting = add_meeting(store, delegation, "Bilatérale", logistics={"badge": "VIP"}).value
    _damage_logistics(store, meeting.id)
    assert get_meeting(store, meeting.id).logistics == {}
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    (record,) = json.loads(path.read_text(encoding="utf-8"))["meetings"]
    assert (record["id"], record["title"], record["logistics"]) == (meeting.id, "Bilatérale", {})


def _entry(store, meeting_id: str) -> tuple[str, str]:
    row = store.query_one("SELECT title, body FROM own_fts WHERE own_id = ?", (meeting_id,))
    return row["title"], row["body"]


def test_migration_12_writes_a_meeting_entry_as_the_live_code_does(data_dir: Path):
    """The migration reads the rows with its own SQL; what an entry says is the live code's."""
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db", isolation_level=None)
    apply_migrations(conn, upto=11)
    stamp = "2026-12-01T10:00:00Z"
    conn.execute(
        "INSERT INTO delegations (id, uid, name, created) VALUES (1, 'd1', 'الوفد', ?)", (stamp,)
    )
    meetings = [
        ("own:meeting-1", "لقاء مع وUNICEF", "Salle Jaurès", '{"interpretation": "EN-FR booth"}'),
        ("own:meeting-2", "Dîner", None, '{"badge": '),  # damaged
        ("own:meeting-3", "Presse", None, '["VIP"]'),  # not an object
    ]
    for meeting in meetings:
        conn.execute(
            "INSERT INTO meetings (id, delegation_id, title, place, logistics, created, modified)"
            " VALUES (?, 1, ?, ?, ?, ?, ?)",
            (*meeting, stamp, stamp),
        )
    conn.executemany(
        "INSERT INTO meeting_counterparts (meeting_id, person_id, name, position)"
        " VALUES ('own:meeting-1', ?, ?, ?)",
        [("own:person-1", "رئيس البعثة", 0), ("own:person-2", "Amina Diallo", 1)],
    )
    conn.close()
    with open_store(data_dir) as store:
        migrated = {m[0]: _entry(store, m[0]) for m in meetings}
        with store.transaction():
            for meeting_id in migrated:
                reindex_meeting(store, meeting_id)
        assert {m: _entry(store, m) for m in migrated} == migrated
    title, body = migrated["own:meeting-1"]
    assert "unicef" in title.casefold() and "booth" in body.casefold() and "amina" in body
