"""Unlocking at start, Lock now (Ctrl+L) and the idle lock of the window.

Locking closes the whole main window, not just its views: running jobs are cancelled (a pack
being rendered stops at its next step) and waited for, the window's state is saved, its store
closed and its widgets deleted, the key forgotten and packs of the session removed. A small lock
screen, which shows no user text, asks for the passphrase; unlocking opens a new window.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core import crypto
from briefer.core.datafolder import DataFolder
from briefer.core.memory import forget_user_text
from briefer.core.storecrypt import discard_session_packs
from briefer.gui.colours import show_as_error
from briefer.gui.dialogs.boxes import inform

IDLE_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
_JOB_WAIT_MS = 60_000


class _Current:
    """The window or the lock screen now showing (each replaces the other)."""

    window = None
    screen = None


CURRENT = _Current()


class UnlockDialog(QDialog):
    """Asks for the passphrase; says what was wrong the last time."""

    def __init__(self, parent: QWidget | None, data: DataFolder, error: str = "") -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(QCoreApplication.translate("Lock", "Briefer is locked"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("Lock", "Your data in {path} is encrypted.").format(
                    path=data.root
                )
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("Lock", "Passphrase"))
        self.passphrase.setPlaceholderText(QCoreApplication.translate("Lock", "Passphrase"))
        layout.addWidget(self.passphrase)
        self.error = QLabel(error)
        show_as_error(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        self.recovered = False
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Lock", "Unlock")
        )
        self.forgotten = forgotten_button(buttons)
        self.forgotten.clicked.connect(self.recover)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def recover(self) -> None:
        """The recovery key and a new passphrase: accepted as unlocked when they are taken."""
        from briefer.gui.dialogs.recovery import recover

        if recover(self, self.data):
            self.recovered = True
            self.accept()


def forgotten_button(buttons: QDialogButtonBox) -> QPushButton:
    """ "Passphrase forgotten…", on the side of a dialog's buttons away from Unlock."""
    button = buttons.addButton(
        QCoreApplication.translate("Lock", "Passphrase forgotten…"),
        QDialogButtonBox.ButtonRole.HelpRole,
    )
    button.setToolTip(
        QCoreApplication.translate(
            "Lock", "Choose a new passphrase with the recovery key given when it was set."
        )
    )
    return button


