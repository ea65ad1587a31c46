"""The project catalogue as a sortable table, loaded batch by batch."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefer.core.localize import pick
from briefer.core.store import Store

BATCH = 400
RecordRole = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_ORG, COL_THEMES, COL_REGIONS, COL_COUNTRIES, COL_CATALOGUE = range(6)
_SORT_SQL = {
    COL_NAME: "lower(coalesce(p.name_en, p.name_fr, p.name_ar, p.name_other, ''))",
    COL_ORG: "lower(coalesce(o.name, ''))",
    COL_THEMES: "themes_en",
    COL_REGIONS: "p.regions",
    COL_COUNTRIES: "p.countries",
    COL_CATALOGUE: "p.catalogue",
}


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
    def __init__(self, store: Store, lang: str = "en") -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.edition_id: str | None = None
        self.text_filter = ""
        self.order = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def _where(self) -> tuple[str, list[Any]]:
        sql, params = ["1"], []
        if self.edition_id:
            sql.append("p.edition_id = ?")
            params.append(self.edition_id)
        if self.text_filter:
            like = f"%{self.text_filter}%"
            sql.append(
                "(coalesce(p.name_en,'') || coalesce(p.name_fr,'') || coalesce(p.name_ar,'')"
                " || coalesce(p.name_other,'') || coalesce(o.name,'') || p.regions "
                "|| p.countries) LIKE ?"
            )
            params.append(like)
        return " AND ".join(sql), params

    def reload(self, edition_id: str | None = None, text: str | None = None) -> None:
        self.beginResetModel()
        if edition_id is not None:
            self.edition_id = edition_id
        if text is not None:
            self.text_filter = text.strip()
        where, params = self._where()
        self.total = self.store.query_one(
            "SELECT count(*) AS n FROM cat.projects p "
            f"LEFT JOIN cat.organisations o ON o.id = p.organisation_id WHERE {where}",
            params,
        )["n"]
        self.rows = []
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        where, params = self._where()
        column, order = self.order
        direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
        rows = self.store.query(
            "SELECT p.*, o.name AS organisation, "
            "(SELECT group_concat(coalesce(t.name_en, t.name_fr, t.name_ar), ', ') "
            " FROM cat.item_themes it JOIN cat.themes t ON t.id = it.theme_id "
            " WHERE it.item_id = p.id) AS themes_en, "
            "(SELECT group_concat(coalesce(t.name_ar, t.name_en), '، ') "
            " FROM cat.item_themes it JOIN cat.themes t ON t.id = it.theme_id "
            " WHERE it.item_id = p.id) AS themes_ar, "
            "(SELECT group_concat(coalesce(t.name_fr, t.name_en), ', ') "
            " FROM cat.item_themes it JOIN cat.themes t ON t.id = it.theme_id "
            " WHERE it.item_id = p.id) AS themes_fr "
            "FROM cat.projects p LEFT JOIN cat.organisations o ON o.id = p.organisation_id "
            f"WHERE {where} ORDER BY {_SORT_SQL[column]} {direction}, p.id LIMIT ? OFFSET ?",
            [*params, BATCH, len(self.rows)],
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_NAME:
            return pick(row, "name", self.lang) or QCoreApplication.translate(
                "ProjectsModel", "(untitled)"
            )
        if column == COL_ORG:
            return row.get("organisation") or ""
        if column == COL_THEMES:
            return row.get(f"themes_{self.lang}") or row.get("themes_en") or ""
        if column == COL_REGIONS:
            return ", ".join(json.loads(row.get("regions") or "[]"))
        if column == COL_COUNTRIES:
            return ", ".join(json.loads(row.get("countries") or "[]"))
        if column == COL_CATALOGUE:
            return catalogue_label(row.get("catalogue"))
        return None
