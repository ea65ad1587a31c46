"""What the window says after a sync of several sources, one applied and one broken (found by
review: « La synchronisation a échoué ; rien n'a été modifié » after the catalogue changed)."""

from __future__ import annotations

import pytest
from loopback import Route

from briefer.core.sync.sources import add_source
from briefer.gui.dialogs.errors import ErrorDialog

from .test_operations import XML


def mixed_sync(window, server, qtbot, monkeypatch) -> str:
    """Sync a good source and a broken one; the error box's text."""
    window.finish_startup()
    server.routes["/p.xml"] = Route(body=XML)
    server.routes["/broken.ics"] = Route(body=b"not a feed\n")
    add_source(window.ctx.store, "demo", server.url + "/p.xml", "frab-xml")
    add_source(window.ctx.store, "broken", server.url + "/broken.ics", "ics")
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, *a: shown.append(a[2])))
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        window.start_sync(None)
    assert len(shown) == 1
    return shown[0]


def test_a_mixed_sync_says_what_was_applied_and_what_failed(window, server, qtbot, monkeypatch):
    before = window.ctx.store.catalogue_version()
    box = mixed_sync(window, server, qtbot, monkeypatch)
    assert window.ctx.store.catalogue_version() == before + 1
    status = window.statusBar().currentMessage()
    assert "nothing was changed" not in status.lower()
    assert status.startswith("1 change applied from demo; not synced: broken."), status
    assert box.startswith("1 change applied from demo; not synced: broken.\n\nbroken: "), box
    assert "nothing was changed" not in box.lower(), box


def test_a_mixed_sync_in_french(window, server, qtbot, monkeypatch):
    window.languages.set_language("fr")
    box = mixed_sync(window, server, qtbot, monkeypatch)
    status = window.statusBar().currentMessage()
    assert "rien n’a été modifié" not in status.lower().replace("'", "’"), status
    assert "demo" in status and "broken" in status
    assert box.split("\n\n")[0] == status
    failure = box.split("\n\n")[1]
    assert failure.startswith("broken\u202f: ") and "iCalendar" in failure, box
    assert "modifié" not in box, box


def test_the_arabic_error_box_sets_each_paragraph_right_to_left(window, server, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    window.languages.set_language("ar")
    window.finish_startup()
    server.routes["/broken.ics"] = Route(body=b"not a feed\n")
    server.routes["/gone.xml"] = Route(status=404)
    add_source(window.ctx.store, "broken", server.url + "/broken.ics", "ics")
    add_source(window.ctx.store, "gone", server.url + "/gone.xml", "frab-xml")
    shown: list[str] = []

    def shown_box(box) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", shown_box)
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        window.start_sync(None)
    assert len(shown) == 1
    document = QTextDocument()
    document.setPlainText(shown[0])  # as the box's label lays it out
    block = document.firstBlock()
    directions = []
    while block.isValid():
        if block.text().strip():
            directions.append((block.text(), block.textDirection()))
        block = block.next()
    assert len(directions) == 3  # each source's error, and the remedy
    assert all(d == Qt.LayoutDirection.RightToLeft for _, d in directions), directions


def test_a_stage_without_a_total_runs_the_bar_not_a_stuck_share(window):
    """Found by review: after an import's write, its index stage (no total) showed 0 %."""
    bar = window.runner.progress
    window.runner._progressed(1, 4, "write")
    assert (bar.maximum(), bar.value()) == (4, 1)
    window.runner._progressed(300, 0, "index")  # a job's progress without a total
    assert bar.maximum() == 0  # Qt's busy indicator


@pytest.mark.parametrize(("lang", "expected"), [("fr", "40\u202f000"), ("ar", "40,000")])
def test_the_status_bar_groups_a_count(window, lang, expected):
    from types import SimpleNamespace

    from briefer.core.changes import Outcome
    from briefer.core.operations import SourceReport, SyncReport

    window.languages.set_language(lang)
    result = SimpleNamespace(status="applied", changes=[{"item_id": "x"}] * 40000)
    report = SyncReport(sources=[SourceReport("demo", result=result)])
    assert window.sync_actions._synced(Outcome(report))
    status = window.statusBar().currentMessage()
    assert expected in status and "40000" not in status, status
