"""The store: the user's database with the replaceable catalogue attached.

Two files in the data folder. `user.db` holds what the user wrote (delegations, marks, notes, pack
history, change history); it is migrated in place, backed up first, and never replaced.
`catalogue.db` holds what the forum publishes; it is only ever swapped whole (bundle, sync,
import) and is attached read-only as `cat`, so no code path can write user data into it or
catalogue data over user data. A swap renames the new file to the next generation,
`catalogue.N.db` (the newest is in use), never over the file in use: Windows refuses that
while any window or command has it open.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefer.core import collation, crypto, paths
from briefer.core.catalogue.schema import CATALOGUE_SCHEMA_VERSION, upgrade_catalogue
from briefer.core.datafolder import DataFolder
from briefer.core.errors import StoreError
from briefer.core.i18n import translate
from briefer.core.migrations import LATEST, apply_migrations
from briefer.core.progress import Reporter
from briefer.core.writeturns import TURNS


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    """A random id for something the user creates (uuid is imported late: it is slow to load)."""
    import uuid

    return str(uuid.uuid4())


class Store:
    """An open user database with the catalogue attached. Use from one thread only."""

    def __init__(self, data: DataFolder, conn: sqlite3.Connection) -> None:
        self.data = data
        self.conn = conn
        self._depth = 0
        collation.register(conn)  # names and titles sort as the reader's language does

    @property
    def folder(self) -> Path:
        return self.data.root

    @property
    def user_path(self) -> Path:
        return self.data.user_db

    @property
    def catalogue_path(self) -> Path:
        return self.data.catalogue_db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def let_writers_in(self) -> None:
        """Between two steps of a long write: let the writers waiting for the lock take it."""
        assert not self._depth, "only between transactions"
        TURNS.let_in()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            with TURNS.waiting():
                self.conn.execute("BEGIN IMMEDIATE")
        except crypto.operational_errors() as exc:
            raise storage_fault(exc, self.data.user_db) from exc
        self._depth = 1
        try:
            yield
        except BaseException as exc:
            with contextlib.suppress(*crypto.operational_errors()):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, crypto.operational_errors()):
                raise storage_fault(exc, self.data.user_db) from exc
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except crypto.operational_errors() as exc:
                with contextlib.suppress(*crypto.operational_errors()):
                    self.conn.execute("ROLLBACK")
                raise storage_fault(exc, self.data.user_db) from exc
        finally:
            self._depth = 0

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def catalogue_meta(self) -> dict[str, Any]:
        import json

        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM cat.meta")}

    def catalogue_version(self) -> int:
        return int(self.catalogue_meta().get("catalogue_version") or 0)

    def replace_catalogue(self, new_file: Path) -> None:
        """Swap in the complete catalogue file `new_file` (moved, not copied) atomically.

        It becomes the next generation (DataFolder.catalogue_after). The older ones are
        deleted now on macOS and Linux (a connection holding one reads on until it
        re-attaches); on Windows, which refuses while one is held, at a later swap or start.
        """
        _check_catalogue(new_file)
        self.conn.execute("DETACH DATABASE cat")
        try:
            new_file.replace(self.data.catalogue_after())
        finally:
            _attach(self.conn, self.data)
        remove_old_catalogues(self.data)
        refresh_snapshots(self)

    def catalogue_identity(self) -> tuple[int, int, int] | None:
        """The catalogue file's inode, modification time and size; None when it is missing."""
        return file_identity(self.catalogue_path)

    def attach_latest(self) -> bool:
        """Attach the catalogue in use when another writer has put a newer one in place."""
        if self.attached_identity() == self.catalogue_identity():
            return False
        return self.reattach_catalogue()

    def attached_identity(self) -> tuple[int, int, int] | None:
        """`catalogue_identity` of the file this connection has attached, which is older than
        the one in use until it re-attaches."""
        for _, name, file in self.conn.execute("PRAGMA database_list"):
            if name == "cat" and file:
                return file_identity(Path(file))
        return None

    def reattach_catalogue(self) -> bool:
        """Attach the catalogue file now in place (another connection or process replaced it).

        False, with the old file still attached, while a statement still reads it.
        """
        try:
            self.conn.execute("DETACH DATABASE cat")
        except crypto.operational_errors():
            return False
        _attach(self.conn, self.data)
        return True

    def data_version(self) -> int:
        """SQLite's counter of commits made to the user database by other connections."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])


def file_identity(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _attach(conn: sqlite3.Connection, data: DataFolder) -> None:
    """Attach the catalogue in use; again if a writer retired it meanwhile."""
    # The catalogue is public and plain: an encrypted connection attaches it with an empty key.
    key = " KEY ''" if crypto.is_keyed(conn) else ""
    for attempt in range(3):
        path = data.catalogue_db
        try:
            conn.execute(f"ATTACH DATABASE ? AS cat{key}", (paths.sqlite_uri(path, readonly=True),))
            return
        except crypto.operational_errors():
            if attempt == 2 or data.catalogue_db == path:
                raise


def remove_old_catalogues(data: DataFolder) -> None:
    """Delete the catalogue generations before the one in use that no connection holds."""
    for _, path in data.catalogue_files()[:-1]:
        with contextlib.suppress(OSError):
            path.unlink()


def read_meta(path: Path) -> dict[str, Any]:
    """The meta entries of the catalogue file at `path`."""
    conn = sqlite3.connect(paths.sqlite_uri(path, readonly=True), uri=True)
    try:
        return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    finally:
        conn.close()


def _check_catalogue(path: Path) -> dict[str, Any]:
    try:
        conn = sqlite3.connect(paths.sqlite_uri(path, readonly=True), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sessions").fetchone()
            meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        message = translate(
            "Store", "The catalogue file {path} is damaged or not a catalogue: {error}"
        )
        raise StoreError(message.format(path=path, error=exc)) from exc
    if version != CATALOGUE_SCHEMA_VERSION:
        message = translate(
            "Store",
            "The catalogue file {path} has format {version}; this Briefer reads format {known}.",
        )
        raise StoreError(message.format(path=path, version=version, known=CATALOGUE_SCHEMA_VERSION))
    return meta


BUSY_TIMEOUT_MS = 60_000  # a write waits this long for another's (a long import) to end
TEMPORARY = ("catalogue.next.db", "catalogue.next.db.part", "catalogue.db.part")
STALE_SECONDS = 3600  # a temporary file untouched this long belongs to no running sync


def storage_fault(exc: BaseException, path: Path) -> StoreError:
    """A StoreError that names what went wrong writing `path`: busy, full, read-only, other."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        kind, message = (
            "busy",
            translate(
                "Store",
                "Your Briefer data at {path} is busy with another long write (an import or a "
                "sync) that did not end in time; nothing was written.",
            ),
        )
    elif ("i/o" in text or "too large" in text) and _size_limited():
        kind, message = (
            "file_too_large",
            translate(
                "Store",
                "Writing {path} passed the largest file size this session allows "
                "(a limit set with ulimit -f); nothing was written.",
            ),
        )
    elif "full" in text:
        kind, message = (
            "disk_full",
            translate("Store", "The disk holding {path} is full; nothing was written."),
        )
    elif "readonly" in text or "read-only" in text:
        kind, message = (
            "read_only",
            translate("Store", "{path} cannot be written (read-only); nothing was written."),
        )
    else:
        kind, message = (
            "storage",
            translate("Store", "Writing {path} failed ({error}); nothing was written."),
        )
    return StoreError(message.format(path=path, error=exc), kind=kind, facts={"path": str(path)})


