"""An unexpected exception in the window: logged, reported in a dialog, and the window goes on.

PySide6 hands an exception raised in a slot to `sys.excepthook` and returns to the event loop,
so the window keeps answering; `CrashReporter` is that hook while the window runs. The dialog
says what failed, offers "Copy details" (diagnostics and the traceback, for IT) and "Open log
folder". `diagnostic_text` is also what Help › Copy diagnostic information copies.

Wiring (app start-up): `CrashReporter(store.data, window).install()`, after `setup_logging`.
The dialog (`briefer.gui.dialogs.crash`) and its Qt classes load at the first error.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion

from briefer import __version__
from briefer.core.datafolder import DataFolder
from briefer.core.logs import log_file
from briefer.core.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from briefer.gui.dialogs.crash import CrashDialog

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
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


def open_log_folder(data: DataFolder) -> bool:
    """Show the data folder's log folder in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    data.logs.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(data.logs)))


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
            from briefer.gui.dialogs.crash import CrashDialog  # its Qt classes: at the first error

            self.dialog = CrashDialog(self.data, self.parent)
        self.dialog.report(error, details)
        self.dialog.open()  # window-modal, returns at once: the event loop goes on
        self.dialog.raise_()
        return self.dialog
