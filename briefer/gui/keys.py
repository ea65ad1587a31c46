"""Keys between the search field and the results: Down or Enter go to the first result; Escape,
or Up on the first result, come back to the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from briefer.gui.mainwindow import MainWindow


class SearchKeys(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.results = None
        window.search.installEventFilter(self)

    def _view(self):
        view = self.window.views["search"]
        if self.results is not view.results:
            self.results = view.results
            self.results.installEventFilter(self)
        return view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt  # not at import: it builds the whole namespace's enums

        key = Qt.Key(event.key())  # type: ignore[attr-defined]
        to_results = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.window.search and key in to_results:
            return self._to_results(open_it=key != Qt.Key.Key_Down)
        if watched is self.results and self.results is not None:
            first = self._view().first_result()
            at_top = first is not None and self.results.currentItem() is first
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
                self.window.focus_search()
                return True
        return False

    def _to_results(self, open_it: bool) -> bool:
        view = self._view()
        view.flush()
        first = view.first_result()
        if first is None:
            return False
        self.window.show_view("search")
        view.results.setCurrentItem(first)
        view.results.setFocus()
        if open_it:
            view.open_current()
        return True
