"""Help › Keyboard shortcuts: every key of the window, read from its actions, translated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.item_delegates import elide_by_text_direction


def _plain(text: str) -> str:
    """A menu item's text without its Alt marks or the keys a right-to-left menu writes
    after a tab (see MainWindow._isolate_menu_keys)."""
    text = text.split("\t", 1)[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# Keys of their own on some keyboards, which Qt's standard shortcuts include: listed, the Undo
# key read "Ctrl+Z, Alt+Backspace, Undo" (in Arabic "…, تراجع"), the action's name as a key.
_DEDICATED_KEYS = frozenset(
    (Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste,
     Qt.Key.Key_Find, Qt.Key.Key_Open, Qt.Key.Key_Save, Qt.Key.Key_Close, Qt.Key.Key_Print,
     Qt.Key.Key_Help, Qt.Key.Key_Refresh, Qt.Key.Key_Reload)
)  # fmt: skip


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of `window` with a shortcut, in menu order."""
    rows = []
    for action in window.findChildren(QAction):
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if k[0].key() not in _DEDICATED_KEYS
        ]
        if keys and action.text():
            rows.append((_plain(action.text()), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        elide_by_text_direction(self.table)  # "Ctrl+," stays "Ctrl+," in the Arabic window
        self.table.horizontalHeader().setStretchLastSection(True)
        rows = window_shortcuts(window) + self.list_keys()
        for what, keys in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnToContents(0)
        intro = QLabel(self.tr("Alt with an underlined letter reaches a field or a menu."))
        intro.setWordWrap(True)
        intro.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def list_keys(self) -> list[tuple[str, str]]:
        """Keys that work in lists and the search field, not bound to a menu action."""
        return [
            (self.tr("Mark or unmark the current item"), "M"),
            (self.tr("Priority: must, should, optional"), "1, 2, 3"),
            (self.tr("The current item's menu"), self.tr("Menu key, Shift+F10")),
            (self.tr("From the search field to the results"), self.tr("Down, Enter")),
            (self.tr("From the results back to the search field"), self.tr("Escape, Up")),
        ]
