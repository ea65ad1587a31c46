"""Long work off the GUI thread: a job runs one core callable and reports through Qt signals.

Each job opens its own store (a SQLite connection is never shared across threads). Writes run on
a one-thread pool, one after another; reads and network waits on another pool. Progress is
throttled to ten signals a second; widgets are only touched in slots on the GUI thread.
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

_WRITE_POOL: QThreadPool | None = None


def write_pool() -> QThreadPool:
    global _WRITE_POOL
    if _WRITE_POOL is None:
        _WRITE_POOL = QThreadPool()
        _WRITE_POOL.setMaxThreadCount(1)
    return _WRITE_POOL


class JobSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """Runs `work(store, reporter)` with a store of its own; results come back as signals."""

    def __init__(self, folder: Path, work: Callable[[Store, Reporter], Any]) -> None:
        super().__init__()
        self.folder = folder
        self.work = work
        self.signals = JobSignals()
        self._stop = False
        self._last = 0.0
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
            store = open_store(self.folder)
            try:
                result = self.work(store, Reporter(self._progress, lambda: self._stop))
            finally:
                store.close()
        except Cancelled:
            self.signals.cancelled.emit()
        except BrieferError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()

    def start(self, writes: bool = True) -> Job:
        (write_pool() if writes else QThreadPool.globalInstance()).start(self)
        return self
