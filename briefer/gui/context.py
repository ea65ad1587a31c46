"""What every view shares: the GUI thread's store, the language, and app-wide signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefer.core.changes import OpChanges
from briefer.core.datafolder import DataFolder
from briefer.core.errors import NotFoundError
from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.core.delegations import Delegation
    from briefer.gui.i18n import LanguageManager
    from briefer.gui.places import Places

# Another delegation is now the current one: all that the window shows of the user's data.
SWITCHED = OpChanges(
    delegations=True, marks=True, notes=True, packs=True, meetings=True, people=True
)


class AppContext(QObject):
    """The GUI thread's connection (jobs open their own) and the one display language.

    Two signals tell the views what to show again, after Anki's `operation_did_execute`:
    `operation_did_execute(OpChanges)` after the window's own writes, each view refreshing only
    for the kinds of data it shows; `store_did_change` when everything may have changed
    (another process wrote the data folder, the language changed).
    """

    store_did_change = Signal()
    operation_did_execute = Signal(object)  # OpChanges: what one of the window's writes did
    item_selected = Signal(str)
    language_did_change = Signal(str)
    note_requested = Signal(str)

    def __init__(self, store: Store, languages: LanguageManager, persist: bool = True) -> None:
        super().__init__()
        self.store = store
        self.languages = languages
        self.persist = persist
        self.attached_catalogue = store.attached_identity()  # a swap may have come since
        self.seen_data_version = store.data_version()
        self.writing = 0  # the window's own write operations under way
        self._places: Places | None = None

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

    @property
    def places(self) -> Places:
        """Where file dialogs start, remembered per kind unless the window persists nothing."""
        if self._places is None:
            from briefer.gui.places import Places

            self._places = Places(self.data, self.persist)
        return self._places

    def delegation(self) -> Delegation | None:
        from briefer.core.delegations import current_delegation  # not before the first paint

        try:
            return current_delegation(self.store)
        except NotFoundError:
            return None

    def changed(self) -> None:
        """Everything may have changed: every view shows itself again."""
        self.seen_data_version = self.store.data_version()
        self.store_did_change.emit()

    def apply_changes(self, changes: OpChanges) -> None:
        """Show what an operation changed: the new catalogue attached, then the views told.

        The watcher's baseline moves past the operation's own commits, so the window does not
        refresh a second time for them as if another process had written.
        """
        if changes.catalogue:
            self.reattach_catalogue()
        self.seen_data_version = self.store.data_version()
        if changes.any():
            self.operation_did_execute.emit(changes)

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
        if self.writing:
            return False  # its outcome says what it changed, and moves the baseline past it
        version = self.store.data_version()
        replaced = self.store.catalogue_identity() != self.attached_catalogue
        if version == self.seen_data_version and not replaced:
            return False
        if replaced and not self.reattach_catalogue():
            return False  # still being read: the next check tries again
        self.changed()
        return True
