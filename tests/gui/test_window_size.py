"""The first window fits the screen it opens on; a size the user left is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize

from briefer.gui.app import open_window
from briefer.gui.window_size import DESIGNED, FRAME, first_geometry

from .conftest import dispose


def test_the_first_window_lies_within_the_screens_free_area(qtbot, tmp_path: Path):
    """Found by review: the first window was 1280×800 whatever the screen; on 1366×768 its
    status bar and Cancel button were off the screen. (Offscreen, the screen is 800×800.)"""
    window = open_window(tmp_path / "data", "en")
    try:
        window.show()
        qtbot.waitExposed(window)
        area = window.screen().availableGeometry()
        assert not area.contains(QRect(area.topLeft(), DESIGNED))  # else this shows nothing
        assert area.contains(window.frameGeometry())
        bar = window.statusBar().geometry().translated(window.geometry().topLeft())
        assert area.contains(bar)
    finally:
        dispose(window)


def test_the_first_place_on_a_laptop_screen_and_a_large_one():
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a Windows task bar
    place = first_geometry(laptop)
    assert place.width() == DESIGNED.width() and place.height() == 728 - FRAME.height()
    assert laptop.contains(place.adjusted(0, 0, FRAME.width(), FRAME.height()))
    large = QRect(1920, 0, 1920, 1040)  # a second screen, right of the first
    place = first_geometry(large)
    assert place.size() == DESIGNED and large.contains(place)
    assert abs(place.center().x() - large.center().x()) <= FRAME.width()


def test_a_size_the_user_left_is_kept(qtbot, tmp_path: Path):
    folder = tmp_path / "data"
    first = open_window(folder, "en")
    first.show()
    first.resize(QSize(640, 480))
    first.close()
    dispose(first)
    second = open_window(folder)
    try:
        second.show()
        assert second.size() == QSize(640, 480)
    finally:
        dispose(second)