def file_fault(exc: OSError) -> StoreError:
    """A StoreError for a file that could not be read or written (full disk, size limit, …)."""
    from briefer.core.errors import os_reason

    reason = os_reason(exc)
    where = exc.filename or translate("Store", "a file in the data folder")
    message = translate("Store", "Cannot use {path}: {reason}. Your data is as it was.")
    return StoreError(
        message.format(path=where, reason=reason),
        kind="file",
        facts={"path": str(where), "errno": exc.errno},
    )


def _disk_full(path: Path) -> bool:
    """Whether the disk holding `path` has (next to) no room left."""
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def _writable(data: DataFolder) -> None:
    """Raise a StoreError if the data folder cannot be written (SQLite needs to, even to read)."""
    import os

    for path in (data.root, data.catalogue_db, data.user_db):
        if path.exists() and not os.access(path, os.W_OK):
            message = translate(
                "Store",
                "{path} is read-only (the folder, the file or the disk); Briefer needs to "
                "write in its data folder, even to read. Nothing was changed.",
            )
            raise StoreError(message.format(path=path), kind="read_only", facts={"path": str(path)})


def _size_limited() -> bool:
    """Whether this process may only write files up to a size (RLIMIT_FSIZE, POSIX)."""
    try:
        import resource
    except ImportError:
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def tidy_folder(data: DataFolder) -> None:
    """Start-up housekeeping: private permissions (POSIX) and stale temporary files removed."""
    import time

    make_private(data)
    remove_old_catalogues(data)
    temporary = [data.root / name for name in TEMPORARY]
    for path in [*temporary, *data.root.glob("catalogue.*.db.part")]:
        with contextlib.suppress(OSError):
            if path.is_file() and time.time() - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()


