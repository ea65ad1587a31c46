"""A catalogue whose search index an older Briefer wrote: the window opens on it at once, shows
its rows, and rebuilds the index in a job with its progress in the status bar."""

from __future__ import annotations

from pathlib import Path

from factories import OLD_INDEX_FIND, old_index_catalogue

from briefer.core.store import index_outdated
from briefer.gui.app import open_window

from .conftest import dispose, wait_idle
from .test_operations import programme_titles
from .test_search_filters import run

ITEMS = 3000
MESSAGE = "Rebuilding the catalogue's search index for this version of Briefer (once)…"


def test_the_window_shows_the_catalogue_and_rebuilds_its_index_in_a_job(qtbot, tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    old_index_catalogue(data / "catalogue.db", ITEMS)
    window = open_window(data, "en")
    try:
        assert index_outdated(window.ctx.store)  # opened without rebuilding: the old file
        messages: list[str] = []
        shown: list[tuple[int, int]] = []  # the bar's value and maximum as it moved
        window.statusBar().messageChanged.connect(messages.append)
        bar = window.sync_progress
        bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: MESSAGE in messages and window.runner.busy, timeout=10_000)
        assert window.sync_progress.isVisible()
        # Found by review: F5 and File › Import were offered meanwhile, and did nothing.
        assert not window.act_sync_all.isEnabled() and not window.act_import.isEnabled()
        titles = programme_titles(window)  # the old file's rows, while the job runs
        assert window.runner.busy and len(titles) == ITEMS
        wait_idle(window, qtbot)
        assert any(0 < value <= most for value, most in shown)  # it counted, not only spun
        assert "The catalogue's search index is ready." in messages
        assert not window.sync_progress.isVisible()
        assert window.act_sync_all.isEnabled() and window.act_import.isEnabled()
        assert not index_outdated(window.ctx.store)
        assert [p.name for _, p in window.ctx.data.catalogue_files()] == ["catalogue.1.db"]
        titles = programme_titles(window)
        assert len(titles) == ITEMS and titles[0] == "Session 00000"
        hits = run(window, qtbot, window.views["search"], OLD_INDEX_FIND)
        assert len(hits["Sessions"]) > 0
    finally:
        dispose(window)


def test_a_window_on_a_current_catalogue_runs_no_rebuild(window, qtbot):
    window.finish_startup()
    assert not window.runner.busy and not window.sync_progress.isVisible()


def test_the_session_chosen_while_the_index_is_rebuilt_stays_chosen(qtbot, tmp_path: Path):
    """Found by review: the rebuild, done a moment after the window opened, reloaded the
    Programme and took away the session the user had just chosen (the detail pane still
    showed it, no row was current)."""
    data = tmp_path / "data"
    data.mkdir()
    old_index_catalogue(data / "catalogue.db", ITEMS)
    window = open_window(data, "en")
    try:
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.runner.busy, timeout=10_000)
        view = window.views["programme"]
        view.tree.setCurrentIndex(view.model.index(5, 0, view.model.index(0, 0)))
        chosen = view.current_item_id()
        assert chosen is not None and window.detail.item_id == chosen
        wait_idle(window, qtbot)
        assert not index_outdated(window.ctx.store)
        assert view.current_item_id() == chosen
    finally:
        dispose(window)
