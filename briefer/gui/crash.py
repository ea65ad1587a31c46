"""An unexpected exception in the window: logged, reported in a dialog, and the window goes on.

PySide6 hands an exception raised in a slot to `sys.excepthook` and returns to the event loop,
so the window keeps answering; `CrashReporter` is that hook while the window runs. The dialog
says what failed, offers "Copy details" (diagnostics and the traceback, for IT) and "Open log
folder". `diagnostic_text` is also what Help › Copy diagnostic information copies.

Wiring (app start-up): `CrashReporter(store.data, window).install()`, after `setup_logging`.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer import __version__
from briefer.core.datafolder import DataFolder
from briefer.core.logs import log_file
from briefer.core.paths import resources_dir

log = logging.getLogger("briefer.gui")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def diagnostic_text(data: DataFolder, catalogue_version: int | str | None = None) -> str:
    """Versions, paths and platform, one per line: what IT needs first. No user content."""
    import platform

    import PySide6

    if getattr(sys, "frozen", False):
        install = "bundle"
    elif resources_dir().parent.name == "briefer":
        install = "package"
    else:
        install = "checkout"
    lines = [
        f"Briefer {__version__} ({install})",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"System: {platform.platform()}",
        f"Data folder: {data.root}" + (" (portable)" if data.portable else ""),
        f"Log: {log_file(data)}",
        f"Resources: {resources_dir()}",
    ]
    if catalogue_version is not None:
        lines.append(f"Catalogue version: {catalogue_version}")
    return "\n".join(lines)


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def open_log_folder(data: DataFolder) -> bool:
    """Show the data folder's log folder in the system's file manager."""
    data.logs.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(data.logs)))


class CrashDialog(QDialog):
    """Says what failed; its details go to the clipboard or stay in the log folder."""

    def __init__(self, data: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Briefer: unexpected error"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.log_button = QPushButton(self.tr("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.details.toPlainText()))
        self.log_button.clicked.connect(lambda: open_log_folder(self.data))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.count = 0

    def report(self, error: BaseException, details: str) -> None:
        self.count += 1
        what = f"{type(error).__name__}: {error}".strip()
        text = self.tr(
            "Something went wrong inside Briefer and what you asked for may not have been "
            "done:\n{what}\nThe window goes on working. The details are in Briefer's log; "
            "send them to your IT support."
        ).format(what=what[:300])
        if self.count > 1:
            text += "\n" + self.tr("Errors since this window opened: {count}").format(
                count=self.count
            )
        self.summary.setText(text)
        self.details.setPlainText(details)


class CrashReporter:
    """`sys.excepthook` while the window runs: log the exception, then show the dialog."""

    def __init__(self, data: DataFolder, parent: QWidget | None = None) -> None:
        self.data = data
        self.parent = parent
        self.dialog: CrashDialog | None = None
        self._previous = sys.excepthook

    def install(self) -> CrashReporter:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous(kind, value, trace)
            return
        log.error("unexpected exception in the window", exc_info=(kind, value, trace))
        details = "".join(traceback.format_exception(kind, value, trace))
        try:
            self.show(value, diagnostic_text(self.data) + "\n\n" + details)
        except Exception:  # the report itself failed: the traceback still reaches stderr
            self._previous(kind, value, trace)

    def show(self, error: BaseException, details: str) -> CrashDialog:
        if self.dialog is None:
            self.dialog = CrashDialog(self.data, self.parent)
        self.dialog.report(error, details)
        self.dialog.open()  # window-modal, returns at once: the event loop goes on
        self.dialog.raise_()
        return self.dialog
