from pathlib import Path

import pytest
from loopback import server  # noqa: F401 - the loopback HTTP server fixture

from briefer.core.delegations import add_delegate, create_delegation
from briefer.gui.app import dispose_window, open_window


def dispose(win) -> None:
    """Back to English while the window's store is open, then close it for good."""
    win.languages.set_language("en")
    dispose_window(win)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win = open_window(tmp_path / "data", "en")
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
