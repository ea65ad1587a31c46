import hashlib
import sqlite3
from pathlib import Path

import pytest
from factories import make_catalogue, session

from briefer.core.catalogue.items import item_detail
from briefer.core.datafolder import DATA_DIR_ENV, DataFolder
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import StoreError
from briefer.core.marks import get_mark, set_mark
from briefer.core.migrations import LATEST
from briefer.core.notes import add_note, list_notes
from briefer.core.store import open_store

V1_DUMP = Path(__file__).parents[1] / "data" / "user_v1.sql"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_has_two_files_and_uses_wal(store):
    assert store.user_path.exists() and store.catalogue_path.exists()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_catalogue_is_attached_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM cat.sessions")


def test_first_released_schema_upgrades_without_loss(data_dir: Path):
    data_dir.mkdir(parents=True)
    user = data_dir / "user.db"
    conn = sqlite3.connect(user)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()
    with open_store(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        delegation = store.query_one("SELECT * FROM delegations")
        assert delegation["name"] == "Délégation du Sénégal"
        notes = store.query("SELECT id, body FROM notes ORDER BY id")
        assert [n["body"] for n in notes] == ["Préparer les éléments de langage", "ملاحظة الوفد"]
        mark = store.query_one("SELECT * FROM marks")
        assert (mark["item_id"], mark["priority"]) == ("ppf:ses-2021-101", "must")
        found = store.query("SELECT note_id FROM notes_fts WHERE notes_fts MATCH '\"ملاحظه\"'")
        assert len(found) == 1
    backups = list(data_dir.glob("user.db.v1.*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_newer_database_is_refused_and_left_untouched(data_dir: Path):
    open_store(data_dir).close()
    user = data_dir / "user.db"
    conn = sqlite3.connect(user)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    before = digest(user)
    with pytest.raises(StoreError, match="newer version of Briefer"):
        open_store(data_dir)
    assert digest(user) == before


def test_corrupt_database_is_refused_and_left_untouched(data_dir: Path):
    data_dir.mkdir(parents=True)
    user = data_dir / "user.db"
    user.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    before = digest(user)
    with pytest.raises(StoreError, match="damaged"):
        open_store(data_dir)
    assert digest(user) == before


def test_foreign_sqlite_file_is_refused(data_dir: Path):
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db")
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not Briefer's"):
        open_store(data_dir)


def test_damaged_catalogue_is_restored_from_the_bundle(data_dir: Path):
    open_store(data_dir).close()
    (data_dir / "catalogue.db").write_bytes(b"garbage")
    with open_store(data_dir) as store:
        assert store.query_one("SELECT count(*) AS n FROM cat.sessions")["n"] > 0


def test_replacing_the_catalogue_keeps_marks_and_notes(store, tmp_path: Path):
    delegation = create_delegation(store, "Delegation")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina], "Health is our priority")
    add_note(store, delegation, "ppf:ses-2021-101", "Ask about the pandemic treaty.")
    make_catalogue(tmp_path / "other.db", [session("x", "Another programme")])
    store.replace_catalogue(tmp_path / "other.db")
    assert store.query_one("SELECT count(*) AS n FROM cat.sessions")["n"] == 1
    mark = get_mark(store, delegation, "ppf:ses-2021-101")
    assert (mark.priority, mark.delegates, mark.reason) == (
        "must",
        ("Amina",),
        "Health is our priority",
    )
    assert [n.body for n in list_notes(store, delegation, "ppf:ses-2021-101")] == [
        "Ask about the pandemic treaty."
    ]
    detail = item_detail(store, "ppf:ses-2021-101", "en")
    assert detail["status"] == "withdrawn"
    assert detail["title"] == "Risking repeat: The urgency of better pandemic preparedness"


def test_data_dir_comes_from_the_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "usb"))
    assert DataFolder.locate().root == tmp_path / "usb"
    assert DataFolder.locate(tmp_path / "flag").root == tmp_path / "flag"
