"""Adding a source: its address, kind, the publisher's key or trust in unsigned data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from briefer.core.errors import BrieferError
from briefer.core.store import Store


def add_source_dialog(parent: QWidget, store: Store) -> None:
    """Ask for a source step by step and add it; errors are shown, nothing is added."""
    from briefer.core.sync.kinds import KINDS
    from briefer.core.sync.sources import add_source

    title = QCoreApplication.translate("MainWindow", "Add a source")
    url, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("MainWindow", "Address (URL)")
    )
    if not ok or not url.strip():
        return
    kind, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("MainWindow", "Kind"), list(KINDS), 0, False
    )
    if not ok:
        return
    key = None
    trust = False
    if kind == "briefer":
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("MainWindow", "Publisher's public key")
        )
        if path:
            key = Path(path).read_text(encoding="ascii", errors="replace")
        else:
            trust = (
                QMessageBox.question(
                    parent,
                    title,
                    QCoreApplication.translate(
                        "MainWindow",
                        "Without a key, data from this address cannot be verified. "
                        "Accept unsigned data from it?",
                    ),
                )
                == QMessageBox.StandardButton.Yes
            )
    name, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("MainWindow", "Short name")
    )
    if not ok:
        return
    try:
        add_source(store, name, url.strip(), kind, key, trust)
    except BrieferError as exc:
        QMessageBox.warning(parent, title, str(exc))
