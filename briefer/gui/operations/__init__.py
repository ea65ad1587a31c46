"""The window's one runner of core operations, after Anki's `CollectionOp`.

An `Op` names a core operation's halves: an optional network half that touches no store (run on
the network pool, so a stalled server never holds a write) and the write half (run on the one
write pool, one after another). The runner shows progress and Cancel, shows the error (with
"Apply anyway" when the core says forcing is allowed, re-running the op's forced twin), and
applies the `OpChanges` of the outcome: the catalogue re-attached, the views concerned told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from briefer.core.changes import Outcome
from briefer.core.errors import BrieferError
from briefer.core.progress import Reporter
from briefer.core.store import Store
from briefer.gui.context import AppContext
from briefer.gui.dialogs.errors import ErrorDialog
from briefer.gui.jobs import Job


@dataclass
class Op:
    """One core operation as the window runs it."""

    title: str  # the title of its dialogs
    message: str  # the status bar's text while it runs
    write: Callable[[Store, Reporter, Any], Outcome]  # gets the network half's result (or None)
    network: Callable[[Reporter], Any] | None = None
    done: Callable[[Outcome], bool] | None = None  # shows the result; False when it failed
    forced: Callable[[], Op] | None = None  # the same operation with force
    failed: Callable[[str], None] | None = None  # shows the error where the result would be


class OperationRunner(QObject):
    """Runs one long operation at a time, with its progress bar and Cancel.

    The window has one for sync and import; the Packs view has its own (its progress bar and
    Cancel beside its choices), so a pack is built while a sync waits on a server. `status` is
    anything with `showMessage(text, timeout)`.
    """

    finished = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        status: QStatusBar,
        progress: QProgressBar,
        cancel: QPushButton,
        busy: list[QWidget | QAction],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.status = status
        self.progress = progress
        self.cancel_button = cancel
        self.busy_widgets = busy
        self.job: Job | None = None
        self.op: Op | None = None
        self._outcome: Outcome | None = None
        self._error: BrieferError | None = None
        cancel.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self.op is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def run(self, op: Op) -> Job | None:
        """Start `op`; None when another operation is still running."""
        if self.op is not None:
            return None
        self.op = op
        self.ctx.writing += 1
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        for widget in self.busy_widgets:
            widget.setEnabled(False)
        self.status.showMessage(op.message)
        if op.network is None:
            return self._write(None)
        network = op.network
        job = self._job(lambda _store, reporter: network(reporter), uses_store=False)
        job.signals.succeeded.connect(self._write)
        return job.start(pool="network")

    def _job(self, work: Callable[[Store, Reporter], Any], uses_store: bool = True) -> Job:
        job = Job(self.ctx.folder, work, uses_store)
        self.job = job
        job.signals.progressed.connect(self._progressed)
        job.signals.errored.connect(self._errored)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(lambda: self._job_finished(job))
        return job

    def _write(self, fetched: Any) -> Job:
        op = self.op
        assert op is not None
        job = self._job(lambda store, reporter: op.write(store, reporter, fetched))
        job.signals.succeeded.connect(self._succeeded)
        return job.start(pool="write")

    def _progressed(self, done: int, total: int, _stage: str) -> None:
        """A share of a known total; else (0) the bar runs to and fro, not stuck at a share
        (found by review: 0 % through an import's whole index stage)."""
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _succeeded(self, outcome: Outcome) -> None:
        self._outcome = outcome
        self.ctx.apply_changes(outcome.changes)

    def _cancelled(self) -> None:
        self.status.showMessage(self.tr("Cancelled; nothing was changed."), 8000)

    def _errored(self, error: BrieferError) -> None:
        self._error = error
        self.status.showMessage(self.tr("Failed; nothing was changed."), 8000)

    def _job_finished(self, job: Job) -> None:
        """The op ends with its last job: a network half that succeeded has handed over."""
        if job is self.job:
            self._finish()

    def show_error(self, op: Op, text: str, forcible: bool) -> None:
        """The error; with "Apply anyway" when forcing is allowed, then the forced op run."""
        can_force = forcible and op.forced is not None
        if ErrorDialog.ask(self.parent_widget, op.title, text, can_force) and op.forced:
            self.run(op.forced())

    def _finish(self) -> None:
        op = self.op
        if op is None:
            return
        outcome, error = self._outcome, self._error
        self.op = self.job = self._outcome = self._error = None
        self.ctx.writing -= 1
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for widget in self.busy_widgets:
            widget.setEnabled(True)
        ok = False
        if outcome is not None:
            ok = op.done(outcome) if op.done else True
        elif error is not None:
            if op.failed is not None:
                op.failed(str(error))
            self.show_error(op, str(error), error.forcible)
        self.finished.emit(ok)
