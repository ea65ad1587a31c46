"""The window's language: one setting shared with the command line; screenshots change nothing."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from briefer.core.datafolder import DataFolder
from briefer.core.preferences import display_language
from briefer.gui import app as gui_app
from briefer.gui.app import open_window

from .conftest import dispose


def test_language_chosen_in_the_window_is_the_display_language(qtbot, tmp_path: Path):
    data = tmp_path / "data"
    win = open_window(data, "en")
    try:
        win.set_language("fr")
        assert win.ctx.lang == "fr"
        assert display_language(DataFolder(data)) == "fr"
    finally:
        dispose(win)
    again = open_window(data)
    try:
        assert again.ctx.lang == "fr"
        assert again.nav.item(0).text() == "Programme"
        assert again.nav.item(2).text() != "My delegation"
    finally:
        dispose(again)


def test_screenshot_is_in_its_language_and_leaves_the_user_settings(
    qtbot, tmp_path: Path, monkeypatch
):
    from briefer.cli import main

    data = tmp_path / "data"
    win = open_window(data, "fr")
    win.set_language("fr")
    win.show_view("notes")
    dispose(win)
    folder = DataFolder(data)
    ini_before = folder.window_settings.read_bytes()
    seen: dict[str, object] = {}
    real_dispose = gui_app.dispose_window

    def spy(window):
        seen["rtl"] = window.isRightToLeft()
        seen["title"] = window.windowTitle()
        seen["nav"] = window.nav.item(0).text()
        real_dispose(window)

    monkeypatch.setattr(gui_app, "dispose_window", spy)
    shots = {}
    for lang in ("ar", "en"):
        out = tmp_path / f"shot-{lang}.png"
        args = ["--data-dir", str(data), "screenshot", str(out), "--lang", lang]
        assert main([*args, "--view", "programme", "--size", "1200x800"]) == 0
        shots[lang] = QImage(str(out))
        if lang == "ar":
            assert seen["rtl"] is True
            assert seen["nav"] == "البرنامج"
            assert any("\u0600" <= ch <= "\u06ff" for ch in str(seen["title"]))
    assert shots["ar"] != shots["en"]
    assert folder.window_settings.read_bytes() == ini_before
    assert display_language(folder) == "fr"
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
