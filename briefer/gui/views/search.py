"""Search as you type: results grouped by kind, the group of the best hit first, matches
highlighted; runs off the GUI thread."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.core.delegations import current_delegation, get_delegate
from briefer.core.errors import NotFoundError
from briefer.core.search.engine import Filters, Hit, search
from briefer.core.search.textnorm import query_terms
from briefer.gui.context import AppContext
from briefer.gui.html_delegate import HtmlDelegate
from briefer.gui.item_delegates import HtmlRole
from briefer.gui.jobs import Job
from briefer.gui.marking import ItemKeys
from briefer.gui.views.editions import fill_editions
from briefer.gui.views.filters import day_choices, delegate_choices, filter_grid, refill
from briefer.gui.widgets import Retranslatable, SectionTitle, esc, highlighted, info

KIND_ORDER = (
    "meeting", "contact", "session", "project", "person", "organisation", "theme", "edition",
    "venue", "note",
)  # fmt: skip


def result_html(title: str, snippet_html: str) -> str:
    """A result as two paragraphs, each set in its own text's direction (HtmlDelegate)."""
    return f"<div><b>{esc(title)}</b></div><div>{snippet_html}</div>"


def kinds_by_rank(hits: list[Hit]) -> list[str]:
    """The kinds of `hits` in the order of their best hit: the first group holds the best hit
    (what Enter opens), whatever its kind."""
    return list(dict.fromkeys(hit.what for hit in hits))


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "meeting": QCoreApplication.translate("Search", "Our meetings"),
        "contact": QCoreApplication.translate("Search", "Our contacts"),
        "session": QCoreApplication.translate("Search", "Sessions"),
        "project": QCoreApplication.translate("Search", "Projects"),
        "person": QCoreApplication.translate("Search", "People"),
        "organisation": QCoreApplication.translate("Search", "Organisations"),
        "theme": QCoreApplication.translate("Search", "Themes and priorities"),
        "edition": QCoreApplication.translate("Search", "Editions"),
        "venue": QCoreApplication.translate("Search", "Venues"),
        "note": QCoreApplication.translate("Search", "Your notes"),
    }.get(kind, kind)


