"""A passphrase for a selection file: chosen when exporting, asked when opening a protected one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.colours import show_as_error


class ProtectDialog(QDialog):
    """Whether to protect an exported selection file, and with which passphrase (typed twice)."""

    def __init__(self, parent: QWidget | None, protect: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FilePassphrase", "Protect the file"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            QCoreApplication.translate(
                "FilePassphrase",
                "The file holds your delegation's marks, notes, meetings and contacts. Protected "
                "with a passphrase, it can be opened only by someone who knows it: give it to "
                "your colleague another way than the file (by telephone, not in the same e-mail).",
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.protect = QCheckBox(
            QCoreApplication.translate("FilePassphrase", "&Protect the file with a passphrase")
        )
        self.protect.setChecked(protect)
        layout.addWidget(self.protect)
        form = QFormLayout()
        self.passphrase = self._field(
            QCoreApplication.translate("FilePassphrase", "Passphrase for the file")
        )
        self.again = self._field(
            QCoreApplication.translate("FilePassphrase", "Passphrase for the file, again")
        )
        self.passphrase_label = QLabel(QCoreApplication.translate("FilePassphrase", "Pa&ssphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        again_label = QLabel(QCoreApplication.translate("FilePassphrase", "&Again"))
        again_label.setBuddy(self.again)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(again_label, self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        show_as_error(self.problem)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with its text
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        for signal in (self.protect.toggled, self.passphrase.textChanged, self.again.textChanged):
            signal.connect(lambda *_: self._check())
        self._check()

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        on = self.protect.isChecked()
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)
        problem = ""
        if on and not self.passphrase.text():
            problem = QCoreApplication.translate("FilePassphrase", "Type the passphrase twice.")
        elif on and self.passphrase.text() != self.again.text():
            problem = QCoreApplication.translate("FilePassphrase", "The two passphrases differ.")
        self.problem.setText(problem if on and self.again.text() else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def chosen(self) -> str | None:
        """The passphrase, or None for a file left unprotected."""
        return self.passphrase.text() if self.protect.isChecked() else None


def ask_file_passphrase(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """The passphrase of the protected file `name`, typed; None when the user gives up."""
    text = QCoreApplication.translate(
        "FilePassphrase", "{name} is protected with a passphrase. Type it to open the file:"
    ).format(name=name)
    if wrong:
        text = QCoreApplication.translate(
            "FilePassphrase", "That passphrase does not open {name}. Try again:"
        ).format(name=name)
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("FilePassphrase", "Protected file"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return passphrase if ok and passphrase else None
