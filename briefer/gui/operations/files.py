"""Files given to the window — on its command line, by a second start, dropped on it: each is
read first (`operations.preview_import`, nothing written), then imported through the runner
after a confirmation that says what will change.

A schedule in a supported format becomes an edition of the catalogue; a selection file
(`.briefer-selection`, or the JSON of one) merges a colleague's marks, notes, meetings and
contacts. Files wait their turn while another operation runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from briefer.core.changes import Outcome
from briefer.core.errors import BrieferError
from briefer.gui.dialogs.boxes import ask, warn
from briefer.gui.operations import Op

PROTECTED = ("selection_passphrase", "wrong_file_passphrase")  # faults a typed passphrase mends

if TYPE_CHECKING:
    from briefer.gui.mainwindow import MainWindow


class FileActions(QObject):
    """Takes the files given to the window one after another."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[Path] = []
        self.asked: list[str] = []  # what each confirmation said, in order
        window.runner.finished.connect(lambda _ok: self._next())

    def open(self, paths: list[str | Path]) -> None:
        """Queue `paths` and take the next one now unless an operation is running."""
        self.waiting.extend(Path(p) for p in paths)
        self._next()

    def confirm(self, title: str, text: str) -> bool:
        """Ask before anything is written (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox  # its enums: not at every start

        answer = ask(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _next(self) -> None:
        while self.waiting and not self.window.runner.busy:
            if self._take(self.waiting.pop(0)):
                return  # its operation runs; the runner's finished signal calls back

    def _take(self, path: Path) -> bool:
        """Preview, confirm and start importing `path`; True when an operation started."""
        from briefer.core import operations  # readers and the selection format: on first use

        title = QCoreApplication.translate("MainWindow", "Open {name}").format(name=path.name)
        passphrase: str | None = None
        while True:
            try:
                preview = operations.preview_import(
                    self.window.ctx.store,
                    path=path,
                    lang=self.window.ctx.lang,
                    passphrase=passphrase,
                )
                break
            except BrieferError as exc:
                if exc.kind not in PROTECTED:
                    warn(self.window, title, str(exc))
                    return False
                passphrase = self.ask_passphrase(path.name, exc.kind == "wrong_file_passphrase")
                if passphrase is None:
                    self._not_imported()
                    return False
        text = preview.describe()
        self.asked.append(text)
        if not self.confirm(title, text):
            self._not_imported()
            return False
        if isinstance(preview, operations.SelectionPreview):
            op = self.selection_op(path, passphrase)
        else:
            assert isinstance(preview, operations.SchedulePreview)
            op = self.window.sync_actions.import_op(path)
        return self.window.runner.run(op) is not None

    def _not_imported(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Not imported; nothing was changed."), 8000
        )

    def ask_passphrase(self, name: str, wrong: bool) -> str | None:
        """The passphrase of a protected selection file (tests replace this)."""
        from briefer.gui.dialogs.file_passphrase import ask_file_passphrase

        return ask_file_passphrase(self.window, name, wrong)

    def selection_op(self, path: Path, passphrase: str | None = None) -> Op:
        from briefer.core import operations

        def write(store, reporter, _):
            return operations.import_selection(
                store, path=path, passphrase=passphrase, progress=reporter
            )

        return Op(
            title=QCoreApplication.translate("MainWindow", "Import marks and notes"),
            message=QCoreApplication.translate("MainWindow", "Importing…"),
            write=write,
            done=self._selection_imported,
        )

    def _selection_imported(self, outcome: Outcome) -> bool:
        report = outcome.value
        conflicts = (
            len(report.note_conflicts)
            + len(report.mark_conflicts)
            + len(report.meeting_conflicts)
            + len(report.contact_conflicts)
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "{marks} and {notes} added; {conflicts} kept in two versions, flagged.",
            ).format(
                marks=QCoreApplication.translate(
                    "MainWindow", "%n mark(s)", None, report.marks_added
                ),
                notes=QCoreApplication.translate(
                    "MainWindow", "%n note(s)", None, report.notes_added
                ),
                conflicts=conflicts,
            ),
            10000,
        )
        return True
