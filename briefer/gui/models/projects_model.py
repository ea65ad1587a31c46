"""The project catalogue as a sortable table, loaded batch by batch."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from briefer.core.catalogue.vocab import region_name
from briefer.core.countries import country_shown
from briefer.core.localize import joined, pick
from briefer.core.marks import mark_priorities
from briefer.core.queries.projects import (
    BATCH,
    ProjectFilter,
    SortKey,
    project_count,
    project_rows,
)
from briefer.core.words import catalogue_word, priority_word
from briefer.gui.context import AppContext
from briefer.gui.marking import toggle_after_click

RecordRole = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_ORG, COL_THEMES, COL_REGIONS, COL_COUNTRIES, COL_CATALOGUE = range(6)
_SORT_KEYS: tuple[SortKey, ...] = (
    "name",
    "organisation",
    "themes",
    "regions",
    "countries",
    "catalogue",
)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ProjectsModel", "Project"),
        QCoreApplication.translate("ProjectsModel", "Organisation"),
        QCoreApplication.translate("ProjectsModel", "Themes"),
        QCoreApplication.translate("ProjectsModel", "Regions"),
        QCoreApplication.translate("ProjectsModel", "Countries"),
        QCoreApplication.translate("ProjectsModel", "Catalogue"),
    ]


class ProjectsTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.filter = ProjectFilter()
        self.order = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self.marks: dict[str, str] = {}  # item id -> priority, the delegation's marks
        self.toggle: Callable[[str], object] | None = None  # marks or unmarks (the view's)

    def reload_marks(self) -> None:
        """The delegation's marks again, shown without reloading the rows."""
        delegation = self.ctx.delegation()
        self.marks = mark_priorities(self.ctx.store, delegation) if delegation else {}
        if self.rows:
            last = self.index(len(self.rows) - 1, COL_NAME)
            self.dataChanged.emit(self.index(0, COL_NAME), last)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_NAME and self.ctx.delegation() is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Ticking a project's box marks it, unticking unmarks it (undoable), once the click
        is over."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_NAME or not self.toggle:
            return False
        toggle_after_click(self.toggle, self.rows[index.row()]["id"])
        return True

    def reload(self, edition_id: str | None = None, text: str | None = None) -> None:
        self.beginResetModel()
        if edition_id is not None:
            self.filter = replace(self.filter, edition_id=edition_id or None)
        if text is not None:
            self.filter = replace(self.filter, text=text.strip())
        self.total = project_count(self.ctx.store, self.filter)
        # The first batch at once: a view shown empty does not always ask for more (an
        # edition picked after one without projects stayed empty until the window resized).
        self.rows = self._batch(0) if self.total else []
        delegation = self.ctx.delegation()
        self.marks = mark_priorities(self.ctx.store, delegation) if delegation else {}
        self.endResetModel()

    def _batch(self, offset: int) -> list[dict]:
        column, order = self.order
        return project_rows(
            self.ctx.store,
            self.filter,
            _SORT_KEYS[column],
            order == Qt.SortOrder.DescendingOrder,
            offset=offset,
            limit=BATCH,
            lang=self.ctx.lang,
        )

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        rows = self._batch(len(self.rows))
        if not rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = (column, order)
        self.reload()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RecordRole:
            return row
        priority = self.marks.get(row["id"])
        if index.column() == COL_NAME and role == Qt.ItemDataRole.CheckStateRole:
            if self.ctx.delegation() is None:
                return None
            return Qt.CheckState.Checked if priority else Qt.CheckState.Unchecked
        if index.column() == COL_NAME and role == Qt.ItemDataRole.FontRole and priority:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == COL_NAME and role == Qt.ItemDataRole.AccessibleTextRole:
            name = self.data(index, Qt.ItemDataRole.DisplayRole)
            return f"{name} ({priority_word(priority)})" if priority else name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            from briefer.gui.safe_text import tooltip_text

            return tooltip_text(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return pick(row, "name", self.ctx.lang) or QCoreApplication.translate(
                "ProjectsModel", "(untitled)"
            )
        if column == COL_ORG:
            return row.get("organisation") or ""
        if column == COL_THEMES:
            return row.get(f"themes_{self.ctx.lang}") or row.get("themes_en") or ""
        if column == COL_REGIONS:
            regions = json.loads(row.get("regions") or "[]")
            return joined([region_name(r, self.ctx.lang) for r in regions], self.ctx.lang)
        if column == COL_COUNTRIES:
            countries = json.loads(row.get("countries") or "[]")
            return joined([country_shown(c, self.ctx.lang) for c in countries], self.ctx.lang)
        if column == COL_CATALOGUE:
            return catalogue_word(row.get("catalogue"))
        return None
