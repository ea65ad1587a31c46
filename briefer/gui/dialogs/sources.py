"""Adding a source: its address, kind, the publisher's key or trust in unsigned data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from briefer.core.errors import BrieferError
from briefer.core.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_source_dialog(parent: QWidget, store: Store) -> None:
    """Ask for a source step by step and add it; errors are shown, nothing is added."""
    from briefer.core.sync.kinds import KINDS
    from briefer.core.sync.sources import add_source

    title = _tr("Add a source")
    url, ok = QInputDialog.getText(parent, title, _tr("Address (URL)"))
    if not ok or not url.strip():
        return
    kind, ok = QInputDialog.getItem(parent, title, _tr("Kind"), list(KINDS), 0, False)
    if not ok:
        return
    key = None
    trust = False
    if kind == "briefer":
        path, _ = QFileDialog.getOpenFileName(parent, _tr("Publisher's public key"))
        if path:
            key = Path(path).read_text(encoding="ascii", errors="replace")
        else:
            trust = (
                QMessageBox.question(
                    parent,
                    title,
                    _tr(
                        "Without a key, data from this address cannot be verified. "
                        "Accept unsigned data from it?"
                    ),
                )
                == QMessageBox.StandardButton.Yes
            )
    name, ok = QInputDialog.getText(parent, title, _tr("Short name"))
    if not ok:
        return
    try:
        add_source(store, name, url.strip(), kind, key, trust)
    except BrieferError as exc:
        QMessageBox.warning(parent, title, str(exc))
