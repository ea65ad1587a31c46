"""One catalogue writer at a time per data folder, across windows and commands.

A sync, an import or a reset computes the next catalogue from the one in place and then
replaces it whole. Two at once (the window syncing while the command line imports) would
each start from the same catalogue, and the second rename would drop the first's data. The
writers therefore take an exclusive SQLite lock on an empty file in the data folder for the
whole read, write and replace: SQLite locks files the same way on Windows, macOS and Linux,
and the system releases the lock of a process that dies holding it.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from briefer.core.errors import StoreError
from briefer.core.i18n import translate
from briefer.core.progress import Reporter

LOCK_FILE = "catalogue.lock"
WAIT_S = 120.0  # a large sync takes seconds; a writer waits this long for the one before it
TRY_S = 0.25  # between two tries, a waiting writer can be cancelled


@contextlib.contextmanager
def catalogue_writer(
    folder: Path, wait_s: float | None = None, progress: Reporter | None = None
) -> Iterator[None]:
    """Hold the catalogue write lock of the data folder `folder`, waiting up to `wait_s`.

    While it waits, `progress` hears the stage 'wait' between tries, and may cancel.

    Raises:
        StoreError: kind 'catalogue_busy' when another writer held it all that time.
        Cancelled: `progress` was asked to stop while waiting.
    """
    path = folder / LOCK_FILE
    try:
        conn = sqlite3.connect(path, timeout=TRY_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise _fault(exc, path) from exc
    try:
        _begin(conn, path, WAIT_S if wait_s is None else wait_s, progress or Reporter())
        try:
            # A file opened read-only would be "locked" by every writer at once: refuse it.
            conn.execute("CREATE TABLE IF NOT EXISTS held (at TEXT)")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise _fault(exc, path) from exc
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _begin(conn: sqlite3.Connection, path: Path, wait_s: float, report: Reporter) -> None:
    """Take the exclusive lock, trying every TRY_S until `wait_s` has passed."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            conn.execute("BEGIN EXCLUSIVE")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_BUSY) != sqlite3.SQLITE_BUSY:
                raise _fault(exc, path) from exc
            if time.monotonic() >= deadline:
                raise StoreError(
                    translate(
                        "Sync",
                        "Another window or command is writing the catalogue (a sync or an "
                        "import). Nothing was changed: try again when it has finished.",
                    ),
                    kind="catalogue_busy",
                ) from exc
            report(0, None, "wait")


def _fault(exc: sqlite3.Error, path: Path) -> StoreError:
    from briefer.core.store import storage_fault

    return storage_fault(exc, path)


P = ParamSpec("P")
R = TypeVar("R")


def one_writer(write: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    """`write(store, …)` holding the catalogue write lock of the store's data folder.

    A `progress` keyword argument (a Reporter) hears the wait and may cancel it.
    """

    @functools.wraps(write)
    def locked(store: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        progress = kwargs.get("progress")
        with catalogue_writer(store.data.root, progress=progress):  # type: ignore[arg-type]
            return write(store, *args, **kwargs)

    return locked
