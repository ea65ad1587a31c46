"""Turning encryption on and off, changing the passphrase: each step safe to interrupt.

Turning it on writes an encrypted copy of `user.db` beside it (`user.db.new`, flushed to disk),
then the key file, then renames the copy over `user.db`. A crash before the rename leaves the old
plain file, which opens as before (a key file without an encrypted database is ignored); after
it, the encrypted one. Plain backups are then encrypted in place the same way, and packs kept in
`packs/` are removed; an interrupted run finishes this at the next unlocked opening
(`settle_encryption`). Turning it off is the same in reverse.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from briefer.core import crypto, paths
from briefer.core.datafolder import DataFolder
from briefer.core.errors import InputError, StoreError, os_reason
from briefer.core.i18n import translate


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _attach_key(key: bytes | None) -> str:
    return f"KEY \"x'{key.hex()}'\"" if key is not None else "KEY ''"


def export_database(
    source: Path, key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Copy the database `source` (keyed with `key`) whole into `target`, keyed with `target_key`.

    Written as `target.part`, flushed to disk, then renamed: `target` is complete or absent.
    """
    import sqlcipher3

    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    conn = sqlcipher3.connect(paths.sqlite_uri(source), uri=True, isolation_level=None)
    try:
        if key is not None:
            conn.execute(crypto.key_pragma(key))
        conn.execute("PRAGMA busy_timeout = 5000")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS target {_attach_key(target_key)}", (str(part),))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    _fsync_file(part)
    part.replace(target)
    crypto.fsync_dir(target.parent)


def _in_use() -> StoreError:
    return StoreError(
        translate(
            "Crypto",
            "Your Briefer data is open in another Briefer window or command; "
            "the passphrase can be set or removed only when nothing else has it open.",
        ),
        kind="store_in_use",
    )


