"""Settings › Security: set, change or remove the passphrase; the idle time before locking.

Setting or removing the passphrase rewrites the user's file, which needs every connection to it
closed: the window is closed (as when locking), the file rewritten, and a new window opened.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefer.core import crypto, storecrypt
from briefer.core.errors import BrieferError
from briefer.gui.colours import show_as_error
from briefer.gui.dialogs.boxes import inform, warn
from briefer.gui.lock import CURRENT, close_window, reopen
from briefer.gui.widgets import counted_in_words


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseForm(QDialog):
    """The current passphrase (change, remove) and a new one typed twice (set, change)."""

    def __init__(self, parent: QWidget | None, title: str, current: bool, new: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if new and not current:
            warning = QLabel(
                QCoreApplication.translate(
                    "Security",
                    "A forgotten passphrase cannot be recovered: nobody, not even Briefer's "
                    "makers, can open your data without it. You will be shown a recovery key "
                    "once, to print or write down and keep away from this computer.",
                )
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        form = QFormLayout()
        self.current = (
            password_field(QCoreApplication.translate("Security", "Current passphrase"))
            if current
            else None
        )
        self.new = (
            password_field(QCoreApplication.translate("Security", "New passphrase"))
            if new
            else None
        )
        self.again = (
            password_field(QCoreApplication.translate("Security", "New passphrase again"))
            if new
            else None
        )
        if self.current is not None:
            form.addRow(QCoreApplication.translate("Security", "Current passphrase"), self.current)
        if self.new is not None and self.again is not None:
            form.addRow(QCoreApplication.translate("Security", "New passphrase"), self.new)
            form.addRow(QCoreApplication.translate("Security", "Again"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        show_as_error(self.error)  # red, as every form's error is (the meeting dialog's)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.new is not None and self.again is not None:
            if self.new.text() != self.again.text():
                self.error.setText(
                    QCoreApplication.translate("Security", "The two new passphrases differ.")
                )
                return
            if len(self.new.text()) < 8:
                self.error.setText(
                    QCoreApplication.translate(
                        "Security", "A passphrase needs at least 8 characters."
                    )
                )
                return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown this once, with Print."""

    def __init__(self, parent: QWidget | None, recovery: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Security", "Your recovery key"))
        self.recovery = recovery
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "Security",
                "Your data is now encrypted. If you forget your passphrase, this recovery key is "
                "the only way to set a new one. Print it or write it down now and keep it away "
                "from this computer: it will not be shown again.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key = QLineEdit(recovery)
        self.key.setReadOnly(True)
        # A code read from its start, in a fixed-width font, wide enough to show it whole: it
        # was cut at its beginning, and is shown only this once.
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery) + 32)
        self.key.setCursorPosition(0)
        self.key.setAccessibleName(QCoreApplication.translate("Security", "Recovery key"))
        layout.addWidget(self.key)
        row = QHBoxLayout()
        printing = QPushButton(QCoreApplication.translate("Security", "Print…"))
        printing.clicked.connect(self.print_key)
        done = QPushButton(QCoreApplication.translate("Security", "I have kept it"))
        done.clicked.connect(self.accept)
        row.addWidget(printing)
        row.addStretch(1)
        row.addWidget(done)
        layout.addLayout(row)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        heading = QCoreApplication.translate("Security", "Briefer recovery key")
        key = f"<p style='font-size:16pt'><tt>{self.recovery}</tt></p>"
        document.setHtml(f"<h2>{heading}</h2>{key}")
        document.print_(printer)


def turn_on(window, passphrase: str):
    """Close `window`, encrypt its data under `passphrase`, open a new window; it and the
    recovery key (None when it failed: the error is shown on the new window)."""
    data, lang, persist, geometry = close_window(window)
    recovery, error = None, None
    try:
        recovery = storecrypt.set_passphrase(data, passphrase)
    except BrieferError as exc:
        error = exc
    opened = reopen(data, lang, persist, geometry)
    CURRENT.window, CURRENT.screen = opened, None
    if error is not None:
        warn(opened, QCoreApplication.translate("Security", "Security"), str(error))
    return opened, recovery


