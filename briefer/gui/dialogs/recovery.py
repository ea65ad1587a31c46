"""A forgotten passphrase: the recovery key, then a new passphrase typed twice.

Offered where the passphrase is asked for (at start and on the lock screen). Success leaves the
data unlocked under the new passphrase; the recovery key stays the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.core import storecrypt
from briefer.core.datafolder import DataFolder
from briefer.core.errors import BrieferError
from briefer.gui.colours import show_as_error
from briefer.gui.dialogs.security import password_field


class RecoverDialog(QDialog):
    """Sets a new passphrase proven by the recovery key; stays open and says why when refused."""

    def __init__(self, parent: QWidget | None, data: DataFolder) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(QCoreApplication.translate("Lock", "Use the recovery key"))
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "Lock",
                "Type the recovery key you were given when the passphrase was set (the dashes "
                "are optional), then choose a new passphrase. The recovery key stays the same.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setAccessibleName(QCoreApplication.translate("Lock", "Recovery key"))
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("AAAA-" * 13) + 16)
        self.new = password_field(QCoreApplication.translate("Lock", "New passphrase"))
        self.again = password_field(QCoreApplication.translate("Lock", "New passphrase again"))
        form.addRow(QCoreApplication.translate("Lock", "Recovery key"), self.key)
        form.addRow(QCoreApplication.translate("Lock", "New passphrase"), self.new)
        form.addRow(QCoreApplication.translate("Lock", "Again"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        show_as_error(self.error)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Lock", "Set the new passphrase")
        )
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_recover(self) -> bool:
        """Set the new passphrase; False, with the reason shown, when the key or it is refused."""
        if self.new.text() != self.again.text():
            self.error.setText(
                QCoreApplication.translate("Lock", "The two new passphrases differ.")
            )
            return False
        try:
            storecrypt.recover(self.data, self.key.text(), self.new.text())
        except BrieferError as exc:
            self.error.setText(str(exc))
            return False
        self.key.clear()
        self.new.clear()
        self.again.clear()
        self.accept()
        return True


def recover(parent: QWidget | None, data: DataFolder) -> bool:
    """Ask for the recovery key and a new passphrase; True when the data is now unlocked."""
    return RecoverDialog(parent, data).exec() == QDialog.DialogCode.Accepted
