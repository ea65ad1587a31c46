"""What every view shares: the GUI thread's store, the language, and app-wide signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefer.core.datafolder import DataFolder
from briefer.core.delegations import Delegation, current_delegation
from briefer.core.errors import NotFoundError
from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.gui.i18n import LanguageManager


class AppContext(QObject):
    """The GUI thread's connection (jobs open their own) and the one display language."""

    store_did_change = Signal()
    item_selected = Signal(str)
    language_did_change = Signal(str)
    note_requested = Signal(str)

    def __init__(self, store: Store, languages: LanguageManager, persist: bool = True) -> None:
        super().__init__()
        self.store = store
        self.languages = languages
        self.persist = persist

    @property
    def lang(self) -> str:
        return self.languages.lang

    def set_language(self, lang: str) -> None:
        """Show the window in `lang` and keep it as the display language of Briefer."""
        self.languages.set_language(lang)
        if self.persist:
            from briefer.core.preferences import set_display_language

            set_display_language(self.data, self.lang)
        self.language_did_change.emit(self.lang)

    @property
    def folder(self) -> Path:
        return self.store.folder

    @property
    def data(self) -> DataFolder:
        return self.store.data

    def delegation(self) -> Delegation | None:
        try:
            return current_delegation(self.store)
        except NotFoundError:
            return None

    def changed(self) -> None:
        self.store_did_change.emit()