def turn_off(window, passphrase: str):
    """Close `window`, decrypt its data (needs the passphrase), open a new window."""
    data, lang, persist, geometry = close_window(window)
    error = None
    try:
        storecrypt.remove_passphrase(data, passphrase)
    except BrieferError as exc:
        error = exc
    opened = reopen(data, lang, persist, geometry)
    CURRENT.window, CURRENT.screen = opened, None
    if error is not None:
        warn(opened, QCoreApplication.translate("Security", "Security"), str(error))
    return opened


def _turn_on_and_show(window, passphrase: str) -> None:
    opened, recovery = turn_on(window, passphrase)
    if recovery is not None:
        RecoveryKeyDialog(opened, recovery).exec()


class SecurityDialog(QDialog):
    """Settings › Security."""

    def __init__(self, guard) -> None:
        super().__init__(guard.window)
        self.guard = guard
        self.main = guard.window
        self.setWindowTitle(QCoreApplication.translate("Security", "Security"))
        data = self.main.ctx.data
        encrypted = crypto.is_encrypted(data)
        layout = QVBoxLayout(self)
        status = QLabel(
            QCoreApplication.translate(
                "Security",
                "Your data in this folder is encrypted with a passphrase. Briefer asks for it at "
                "start and after locking.",
            )
            if encrypted
            else QCoreApplication.translate(
                "Security",
                "Your data in this folder is not encrypted: anyone who has this computer can "
                "read your marks and notes.",
            )
        )
        status.setWordWrap(True)
        layout.addWidget(status)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(max(1, round(guard.idle_minutes())))
        counted_in_words(
            self.idle, lambda n: QCoreApplication.translate("Security", "%n min", None, n)
        )
        self.idle.setAccessibleName(
            QCoreApplication.translate("Security", "Lock after this many minutes without use")
        )
        form.addRow(
            QCoreApplication.translate("Security", "Lock after this many minutes without use"),
            self.idle,
        )
        layout.addLayout(form)
        row = QHBoxLayout()
        if encrypted:
            self.change_button = QPushButton(
                QCoreApplication.translate("Security", "Change passphrase…")
            )
            self.change_button.clicked.connect(self.change)
            self.remove_button = QPushButton(
                QCoreApplication.translate("Security", "Remove passphrase…")
            )
            self.remove_button.clicked.connect(self.remove)
            row.addWidget(self.change_button)
            row.addWidget(self.remove_button)
        else:
            self.set_button = QPushButton(
                QCoreApplication.translate("Security", "Set a passphrase…")
            )
            self.set_button.clicked.connect(self.set_passphrase)
            row.addWidget(self.set_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _: guard.set_idle_minutes(self.idle.value()))

    def set_passphrase(self) -> None:
        form = PassphraseForm(
            self,
            QCoreApplication.translate("Security", "Set a passphrase"),
            current=False,
            new=True,
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self.reject()
        QTimer.singleShot(0, partial(_turn_on_and_show, self.main, form.new.text()))

    def change(self) -> None:
        form = PassphraseForm(
            self,
            QCoreApplication.translate("Security", "Change passphrase"),
            current=True,
            new=True,
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            storecrypt.change_passphrase(self.main.ctx.data, form.current.text(), form.new.text())
        except BrieferError as exc:
            warn(self, QCoreApplication.translate("Security", "Change passphrase"), str(exc))
            return
        inform(
            self,
            QCoreApplication.translate("Security", "Change passphrase"),
            QCoreApplication.translate("Security", "The passphrase was changed."),
        )

    def remove(self) -> None:
        form = PassphraseForm(
            self,
            QCoreApplication.translate("Security", "Remove passphrase"),
            current=True,
            new=False,
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        self.reject()
        QTimer.singleShot(0, partial(turn_off, self.main, form.current.text()))
