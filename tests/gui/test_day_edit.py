"""The meeting dialog's day: written as the packs and the detail pane write days (Qt wrote its
locale's month, « 11 نوفمبر 2021 », laid out left to right), and still typed and stepped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QToolButton

from briefer.gui.dialogs.meeting import MeetingDialog

SHOWN = {
    "ar": "الخميس 11 تشرين الثاني/نوفمبر 2021",
    "fr": "jeudi 11 novembre 2021",
    "en": "Thursday 11 November 2021",
}
TYPED = {"ar": "١٢ نوفمبر ٢٠٢١", "fr": "12 nov. 2021", "en": "November 12, 2021"}


@pytest.fixture(params=["ar", "fr", "en"])
def dialog(request, window, delegation, qtbot):
    window.set_language(request.param)
    shown = MeetingDialog(window.ctx, delegation, window)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)  # focus leaves the field for the next (a window manager's say)
    shown.day.setFocus()
    yield shown
    shown.reject()


def _type(qtbot, dialog: MeetingDialog, text: str) -> None:
    """Type `text` over the day, as a keyboard of its script does, then leave the field."""
    dialog.day.lineEdit().selectAll()
    for char in text:  # QTest types ASCII only
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(dialog.day, press)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)


def test_the_day_reads_as_the_packs_write_it(dialog):
    assert dialog.day.text() == SHOWN[dialog.ctx.lang]
    dialog.day.setDate(QDate(2021, 12, 1))
    assert (
        dialog.day.text()
        == {
            "ar": "الأربعاء 1 كانون الأول/ديسمبر 2021",
            "fr": "mercredi 1er décembre 2021",
            "en": "Wednesday 1 December 2021",
        }[dialog.ctx.lang]
    )


def _select_as_a_user(qtbot, dialog: MeetingDialog, how: str) -> None:
    """Select the whole day with the keyboard: Tab into the field, or Ctrl+A in it."""
    if how == "tab":
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.day
    else:
        qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert dialog.day.lineEdit().selectedText() == SHOWN[dialog.ctx.lang]


@pytest.mark.parametrize("how", ["tab", "ctrl+a"])
def test_the_first_key_typed_over_a_day_selected_by_keyboard_is_kept(dialog, qtbot, how):
    """Found by review: after Tab or Ctrl+A, « 12/11/2021 » typed gave « …2021 2/11/2021 »,
    its first key lost, and the field went back to its day on leaving it."""
    _select_as_a_user(qtbot, dialog, how)
    qtbot.keyClicks(dialog.day, "12/11/2021")
    assert dialog.day.text() == "12/11/2021"
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.day.date() == QDate(2021, 11, 12)


def test_arabic_indic_digits_typed_after_tab_are_kept(dialog, qtbot):
    _select_as_a_user(qtbot, dialog, "tab")
    for char in "١٢/١١/٢٠٢١":  # QTest types ASCII only
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(dialog.day, press)
    assert dialog.day.text() == "١٢/١١/٢٠٢١"
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.day.date() == QDate(2021, 11, 12)


def test_an_arabic_day_reads_from_the_right_as_the_dialog_does(dialog):
    assert dialog.day.isRightToLeft() == (dialog.ctx.lang == "ar")


@pytest.mark.parametrize("typed", ["12/11/2021", "2021-11-12", "TYPED"])
def test_a_day_is_typed_in_digits_or_in_words(dialog, qtbot, typed):
    _type(qtbot, dialog, TYPED[dialog.ctx.lang] if typed == "TYPED" else typed)
    assert dialog.day.date() == QDate(2021, 11, 12)
    assert (
        dialog.day.text()
        == {
            "ar": "الجمعة 12 تشرين الثاني/نوفمبر 2021",
            "fr": "vendredi 12 novembre 2021",
            "en": "Friday 12 November 2021",
        }[dialog.ctx.lang]
    )
    assert dialog.when()[0] == "2021-11-12"


def test_a_day_that_is_no_day_goes_back_to_the_last_one(dialog, qtbot):
    _type(qtbot, dialog, "31/11/2021")
    assert dialog.day.date() == QDate(2021, 11, 11)
    assert dialog.day.text() == SHOWN[dialog.ctx.lang]


def test_the_arrow_keys_step_the_part_under_the_cursor(dialog, qtbot):
    edit = dialog.day.lineEdit()
    edit.selectAll()
    qtbot.keyClick(dialog.day, Qt.Key.Key_Up)  # all selected: the day
    assert dialog.day.date() == QDate(2021, 11, 12)
    edit.setCursorPosition(edit.text().index("2021") + 1)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Up)
    assert dialog.day.date() == QDate(2022, 11, 12)
    assert edit.selectedText() == "2022"  # the part stepped stays selected
    month = {"ar": "تشرين", "fr": "novembre", "en": "November"}[dialog.ctx.lang]
    edit.setCursorPosition(edit.text().index(month) + 2)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)
    assert dialog.day.date() == QDate(2022, 10, 12)


def test_the_calendar_names_its_months_as_the_field_does(dialog, qtbot):
    calendar = dialog.day.calendarWidget()
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    november = SHOWN[dialog.ctx.lang].split(" ", 2)[2].removesuffix(" 2021")
    qtbot.keyClick(dialog.day, Qt.Key.Key_F4)
    assert calendar.isVisible()
    assert month.text() == november
    calendar.showNextMonth()
    assert (
        month.text()
        == {"ar": "كانون الأول/ديسمبر", "fr": "décembre", "en": "December"}[dialog.ctx.lang]
    )
    assert [a.text() for a in month.menu().actions()][10] == november


def _typed_only(dialog: MeetingDialog, text: str) -> None:
    """Type `text` over the day and stay in the field."""
    dialog.day.lineEdit().selectAll()
    for char in text:
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(dialog.day, press)


def test_a_day_typed_then_ok_clicked_is_the_day_saved(dialog):
    """Found by review: a day typed, then OK clicked without leaving the field (a button takes
    no focus on macOS), saved the day the field had before: the meeting on the wrong day."""
    dialog.title.setText("Bilateral")
    _typed_only(dialog, "12/11/2021")
    dialog.ok.click()
    assert dialog.outcome is not None and dialog.outcome.value.day == "2021-11-12"


@pytest.mark.parametrize("leave", ["click", "enter", "tab"])
def test_a_day_that_is_no_day_keeps_the_dialog_open_with_an_error(dialog, qtbot, leave):
    """Found by review: « 31/11/2021 » then Enter (or OK) saved the meeting on the day the
    field had before, silently; now the dialog says so and stays open, nothing written."""
    dialog.title.setText("Bilateral")
    _typed_only(dialog, "31/11/2021")
    if leave == "enter":
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    else:
        if leave == "tab":
            qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
        dialog.ok.click()
    assert dialog.outcome is None and dialog.isVisible()
    assert "31/11/2021" in dialog.error.text()
    assert dialog.day.text() == SHOWN[dialog.ctx.lang]  # the last day read, shown again
    dialog.ok.click()  # seen, and OK again: the day shown is the one saved
    assert dialog.outcome is not None and dialog.outcome.value.day == "2021-11-11"
