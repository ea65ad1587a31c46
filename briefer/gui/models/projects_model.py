"""The project catalogue as a sortable table, loaded batch by batch."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefer.core.localize import pick
from briefer.core.queries.projects import (
    BATCH,
    ProjectFilter,
    SortKey,
    project_count,
    project_rows,
)
from briefer.gui.context import AppContext

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


def catalogue_label(value: str | None) -> str:
    return {
        "space_for_solutions": QCoreApplication.translate("ProjectsModel", "selected project"),
        "scale_up": QCoreApplication.translate("ProjectsModel", "Scale-up"),
        "forum_initiative": QCoreApplication.translate("ProjectsModel", "forum initiative"),
    }.get(value or "", value or "")


class ProjectsTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.filter = ProjectFilter()
        self.order = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def reload(self, edition_id: str | None = None, text: str | None = None) -> None:
        self.beginResetModel()
        if edition_id is not None:
            self.filter = replace(self.filter, edition_id=edition_id or None)
        if text is not None:
            self.filter = replace(self.filter, text=text.strip())
        self.total = project_count(self.ctx.store, self.filter)
        self.rows = []
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        column, order = self.order
        rows = project_rows(
            self.ctx.store,
            self.filter,
            _SORT_KEYS[column],
            order == Qt.SortOrder.DescendingOrder,
            offset=len(self.rows),
            limit=BATCH,
        )
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
            return ", ".join(json.loads(row.get("regions") or "[]"))
        if column == COL_COUNTRIES:
            return ", ".join(json.loads(row.get("countries") or "[]"))
        if column == COL_CATALOGUE:
            return catalogue_label(row.get("catalogue"))
        return None
