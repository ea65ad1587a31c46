"""The window with encrypted data: unlock at start, Lock now, the idle lock, Settings › Security."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from briefer.core import crypto, storecrypt
from briefer.core.datafolder import DataFolder
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.store import open_store
from briefer.gui import lock
from briefer.gui.app import dispose_window, open_window
from briefer.gui.dialogs import security

NOTE = "Zanzibar-window-note-3318"
DELEGATE = "Ottoline Vexworth-7210"
PASSPHRASE = "a long passphrase"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**12)
    yield
    crypto.KEYRING._keys.clear()


@pytest.fixture
def keyed(tmp_path: Path) -> tuple[DataFolder, str]:
    """Encrypted data, locked, and its recovery key."""
    folder = DataFolder(tmp_path / "data")
    with open_store(folder) as store:
        delegation = create_delegation(store, "D")
        add_delegate(store, delegation, DELEGATE)
        set_mark(store, delegation, "ppf:ses-2021-101", "must", reason="why")
        add_note(store, delegation, None, f"# {NOTE}\n\nbody")
    recovery = storecrypt.set_passphrase(folder, PASSPHRASE)
    crypto.lock(folder)
    return folder, recovery


@pytest.fixture
def data(keyed) -> DataFolder:
    return keyed[0]


@pytest.fixture
def unlocked_window(data, qtbot, monkeypatch):
    monkeypatch.setattr(lock, "ask_passphrase", lambda *_: PASSPHRASE)
    win = open_window(data.root, "en")
    lock.CURRENT.window, lock.CURRENT.screen = win, None
    win.show()
    qtbot.waitExposed(win)
    win.finish_startup()
    yield win
    current = lock.CURRENT.window
    if current is not None and shiboken6.isValid(current):
        dispose_window(current)
    if lock.CURRENT.screen is not None and shiboken6.isValid(lock.CURRENT.screen):
        lock.CURRENT.screen.deleteLater()
    lock.CURRENT.window = lock.CURRENT.screen = None


def visible_texts() -> str:
    """Every text a visible widget shows: labels, fields, editors, every row of every list."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            texts.append(widget.windowTitle())
            if isinstance(widget, QLabel | QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount(QModelIndex())):
                    column = 0
                    while model.index(row, column).isValid():
                        texts.append(str(model.data(model.index(row, column)) or ""))
                        column += 1
    return "\n".join(texts)


def test_the_window_asks_for_the_passphrase_at_start_until_it_is_right(data, monkeypatch):
    asked = []

    def answer(_parent, _data, error=""):
        asked.append(error)
        return "wrong passphrase" if len(asked) == 1 else PASSPHRASE

    monkeypatch.setattr(lock, "ask_passphrase", answer)
    win = open_window(data.root, "en")
    try:
        assert asked == ["", "The passphrase is wrong; nothing was opened or changed."]
        assert win.ctx.store.query_one("SELECT name FROM delegates")["name"] == DELEGATE
    finally:
        dispose_window(win)


def test_giving_up_at_start_opens_nothing(data, monkeypatch):
    monkeypatch.setattr(lock, "ask_passphrase", lambda *_: None)
    with pytest.raises(crypto.LockedError):
        open_window(data.root, "en")
    assert crypto.KEYRING.get(data) is None


def test_lock_now_hides_every_user_text_and_unlocking_brings_it_back(unlocked_window, qtbot):
    from briefer.core.search import textnorm

    win = unlocked_window
    win.show_view("notes")
    win.show_view("delegation")
    qtbot.waitUntil(lambda: NOTE in visible_texts() or DELEGATE in visible_texts())
    textnorm.index_text("ملاحظة الوفد السرية")  # as a note in Arabic is indexed
    assert textnorm._folded_word.cache_info().currsize > 0
    assert win.lock_guard.act_lock.shortcuts()[0].toString() == "Ctrl+L"
    win.lock_guard.act_lock.trigger()
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None)
    screen = lock.CURRENT.screen
    assert not shiboken6.isValid(win)  # the window, its views and models are gone
    texts = visible_texts()
    assert NOTE not in texts and DELEGATE not in texts
    assert crypto.KEYRING.get(data_of(screen)) is None
    assert textnorm._folded_word.cache_info().currsize == 0  # no word of a note kept in memory
    written = data_of(screen).root
    assert (written / "window.ini").exists()  # the window's settings were saved on locking
    for path in [p for p in written.rglob("*") if p.is_file()]:
        raw = path.read_bytes()
        assert NOTE.encode() not in raw and DELEGATE.encode() not in raw, path.name
        assert NOTE.encode("utf-16-le") not in raw, path.name
    with pytest.raises(crypto.LockedError):
        open_store(data_of(screen), housekeeping=False)  # a job started now cannot read

    # A form's width, not the window's, and a way out for a forgotten passphrase (the field
    # and the button stretched across the window, and nothing said of the recovery key).
    assert screen.passphrase.width() <= 480 < screen.width()
    assert "recovery key" in visible_texts() and screen.recover_button.isVisible()
    screen.passphrase.setText("wrong passphrase")
    assert not screen.try_unlock()
    assert "wrong" in screen.error.text() and lock.CURRENT.screen is screen
    screen.passphrase.setText(PASSPHRASE)
    assert screen.try_unlock()
    again = lock.CURRENT.window
    again.finish_startup()
    again.show_view("delegation")
    qtbot.waitUntil(lambda: DELEGATE in visible_texts())


