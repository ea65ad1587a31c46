"""A removed delegate's history stays theirs: delegates' ids are never given again."""

import json
import sqlite3

from briefer.core.delegations import add_delegate, create_delegation, remove_delegate
from briefer.core.migrations import apply_migrations
from briefer.core.packs.content import previous_pack

ITEM = "ppf:ses-2021-101"


def test_a_new_delegate_has_no_pack_history_of_a_removed_one(cli, tmp_path):
    """Found by review: SQLite gave a removed delegate's id to the next delegate added, whose
    first pack then listed the changes since the removed delegate's last pack, and
    `changes --packs` named the new delegate for it."""
    assert cli("delegation", "create", "Délégation test")[0] == 0
    assert cli("delegate", "add", "Amal")[0] == 0
    assert cli("delegate", "add", "Bilal")[0] == 0
    assert cli("mark", ITEM, "--delegate", "Bilal")[0] == 0
    code, _, err = cli(
        "pack", "--delegate", "Bilal", "--out", str(tmp_path / "bilal.docx"), "--format", "docx"
    )
    assert code == 0, err
    assert cli("delegate", "remove", "Bilal")[0] == 0
    assert cli("delegate", "add", "Chadi")[0] == 0
    _, out, _ = cli("changes", "--packs")
    row = out.splitlines()[2]
    assert "Bilal (removed)" in row and "Chadi" not in row and " docx " in row
    listed = json.loads(cli("changes", "--packs", "--json")[1])
    assert listed[0]["delegate"] == "Bilal" and listed[0]["delegate_removed"] is True
    assert cli("mark", ITEM, "--delegate", "Chadi")[0] == 0
    code, out, err = cli(
        "pack",
        "--delegate",
        "Chadi",
        "--out",
        str(tmp_path / "chadi.docx"),
        "--format",
        "docx",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["since"] is None


def test_delegate_ids_are_not_reused_for_marks_or_meetings(store):
    delegation = create_delegation(store, "Délégation test")
    add_delegate(store, delegation, "Amal")
    bilal = add_delegate(store, delegation, "Bilal")
    remove_delegate(store, bilal)
    chadi = add_delegate(store, delegation, "Chadi")
    assert chadi.id > bilal.id
    assert previous_pack(store, delegation, chadi, "en") is None


def test_the_migration_gives_reused_ids_history_back_to_no_one(tmp_path):
    """Packs printed for a removed delegate before their id was given again keep an id of
    their own; the delegates table then never gives an id twice."""
    conn = sqlite3.connect(tmp_path / "user.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    apply_migrations(conn, upto=10)
    conn.executescript(
        """
        INSERT INTO delegations (id, uid, name, created) VALUES (1, 'd', 'Test', '2026-01-01');
        INSERT INTO delegates VALUES (1, 'a', 1, 'Amal', NULL, '2026-01-01T00:00:00Z');
        INSERT INTO delegates VALUES (2, 'c', 1, 'Chadi', NULL, '2026-03-01T00:00:00Z');
        INSERT INTO marks (delegation_id, item_id, created, modified)
          VALUES (1, 'x', '2026-01-01', '2026-01-01');
        INSERT INTO mark_delegates VALUES (1, 'x', 2);
        INSERT INTO packs (delegation_id, delegate_id, created) VALUES
          (1, 2, '2026-02-01T00:00:00Z'), (1, 2, '2026-04-01T00:00:00Z'),
          (1, 1, '2026-02-01T00:00:00Z'), (1, NULL, '2026-02-01T00:00:00Z');
        """
    )
    assert apply_migrations(conn) >= 11
    packs = conn.execute("SELECT id, delegate_id, delegate_name FROM packs ORDER BY id").fetchall()
    assert packs == [(1, 3, None), (2, 2, "Chadi"), (3, 1, "Amal"), (4, None, None)]
    assert conn.execute("SELECT * FROM mark_delegates").fetchall() == [(1, "x", 2)]
    conn.execute("DELETE FROM delegates WHERE id = 2")
    assert conn.execute("SELECT count(*) FROM mark_delegates").fetchone()[0] == 0
    conn.execute(
        "INSERT INTO delegates (uid, delegation_id, name, created) VALUES ('e', 1, 'E', 'now')"
    )
    assert conn.execute("SELECT id FROM delegates WHERE uid = 'e'").fetchone()[0] == 4
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
