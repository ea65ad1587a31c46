"""The user's data encrypted at rest: no byte of what they wrote in the data folder, in plain."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.cli import EXIT_STORE, main
from briefer.core import crypto, storecrypt
from briefer.core.datafolder import DataFolder
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.meetings import add_meeting
from briefer.core.notes import add_note
from briefer.core.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SECRETS = {
    "note": "Zanzibar-note-7731",
    "reason": "Quokka-reason-5512",
    "delegate": "Ottoline Vexworth-9920",
    "meeting": "Bilateral Marzipan-4471",
}


@pytest.fixture(autouse=True)
def _fresh_keyring(monkeypatch):
    """A cheap scrypt for in-process tests (the key file records the cost used), no key kept."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**12)
    yield
    crypto.KEYRING._keys.clear()


@pytest.fixture
def data(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def cli(data: DataFolder, tmp_path: Path, monkeypatch, capsys):
    """`briefer --data-dir DATA ARGS…` with the given lines as $BRIEFER_PASSPHRASE_FILE."""

    def run(*args: str, secrets: tuple[str, ...] = ()) -> tuple[int, str, str]:
        source = tmp_path / "passphrase.txt"
        source.write_text("\n".join(secrets) + "\n", encoding="utf-8")
        monkeypatch.setenv(crypto.PASSPHRASE_FILE_ENV, str(source))
        crypto.KEYRING._keys.clear()  # each command is a process of its own
        code = main(["--data-dir", str(data.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write_everything(data: DataFolder) -> None:
    with open_store(data) as store:
        delegation = create_delegation(store, "D")
        add_delegate(store, delegation, SECRETS["delegate"])
        set_mark(store, delegation, "ppf:ses-2021-101", "must", reason=SECRETS["reason"])
        add_note(store, delegation, "ppf:ses-2021-101", f"# {SECRETS['note']}")
        add_meeting(store, delegation, SECRETS["meeting"], day="2021-11-11", start="10:00")


def found_in_folder(root: Path) -> dict[str, list[str]]:
    """Which secrets appear, in UTF-8 or UTF-16, in which files under `root`."""
    hits: dict[str, list[str]] = {}
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for name, text in SECRETS.items():
            forms = [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
            if any(form in raw for form in forms):
                hits.setdefault(name, []).append(path.name)
    return hits


def test_secrets_are_absent_from_every_byte_once_a_passphrase_is_set(data, cli):
    write_everything(data)
    data.packs.mkdir()
    (data.packs / "pack-d-en.pdf").write_bytes(b"%PDF-1.7 " + SECRETS["note"].encode())
    with open_store(data) as store:  # a backup of the plain file, as a migration leaves one
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (data.root / "user.db.v9.20260101T000000Z.bak").write_bytes(data.user_db.read_bytes())
    assert set(found_in_folder(data.root)) == set(SECRETS)  # the check can fail

    code, out, err = cli("passphrase", "set", secrets=("a long passphrase",))
    assert code == 0, err
    assert "cannot be recovered" in out
    assert found_in_folder(data.root) == {}
    assert crypto.is_encrypted(data) and not storecrypt.is_plain_sqlite(data.user_db)
    backup = data.root / "user.db.v9.20260101T000000Z.bak"
    assert backup.exists() and not storecrypt.is_plain_sqlite(backup)
    assert not any(data.packs.iterdir())

    # Writing while encrypted (WAL, a second note), then reading back after unlocking.
    assert (
        cli(
            "note",
            "--delegation",
            "--text",
            SECRETS["note"] + " again",
            secrets=("a long passphrase",),
        )[0]
        == 0
    )
    assert found_in_folder(data.root) == {}
    code, out, _ = cli("notes", secrets=("a long passphrase",))
    assert code == 0 and SECRETS["note"] in out
    code, out, _ = cli("meeting", "list", secrets=("a long passphrase",))
    assert code == 0 and SECRETS["meeting"] in out
    crypto.unlock(data, "a long passphrase")
    with open_store(crypto_backup_folder(data, backup)) as copy:
        assert copy.query_one("SELECT name FROM delegates")["name"] == SECRETS["delegate"]


def crypto_backup_folder(data: DataFolder, backup: Path) -> DataFolder:
    """A folder whose user.db is the encrypted backup, unlocked with the same key."""
    folder = DataFolder(data.root.parent / "restored")
    folder.ensure()
    (folder.root / "user.db").write_bytes(backup.read_bytes())
    (folder.root / "catalogue.db").write_bytes(data.catalogue_db.read_bytes())
    crypto.KEYRING.put(folder, crypto.KEYRING.get(data))
    return folder


def test_wrong_passphrase_is_a_clear_message_and_changes_nothing(data, cli):
    write_everything(data)
    assert cli("passphrase", "set", secrets=("a long passphrase",))[0] == 0
    before = {p.name: p.read_bytes() for p in data.root.iterdir() if p.is_file()}
    code, _, err = cli("marks", secrets=("not the passphrase",))
    assert code == EXIT_STORE
    assert "passphrase is wrong" in err and "Traceback" not in err
    code, _, err = cli("passphrase", "change", secrets=("not the passphrase", "new one here"))
    assert code == EXIT_STORE and "passphrase is wrong" in err
    code, _, err = cli("passphrase", "remove", secrets=("nope nope",))
    assert code == EXIT_STORE
    after = {p.name: p.read_bytes() for p in data.root.iterdir() if p.is_file()}
    assert after == before


def test_change_then_recover_then_remove(data, cli):
    write_everything(data)
    code, out, _ = cli("passphrase", "set", secrets=("first passphrase",))
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") > 8)
    assert cli("passphrase", "change", secrets=("first passphrase", "second passphrase"))[0] == 0
    assert cli("marks", secrets=("first passphrase",))[0] == EXIT_STORE
    code, out, _ = cli("marks", secrets=("second passphrase",))
    assert code == 0 and "ppf:ses-2021-101" in out
    code, _, err = cli("passphrase", "recover", secrets=("AAAA-" * 12 + "AAAA", "third one!"))
    assert code == EXIT_STORE and "recovery key is wrong" in err
    assert cli("passphrase", "recover", secrets=(recovery, "third passphrase"))[0] == 0
    assert cli("marks", secrets=("second passphrase",))[0] == EXIT_STORE
    assert cli("passphrase", "remove", secrets=("third passphrase",))[0] == 0
    assert not crypto.is_encrypted(data) and not data.key_file.exists()
    assert storecrypt.is_plain_sqlite(data.user_db)
    assert set(found_in_folder(data.root)) == set(SECRETS)
    code, out, _ = cli("marks")
    assert code == 0 and "ppf:ses-2021-101" in out


def test_locked_store_refuses_to_open_without_the_key(data):
    write_everything(data)
    storecrypt.set_passphrase(data, "a long passphrase")
    crypto.lock(data)
    with pytest.raises(crypto.LockedError):
        open_store(data)
    with pytest.raises(crypto.LockedError):
        open_store(data, housekeeping=False)
    crypto.unlock(data, "a long passphrase")
    with open_store(data, housekeeping=False) as store:
        assert store.query_one("SELECT reason FROM marks")["reason"] == SECRETS["reason"]
        assert store.query("SELECT count(*) AS n FROM cat.items")[0]["n"] > 0


def test_packs_are_not_kept_in_the_data_folder_while_encrypted(data):
    write_everything(data)
    assert storecrypt.pack_folder(data) == data.packs
    storecrypt.set_passphrase(data, "a long passphrase")
    folder = storecrypt.pack_folder(data)
    assert data.root not in folder.parents and folder.is_dir()
    storecrypt.discard_session_packs(data)
    assert not folder.exists()


def _child_env(source: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), crypto.PASSPHRASE_FILE_ENV: str(source)}


WRITER = """
import sys
from briefer.core import crypto
from briefer.core.datafolder import DataFolder
from briefer.core.delegations import current_delegation
from briefer.core.notes import add_note
from briefer.core.store import open_store
data = DataFolder.locate(sys.argv[1])
crypto.unlock(data, "a long passphrase")
with open_store(data) as store:
    delegation = current_delegation(store)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        add_note(store, delegation, None, f"{sys.argv[2]} {n} " + "x" * 2000)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_crash_mid_write_leaves_no_plain_byte(data, tmp_path):
    write_everything(data)
    storecrypt.set_passphrase(data, "a long passphrase")
    crypto.lock(data)
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data.root), SECRETS["note"]],
        cwd=ROOT,
        env=_child_env(tmp_path / "unused"),
        stdout=subprocess.PIPE,
    )
    assert process.stdout.readline().strip() == b"ready"
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert (data.root / "user.db-wal").exists()
    assert found_in_folder(data.root) == {}
    crypto.unlock(data, "a long passphrase")
    with open_store(data) as store:
        written = store.query(
            "SELECT count(*) AS n FROM notes WHERE body LIKE ?", (SECRETS["note"] + "%",)
        )[0]["n"]
    assert written > 1


def user_rows(data: DataFolder) -> tuple:
    with open_store(data) as store:
        return tuple(
            tuple(tuple(r.values()) for r in store.query(f"SELECT * FROM {t} ORDER BY 1, 2"))
            for t in ("delegations", "delegates", "marks", "notes", "meetings")
        )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_twenty_kills_while_turning_encryption_on_leave_an_openable_store(data, tmp_path):
    write_everything(data)
    with open_store(data) as store:
        delegation = create_delegation(store, "Second")
        for n in range(3000):
            add_note(store, delegation, None, f"note {n} " + "y" * 400)
    before = user_rows(data)
    source = tmp_path / "passphrase.txt"
    source.write_text("a long passphrase\n", encoding="utf-8")

    def turn_on() -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "briefer", "--data-dir", str(data.root), "passphrase", "set"],
            cwd=ROOT,
            env=_child_env(source),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    # Kills fall within twice the time one whole run takes here (timed first), so that some
    # land before the swap and some after, on a slow machine too.
    started = time.monotonic()
    assert turn_on().wait() == 0
    whole = time.monotonic() - started
    storecrypt.remove_passphrase(data, "a long passphrase")
    rng = random.Random(20261205)
    seen = set()
    for run in range(20):
        process = turn_on()
        time.sleep(rng.uniform(0.05, 2 * whole))
        process.send_signal(signal.SIGKILL)
        process.wait()
        encrypted = crypto.is_encrypted(data)
        seen.add(encrypted)
        if encrypted:
            crypto.unlock(data, "a long passphrase")
        else:
            conn = sqlite3.connect(data.user_db)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", run
            conn.close()
        assert user_rows(data) == before, run
        if encrypted:
            assert not [b for b in data.root.glob("*.bak") if storecrypt.is_plain_sqlite(b)]
            storecrypt.remove_passphrase(data, "a long passphrase")
    assert seen == {True, False}, f"the kills never landed on both sides of the swap: {seen}"


def test_an_exported_selection_can_be_sealed_with_a_passphrase(data, cli, tmp_path, monkeypatch):
    write_everything(data)
    assert cli("passphrase", "set", secrets=("a long passphrase",))[0] == 0
    sealed = tmp_path / "out" / "mine.briefer-selection"
    sealed.parent.mkdir()
    code, _, err = cli(
        "selection", "export", str(sealed), "--encrypt",
        secrets=("a long passphrase", "file passphrase"),
    )  # fmt: skip
    assert code == 0, err
    raw = sealed.read_bytes()
    assert SECRETS["note"].encode() not in raw and SECRETS["delegate"].encode() not in raw
    colleague = DataFolder(tmp_path / "colleague")
    args = ("--data-dir", str(colleague.root), "selection", "import", str(sealed))
    code, _, err = cli(*args, secrets=("wrong file passphrase",))
    assert code == EXIT_STORE and "passphrase is wrong" in err
    assert cli(*args, secrets=("file passphrase",))[0] == 0
    with open_store(colleague) as store:
        assert store.query_one("SELECT name FROM delegates")["name"] == SECRETS["delegate"]
        bodies = [n["body"] for n in store.query("SELECT body FROM notes")]
        assert any(SECRETS["note"] in body for body in bodies)


def test_each_passphrase_fault_says_what_to_type(data, cli, tmp_path):
    write_everything(data)
    code, _, err = cli("passphrase", "remove")
    assert code != 0 and "briefer passphrase set" in err
    assert cli("passphrase", "set", secrets=("a long passphrase",))[0] == 0
    code, _, err = cli("passphrase", "set", secrets=("a long passphrase", "another one here"))
    assert code != 0 and "briefer passphrase change" in err
    code, _, err = cli("marks", secrets=("not the passphrase",))
    assert code == EXIT_STORE and "briefer passphrase recover" in err
    code, _, err = cli("passphrase", "recover", secrets=("AAAA-" * 12 + "AAAA", "third one!"))
    assert code == EXIT_STORE and "recovery key is wrong" in err
    assert "briefer passphrase recover" not in err and "dashes optional" in err
    assert "Traceback" not in err


def test_a_wrong_file_passphrase_says_whose_passphrase_it_wants(data, cli, tmp_path):
    write_everything(data)
    shared = tmp_path / "shared.briefer-selection"
    assert cli("selection", "export", str(shared), "--encrypt", secrets=("for the file",))[0] == 0
    code, _, err = cli("selection", "import", str(shared), secrets=("not that one",))
    assert code != 0 and "file's passphrase is wrong" in err
    assert "Ask the sender for the file's passphrase" in err and "Traceback" not in err