class SearchView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.query = ""
        self.generation = 0
        self.jobs: list[Job] = []
        self.title = SectionTitle()
        self.summary = info(QLabel())
        self.summary.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        self.keys = ItemKeys(ctx, self.results, self.current_item_id)
        self.title.setBuddy(self.results)
        self.kind = QComboBox()
        self.edition = QComboBox()
        self.day = QComboBox()
        self.delegate = QComboBox()
        self.marked = QCheckBox()
        self.filter_labels = [QLabel() for _ in range(4)]
        combos = (self.kind, self.edition, self.day, self.delegate)
        bar = filter_grid(self.filter_labels, combos, (8, 8, 8, 8))
        for combo in combos:
            combo.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(self.marked, 2, 1)
        self.marked.toggled.connect(self._filters_changed)
        self.edition.currentIndexChanged.connect(lambda _: self._fill_days())
        self._filling = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self._run)
        ctx.store_did_change.connect(self._store_changed)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The query run again over what it searches: the catalogue, notes, own items; the
        filters offered again when editions or delegates changed."""
        if changes.catalogue or changes.delegations:
            self.fill_filters()
        if changes.marks and self.marked.isChecked():
            self._again()
        if (
            changes.catalogue
            or changes.notes
            or changes.meetings
            or changes.people
            or changes.delegations
        ):
            self._again()

    def _again(self) -> None:
        if query_terms(self.query):
            self.timer.start()

    def _store_changed(self) -> None:
        self.fill_filters()
        self._again()

    def _filters_changed(self) -> None:
        if not self._filling:
            self._again()

    def fill_filters(self) -> None:
        """The kinds, editions, days and delegates offered, the current choices kept."""
        self._filling = True
        refill(self.kind, self.tr("everything"), ((kind_label(k), k) for k in KIND_ORDER))
        fill_editions(
            self.edition, self.ctx, self.edition.currentData(), everything=self.tr("all editions")
        )
        self._fill_days()
        refill(self.delegate, self.tr("anyone"), delegate_choices(self.ctx))
        self._filling = False

    def _fill_days(self) -> None:
        was, self._filling = self._filling, True
        edition = self.edition.currentData() or None
        refill(self.day, self.tr("all days"), day_choices(self.ctx, edition) if edition else ())
        self.day.setEnabled(bool(edition))
        self._filling = was
        self._filters_changed()

    def filters(self) -> tuple[Filters, int | None]:
        """The chosen filters, and the chosen delegate's id (looked up in the worker)."""
        kind = self.kind.currentData()
        return (
            Filters(
                edition_id=self.edition.currentData() or None,
                day=self.day.currentData(),
                kinds=(kind,) if kind else (),
                marked_only=self.marked.isChecked(),
            ),
            self.delegate.currentData(),
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Search"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("&Kind"), self.tr("Editi&on"), self.tr("Da&y"), self.tr("Dele&gate")),
            strict=True,
        ):
            label.setText(text)
        self.marked.setText(self.tr("&Marked only"))
        self.fill_filters()
        if not query_terms(self.query):  # nothing typed, or no word in it ("!!!")
            self.summary.setText(
                self.tr(
                    "Type in the search field (Ctrl+F): Arabic, French or English, any spelling."
                )
            )

    def set_query(self, text: str) -> None:
        self.query = text
        self.timer.start()

    def _run(self) -> None:
        self.generation += 1
        generation, query, lang = self.generation, self.query, self.ctx.lang
        if not query_terms(query):
            self.results.clear()
            self.retranslate_ui()
            return

        filters, delegate_id = self.filters()

        def work(store, _reporter):
            try:
                delegation = current_delegation(store)
            except NotFoundError:
                delegation = None
            chosen = filters
            if delegate_id is not None:
                chosen = replace(filters, delegate=get_delegate(store, delegate_id))
            return generation, search(store, query, lang, chosen, delegation=delegation, limit=60)

        job = Job(self.ctx.folder, work)
        job.signals.succeeded.connect(self._show)
        job.signals.failed.connect(self.summary.setText)
        job.signals.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        job.start(writes=False)

    def _show(self, payload: tuple) -> None:
        generation, hits = payload
        if generation != self.generation:
            return  # a newer keystroke's results are on their way
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        palette = self.results.palette()
        colours = (
            palette.color(QPalette.ColorRole.Highlight).name(),
            palette.color(QPalette.ColorRole.HighlightedText).name(),
        )
        for kind in kinds_by_rank(hits):
            found = [h for h in hits if h.what == kind]
            group = QTreeWidgetItem([f"{kind_label(kind)} ({len(found)})"])
            group.setData(0, HtmlRole, f"<b>{esc(kind_label(kind))}</b> ({len(found)})")
            self.results.addTopLevelItem(group)
            groups[kind] = group
            for hit in found:
                snippet = highlighted(hit.snippet, hit.highlights, colours)
                child = QTreeWidgetItem([f"{hit.title}\n{hit.snippet}"])
                child.setData(0, HtmlRole, result_html(hit.title, snippet))
                child.setData(0, Qt.ItemDataRole.UserRole, hit.id)
                group.addChild(child)
        self.results.expandAll()
        self.summary.setText(self.tr("%n result(s)", "", len(hits)))

    def current_item_id(self) -> str | None:
        item = self.results.currentItem()
        item_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return item_id if item_id and item_id != "delegation" else None

    def flush(self) -> None:
        """Run a pending query now (the keyboard goes to the results before the debounce)."""
        if self.timer.isActive():
            self.timer.stop()
            self._run()

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def first_result(self) -> QTreeWidgetItem | None:
        group = self.results.topLevelItem(0)
        return group.child(0) if group is not None and group.childCount() else None

    def _open(self, item: QTreeWidgetItem) -> None:
        item_id = item.data(0, Qt.ItemDataRole.UserRole)
        if item_id and item_id != "delegation":
            self.ctx.item_selected.emit(item_id)
