"""Long work off the GUI thread: a job runs one core callable and reports through Qt signals.

Each job opens its own store (a SQLite connection is never shared across threads), lightly: the
window's own opening did the housekeeping. Three pools: writes on a one-thread pool, one after
another; network waits on a pool of their own, so a stalled server never holds a write; reads on
Qt's global pool. Progress is throttled to ten signals a second; widgets are only touched in
slots on the GUI thread.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefer.core.errors import BrieferError, Cancelled
from briefer.core.progress import Progress, Reporter
from briefer.core.store import Store, open_store

_POOLS: dict[str, QThreadPool] = {}
_SIZES = {"write": 1, "network": 4}


def _pool(name: str) -> QThreadPool:
    if name not in _POOLS:
        pool = QThreadPool()
        pool.setMaxThreadCount(_SIZES[name])
        _POOLS[name] = pool
    return _POOLS[name]


def write_pool() -> QThreadPool:
    return _pool("write")


def network_pool() -> QThreadPool:
    return _pool("network")


class JobSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    errored = Signal(object)  # the BrieferError, with its kind, facts and forcible
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """Runs `work(store, reporter)` with a store of its own; results come back as signals.

    With `uses_store` false (network work) no store is opened and `work` gets None.
    """

    def __init__(
        self, folder: Path, work: Callable[[Store, Reporter], Any], uses_store: bool = True
    ) -> None:
        super().__init__()
        self.folder = folder
        self.work = work
        self.uses_store = uses_store
        self.signals = JobSignals()
        self._stop = False
        self._last = 0.0
        self.done = False  # set once every signal of the job has been emitted
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._stop = True

    def _progress(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self.signals.progressed.emit(progress.done, progress.total or 0, progress.stage)

    def run(self) -> None:
        try:
            result = self._work()
        except Cancelled:
            self.signals.cancelled.emit()
        except BrieferError as exc:
            self.signals.errored.emit(exc)
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            traceback.print_exc()
            error = BrieferError(f"{type(exc).__name__}: {exc}", kind="bug")
            self.signals.errored.emit(error)
            self.signals.failed.emit(str(error))
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()
        self.done = True

    def _work(self) -> Any:
        reporter = Reporter(self._progress, lambda: self._stop)
        if not self.uses_store:
            return self.work(None, reporter)  # type: ignore[arg-type]
        store = open_store(self.folder, housekeeping=False)
        try:
            return self.work(store, reporter)
        finally:
            store.close()

    def start(self, writes: bool = True, pool: str | None = None) -> Job:
        """Queue the job: on the write pool, the network pool, or (reads) Qt's global pool."""
        name = pool or ("write" if writes else None)
        (_pool(name) if name else QThreadPool.globalInstance()).start(self)
        return self
