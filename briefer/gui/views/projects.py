"""The catalogue of selected projects: a sortable table with its filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.marking import ItemKeys
from briefer.gui.models.projects_model import ProjectsTableModel
from briefer.gui.models.projects_model import RecordRole as ProjectRole
from briefer.gui.views.editions import default_edition, fill_editions, show_provenance
from briefer.gui.widgets import KeepsCurrent, Retranslatable, SectionTitle


class ProjectsView(KeepsCurrent, Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = SectionTitle()
        self.edition = QComboBox()  # as wide as the longest edition's name: none is cut
        self.edition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.model = ProjectsTableModel(ctx)
        self.table = QTableView()
        self.table.setWordWrap(False)  # a long name is cut with an ellipsis, not a half line
        elide_by_text_direction(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentChanged.connect(self._current)
        self.keys = ItemKeys(ctx, self.table, self.current_item_id, self.select_item)
        self.model.toggle = lambda item_id: self.keys.toggle(item_id)
        self.edition_label = QLabel()
        self.edition_label.setBuddy(self.edition)
        self.title.setBuddy(self.table)
        bar = QHBoxLayout()
        bar.addWidget(self.edition_label)
        bar.addWidget(self.edition)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _: self._debounce.start())
        self.edition.currentIndexChanged.connect(lambda _: self.reload())
        self.edition.currentIndexChanged.connect(lambda _: show_provenance(self.edition))
        ctx.store_did_change.connect(self._fill_editions)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Projects"))
        self.edition_label.setText(self.tr("Edition"))
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, region, country"))
        self._fill_editions()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The rows again after the catalogue changed; after marks (or a switch of delegation),
        only their check boxes and bold titles."""
        if changes.catalogue:
            self._fill_editions()
        elif changes.marks or changes.delegations:
            self.model.reload_marks()

    def _fill_editions(self) -> None:
        """The editions offered, the current one kept, then the table."""
        wanted = self.edition.currentData() or default_edition(self.ctx)
        fill_editions(self.edition, self.ctx, wanted, everything=self.tr("all editions"))
        self.reload()

    def reload(self) -> None:
        """The rows again, the current project kept current (as the Programme keeps its)."""
        current = self.current_item_id()
        self.model.reload(self.edition.currentData() or "", self.filter.text())
        self._keep_current(current)
        metrics = self.table.fontMetrics()
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, metrics.horizontalAdvance("M" * 11) + 16)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def current_item_id(self) -> str | None:
        record = self.table.currentIndex().siblingAtColumn(0).data(ProjectRole)
        return record["id"] if record else None

    def select_item(self, item_id: str) -> None:
        """Make the project `item_id` current again (after a reload), if it is listed."""
        for row in range(self.model.rowCount()):
            record = self.model.index(row, 0).data(ProjectRole)
            if record and record["id"] == item_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        record = index.siblingAtColumn(0).data(ProjectRole)
        if record and not self._restoring:
            self.ctx.item_selected.emit(record["id"])
