"""Exchanging marks and notes with a colleague: export to a file, import from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefer.core import operations
from briefer.core.errors import BrieferError
from briefer.gui.context import AppContext


def export_selection_dialog(parent: QWidget, ctx: AppContext) -> None:
    from briefer.core.selection import (
        EXTENSION,
        default_selection_name,
        export_selection,
        selection_path,
    )

    delegation = ctx.delegation()
    if delegation is None:
        return
    suggested = ctx.places.start_folder("selection") / default_selection_name(delegation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Export marks and notes"),
        str(suggested),
        QCoreApplication.translate(
            "MainWindow", "Briefer selection (*{ext});;JSON (*.json)"
        ).format(ext=EXTENSION),
    )
    if not path:
        return
    target = selection_path(Path(path))
    try:
        export_selection(ctx.store, delegation, target)
    except BrieferError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "Export"), str(exc))
        return
    ctx.places.remember("selection", target)


def import_selection_dialog(parent: QWidget, ctx: AppContext) -> None:
    from briefer.core.selection import EXTENSION

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Import marks and notes"),
        str(ctx.places.start_folder("selection")),
        QCoreApplication.translate("MainWindow", "Briefer selection (*{ext} *.json)").format(
            ext=EXTENSION
        ),
    )
    if not path:
        return
    ctx.places.remember("selection", Path(path))
    try:
        outcome = operations.import_selection(ctx.store, path=Path(path))
    except BrieferError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "Import"), str(exc))
        return
    ctx.apply_changes(outcome.changes)
    report = outcome.value
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MainWindow", "Import"),
        QCoreApplication.translate(
            "MainWindow", "{marks} and {notes} added; {conflicts} kept in two versions, flagged."
        ).format(
            marks=QCoreApplication.translate("MainWindow", "%n mark(s)", None, report.marks_added),
            notes=QCoreApplication.translate("MainWindow", "%n note(s)", None, report.notes_added),
            conflicts=QCoreApplication.translate(
                "MainWindow",
                "%n item(s)",
                None,
                len(report.note_conflicts) + len(report.mark_conflicts),
            ),
        ),
    )