def data_of(screen) -> DataFolder:
    return screen.data


def test_the_window_locks_itself_when_idle(unlocked_window, qtbot):
    guard = unlocked_window.lock_guard
    assert guard.idle_minutes() == lock.DEFAULT_IDLE_MINUTES
    guard.set_idle_minutes(0.005)  # 0.3 s without a key or a mouse move
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None, timeout=10_000)
    assert NOTE not in visible_texts()


def test_a_key_anywhere_in_the_window_counts_the_idle_time_again(
    unlocked_window, qtbot, monkeypatch
):

    guard = unlocked_window.lock_guard
    assert guard.idle.isActive()
    restarts = []
    monkeypatch.setattr(guard.idle, "start", lambda *interval: restarts.append(interval))
    qtbot.keyClick(unlocked_window.search, Qt.Key.Key_A)
    assert restarts


def test_a_window_on_plain_data_watches_no_input_for_an_idle_lock(qtbot, tmp_path):
    from briefer.gui.app import open_window

    window = open_window(tmp_path / "plain", "en", persist=False)
    qtbot.addWidget(window)
    guard = window.lock_guard
    assert not guard.act_lock.isEnabled() and not guard.idle.isActive()
    seen = []
    guard.eventFilter = lambda watched, event: seen.append(watched) or False
    qtbot.keyClick(window.search, Qt.Key.Key_A)
    assert window.search not in seen and all(watched is window for watched in seen)


def test_locking_during_a_pack_render_ends_it_cleanly(unlocked_window, qtbot):
    win = unlocked_window
    packs = win.views["packs"]
    win.show_view("packs")
    job = packs.render()
    assert job is not None
    outcomes = []
    job.signals.cancelled.connect(lambda: outcomes.append("cancelled"))
    job.signals.succeeded.connect(lambda _: outcomes.append("built"))
    session = storecrypt.pack_folder(win.ctx.data)
    data = win.ctx.data
    win.lock_guard.lock_now()
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None, timeout=60_000)
    assert outcomes in (["cancelled"], ["built"])
    assert not session.exists()  # packs of the session go with the key
    assert not list(data.packs.glob("*")) if data.packs.exists() else True


def test_security_turns_encryption_off_and_on_again(unlocked_window, qtbot):
    dialog = security.SecurityDialog(unlocked_window.lock_guard)
    assert hasattr(dialog, "remove_button") and not hasattr(dialog, "set_button")
    dialog.reject()
    data = unlocked_window.ctx.data
    plain = security.turn_off(unlocked_window, PASSPHRASE)
    assert not crypto.is_encrypted(data)
    assert plain.ctx.store.query_one("SELECT name FROM delegates")["name"] == DELEGATE
    assert not plain.lock_guard.act_lock.isEnabled()
    dialog = security.SecurityDialog(plain.lock_guard)
    assert hasattr(dialog, "set_button")
    form = security.PassphraseForm(dialog, "Set", current=False, new=True)
    assert "cannot be recovered" in visible_labels(form)
    dialog.reject()
    encrypted, recovery = security.turn_on(plain, "another passphrase")
    assert crypto.is_encrypted(data) and recovery and recovery.count("-") > 8
    assert encrypted.lock_guard.act_lock.isEnabled()
    assert encrypted.ctx.store.query_one("SELECT name FROM delegates")["name"] == DELEGATE
    shown = security.RecoveryKeyDialog(encrypted, recovery)
    assert shown.key.text() == recovery and shown.key.isReadOnly()


