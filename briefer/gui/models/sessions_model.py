"""The programme as a tree: days, then their sessions in time order, loaded batch by batch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from briefer.core.catalogue.vocab import format_name
from briefer.core.localize import joined, pick
from briefer.core.marks import PRIORITIES
from briefer.core.queries.programme import (
    BATCH,
    Position,
    ProgrammeFilter,
    programme_days,
    programme_rows,
)
from briefer.core.timefmt import day_name, local
from briefer.core.words import kind_word, priority_word, status_word
from briefer.gui import colours
from briefer.gui.context import AppContext
from briefer.gui.marking import toggle_after_click

RecordRole = Qt.ItemDataRole.UserRole + 1
# The mark's check box beside the time: in sight however narrow the window.
COLUMNS = ("Time", "Mark", "Session", "Place", "Format", "Status")
COL_TIME, COL_MARK, COL_TITLE, COL_PLACE, COL_FORMAT, COL_STATUS = range(6)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("SessionsModel", "Time"),
        QCoreApplication.translate("SessionsModel", "Mark"),
        QCoreApplication.translate("SessionsModel", "Session"),
        QCoreApplication.translate("SessionsModel", "Place"),
        QCoreApplication.translate("SessionsModel", "Format"),
        QCoreApplication.translate("SessionsModel", "Status"),
    ]


_OFF = ("cancelled", "withdrawn")  # sessions that no longer take place


@dataclass
class _Day:
    day: str | None
    count: int
    own: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)
    at: Position = field(default_factory=Position)


class SessionsTreeModel(QAbstractItemModel):
    """Days at the top, sessions below; `data()` reads prepared rows only, never the store."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = ProgrammeFilter()
        self.days: list[_Day] = []
        self.conflicts: set[str] = set()
        self.changed: set[str] = set()
        self.now_day: str | None = None  # set: the one group is "now and next" of that day
        self.toggle: Callable[[str], object] | None = None  # marks or unmarks an item (the view's)

    # --- loading ------------------------------------------------------------------------
    def reload(
        self,
        flt: ProgrammeFilter | None = None,
        conflicts: set[str] | None = None,
        changed: set[str] | None = None,
    ) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        if conflicts is not None:
            self.conflicts = conflicts
        if changed is not None:
            self.changed = changed
        self.now_day = None
        self.days = [
            _Day(d.day, d.count, d.own) for d in programme_days(self.ctx.store, self.filter)
        ]
        self.endResetModel()

    def show_now(self, day: str, rows: list[dict[str, Any]], conflicts: set[str]) -> None:
        """One group: the items of `day` in progress or to come (`now_and_next` rows)."""
        self.beginResetModel()
        self.now_day = day
        self.conflicts = conflicts
        self.days = [_Day(day, len(rows), rows=list(rows))]
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not parent.isValid() or parent.parent().isValid():
            return False
        day = self.days[parent.row()]
        return len(day.rows) < day.count

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        day = self.days[parent.row()]
        rows, at = programme_rows(self.ctx.store, self.filter, day.day, day.at, BATCH)
        if not rows:
            day.count = len(day.rows)
            return
        self.beginInsertRows(parent, len(day.rows), len(day.rows) + len(rows) - 1)
        day.rows.extend(rows)
        day.at = at
        self.endInsertRows()

    # --- structure ----------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        # Bounds checked here, not by hasIndex(): that calls rowCount() and columnCount() back
        # through Python for every index a view lays out (two thirds of a large day's calls).
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.days) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()  # sessions have no children
        day = parent.row()
        if day >= len(self.days) or row >= len(self.days[day].rows):
            return QModelIndex()
        return self.createIndex(row, column, day + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def _is_day(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Day rows carry 0 as internal id; a session row carries its day's row plus one."""
        return index.internalId() == 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.days)
        if self._is_day(parent) and parent.column() == 0:
            return len(self.days[parent.row()].rows)
        return 0

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self.days)
        return self._is_day(parent) and self.days[parent.row()].count > 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._markable(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _markable(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """A session's mark cell: a check box that marks or unmarks it (own meetings have none)."""
        if not index.isValid() or self._is_day(index) or index.column() != COL_MARK:
            return False
        return not self.days[index.internalId() - 1].rows[index.row()].get("own")

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Ticking the mark cell marks the session, unticking unmarks it (undoable), once the
        click is over: the change reloads this model."""
        if role != Qt.ItemDataRole.CheckStateRole or not self._markable(index) or not self.toggle:
            return False
        toggle_after_click(self.toggle, self.days[index.internalId() - 1].rows[index.row()]["id"])
        return True

    # --- data ---------------------------------------------------------------------------
    def record(self, index: QModelIndex) -> dict[str, Any] | None:
        if not index.isValid() or self._is_day(index):
            return None
        return self.days[index.internalId() - 1].rows[index.row()]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if self._is_day(index):
            return self._day_data(index, role)
        row = self.days[index.internalId() - 1].rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and self._markable(index):
            return Qt.CheckState.Checked if row["priority"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.get("status") in _OFF:
            return QBrush(colours.warning())
        mine = row["priority"] or row.get("own")
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_TITLE and mine:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TITLE:
            from briefer.gui.safe_text import tooltip_text

            return tooltip_text(self._display(row, COL_TITLE))
        return None

    def _day_data(self, index: QModelIndex, role: int) -> Any:
        if index.column() != 0 or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        day = self.days[index.row()]
        if self.now_day is not None:
            return QCoreApplication.translate(
                "SessionsModel", "Now and next, {day} — %n item(s)", "", day.count
            ).format(day=day_name(self.now_day, self.ctx.lang))
        if day.day is None:
            label = QCoreApplication.translate("SessionsModel", "Day to be announced")
        else:
            label = day_name(day.day, self.ctx.lang)  # the pack's wording, so both read alike
        sessions = QCoreApplication.translate(
            "SessionsModel", "{day} — %n session(s)", "", day.count - day.own
        ).format(day=label)
        if not day.own:
            return sessions
        return sessions + QCoreApplication.translate(
            "SessionsModel", " and %n delegation meeting(s)", "", day.own
        )

    @staticmethod
    def widest_texts() -> dict[int, tuple[str, ...]]:
        """The longest texts the mark and status cells show, in the display language."""
        words = {
            "our": QCoreApplication.translate("SessionsModel", "our meeting"),
            "now": QCoreApplication.translate("SessionsModel", "in progress"),
            "clash": QCoreApplication.translate("SessionsModel", "conflict"),
            "off": QCoreApplication.translate("SessionsModel", "cancelled"),
            "new": QCoreApplication.translate("SessionsModel", "changed"),
        }
        return {
            COL_MARK: (*(priority_word(p) for p in PRIORITIES), words["our"]),
            COL_STATUS: (
                " · ".join((words["now"], words["clash"])),
                " · ".join((words["off"], words["clash"], words["new"])),
            ),
        }

    def _spoken(self, row: dict[str, Any], column: int) -> str:
        """What a screen reader says of a cell: the title with the item's status in words
        (mark, conflict, change, cancellation), which the view shows by colour and weight too."""
        text = self._display(row, column)
        if column != COL_TITLE:
            return text
        status = [self._display(row, COL_MARK), self._display(row, COL_STATUS)]
        words = [w for w in status if w]
        if not words:
            return text
        return f"{text} ({joined(words, self.ctx.lang)})"

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == COL_TIME:
            start = local(row["start"], row["timezone"])
            if start is None:
                return QCoreApplication.translate("SessionsModel", "to be announced")
            end = local(row["end"], row["timezone"])
            # Not isolated: in Arabic the start stands on the right, read first, as in the packs.
            return start.strftime("%H:%M") + (f"–{end.strftime('%H:%M')}" if end else "")
        if column == COL_TITLE:
            return pick(row, "title", self.ctx.lang) or QCoreApplication.translate(
                "SessionsModel", "(untitled)"
            )
        if column == COL_PLACE:
            if row.get("status") == "withdrawn" and not row.get("room_en"):
                return "—"  # as the packs print it: no longer "to be announced"
            parts = [pick(row, "room", self.ctx.lang), pick(row, "venue", self.ctx.lang)]
            if row.get("online_url"):
                parts.append(QCoreApplication.translate("SessionsModel", "online"))
            return ", ".join(p for p in parts if p) or QCoreApplication.translate(
                "SessionsModel", "to be announced"
            )
        if column == COL_FORMAT:
            if row.get("own"):
                return kind_word(row["format"]) or ""
            return format_name(row.get("format"), self.ctx.lang) or ""
        if column == COL_MARK and row.get("own"):
            return QCoreApplication.translate("SessionsModel", "our meeting")
        if column == COL_MARK:
            priority = row.get("priority")
            return priority_word(priority) if priority else ""
        if column == COL_STATUS:
            badges = []
            if row.get("in_progress"):
                badges.append(QCoreApplication.translate("SessionsModel", "in progress"))
            if row.get("status") == "cancelled":  # a meeting's word agrees with it (annulé, ملغى)
                badges.append(
                    status_word("cancelled")
                    if row.get("own")
                    else QCoreApplication.translate("SessionsModel", "cancelled")
                )
            elif row.get("status") == "withdrawn":
                badges.append(QCoreApplication.translate("SessionsModel", "withdrawn"))
            if row["id"] in self.conflicts:
                badges.append(QCoreApplication.translate("SessionsModel", "conflict"))
            if row["id"] in self.changed:
                badges.append(QCoreApplication.translate("SessionsModel", "changed"))
            return " · ".join(badges)
        return ""
