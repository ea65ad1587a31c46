"""Sync and import as the window runs them: ops for the runner, and what their results show."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefer.core.changes import Outcome
from briefer.core.localize import after_colon, joined
from briefer.gui.dialogs.boxes import inform
from briefer.gui.operations import Op

if TYPE_CHECKING:
    from briefer.core.operations import DelegationImpact, SyncReport
    from briefer.gui.mainwindow import MainWindow

TIMEOUT = 20.0


class SyncActions:
    """The window's sync and import: they build ops and the runner runs them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def sync_op(self, names: Sequence[str] | None, force: bool = False) -> Op:
        """Sync `names` (all sources when None): network first, then one write."""
        from briefer.core import operations  # the sync stack loads on first use

        sources = operations.sources_to_sync(self.window.ctx.store, names)

        def network(reporter):
            return operations.download_sources(
                sources, force=force, timeout=TIMEOUT, progress=reporter
            )

        def write(store, reporter, downloads):
            return operations.apply_downloads(
                store, sources, downloads, force=force, progress=reporter
            )

        return Op(
            title=QCoreApplication.translate("MainWindow", "Sync"),
            message=QCoreApplication.translate("MainWindow", "Syncing…"),
            write=write,
            network=network,
            done=self._synced,
        )

    def _synced(self, outcome: Outcome[SyncReport]) -> bool:
        report = outcome.value
        window = self.window
        applied = any(s.applied for s in report.sources)
        if report.partly:
            window.statusBar().showMessage(
                " ".join([_partly(report, window.ctx.lang), *_impact(report)]), 15000
            )
            self._show_failures(report)
        elif report.failures:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Sync failed; nothing was changed."), 8000
            )
            self._show_failures(report)
        elif not applied:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Already up to date."), 8000
            )
        else:
            parts = [
                QCoreApplication.translate(
                    "MainWindow", "%n change(s) applied.", "", report.changes_count
                )
            ]
            window.statusBar().showMessage(" ".join(parts + _impact(report)), 15000)
        if applied:
            window.show_view("changes")
        return not report.failures

    def _show_failures(self, report: SyncReport) -> None:
        failures = report.failures
        lang = self.window.ctx.lang
        if len(report.sources) == 1:
            text = str(failures[0].error)
        else:
            each = QCoreApplication.translate("MainWindow", "{source}: {error}")
            paragraphs = [
                each.format(source=f.name, error=after_colon(f.failure(report.partly), lang))
                for f in failures
            ]
            if report.partly:
                paragraphs.insert(0, _partly(report, lang))
            text = "\n\n".join(paragraphs)
        text += "\n\n" + QCoreApplication.translate(
            "MainWindow",
            "To stop syncing from a source that no longer answers: Sync › Remove a source.",
        )  # found by review: the command line named its remedy, the window none
        forcible = report.forcible
        failed = Op(
            title=QCoreApplication.translate("MainWindow", "Sync"),
            message=QCoreApplication.translate("MainWindow", "Syncing…"),
            write=lambda *_: Outcome(None),
            forced=lambda: self.sync_op(forcible, force=True),
        )
        self.window.runner.show_error(failed, text, bool(forcible))

    def import_op(self, path: Path, force: bool = False) -> Op:
        from briefer.core import operations

        def write(store, reporter, _):
            return operations.import_file(store, path=path, force=force, progress=reporter)

        return Op(
            title=QCoreApplication.translate("MainWindow", "Import programme file"),
            message=QCoreApplication.translate("MainWindow", "Importing…"),
            write=write,
            done=self._imported,
            forced=lambda: self.import_op(path, force=True),
        )

    def rebuild_op(self) -> Op:
        """The catalogue's search index written again, once, after an update (see
        `operations.rebuild_index`): the window shows the old file meanwhile."""
        from briefer.core import operations

        def write(store, reporter, _):
            return operations.rebuild_index(store, progress=reporter)

        return Op(
            title=QCoreApplication.translate("MainWindow", "Search index"),
            message=QCoreApplication.translate(
                "MainWindow",
                "Rebuilding the catalogue's search index for this version of Briefer (once)…",
            ),
            write=write,
            done=self._rebuilt,
        )

    def _rebuilt(self, outcome: Outcome[bool]) -> bool:
        if outcome.value:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The catalogue's search index is ready."),
                8000,
            )
        return True

    def _imported(self, outcome: Outcome) -> bool:
        report = outcome.value
        result = report.result
        window = self.window
        if result.status != "applied":
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Already up to date."), 8000
            )
            return True
        applied = QCoreApplication.translate(
            "MainWindow", "%n change(s) applied.", "", len(result.changes)
        )
        window.statusBar().showMessage(" ".join([applied, *_impact(report)]), 15000)
        window.show_view("changes")
        if result.beside:  # the items went under another name than the user may look for
            title = QCoreApplication.translate("MainWindow", "Import programme file")
            inform(window, title, result.beside)
        return True


def _partly(report: SyncReport, lang: str) -> str:
    """What a sync that failed for some sources applied from the others, and which failed."""
    applied = [s.name for s in report.sources if s.applied]
    text = QCoreApplication.translate(
        "MainWindow",
        "%n change(s) applied from {applied}; not synced: {failed}.",
        "",
        report.changes_count,
    )
    return text.format(
        applied=joined(applied, lang), failed=joined([f.name for f in report.failures], lang)
    )


def _impact(report: DelegationImpact) -> list[str]:
    """What a sync or an import did to the delegation, for the status bar."""
    parts = []
    if report.marked_changed:
        parts.append(
            QCoreApplication.translate(
                "MainWindow",
                "%n of your marked item(s) changed.",
                "",
                len(report.marked_changed),
            )
        )
    if report.new_conflicts:
        parts.append(
            QCoreApplication.translate(
                "MainWindow", "%n new conflict(s).", "", len(report.new_conflicts)
            )
        )
    return parts