def _quiesce(path: Path, key: bytes | None) -> None:
    """Fold the WAL into the file and leave WAL mode: fails when another connection is open."""
    conn = crypto.connect(paths.sqlite_uri(path), key, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 1000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except crypto.operational_errors() as exc:
        raise _in_use() from exc
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise _in_use()


def _staging(data: DataFolder) -> Path:
    return data.user_db.with_name(data.user_db.name + ".new")


def _backups(data: DataFolder) -> list[Path]:
    return sorted(data.root.glob(f"{data.user_db.name}.v*.bak"))


def _is_plain(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(16) == crypto.SQLITE_MAGIC


def _convert_backups(data: DataFolder, key: bytes | None, target_key: bytes | None) -> None:
    """Re-key each backup still in the other form (plain ones when encrypting, and back)."""
    for backup in _backups(data):
        if _is_plain(backup) == (target_key is None):
            continue
        export_database(backup, key, backup, target_key)


def kept_packs(data: DataFolder) -> int:
    """How many packs and day sheets are kept in the data folder (turning encryption on
    removes them: they are written in plain)."""
    if not data.packs.is_dir():
        return 0
    return sum(1 for item in data.packs.iterdir() if item.is_file())


def _remove_kept_packs(data: DataFolder) -> None:
    if data.packs.is_dir():
        for item in data.packs.iterdir():
            if item.is_file():
                item.unlink()


def settle_encryption(data: DataFolder, key: bytes) -> None:
    """Finish an interrupted turning-on: no plain backup, kept pack or leftover copy remains."""
    for leftover in (_staging(data), _staging(data).with_name(_staging(data).name + ".part")):
        leftover.unlink(missing_ok=True)
    for part in data.root.glob(f"{data.user_db.name}.v*.bak.part"):
        part.unlink()
    _convert_backups(data, None, key)
    _remove_kept_packs(data)


def set_passphrase(data: DataFolder, passphrase: str) -> str:
    """Encrypt the plain store in `data` under `passphrase`; the recovery key (shown once)."""
    from briefer.core.store import open_store

    _check_new(passphrase)
    if crypto.is_encrypted(data):
        raise StoreError(
            translate("Crypto", "Your Briefer data is already protected by a passphrase."),
            kind="already_encrypted",
        )
    open_store(data).close()  # created, migrated and checked before anything is copied
    _quiesce(data.user_db, None)
    key = os.urandom(32)  # what secrets.token_bytes returns
    keys, recovery = crypto.new_key_file(passphrase, key)
    staging = _staging(data)
    export_database(data.user_db, None, staging, key)
    crypto.write_atomic(data.key_file, keys.to_json())
    staging.replace(data.user_db)
    crypto.fsync_dir(data.root)
    crypto.KEYRING.put(data, key)
    settle_encryption(data, key)
    _make_private(data)
    return recovery


def change_passphrase(data: DataFolder, old: str, new: str) -> None:
    """Wrap the data key under `new` (the database itself is not rewritten)."""
    _check_new(new)
    keys = crypto.read_key_file(data)
    key = crypto.unwrap_with_passphrase(keys, old)
    _rewrap(data, keys, key, new)


def recover(data: DataFolder, recovery_key: str, new: str) -> None:
    """Set `new` as the passphrase, proven by the recovery key."""
    _check_new(new)
    keys = crypto.read_key_file(data)
    key = crypto.unwrap_with_recovery(keys, recovery_key)
    _rewrap(data, keys, key, new)


def _rewrap(data: DataFolder, keys: crypto.KeyFile, key: bytes, new: str) -> None:
    fresh, _ = crypto.new_key_file(new, key)
    crypto.write_atomic(data.key_file, crypto.KeyFile(fresh.passphrase, keys.recovery).to_json())
    crypto.KEYRING.put(data, key)


def remove_passphrase(data: DataFolder, passphrase: str) -> None:
    """Decrypt the store back into a plain file, then its backups; the key file goes last."""
    if not crypto.is_encrypted(data):
        raise StoreError(
            translate("Crypto", "Your Briefer data is not protected by a passphrase."),
            kind="not_encrypted",
        )
    key = crypto.unwrap_with_passphrase(crypto.read_key_file(data), passphrase)
    _quiesce(data.user_db, key)
    staging = _staging(data)
    export_database(data.user_db, key, staging, None)
    staging.replace(data.user_db)
    crypto.fsync_dir(data.root)
    _convert_backups(data, key, None)
    data.key_file.unlink(missing_ok=True)
    crypto.KEYRING.forget(data)
    _make_private(data)


def _make_private(data: DataFolder) -> None:
    from briefer.core.store import make_private

    make_private(data)


MIN_PASSPHRASE = 8  # characters; a PDF pack's password too (`packs.password`)


def _check_new(passphrase: str) -> None:
    """Refuse a passphrase too short: bad input (exit 1 on the command line), not the wrong
    passphrase or a storage fault (exit 4, which the help reserves for those)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(
            translate("Crypto", "A passphrase needs at least 8 characters."),
            kind="weak_passphrase",
        )


# --- packs while encrypted ---------------------------------------------------------------------

_SESSION_PACKS: dict[Path, Path] = {}


def pack_folder(data: DataFolder) -> Path:
    """Where the window keeps packs: `packs/`, or, with a passphrase, a private temporary folder
    outside the data folder that is removed when the window locks or closes."""
    try:
        if not crypto.is_encrypted(data):
            data.packs.mkdir(parents=True, exist_ok=True)
            return data.packs
        root = data.root.resolve()
        folder = _SESSION_PACKS.get(root)
        if folder is None or not folder.is_dir():
            folder = Path(tempfile.mkdtemp(prefix="briefer-packs-"))  # 0700
            _SESSION_PACKS[root] = folder
            atexit.register(discard_session_packs, data)
        return folder
    except OSError as exc:
        message = translate("Store", "Briefer cannot make its folder for packs, {path}: {error}")
        path = exc.filename or data.packs
        raise StoreError(
            message.format(path=path, error=os_reason(exc)), kind="packs_folder"
        ) from exc


def discard_session_packs(data: DataFolder) -> None:
    folder = _SESSION_PACKS.pop(data.root.resolve(), None)
    if folder is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)


def is_plain_sqlite(path: Path) -> bool:
    """Whether `path` is a plain SQLite database (used by tests and the docs' checks)."""
    try:
        conn = sqlite3.connect(paths.sqlite_uri(path, readonly=True), uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return True
