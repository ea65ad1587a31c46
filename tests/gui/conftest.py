from pathlib import Path

import pytest
from loopback import server  # noqa: F401 - the loopback HTTP server fixture

from briefer.core.delegations import add_delegate, create_delegation
from briefer.gui.app import dispose_window, open_window
from briefer.gui.operations.files import FileActions
from briefer.gui.window_size import DESIGNED


def dispose(win) -> None:
    """Back to English while the window's store is open, then close it for good."""
    win.languages.set_language("en")
    dispose_window(win)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win = open_window(tmp_path / "data", "en")
    # The designed size, which the tests were written for: offscreen, the screen is 800×800
    # and a first window fits it (see test_window_size).
    win.resize(DESIGNED)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose(win)


@pytest.fixture
def delegation(window):
    store = window.ctx.store
    created = create_delegation(store, "Délégation du Sénégal", "SN")
    add_delegate(store, created, "Amina Diallo", "Ambassadrice")
    window.ctx.changed()
    return created


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The import confirmations, answered yes."""
    seen: list[str] = []

    def confirm(_self, _title: str, text: str) -> bool:
        seen.append(text)
        return True

    monkeypatch.setattr(FileActions, "confirm", confirm)
    return seen


def wait_idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)


def finish(qtbot, job, timeout: int = 60_000) -> None:
    """Wait until `job` has emitted its last signal, then let the window take them.

    Waiting for its `finished` signal would miss one emitted before the wait began (a job that
    fails at once, in its worker thread, while the test was still starting to wait).
    """
    from PySide6.QtWidgets import QApplication

    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    QApplication.processEvents()


def tooltip_shown(tip: str) -> str:
    """The words a tooltip shows: Qt reads one as rich text when it looks like it (an image
    then shows as U+FFFC, a tag not at all)."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def label_shown(label) -> str:
    """The words a label shows, read as Qt reads them (rich text when it looks like it)."""
    from PySide6.QtCore import Qt

    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        return tooltip_shown(f"<qt>{label.text()}</qt>")
    return tooltip_shown(label.text())


def painted_text(view, row: int) -> str:
    """The text the list's delegate paints for `row` (after its isolation and cutting)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(view.model().index(row, 0, QModelIndex()))
    view.itemDelegate().initStyleOption(option, view.model().index(row, 0))
    return option.text
