"""The People view's table: the delegation's contacts, then the catalogue's speakers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefer.core.localize import joined
from briefer.core.queries.people import PersonRow, people_rows
from briefer.core.spoken import spoken_languages
from briefer.gui.context import AppContext

RecordRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "function", "organisation", "country", "languages", "sessions")


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("PeopleModel", "Name"),
        QCoreApplication.translate("PeopleModel", "Function"),
        QCoreApplication.translate("PeopleModel", "Organisation"),
        QCoreApplication.translate("PeopleModel", "Country"),
        QCoreApplication.translate("PeopleModel", "Languages"),
        QCoreApplication.translate("PeopleModel", "Sessions"),
    ]


class PeopleTableModel(QAbstractTableModel):
    """One row a person, read through `briefer.core.queries.people`; filtered by a text."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.everyone: list[PersonRow] = []
        self.rows: list[PersonRow] = []
        self.text = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.everyone = people_rows(self.ctx.store, self.ctx.delegation(), self.ctx.lang)
        self.rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self.text = text.strip().casefold()
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PersonRow]:
        if not self.text:
            return list(self.everyone)
        return [
            r
            for r in self.everyone
            if any(self.text in (v or "").casefold() for v in (r.name, r.organisation, r.function))
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            column = COLUMNS[index.column()]
            if column == "sessions":
                return str(len(row.sessions)) if not row.own else ""
            if column == "languages":
                return joined(spoken_languages(row.languages, self.ctx.lang), self.ctx.lang)
            return getattr(row, column) or ""
        if role == Qt.ItemDataRole.FontRole and row.own and index.column() == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.own and index.column() == 0:
            return QCoreApplication.translate("PeopleModel", "A contact of the delegation")
        return None

    def row_of(self, person_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == person_id), -1)
