"""Filter bars shared by the Programme and Search views: label and combo pairs two a row, and
the choices they offer (days in words, the delegation's delegates), the current one kept."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel

from briefer.core.delegations import list_delegates
from briefer.core.queries.programme import programme_values
from briefer.core.timefmt import day_name
from briefer.gui.context import AppContext


def filter_grid(
    labels: Sequence[QLabel], combos: Sequence[QComboBox], widths: Sequence[int]
) -> QGridLayout:
    """Each label beside its combo (its buddy), two a row so the bar fits a magnified screen;
    a combo is at least `widths` characters wide."""
    grid = QGridLayout()
    for position, (label, combo, width) in enumerate(zip(labels, combos, widths, strict=True)):
        row, column = divmod(position, 2)
        label.setBuddy(combo)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(width)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(combo, row, column * 2 + 1)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return grid


def refill(combo: QComboBox, everything: str, choices: Iterable[tuple[str, Any]]) -> None:
    """`everything` (data None), then the (text, data) `choices`; the current data kept."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def day_choices(ctx: AppContext, edition_id: str | None) -> list[tuple[str, str]]:
    """The edition's days with sessions, in words in the display language."""
    return [
        (day_name(day, ctx.lang), day) for day in programme_values(ctx.store, edition_id, "day")
    ]


def delegate_choices(ctx: AppContext) -> list[tuple[str, int]]:
    """The current delegation's delegates by name."""
    delegation = ctx.delegation()
    if delegation is None:
        return []
    return [(d.name, d.id) for d in list_delegates(ctx.store, delegation)]
