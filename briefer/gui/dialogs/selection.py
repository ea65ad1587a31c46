"""Exchanging marks and notes with a colleague: export to a file, import from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from briefer.core import crypto
from briefer.core.errors import BrieferError
from briefer.gui.context import AppContext
from briefer.gui.dialogs.boxes import warn
from briefer.gui.dialogs.file_passphrase import ProtectDialog


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
    protect = ProtectDialog(parent, protect=crypto.is_encrypted(ctx.data))
    if protect.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        export_selection(ctx.store, delegation, target, protect.chosen())
    except BrieferError as exc:
        warn(parent, QCoreApplication.translate("MainWindow", "Export"), str(exc))
        return
    ctx.places.remember("selection", target)


def choose_selection_file(parent: QWidget, ctx: AppContext) -> Path | None:
    """The colleague's selection file the user picks, or None."""
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
        return None
    ctx.places.remember("selection", Path(path))
    return Path(path)
