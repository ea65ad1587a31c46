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
    delegation = ctx.delegation()
    if delegation is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export marks and notes"), "selection.json", "JSON (*.json)"
    )
    if not path:
        return
    from briefer.core.selection import export_selection

    try:
        export_selection(ctx.store, delegation, Path(path))
    except BrieferError as exc:
        QMessageBox.warning(parent, _tr("Export"), str(exc))


def import_selection_dialog(parent: QWidget, ctx: AppContext) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import marks and notes"), "", "JSON (*.json)"
    )
    if not path:
        return
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
