"""What every view shares: the GUI thread's store, the language, and app-wide signals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefer.core.changes import EVERYTHING, OpChanges
from briefer.core.datafolder import DataFolder
from briefer.core.delegations import Delegation, current_delegation
from briefer.core.errors import NotFoundError
from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.gui.i18n import LanguageManager


class AppContext(QObject):
    """The GUI thread's connection (jobs open their own) and the one display language."""

    store_did_change = Signal()
    operation_did_execute = Signal(object)  # OpChanges: what an operation or another process did
    item_selected = Signal(str)
    language_did_change = Signal(str)
    note_requested = Signal(str)

    def __init__(self, store: Store, languages: LanguageManager, persist: bool = True) -> None:
        super().__init__()
        self.store = store
        self.languages = languages
        self.persist = persist
        self.attached_catalogue = store.catalogue_identity()
        self.seen_data_version = store.data_version()

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

    def apply_changes(self, changes: OpChanges) -> None:
        """Show what an operation changed: the new catalogue attached, then the views told."""
        if changes.catalogue:
            self.reattach_catalogue()
        self.seen_data_version = self.store.data_version()
        if changes.any():
            self.operation_did_execute.emit(changes)
            self.store_did_change.emit()

    def reattach_catalogue(self) -> bool:
        """Attach the catalogue file now in place, when it is not the one attached."""
        now = self.store.catalogue_identity()
        if now == self.attached_catalogue:
            return False
        if self.store.reattach_catalogue():
            self.attached_catalogue = now
            return True
        return False

    def check_outside(self) -> bool:
        """Refresh everything when another process wrote the data folder; True when it did."""
        version = self.store.data_version()
        replaced = self.store.catalogue_identity() != self.attached_catalogue
        if version == self.seen_data_version and not replaced:
            return False
        if replaced and not self.reattach_catalogue():
            return False  # still being read: the next check tries again
        self.apply_changes(EVERYTHING if replaced else replace(EVERYTHING, catalogue=False))
        return True