def make_private(data: DataFolder) -> None:
    """The data folder readable by its owner only (0700), and the files in it (0600), on POSIX."""
    import os

    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        data.root.chmod(0o700)
        for path in data.root.iterdir():
            if path.is_file() and not path.is_symlink():
                path.chmod(0o600)


def _copy_atomic(source: Path, target: Path) -> None:
    import os
    import shutil

    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, part)
        if os.name == "posix":
            part.chmod(0o600)  # the data folder's files are the user's alone
        part.replace(target)
    except OSError as exc:  # found by review: a full disk named the bundled file, not the copy
        part.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from exc


def _upgrade_catalogue(path: Path) -> None:
    """Bring an older catalogue file (a sync or an import) to this format, keeping its data."""
    try:
        conn = sqlite3.connect(path)
        try:
            upgrade_catalogue(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return


def ensure_catalogue(
    data: DataFolder, bundled: Path, reindex: bool = True, progress: Reporter | None = None
) -> None:
    """Put the bundled catalogue in place when there is none, it is unreadable, or older.

    The catalogue holds nothing the user wrote, so replacing a damaged one loses nothing. A
    synced or imported one whose search index an older Briefer wrote is written again
    (`progress` told), unless `reindex` is false and it holds the name keys the views sort
    by: it is left as it is, usable, for `reindex_older` to write again later.
    """
    target = data.catalogue_db
    if target.is_dir():
        message = translate(
            "Store",
            "{path} is a folder where Briefer keeps its catalogue file; move it away and "
            "Briefer puts the catalogue back. Nothing was changed.",
        )
        facts = {"path": str(target)}
        raise StoreError(message.format(path=target), kind="not_a_file", facts=facts)
    current = _in_place(target, bundled) if target.exists() else None
    if current is not None and (_index_current(current) or (not reindex and _keyed(current))):
        return
    from briefer.core.catalogue.writelock import catalogue_writer

    with catalogue_writer(data.root):  # a sync or an import under way finishes first
        target = data.catalogue_db  # it may have written a new one meanwhile
        if target.exists():
            _upgrade_catalogue(target)
            current = _in_place(target, bundled)
            if current is not None:
                if (reindex or not _keyed(current)) and not _index_current(current):
                    _reindex(data, target, progress)
                return
        if not bundled.exists():
            message = translate(
                "Store", "The bundled catalogue is missing from {path}; reinstall Briefer."
            )
            raise StoreError(message.format(path=bundled))
        _copy_atomic(bundled, data.catalogue_after())
        remove_old_catalogues(data)


def _in_place(target: Path, bundled: Path) -> dict[str, Any] | None:
    """The meta of the catalogue file `target` when it stays (readable, of this format, not
    older than the bundled one when it is the bundled one: its data, or its search index),
    else None."""
    try:
        current = _check_catalogue(target)  # refuses another format (1: upgraded in place)
    except StoreError:
        return None
    if current.get("source") != "bundled" or not bundled.exists():
        return current
    from briefer.core.catalogue.io import derived_formats

    shipped = read_meta(bundled)
    ahead = zip(derived_formats(shipped), derived_formats(current), strict=True)
    if any(theirs > ours for theirs, ours in ahead):
        return None
    if int(shipped.get("catalogue_version", 0)) > int(current["catalogue_version"]):
        return None
    return current


def _index_current(meta: dict[str, Any]) -> bool:
    """Whether a catalogue's search index and name keys (its `meta`) are written as this
    version writes them: read from the meta `_in_place` already read, not from the file again."""
    from briefer.core.catalogue.io import derived_current

    return derived_current(meta)


def _reindex(data: DataFolder, target: Path, progress: Reporter | None = None) -> None:
    """Write a synced or imported catalogue again as the next generation, its search index by
    this version's folding (`textnorm.INDEX_FORMAT`) and its name keys (`catalogue.keys`):
    once, when Briefer is updated. Until the new file is renamed into place (a crash, a kill),
    the old one is the one in use."""
    from briefer.core.catalogue.io import reindex_catalogue

    reindex_catalogue(target, data.catalogue_after(), progress)
    remove_old_catalogues(data)


def _keyed(meta: dict[str, Any]) -> bool:
    """Whether a catalogue of `meta` holds the name keys the views sort by: one without them
    is written again at once, even where its search index could wait for `reindex_older`."""
    from briefer.core.catalogue.keys import KEYS_FORMAT, keys_format

    return keys_format(meta) >= KEYS_FORMAT


def index_outdated(store: Store) -> bool:
    """Whether the attached catalogue's search index was written by an older Briefer."""
    return not _index_current(store.catalogue_meta())


def reindex_older(data: DataFolder, progress: Reporter | None = None) -> bool:
    """Write the catalogue in use again when an older Briefer wrote its search index (see
    `_reindex`), under the catalogue writer's lock; True when it did, False when it was
    current (another window or command wrote it meanwhile)."""
    from briefer.core.catalogue.writelock import catalogue_writer

    with catalogue_writer(data.root):
        target = data.catalogue_db
        if _index_current(_check_catalogue(target)):
            return False
        _reindex(data, target, progress)
        return True


def _backup(path: Path, version: int, key: bytes | None = None) -> Path:
    """A copy of `path` beside it, encrypted with the same key as the database when it is."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    if key is not None:
        from briefer.core.storecrypt import export_database

        export_database(path, key, backup, key)
        return backup
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        with target:
            source.backup(target)
        target.close()
    finally:
        source.close()
    return backup


def _open_user_db(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = crypto.connect(paths.sqlite_uri(path), key, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if existed and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
    except crypto.database_errors() as exc:
        if _disk_full(path):
            raise storage_fault(sqlite3.OperationalError("disk full"), path) from exc
        message = translate(
            "Store",
            "Your Briefer data at {path} is damaged or is not a Briefer database ({error}). "
            "It has been left exactly as it is; restore a backup or choose another data folder.",
        )
        raise StoreError(message.format(path=path, error=exc)) from exc
    if version > LATEST:
        conn.close()
        message = translate(
            "Store",
            "Your Briefer data at {path} was written by a newer version of Briefer "
            "(schema {version}, this version knows {known}). It has been left untouched; "
            "update Briefer to open it.",
        )
        raise StoreError(message.format(path=path, version=version, known=LATEST))
    if existed and version == 0 and _has_tables(conn):
        conn.close()
        message = translate(
            "Store", "{path} is an SQLite database but not Briefer's; it was left untouched."
        )
        raise StoreError(message.format(path=path))
    if existed and 0 < version < LATEST:
        _backup(path, version, key)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    apply_migrations(conn)
    return conn


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def open_store(
    folder: DataFolder | Path | str | None = None,
    bundled: Path | None = None,
    *,
    housekeeping: bool = True,
    reindex: bool = True,
    progress: Reporter | None = None,
) -> Store:
    """Open (creating if needed) the store in `folder`, with the catalogue attached.

    With `housekeeping` false (a job, once the window has opened the store) the catalogue
    check, migrations, pending syncs and snapshots are left as the first opening made them.
    A catalogue whose search index an older Briefer wrote is written again first, `progress`
    told; with `reindex` false (the window, which does it in a job) it is left for
    `reindex_older`.

    Raises:
        StoreError: the user database is damaged, foreign, or from a newer Briefer.
    """
    data = folder if isinstance(folder, DataFolder) else DataFolder.locate(folder)
    if not housekeeping and data.user_db.exists() and data.catalogue_db.exists():
        return _open_light(data)
    try:
        data.ensure()
    except OSError as exc:
        message = translate("Store", "Cannot create the data folder {path}: {error}")
        from briefer.core.errors import os_reason

        raise StoreError(message.format(path=data.root, error=os_reason(exc))) from exc
    _writable(data)
    tidy_folder(data)
    ensure_catalogue(data, bundled or paths.bundled_catalogue(), reindex, progress)
    key = crypto.key_for(data)
    conn = _open_user_db(data.user_db, key)
    _attach(conn, data)
    make_private(data)
    store = Store(data, conn)
    if key is not None:
        from briefer.core.storecrypt import settle_encryption

        settle_encryption(data, key)
    settle_pending(store)
    if store.setting("snapshot_version") != str(store.catalogue_version()):
        refresh_snapshots(store)
    return store


def _open_light(data: DataFolder) -> Store:
    key = crypto.key_for(data)
    try:
        conn = crypto.connect(paths.sqlite_uri(data.user_db), key, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        _attach(conn, data)
    except crypto.database_errors() as exc:
        message = translate("Store", "Cannot open your Briefer data at {path}: {error}")
        raise StoreError(message.format(path=data.user_db, error=exc)) from exc
    return Store(data, conn)


def settle_pending(store: Store) -> None:
    """Finish or drop a sync interrupted between recording and swapping (see core/sync/apply.py)."""
    if not store.query("SELECT id FROM syncs WHERE status = 'pending' LIMIT 1"):
        return
    from briefer.core.catalogue.writelock import catalogue_writer

    try:
        with catalogue_writer(store.data.root, wait_s=0):
            _settle(store)
    except StoreError as exc:
        if exc.kind != "catalogue_busy":
            raise
        # A sync or an import is under way: the pending record is its own, left to it.


def _settle(store: Store) -> None:
    pending = store.query("SELECT id, version_after FROM syncs WHERE status = 'pending'")
    version = int(read_meta(store.catalogue_path).get("catalogue_version") or 0)
    with store.transaction():
        for sync in pending:
            if sync["version_after"] == version:
                store.conn.execute(
                    "UPDATE syncs SET status = 'done', finished = ? WHERE id = ?",
                    (now_iso(), sync["id"]),
                )
            else:
                store.conn.execute("DELETE FROM changes WHERE sync_id = ?", (sync["id"],))
                store.conn.execute(
                    "UPDATE syncs SET status = 'interrupted', message = ? WHERE id = ?",
                    (
                        "Interrupted before the new catalogue was in place; nothing changed.",
                        sync["id"],
                    ),
                )


def refresh_snapshots(store: Store, item_ids: list[str] | None = None) -> None:
    """Remember title and time of `item_ids`, or of every item the user marked or annotated.

    Snapshots let an item that later disappears from the catalogue still be shown, as withdrawn,
    with its marks and notes. A new mark or note refreshes its own item only; a new catalogue
    refreshes them all.
    """
    version = store.catalogue_version()
    ids = item_ids
    if ids is None:
        ids = [
            row[0]
            for row in store.conn.execute(
                "SELECT item_id FROM marks UNION "
                "SELECT item_id FROM notes WHERE item_id IS NOT NULL"
            )
        ]
    with store.transaction():
        # A literal id list lets SQLite look each id up in every table of the `items` view;
        # a sub-select would make it scan the whole catalogue.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            store.conn.execute(
                f"""
                INSERT INTO item_snapshots
                  (item_id, kind, title_ar, title_fr, title_en, title_other, day, start, "end",
                   catalogue_version)
                SELECT i.id, i.kind, i.title_ar, i.title_fr, i.title_en, i.title_other,
                       s.day, s.start, s."end", ?
                  FROM cat.items i LEFT JOIN cat.sessions s ON s.id = i.id
                 WHERE i.id IN ({marks})
                ON CONFLICT(item_id) DO UPDATE SET
                  kind = excluded.kind, title_ar = excluded.title_ar,
                  title_fr = excluded.title_fr, title_en = excluded.title_en,
                  title_other = excluded.title_other, day = excluded.day,
                  start = excluded.start, "end" = excluded."end",
                  catalogue_version = excluded.catalogue_version
                """,
                (version, *chunk),
            )
        if item_ids is None:
            store.set_setting("snapshot_version", str(version))
