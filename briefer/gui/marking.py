"""Marking from a list with the keyboard or its context menu, each step undoable.

Keys on the current item of a list of sessions, projects or search results: M marks or
unmarks, 1, 2, 3 set the priority (must, should, optional); the Menu key or Shift+F10 open the
item's menu (mark, priority, assign to a delegate, open its note).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu

from briefer.core.changes import OpChanges
from briefer.core.delegations import Delegate, list_delegates
from briefer.core.errors import BrieferError
from briefer.core.marks import PRIORITIES, find_mark, remove_mark, set_mark, unassign
from briefer.core.undo import snapshot_mark
from briefer.core.words import priority_word
from briefer.gui.context import AppContext
from briefer.gui.undo import notify, perform
from briefer.gui.widgets import action_text, isolate

PRIORITY_KEYS = {Qt.Key.Key_1: "must", Qt.Key.Key_2: "should", Qt.Key.Key_3: "optional"}


def toggle_after_click(toggle: Callable[[str], object], item_id: str) -> None:
    """Mark or unmark `item_id` once the click that ticked its box is over: the change reloads
    the model that took the click."""
    QTimer.singleShot(0, lambda: toggle(item_id))


class Marker:
    """Undoable mark operations on the current delegation, for any view."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _run(
        self, item_id: str, text: Callable[[], str], action: Callable[[], object]
    ) -> str | None:
        """Run `action` as one undoable step; the error's message, or None."""
        delegation = self.ctx.delegation()
        if delegation is None:
            return QCoreApplication.translate(
                "Marking", "Create a delegation (My delegation) to mark items."
            )
        try:
            perform(self.ctx, text, lambda s: snapshot_mark(s, delegation, item_id), action)
        except BrieferError as exc:
            return str(exc)
        notify(self.ctx, OpChanges(marks=True))
        return None

    def toggle(self, item_id: str) -> str | None:
        delegation = self.ctx.delegation()
        if delegation is not None and find_mark(self.ctx.store, delegation, item_id):
            return self._run(
                item_id,
                lambda: QCoreApplication.translate("Marking", "Unmark"),
                lambda: remove_mark(self.ctx.store, delegation, item_id),
            )
        return self.set_priority(item_id, "should")

    def set_priority(self, item_id: str, priority: str) -> str | None:
        delegation = self.ctx.delegation()

        def text() -> str:
            return QCoreApplication.translate("Marking", "Mark as {priority}").format(
                priority=priority_word(priority)
            )

        return self._run(
            item_id, text, lambda: set_mark(self.ctx.store, delegation, item_id, priority)
        )

    def toggle_delegate(self, item_id: str, delegate: Delegate) -> str | None:
        delegation = self.ctx.delegation()
        mark = find_mark(self.ctx.store, delegation, item_id) if delegation else None
        if mark and delegate.name in mark.delegates:
            return self._run(
                item_id,
                lambda: QCoreApplication.translate("Marking", "Take {name} off").format(
                    name=isolate(delegate.name)
                ),
                lambda: unassign(self.ctx.store, delegation, item_id, delegate),
            )
        return self._run(
            item_id,
            lambda: QCoreApplication.translate("Marking", "Assign to {name}").format(
                name=isolate(delegate.name)
            ),
            lambda: set_mark(self.ctx.store, delegation, item_id, None, [delegate]),
        )


class ItemKeys(QObject):
    """The marking keys and the context menu on `view`, acting on `current_item()`."""

    def __init__(
        self,
        ctx: AppContext,
        view: QAbstractItemView,
        current_item: Callable[[], str | None],
        select_item: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.current_item = current_item
        self.select_item = select_item
        self.marker = Marker(ctx)
        self.last_message: str | None = None
        view.installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.open_menu)
        view.setAccessibleDescription(
            QCoreApplication.translate(
                "Marking", "M marks or unmarks; 1, 2, 3 set the priority; the Menu key opens more."
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        menu_key = key == Qt.Key.Key_Menu and not modifiers
        if menu_key or (key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier):
            self.open_menu()
            return True
        if modifiers:
            return False
        item_id = self.current_item()
        if not item_id:
            return False
        if key == Qt.Key.Key_M:
            self._report(self.marker.toggle(item_id), item_id)
            return True
        if key in PRIORITY_KEYS:
            self._report(self.marker.set_priority(item_id, PRIORITY_KEYS[key]), item_id)
            return True
        return False

    def toggle(self, item_id: str) -> None:
        """Mark or unmark `item_id` (the M key, a tick in a mark column)."""
        self._report(self.marker.toggle(item_id), item_id)

    def _report(self, message: str | None, item_id: str | None = None) -> None:
        """Say what went wrong, if anything; the item stays current though the list reloaded."""
        if item_id and self.select_item and self.current_item() != item_id:
            self.select_item(item_id)
        self.last_message = message
        if message:
            window = self.view.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(message, 8000)

    def menu(self) -> QMenu | None:
        """The current item's menu, or None when no item is current."""
        item_id = self.current_item()
        if not item_id:
            return None
        delegation = self.ctx.delegation()
        mark = find_mark(self.ctx.store, delegation, item_id) if delegation else None
        menu = QMenu(self.view)
        toggle = menu.addAction(
            QCoreApplication.translate("Marking", "&Unmark")
            if mark
            else QCoreApplication.translate("Marking", "&Mark")
        )
        toggle.setShortcut("M")
        toggle.triggered.connect(lambda: self._report(self.marker.toggle(item_id), item_id))
        priorities = menu.addMenu(QCoreApplication.translate("Marking", "&Priority"))
        for number, value in enumerate(PRIORITIES, start=1):
            act = priorities.addAction(f"&{number} {priority_word(value)}")
            act.setCheckable(True)
            act.setChecked(bool(mark and mark.priority == value))
            act.triggered.connect(
                lambda _=False, v=value: self._report(self.marker.set_priority(item_id, v), item_id)
            )
        assign = menu.addMenu(QCoreApplication.translate("Marking", "&Assign to"))
        for delegate in list_delegates(self.ctx.store, delegation) if delegation else []:
            act = assign.addAction(action_text(isolate(delegate.name)))
            act.setCheckable(True)
            act.setChecked(bool(mark and delegate.name in mark.delegates))
            act.triggered.connect(
                lambda _=False, d=delegate: self._report(
                    self.marker.toggle_delegate(item_id, d), item_id
                )
            )
        assign.setEnabled(delegation is not None and not assign.isEmpty())
        note = menu.addAction(QCoreApplication.translate("Marking", "Open &note"))
        note.triggered.connect(lambda: self.ctx.note_requested.emit(item_id))
        return menu

    def _assign(self, item_id: str, delegate: Delegate) -> None:
        self._report(self.marker.toggle_delegate(item_id, delegate), item_id)

    def open_menu(self, position: QPoint | None = None) -> None:
        menu = self.menu()
        if menu is None:
            return
        if position is None or position.isNull():
            rect = self.view.visualRect(self.view.currentIndex())
            position = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        menu.exec(self.view.viewport().mapToGlobal(position))
