"""Search as you type: results grouped by kind, matches highlighted; runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from briefer.core.changes import OpChanges
from briefer.core.delegations import current_delegation
from briefer.core.errors import NotFoundError
from briefer.core.search.engine import search
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import HtmlDelegate, HtmlRole
from briefer.gui.jobs import Job
from briefer.gui.marking import ItemKeys
from briefer.gui.widgets import Retranslatable, SectionTitle, esc, highlighted, info

KIND_ORDER = (
    "meeting", "session", "project", "person", "organisation", "theme", "edition", "venue", "note",
)  # fmt: skip


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "meeting": QCoreApplication.translate("Search", "Our meetings"),
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self._run)
        ctx.store_did_change.connect(self._again)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The query run again over what it searches: the catalogue, notes, own items."""
        if (
            changes.catalogue
            or changes.notes
            or changes.meetings
            or changes.people
            or changes.delegations
        ):
            self._again()

    def _again(self) -> None:
        if self.query.strip():
            self.timer.start()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Search"))
        if not self.query:
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
        if not query.strip():
            self.results.clear()
            self.retranslate_ui()
            return

        def work(store, _reporter):
            try:
                delegation = current_delegation(store)
            except NotFoundError:
                delegation = None
            return generation, search(store, query, lang, delegation=delegation, limit=60)

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
        for kind in KIND_ORDER:
            found = [h for h in hits if h.kind == kind]
            if not found:
                continue
            group = QTreeWidgetItem([f"{kind_label(kind)} ({len(found)})"])
            group.setData(0, HtmlRole, f"<b>{esc(kind_label(kind))}</b> ({len(found)})")
            self.results.addTopLevelItem(group)
            groups[kind] = group
            for hit in found:
                snippet = highlighted(hit.snippet, hit.highlights, colours)
                html = f"<b>{esc(hit.title)}</b><br>{snippet}"
                child = QTreeWidgetItem([f"{hit.title}\n{hit.snippet}"])
                child.setData(0, HtmlRole, html)
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
