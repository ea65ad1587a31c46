"""What every view shares: the GUI thread's store, the language, and app-wide signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefer.core.delegations import Delegation, current_delegation
from briefer.core.errors import NotFoundError
from briefer.core.store import Store


class AppContext(QObject):
    """The GUI thread's connection; jobs open their own (see `jobs.py`)."""

    store_did_change = Signal()
    item_selected = Signal(str)
    language_did_change = Signal(str)
    note_requested = Signal(str)

    def __init__(self, store: Store, lang: str) -> None:
        super().__init__()
        self.store = store
        self.lang = lang

    @property
    def folder(self) -> Path:
        return self.store.folder

    def delegation(self) -> Delegation | None:
        try:
            return current_delegation(self.store)
        except NotFoundError:
            return None

    def changed(self) -> None:
        self.store_did_change.emit()