def ask_passphrase(parent: QWidget | None, data: DataFolder, error: str = "") -> str | None:
    """The passphrase typed, "" when the recovery key set a new one (the data is unlocked then),
    or None when the user gave up (tests replace this function)."""
    dialog = UnlockDialog(parent, data, error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return "" if dialog.recovered else dialog.passphrase.text()


def unlock_at_start(data: DataFolder) -> None:
    """Ask until the passphrase is right, when the data is encrypted and not yet unlocked.

    Raises:
        LockedError: the user gave up.
    """
    if not crypto.is_encrypted(data) or crypto.KEYRING.get(data) is not None:
        return
    error = ""
    while True:
        passphrase = ask_passphrase(None, data, error)
        if passphrase is None or crypto.KEYRING.get(data) is not None:
            crypto.key_for(data)  # raises LockedError when the user gave up
            return
        try:
            crypto.unlock(data, passphrase)
            return
        except crypto.PassphraseError as exc:
            error = str(exc)


def stop_jobs(window) -> None:
    """Cancel what runs for the window and wait for it: no job holds the key afterwards."""
    from briefer.gui.jobs import network_pool, write_pool

    window.runner.cancel()
    packs = window.views.get("packs")
    if packs is not None and packs.job is not None:
        packs.job.cancel()
    for pool in (write_pool(), network_pool(), QThreadPool.globalInstance()):
        pool.waitForDone(_JOB_WAIT_MS)
    QCoreApplication.processEvents()  # the jobs' last signals, while their receivers live


class LockScreen(QWidget):
    """What shows while Briefer is locked: a passphrase field, and nothing the user wrote."""

    unlocked = Signal(object)  # the new main window

    def __init__(self, data: DataFolder, lang: str, persist: bool, geometry) -> None:
        super().__init__()
        self.data, self.lang, self.persist = data, lang, persist
        self.opened = None
        self.setWindowTitle(QCoreApplication.translate("Lock", "Briefer is locked"))
        self.setObjectName("lock_screen")
        # A column of a form's width in the middle: the field and the button stretched across
        # the whole window.
        panel = QWidget()
        panel.setMaximumWidth(480)
        layout = QVBoxLayout(panel)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Lock", "Briefer is locked. Type your passphrase to go on."
                )
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("Lock", "Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase)
        self.error = QLabel()
        show_as_error(self.error)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.button = QPushButton(QCoreApplication.translate("Lock", "Unlock"))
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button)
        forgotten = QLabel(
            QCoreApplication.translate(
                "Lock",
                "Passphrase forgotten? The recovery key given when it was set lets you choose "
                "a new one.",
            )
        )
        forgotten.setWordWrap(True)
        layout.addWidget(forgotten)
        self.recover_button = QPushButton(
            QCoreApplication.translate("Lock", "Use the recovery key…")
        )
        self.recover_button.clicked.connect(self.recover)
        recover_row = QHBoxLayout()
        recover_row.addWidget(self.recover_button)
        recover_row.addStretch(1)
        layout.addLayout(recover_row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setGeometry(geometry)

    def try_unlock(self) -> bool:
        try:
            crypto.unlock(self.data, self.passphrase.text())
        except crypto.PassphraseError as exc:
            self.error.setText(str(exc))
            self.passphrase.clear()
            return False
        self.open_window()
        return True

    def recover(self) -> bool:
        """The recovery key and a new passphrase; the window opens when they are taken."""
        from briefer.gui.dialogs.recovery import recover

        if not recover(self, self.data):
            return False
        self.open_window()
        return True

    def open_window(self) -> None:
        """The data is unlocked: the main window takes this screen's place."""
        self.passphrase.clear()
        self.opened = reopen(self.data, self.lang, self.persist, self.geometry())
        CURRENT.window, CURRENT.screen = self.opened, None
        self.unlocked.emit(self.opened)
        self.hide()
        self.deleteLater()


def reopen(data: DataFolder, lang: str, persist: bool, geometry=None):
    """A new main window on `data` (already unlocked when encrypted), shown."""
    from briefer.gui.app import open_window

    window = open_window(data.root, lang, persist=persist)
    if geometry is not None:
        window.setGeometry(geometry)
    window.show()
    return window


def close_window(window) -> tuple[DataFolder, str, bool, object]:
    """Stop the window's jobs and close it for good; what is needed to open it again."""
    from briefer.gui.app import dispose_window

    data, lang, persist = window.ctx.data, window.ctx.lang, window.ctx.persist
    geometry = window.geometry()
    stop_jobs(window)
    dispose_window(window)
    return data, lang, persist, geometry


def lock_window(window) -> LockScreen | None:
    """Close `window`, forget the key, and show the lock screen in its place.

    A dialog open over the window is closed first, and the lock waits for its own event loop to
    end (None then: the lock comes right after).
    """
    modal = QApplication.activeModalWidget()
    if modal is not None:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        QTimer.singleShot(0, partial(lock_window, window))
        return None
    data, lang, persist, geometry = close_window(window)
    crypto.lock(data)
    forget_user_text()
    discard_session_packs(data)
    screen = LockScreen(data, lang, persist, geometry)
    CURRENT.window, CURRENT.screen = None, screen
    screen.show()
    screen.passphrase.setFocus()
    return screen


class LockGuard(QObject):
    """The window's Lock now and Security… actions, and its idle timer."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings = QSettings(str(window.ctx.data.window_settings), QSettings.Format.IniFormat)
        self.act_lock = QAction(window, triggered=self.lock_now)
        self.act_lock.setShortcuts([QKeySequence("Ctrl+L")])
        self.act_security = QAction(window, triggered=self.security_dialog)
        window.file_menu.insertAction(window.act_quit, self.act_lock)
        window.file_menu.insertAction(window.act_quit, self.act_security)
        window.file_menu.insertSeparator(window.act_quit)
        window.installEventFilter(self)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock_now)
        self.screen: LockScreen | None = None
        self.retranslate()
        self.restart_idle()

    def retranslate(self) -> None:
        self.act_lock.setText(self.tr("Lock now"))
        self.act_security.setText(self.tr("Security…"))

    def idle_minutes(self) -> float:
        try:
            return float(self.settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: float) -> None:
        self.settings.setValue(IDLE_KEY, minutes)
        self.settings.sync()
        self.restart_idle()

    def restart_idle(self) -> None:
        """Count the idle time again from now; only an encrypted store locks when idle.

        Input is watched application-wide only then: a filter in Python sees every event of
        every widget (and made the window's first paint wait for the wrapping of Qt types).
        """
        self.act_lock.setEnabled(crypto.is_encrypted(self.window.ctx.data))
        minutes = self.idle_minutes()
        app = QApplication.instance()
        if self.act_lock.isEnabled() and minutes > 0:
            self.idle.start(max(int(minutes * 60_000), 1))
            app.installEventFilter(self)
        else:
            self.idle.stop()
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS and self.idle.isActive():
            self.idle.start()
        elif kind == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        return False

    def lock_now(self) -> bool:
        """Lock from the event loop, not from inside a signal of the window being deleted."""
        if not crypto.is_encrypted(self.window.ctx.data):
            inform(
                self.window,
                self.tr("Lock now"),
                self.tr("Set a passphrase first (File › Security…): it is what unlocks Briefer."),
            )
            return False
        self.idle.stop()
        QTimer.singleShot(0, partial(lock_window, self.window))
        return True

    def security_dialog(self) -> None:
        from briefer.gui.dialogs.security import SecurityDialog

        SecurityDialog(self).exec()
