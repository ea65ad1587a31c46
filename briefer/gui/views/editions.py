"""The forum's editions, as the programme and projects views offer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from briefer.core.queries import editions
from briefer.gui.context import AppContext


def provenance_text(edition: editions.Edition) -> str:
    """Who published the edition's data and whether its signature was checked, in words."""
    if edition.signed is None and edition.publisher == "bundled":
        return QCoreApplication.translate(
            "Editions", "Bundled with Briefer (the offline copy shipped with the program)"
        )
    if edition.signed:
        return QCoreApplication.translate(
            "Editions", "Published by {publisher}; signature checked"
        ).format(publisher=edition.publisher)
    return QCoreApplication.translate("Editions", "Published by {publisher}; not signed").format(
        publisher=edition.publisher
    )


def fill_editions(
    combo: QComboBox, ctx: AppContext, current: str | None, everything: str | None = None
) -> None:
    """Every edition, newest first, each with its provenance as tooltip; keeps `current`.

    With `everything`, a first entry of that name stands for all editions (data "").
    """
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, "")
    for edition in editions.list_editions(ctx.store, ctx.lang):
        combo.addItem(edition.name, edition.id)
        combo.setItemData(combo.count() - 1, provenance_text(edition), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setToolTip(combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")
    combo.blockSignals(False)


def show_provenance(combo: QComboBox) -> None:
    """The chosen edition's provenance as the combo's own tooltip."""
    combo.setToolTip(combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")


def default_edition(ctx: AppContext) -> str | None:
    """The core's one default-edition rule."""
    return editions.default_edition(ctx.store)
