"""Exchanging marks and notes with a colleague: export to a file, import from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefer.core import operations
from briefer.core.errors import BrieferError
from briefer.gui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


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
        _tr("Export marks and notes"),
        str(suggested),
        _tr("Briefer selection (*{ext});;JSON (*.json)").format(ext=EXTENSION),
    )
    if not path:
        return
    target = selection_path(Path(path))
    try:
        export_selection(ctx.store, delegation, target)
    except BrieferError as exc:
        QMessageBox.warning(parent, _tr("Export"), str(exc))
        return
    ctx.places.remember("selection", target)


def import_selection_dialog(parent: QWidget, ctx: AppContext) -> None:
    from briefer.core.selection import EXTENSION

    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import marks and notes"),
        str(ctx.places.start_folder("selection")),
        _tr("Briefer selection (*{ext} *.json)").format(ext=EXTENSION),
    )
    if not path:
        return
    ctx.places.remember("selection", Path(path))
    try:
        outcome = operations.import_selection(ctx.store, path=Path(path))
    except BrieferError as exc:
        QMessageBox.warning(parent, _tr("Import"), str(exc))
        return
    ctx.apply_changes(outcome.changes)
    report = outcome.value
    QMessageBox.information(
        parent,
        _tr("Import"),
        _tr(
            "{marks} marks and {notes} notes added; {conflicts} kept in two versions, flagged."
        ).format(
            marks=report.marks_added,
            notes=report.notes_added,
            conflicts=len(report.note_conflicts) + len(report.mark_conflicts),
        ),
    )
