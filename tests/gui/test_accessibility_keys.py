"""Keyboard only: search, open a result, mark it "must", assign a delegate, build a pack; undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefer.core.marks import find_mark

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _press_in_popup(qtbot, keys: list[Qt.Key | str]) -> None:
    """Once a popup menu is open, press `keys` in it (and in the submenus they open)."""

    def press() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, press)
            return
        key = keys.pop(0)
        if isinstance(key, str):
            qtbot.keyClicks(popup, key)
        else:
            qtbot.keyClick(popup, key)
        if keys:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def _give_back_focus(window, qtbot) -> None:
    """The offscreen platform may leave the closed menu's window focused, and shortcuts then
    go nowhere; a desktop gives the main window its focus back."""
    handle = window.windowHandle()
    if QGuiApplication.focusWindow() is not handle or QApplication.activeWindow() is not window:
        window.activateWindow()
        handle.requestActivate()
    qtbot.waitUntil(
        lambda: QGuiApplication.focusWindow() is handle and QApplication.activeWindow() is window
    )


def test_a_whole_task_with_the_keyboard_only(window, delegation, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    window.finish_startup()
    store, ctx = window.ctx.store, window.ctx
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "search"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "pandemic preparedness")  # a session first
    view = window.views["search"]
    qtbot.waitUntil(lambda: view.first_result() is not None, timeout=10_000)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert view.results.hasFocus()
    item_id = view.current_item_id()
    assert item_id
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert window.detail.item_id == item_id
    qtbot.keyClick(view.results, Qt.Key.Key_1)
    assert find_mark(store, ctx.delegation(), item_id).priority == "must"
    _press_in_popup(qtbot, ["a", Qt.Key.Key_Return])  # Assign to › the first delegate
    qtbot.keyClick(view.results, Qt.Key.Key_Menu)
    mark = find_mark(store, ctx.delegation(), item_id)
    assert (mark.priority, mark.delegates) == ("must", ("Amina Diallo",))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)  # the menus closed
    _give_back_focus(window, qtbot)
    qtbot.keyClick(view.results, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.search
    qtbot.waitUntil(lambda: window.act_build.isEnabled() and not window.runner.busy)
    _give_back_focus(window, qtbot)
    qtbot.keyClick(
        window.focusWidget(),  # where a keyboard's keys go
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    packs = window.views["packs"]
    qtbot.waitUntil(lambda: packs.last is not None and packs.last.exists(), timeout=60_000)
    # Undo and redo from the keyboard: the assignment, then the mark itself.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find_mark(store, ctx.delegation(), item_id).delegates == ()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find_mark(store, ctx.delegation(), item_id) is None
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert find_mark(store, ctx.delegation(), item_id).priority == "must"


def test_m_toggles_a_mark_in_the_programme_and_the_menu_key_opens_its_menu(
    window, delegation, qtbot
):
    window.finish_startup()
    window.show_view("programme")
    programme = window.views["programme"]
    tree = programme.tree
    tree.setFocus()
    first_day = programme.model.index(0, 0)
    tree.setCurrentIndex(programme.model.index(0, 0, first_day))
    item_id = programme.current_item_id()
    store, ctx = window.ctx.store, window.ctx
    qtbot.keyClick(tree, Qt.Key.Key_M)
    assert find_mark(store, ctx.delegation(), item_id).priority == "should"
    qtbot.keyClick(tree, Qt.Key.Key_3)
    assert find_mark(store, ctx.delegation(), item_id).priority == "optional"
    qtbot.keyClick(tree, Qt.Key.Key_M)
    assert find_mark(store, ctx.delegation(), item_id) is None
    texts = [a.text() for a in programme.keys.menu().actions()]
    assert texts[0] == "&Mark"


def test_the_shortcuts_list_names_every_view_key_and_undo(window, qtbot):
    from briefer.gui.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    table = dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    for number in range(1, 8):
        assert f"Ctrl+{number}" in rows
    assert rows["Ctrl+7"] == "Search"
    assert any("Ctrl+Z" in keys for keys in rows)
    dialog.close()


def test_the_shortcuts_list_gives_keys_not_the_undo_keys_own_name(window):
    """Found by review: the Undo row read "Ctrl+Z, Alt+Backspace, تراجع" in Arabic ("…, Annuler"
    in French): Qt's standard Undo includes a keyboard's dedicated Undo key, named as the
    action is."""
    from briefer.gui.dialogs.shortcuts import ShortcutsDialog

    window.set_language("fr")
    dialog = ShortcutsDialog(window)
    table = dialog.table
    keys = [table.item(r, 1).text() for r in range(table.rowCount())]
    undo = next(k for k in keys if "Ctrl+Z" in k)
    assert "Annuler" not in undo and all(part.strip() for part in undo.split(","))
    dialog.close()
