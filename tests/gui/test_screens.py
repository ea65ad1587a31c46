"""The window on small and magnified screens: every main view fits 1366×768 at 125 % and
1920×1080 at 200 % (960×540 logical pixels, less a taskbar and a title bar) in all three
languages, and text and badges keep their contrast in a dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from briefer.gui import colours
from briefer.gui.mainwindow import VIEWS

# 1920×1080 at 200 %: 960×540 logical pixels; a taskbar (24) and a title bar (30) off that.
AT_200 = QSize(960, 540 - 24 - 30)
AT_125 = QSize(1366 * 4 // 5, 768 * 4 // 5 - 24 - 30)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_main_view_fits_a_1080p_screen_at_200_percent(window, delegation, lang):
    window.set_language(lang)
    window.finish_startup()
    too_big = {}
    for name in VIEWS:
        window.show_view(name)
        QApplication.processEvents()
        needed = window.minimumSizeHint()
        if needed.width() > AT_200.width() or needed.height() > AT_200.height():
            too_big[name] = (needed.width(), needed.height())
    assert too_big == {}, f"views wider or taller than {AT_200.toTuple()}: {too_big}"
    assert AT_200.width() <= AT_125.width() and AT_200.height() <= AT_125.height()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#171717"),
        (QPalette.ColorRole.AlternateBase, "#232323"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def test_a_cancelled_meeting_reads_in_a_dark_theme(window, delegation, dark):
    from briefer.gui.models.sessions_model import COL_TITLE

    found = _cancelled_meeting_cell(window, delegation, COL_TITLE)
    red = found.data(Qt.ItemDataRole.ForegroundRole).color()
    base = dark.color(QPalette.ColorRole.Base)
    assert colours.contrast(red, base) >= 4.5
    assert colours.contrast(QColor(colours.WARNING), base) < 4.5, "the light theme's red is not"


def test_readable_keeps_a_colour_that_already_reads_and_mends_one_that_does_not():
    white, black = QColor("white"), QColor("black")
    red = QColor(colours.WARNING)
    assert colours.readable(red, white) == red
    mended = colours.readable(red, QColor("#171717"))
    assert colours.contrast(mended, QColor("#171717")) >= 4.5
    assert mended.red() > mended.green() and mended.red() > mended.blue(), "still a red"
    assert round(colours.contrast(white, black), 1) == 21.0


def test_search_highlight_takes_the_themes_own_colours(window, dark, qtbot):
    window.finish_startup()
    window.search.setText("santé")
    window._search("santé")
    view = window.views["search"]
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() > 0, timeout=10_000)
    from briefer.gui.item_delegates import HtmlRole

    html = view.results.topLevelItem(0).child(0).data(0, HtmlRole)
    highlight = dark.color(QPalette.ColorRole.Highlight).name()
    text = dark.color(QPalette.ColorRole.HighlightedText).name()
    assert f"background:{highlight};color:{text}" in html
    assert colours.contrast(QColor(highlight), QColor(text)) >= 4.5


@pytest.mark.parametrize(("lang", "word"), [("ar", "ملغى"), ("fr", "annulé")])
def test_a_cancelled_meeting_s_status_agrees_with_a_meeting(window, delegation, lang, word):
    """A cancelled session is "ملغاة"/"annulée"; one of our meetings (لقاء, un rendez-vous) is
    "ملغى"/"annulé": the programme's status cell gave a meeting the session's word."""
    from briefer.gui.models.sessions_model import COL_STATUS

    window.set_language(lang)
    shown = _cancelled_meeting_cell(window, delegation, COL_STATUS).data(
        Qt.ItemDataRole.DisplayRole
    )
    assert shown.split(" · ")[0] == word, shown


def _cancelled_meeting_cell(window, delegation, column: int):
    """The programme's cell in `column` for a cancelled meeting of ours, added for the test."""
    from briefer.core.meetings import add_meeting, cancel_meeting
    from briefer.gui.models.sessions_model import RecordRole

    meeting = add_meeting(
        window.ctx.store, delegation, "Bilatérale annulée", day="2021-11-11", start="10:00"
    ).value
    cancel_meeting(window.ctx.store, delegation, meeting.id)
    window.ctx.changed()
    model = window.views["programme"].model
    for day in range(model.rowCount()):
        parent = model.index(day, 0)
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            if index.data(RecordRole)["id"] == meeting.id:
                return index
    raise AssertionError("the cancelled meeting is not in the programme")
