"""An operation's error as the window shows it, with "Apply anyway" when forcing is allowed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog:
    """Shows an error; `ask` returns True when the user chose to apply anyway."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, forcible: bool) -> bool:
        if not forcible:
            QMessageBox.warning(parent, title, text)
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        force = box.addButton(
            QCoreApplication.translate("ErrorDialog", "Apply anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is force
