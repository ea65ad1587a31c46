"""An operation's error as the window shows it, with "Apply anyway" when forcing is allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefer.gui.dialogs.boxes import laid_out, warn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class ErrorDialog:
    """Shows an error; `ask` returns True when the user chose to apply anyway."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, forcible: bool) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its enums: when an error is shown

        if not forcible:
            warn(parent, title, text)
            return False
        from PySide6.QtCore import Qt

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            laid_out(text, parent),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name or title in it is no markup
        force = box.addButton(
            QCoreApplication.translate("ErrorDialog", "Apply anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is force
