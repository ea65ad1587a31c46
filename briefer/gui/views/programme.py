"""The programme: sessions by day, in time order, with their filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefer.core.catalogue.vocab import format_name
from briefer.core.changes import OpChanges
from briefer.core.marks import conflicts
from briefer.core.queries.changes import changed_in_last_sync
from briefer.core.queries.programme import (
    ProgrammeFilter,
    edition_themes,
    forum_day,
    now_and_next,
    programme_values,
)
from briefer.core.timefmt import tba
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.marking import ItemKeys
from briefer.gui.models.sessions_model import (
    COL_FORMAT,
    COL_MARK,
    COL_PLACE,
    COL_STATUS,
    COL_TIME,
    COL_TITLE,
    SessionsTreeModel,
)
from briefer.gui.models.sessions_model import RecordRole as SessionRole
from briefer.gui.views.editions import default_edition, fill_editions, show_provenance
from briefer.gui.views.filters import day_choices, delegate_choices, filter_grid, refill
from briefer.gui.widgets import KeepsCurrent, Retranslatable, SectionTitle

NOW_REFRESH_MS = 60_000


class ProgrammeView(KeepsCurrent, Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = SectionTitle()
        self.edition = QComboBox()
        self.day = QComboBox()
        self.format = QComboBox()
        self.theme = QComboBox()
        self.delegate = QComboBox()
        self.marked = QCheckBox()
        self.now = QPushButton()
        self.now.setCheckable(True)
        self.now.toggled.connect(self._now_toggled)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(NOW_REFRESH_MS)
        self.now_timer.timeout.connect(self.reload)
        self.nothing_now = QLabel()
        self.nothing_now.setWordWrap(True)
        self.nothing_now.hide()
        self.model = SessionsTreeModel(ctx)
        self.tree = QTreeView()
        elide_by_text_direction(self.tree)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.keys = ItemKeys(ctx, self.tree, self.current_item_id, self.select_item)
        self.model.toggle = lambda item_id: self.keys.toggle(item_id)
        self.labels = [QLabel() for _ in range(5)]
        bar = filter_grid(
            self.labels,
            (self.edition, self.day, self.format, self.theme, self.delegate),
            (10, 6, 7, 8, 6),
        )
        self.title.setBuddy(self.tree)
        bar.addWidget(self.marked, 2, 3)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.now)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.nothing_now)
        layout.addWidget(self.tree, 1)
        for combo in (self.edition, self.day, self.format, self.theme, self.delegate):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.edition.currentIndexChanged.connect(self._fill_edition_filters)
        self.edition.currentIndexChanged.connect(lambda _: show_provenance(self.edition))
        self.marked.toggled.connect(self._filters_changed)
        ctx.store_did_change.connect(self._fill_filters)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self._loading = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Programme"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Edition"),
                self.tr("Day"),
                self.tr("Format"),
                self.tr("Theme"),
                self.tr("Delegate"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.marked.setText(self.tr("Marked only"))
        self.now.setText(self.tr("&Now and next"))
        self.now.setToolTip(
            self.tr(
                "Today's items from the current time, the delegation's own first; "
                "refreshed every minute"
            )
        )
        self.nothing_now.setText(
            self.tr(
                "Nothing more today. During the forum, Now and next lists its items of the "
                "day from the current time: your own meetings first, then what you marked."
            )
        )
        self._fill_filters()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """Editions, days and delegates offered again after the catalogue or the delegation
        changed; the rows alone for marks, meetings and what a sync changed."""
        if changes.catalogue or changes.delegations:
            self._fill_filters()
        elif changes.marks or changes.meetings or changes.history:
            self.reload()

    def _fill_filters(self) -> None:
        self._loading = True
        fill_editions(
            self.edition, self.ctx, self.edition.currentData() or default_edition(self.ctx)
        )
        self._fill_edition_filters()
        refill(self.delegate, self.tr("anyone"), delegate_choices(self.ctx))
        self._loading = False
        self.reload()

    def _fill_edition_filters(self) -> None:
        was_loading, self._loading = self._loading, True
        edition = self.edition.currentData()
        refill(self.day, self.tr("all days"), day_choices(self.ctx, edition))
        formats = programme_values(self.ctx.store, edition, "format")
        shown = ((format_name(f, self.ctx.lang), f) for f in formats)
        refill(self.format, self.tr("all formats"), shown)
        themes = edition_themes(self.ctx.store, edition, self.ctx.lang)
        refill(self.theme, self.tr("all themes"), ((t.label, t.id) for t in themes))
        self._loading = was_loading
        self._filters_changed()

    def _filters_changed(self) -> None:
        if not self._loading:
            self.reload()

    def _now_toggled(self, on: bool) -> None:
        """Now and next replaces the filtered programme until it is turned off."""
        for widget in (self.edition, self.day, self.format, self.theme, self.delegate):
            widget.setEnabled(not on)
        self.marked.setEnabled(not on)
        if on:
            self.now_timer.start()
        else:
            self.now_timer.stop()
            self.nothing_now.hide()
        self.reload()

    def _clashes(self) -> set[str]:
        delegation = self.ctx.delegation()
        clashes: set[str] = set()
        if delegation:
            for c in conflicts(self.ctx.store, delegation):
                clashes |= {c.first, c.second}
        return clashes

    def _show_now(self) -> None:
        current = self.current_item_id()
        moment = self.clock()
        rows = now_and_next(self.ctx.store, moment, self.ctx.delegation())
        self.model.show_now(forum_day(moment), rows, self._clashes())
        self.nothing_now.setVisible(not rows)
        self.tree.expandToDepth(0)
        self.tree.setFirstColumnSpanned(0, QModelIndex(), True)
        self._size_columns()
        self._keep_current(current)

    def reload(self) -> None:
        """The rows again, the current session kept current (found by review: the index
        rebuilt after the window opened took the session the user had just chosen away)."""
        if self.now.isChecked():
            self._show_now()
            return
        current = self.current_item_id()
        clashes = self._clashes()
        delegation = self.ctx.delegation()
        self.model.reload(
            ProgrammeFilter(
                edition_id=self.edition.currentData(),
                day=self.day.currentData(),
                format=self.format.currentData(),
                theme_id=self.theme.currentData(),
                marked_only=self.marked.isChecked(),
                delegate_id=self.delegate.currentData(),
                delegation_id=delegation.id if delegation else None,
            ),
            clashes,
            changed_in_last_sync(self.ctx.store),
        )
        self.tree.expandToDepth(0)  # every day in one layout, not a layout per day expanded
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self._size_columns()
        self._keep_current(current)

    def _size_columns(self) -> None:
        """Widths from the font and the translated words, not from the rows: a 100,000-row
        day is never all read."""
        metrics = self.tree.fontMetrics()
        style = self.tree.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        widest = self.model.widest_texts()
        samples = {
            COL_TIME: ("00:00–00:00", tba()),
            COL_PLACE: ("Stage B, Grande Halle",),
            COL_FORMAT: ("official ceremony",),
            COL_MARK: widest[COL_MARK],
            COL_STATUS: widest[COL_STATUS],
        }
        for column, texts in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(text) for text in (*texts, header))
            if column == COL_MARK:
                width += box  # the check box before the words
            # Sessions sit one level down: the first column also holds two indentations.
            indent = 2 * self.tree.indentation() if column == 0 else 0
            self.tree.setColumnWidth(column, width + indent + 24)

    def current_item_id(self) -> str | None:
        record = self.tree.currentIndex().siblingAtColumn(0).data(SessionRole)
        return record["id"] if record else None

    def select_item(self, item_id: str) -> None:
        """Make the session `item_id` current again (after a reload), if it is listed."""
        for day in range(self.model.rowCount()):
            parent = self.model.index(day, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                record = index.data(SessionRole)
                if record and record["id"] == item_id:
                    self.tree.setCurrentIndex(index)
                    return

    def _current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        record = index.siblingAtColumn(0).data(SessionRole)
        if record and not self._restoring:
            self.ctx.item_selected.emit(record["id"])