def visible_labels(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_note_typed_just_before_locking_is_kept(unlocked_window, qtbot):
    win = unlocked_window
    win.show_view("notes")
    notes = win.views["notes"]
    notes.start_note(None)
    qtbot.keyClicks(notes.editor, "Typed just before the lock")
    win.lock_guard.lock_now()
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None)
    screen = lock.CURRENT.screen
    screen.passphrase.setText(PASSPHRASE)
    assert screen.try_unlock()
    store = lock.CURRENT.window.ctx.store
    bodies = [row["body"] for row in store.query("SELECT body FROM notes")]
    assert "Typed just before the lock" in bodies


def test_the_idle_lock_closes_an_open_dialog_first(unlocked_window, qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(unlocked_window)
    dialog.setModal(True)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    unlocked_window.lock_guard.set_idle_minutes(0.005)
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None, timeout=10_000)
    assert QApplication.activeModalWidget() is None
    assert not shiboken6.isValid(dialog)


def test_an_export_from_encrypted_data_is_protected_unless_the_user_says_otherwise(
    unlocked_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from briefer.gui.dialogs.file_passphrase import ProtectDialog

    target = tmp_path / "shared.briefer-selection"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    offered: list[bool] = []

    def accept_as_offered(dialog: ProtectDialog) -> int:
        offered.append(dialog.protect.isChecked())
        dialog.passphrase.setText("for the colleague")
        dialog.again.setText("for the colleague")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProtectDialog, "exec", accept_as_offered)
    unlocked_window.act_export_sel.trigger()
    assert offered == [True]
    raw = target.read_bytes()
    assert crypto.is_sealed(raw) and NOTE.encode() not in raw and DELEGATE.encode() not in raw


def fill_recovery(key: str, new: str, again: str | None = None) -> list[str]:
    """Answer the recovery dialog about to open (the first time with `again` as typed twice);
    the errors it showed on the way."""
    from PySide6.QtCore import QTimer

    from briefer.gui.dialogs.recovery import RecoverDialog

    errors: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoverDialog):
            QTimer.singleShot(10, answer)
            return
        assert dialog.key.layoutDirection() == Qt.LayoutDirection.LeftToRight
        dialog.key.setText("AAAA-" * 12 + "AAAA")  # a key of the right form, but not this one
        dialog.new.setText(new)
        dialog.again.setText(again if again is not None else new)
        assert not dialog.try_recover()
        errors.append(dialog.error.text())
        dialog.again.setText(new)
        assert not dialog.try_recover()
        errors.append(dialog.error.text())
        dialog.key.setText(key.lower().replace("-", " "))  # as typed from paper
        assert dialog.try_recover()

    QTimer.singleShot(0, answer)
    return errors


def test_the_lock_screen_sets_a_new_passphrase_with_the_recovery_key(keyed, unlocked_window, qtbot):
    _, recovery = keyed
    unlocked_window.lock_guard.act_lock.trigger()
    qtbot.waitUntil(lambda: lock.CURRENT.screen is not None)
    screen = lock.CURRENT.screen
    errors = fill_recovery(recovery, "a new long passphrase", again="a new long passphrasf")
    assert screen.recover()
    assert errors == [
        "The two new passphrases differ.",
        "The recovery key is wrong; nothing was opened or changed.",
    ]
    again = lock.CURRENT.window
    assert again is not None and lock.CURRENT.screen is None
    again.finish_startup()
    again.show_view("delegation")
    qtbot.waitUntil(lambda: DELEGATE in visible_texts())
    folder = again.ctx.data
    crypto.lock(folder)
    with pytest.raises(crypto.PassphraseError):
        crypto.unlock(folder, PASSPHRASE)
    crypto.unlock(folder, "a new long passphrase")


def test_the_passphrase_asked_at_start_can_be_replaced_with_the_recovery_key(keyed, qtbot):
    from PySide6.QtCore import QTimer

    folder, recovery = keyed

    def forgotten() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, lock.UnlockDialog):
            QTimer.singleShot(10, forgotten)
            return
        assert dialog.forgotten.isVisible()
        fill_recovery(recovery, "a new long passphrase")
        dialog.forgotten.click()

    QTimer.singleShot(0, forgotten)
    win = open_window(folder.root, "en")
    try:
        assert win.ctx.store.query_one("SELECT name FROM delegates")["name"] == DELEGATE
    finally:
        dispose_window(win)
    crypto.lock(folder)
    crypto.unlock(folder, "a new long passphrase")
