"""A day field that writes days as the rest of the app does, and its calendar."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import SIGNAL, QDate, QDateTime, QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from briefer.core.timefmt import day_text, month_name
from briefer.core.typed_day import read_day

_NUMBER = re.compile(r"\d+")
_STEPS = QAbstractSpinBox.StepEnabledFlag


class DayEdit(QDateEdit):
    """A day as the packs and the detail pane write it (« الخميس 11 تشرين الثاني/نوفمبر 2021 »,
    « jeudi 11 novembre 2021 »), where Qt wrote its locale's month (« 11 نوفمبر 2021 », laid
    out left to right). It is typed in digits or words (`typed_day.read_day`; a day it cannot
    read goes back to the last one on leaving the field, kept for `take_typed` to report),
    stepped with the arrow keys by the part under the cursor (day, month or year), or picked
    from a calendar (F4, Alt+Down) that names its months the same way.

    Qt's section editing reads its locale's month names only: its keys, focus and steps are
    replaced here by a spin box's plain ones."""

    lang = "en"  # Qt asks for a text while the field is being made

    def __init__(self, day: QDate, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.unread: str | None = None  # a text typed and left that gave no day
        self.setKeyboardTracking(False)  # "31/1" on the way to "31/12" is no day to take
        self.setCalendarPopup(True)
        self.setCalendarWidget(DayCalendar(lang))
        self.setDate(day)
        self.lineEdit().textEdited.connect(self._forget_unread)
        self.dateChanged.connect(self._forget_unread)
        self._free_cursor()

    def textFromDateTime(self, dt: QDateTime) -> str:
        return day_text(dt.date().toPython(), self.lang)

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = read_day(text, self.date().year())
        return _qdate(day).startOfDay() if day else self.dateTime()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = QValidator.State.Acceptable if self._reads(text) else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        steps = _STEPS.StepNone
        if self.date() < self.maximumDate():
            steps |= _STEPS.StepUpEnabled
        if self.date() > self.minimumDate():
            steps |= _STEPS.StepDownEnabled
        return steps

    def stepBy(self, steps: int) -> None:
        """The day, month or year under the cursor (the day when all is selected) moved."""
        part = self._part_at(self.lineEdit().cursorPosition())
        current = self.date()
        moved = {"day": current.addDays, "month": current.addMonths, "year": current.addYears}
        self.setDate(_qdate(self._clamped(moved[part](steps).toPython())))
        self._select(part)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._keep_unread()
        QAbstractSpinBox.keyPressEvent(self, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        QAbstractSpinBox.focusInEvent(self, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keep_unread()
        super().focusOutEvent(event)

    def take_typed(self) -> str | None:
        """Take the text typed in the field as leaving it does: None when it gave a day (now
        the field's), else the text, typed now or before, that gave none (the field shows its
        last day again, and forgets that text)."""
        self._keep_unread()
        unread, self.unread = self.unread, None
        self.interpretText()
        return unread

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, forward)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest day of any month (Qt measures its least and greatest)."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        measured = metrics.horizontalAdvance(self.textFromDateTime(self.minimumDateTime()) + " ")
        widest = max(
            metrics.horizontalAdvance(day_text(date(2021, month, day), self.lang) + " ")
            for month in range(1, 13)
            for day in range(22, 29)
        )
        return QSize(hint.width() + max(0, widest - measured), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def open_calendar(self) -> None:
        """Open the calendar as a click on the field's arrow does."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            self.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)

    def _free_cursor(self) -> None:
        """Let the cursor move without Qt putting the last day back: Qt took the first key
        typed over a day selected by Tab or Ctrl+A for a move to another of its sections (the
        key lost, the rest typed after the day). Its spin box's are the only connections; the
        signal's own `disconnect()` is not used: PySide 6.12 frees a `True` it does not own
        (« bool_dealloc » on quitting)."""
        edit = self.lineEdit()
        QObject.disconnect(edit, SIGNAL("cursorPositionChanged(int,int)"), None, None)
        edit.cursorPositionChanged.connect(self._cursor_moved)

    def _cursor_moved(self, *_positions: int) -> None:
        self.updateMicroFocus()  # an input method writes where the cursor is

    def _keep_unread(self) -> None:
        """Keep the text in the field when it gives no day: Qt puts the last day back."""
        if not self._reads(self.text()):
            self.unread = self.text()

    def _reads(self, text: str) -> bool:
        """Whether `text` gives a day the field takes."""
        day = read_day(text, self.date().year())
        return day is not None and self._clamped(day) == day

    def _forget_unread(self, *_changed: object) -> None:
        self.unread = None

    def _clamped(self, day: date) -> date:
        return min(max(day, self.minimumDate().toPython()), self.maximumDate().toPython())

    def _part_at(self, position: int) -> str:
        """Which part of the shown day `position` is in: "day", "month" or "year"."""
        edit = self.lineEdit()
        numbers = list(_NUMBER.finditer(edit.text()))
        if len(edit.selectedText()) == len(edit.text()) or len(numbers) < 2:
            return "day"
        if position <= numbers[0].end():
            return "day"
        return "year" if position >= numbers[-1].start() else "month"

    def _select(self, part: str) -> None:
        """Select the shown day's `part`, as Qt selects a section it stepped."""
        edit = self.lineEdit()
        numbers = list(_NUMBER.finditer(edit.text()))
        if len(numbers) < 2:
            return
        first, last = numbers[0], numbers[-1]
        start, end = {
            "day": first.span(),
            "year": last.span(),
            "month": (first.end() + 1, last.start() - 1),
        }[part]
        edit.setSelection(start, end - start)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayCalendar(QCalendarWidget):
    """A calendar whose month button and menu name the months as the app writes them."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        no_week_numbers = QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        self.setVerticalHeaderFormat(no_week_numbers)  # as in Qt's own popup
        self.currentPageChanged.connect(self._name_months)
        self._name_months()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LocaleChange:  # Qt named them again
            self._name_months()
        return handled

    def _name_months(self, *_page: int) -> None:
        button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        if button is None:  # a Qt that names it otherwise keeps its own names
            return
        button.setText(month_name(self.monthShown(), self.lang))
        for action in button.menu().actions():
            action.setText(month_name(int(action.data()), self.lang))
