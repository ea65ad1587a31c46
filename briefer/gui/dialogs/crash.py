"""The dialog of an unexpected error (see briefer.gui.crash, which opens it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.datafolder import DataFolder
from briefer.gui.crash import copy_to_clipboard, open_log_folder


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
