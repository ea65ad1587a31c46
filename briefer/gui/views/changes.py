"""Changes: what the last syncs and imports changed, marked items first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.core.meetings import is_own_meeting
from briefer.core.queries.changes import in_catalogue, last_pack
from briefer.core.sync.history import list_changes
from briefer.core.timefmt import moment_name
from briefer.core.words import change_field_word, change_value_word
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.safe_text import tooltip_text
from briefer.gui.widgets import Retranslatable, SectionTitle, info

COLUMNS = ("marked", "when", "item", "what", "before", "now")
ITEM_COLUMN = COLUMNS.index("item")
VALUE_COLUMNS = (COLUMNS.index("before"), COLUMNS.index("now"))


class ChangesView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = SectionTitle()
        self.since_pack = info(QLabel())
        self.since_pack.setWordWrap(True)
        self.tree = QTreeWidget()
        elide_by_text_direction(self.tree)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title, at its own end
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemClicked.connect(self._open)
        self.title.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.since_pack)
        layout.addWidget(self.tree, 1)
        self._stale = False
        self._whole: dict[int, int] = {}  # column: the width of its widest changed time
        ctx.store_did_change.connect(self._outdated)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()

    def _column_modes(self) -> None:
        """The item's title takes the width left (cut at its own end); the other columns fit
        their content (see `_fit_values`)."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Qt's own minimum (95 px here) kept "★" as wide as a title and, with two long Arabic
        # times, pushed the table past its width: scrolled sideways, « الآن » cut at the left
        header.setMinimumSectionSize(self.tree.fontMetrics().horizontalAdvance("M" * 3))
        for column in range(len(COLUMNS)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == ITEM_COLUMN:
                mode = QHeaderView.ResizeMode.Stretch
            elif column in VALUE_COLUMNS:
                mode = QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)

    def _fit_values(self) -> None:
        """The values before and after as wide as their content, at most a third of the width
        left, and never narrower than a changed time: cut, a time lost what changed
        ("الخميس 11 تشرين الثاني/نوفمبر 2021، ...1")."""
        header = self.tree.header()
        fixed = sum(
            max(self.tree.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(len(COLUMNS))
            if c != ITEM_COLUMN and c not in VALUE_COLUMNS
        )
        share = max(0, self.tree.viewport().width() - fixed) // 3
        for column in VALUE_COLUMNS:
            wanted = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            whole = self._whole.get(column, 0)
            header.resizeSection(column, max(whole, min(wanted, share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_values()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """What syncs and imports changed, the last pack, whose marks: a mark alone only
        marks the list as outdated, read again when the view is next shown."""
        if (
            changes.history
            or changes.catalogue
            or changes.packs
            or changes.delegations
            or changes.meetings
        ):
            self._outdated()
        elif changes.marks:
            self._stale = True

    def _outdated(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Changes"))
        headers = {
            "marked": self.tr("Marked"),
            "when": self.tr("When"),
            "item": self.tr("Item"),
            "what": self.tr("What"),
            "before": self.tr("Before"),
            "now": self.tr("Now"),
        }
        self.tree.setHeaderLabels([headers[name] for name in COLUMNS])
        self._column_modes()
        self.reload()

    def _summary(self, rows: list[dict], pack: object) -> str:
        """One sentence over the list (found by review: « 0 changement depuis le dossier imprimé
        le … Aucun changement enregistré. »)."""
        if pack is None:
            return self.tr("No pack printed yet.") if rows else self.tr("No recorded changes.")
        date = moment_name(pack.created, self.ctx.lang)
        since = [r for r in rows if r["at"] > pack.created]
        if not since:
            return self.tr("No change since the pack printed on {date}.").format(date=date)
        text = self.tr("%n change(s) since the pack printed on {date}.", "", len(since))
        return text.format(date=date)

    def reload(self) -> None:
        self._stale = False
        delegation = self.ctx.delegation()
        self.tree.clear()
        self._whole = {}
        rows = list_changes(self.ctx.store, delegation, lang=self.ctx.lang)
        pack = last_pack(self.ctx.store, delegation)
        self.since_pack.setText(self._summary(rows, pack))
        if not rows:
            return
        for row in rows[:2000]:
            item = QTreeWidgetItem(
                [
                    "★" if row["marked"] else "",
                    moment_name(row["at"], self.ctx.lang),
                    row["title"] or row["id"],
                    change_field_word(row["field"], row["kind"], row.get("shown_in")),
                    change_value_word(row["field"], row["old"], row["kind"]) or "—",
                    change_value_word(row["field"], row["new"], row["kind"]) or "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            for column in (2, 4, 5):  # read whole where a narrow window cuts them
                item.setToolTip(column, tooltip_text(item.text(column)))
            if pack and row["at"] > pack.created:  # what the printed pack does not show yet
                for column in range(item.columnCount()):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
            self.tree.addTopLevelItem(item)
            if row["field"] == "time":
                for column in VALUE_COLUMNS:
                    size = self.tree.sizeHintForIndex(self.tree.indexFromItem(item, column))
                    self._whole[column] = max(self._whole.get(column, 0), size.width())
        self._fit_values()

    def _open(self, item: QTreeWidgetItem) -> None:
        item_id = item.data(0, Qt.ItemDataRole.UserRole)
        if item_id and (is_own_meeting(item_id) or in_catalogue(self.ctx.store, item_id)):
            self.ctx.item_selected.emit(item_id)
