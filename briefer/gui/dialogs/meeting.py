"""A dialog to add or edit one of the delegation's own meetings, with its counterparts and
delegates; and the window's ways to cancel and delete one (after a confirmation)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import Delegation, list_delegates
from briefer.core.errors import BrieferError
from briefer.core.meetings import (
    KINDS,
    LOGISTICS,
    STATUSES,
    Meeting,
    add_meeting,
    cancel_meeting,
    delete_meeting,
    edit_meeting,
    get_meeting,
    local_times,
)
from briefer.core.notes import list_notes
from briefer.core.people import add_contact, list_contacts
from briefer.core.queries.editions import proposed_day
from briefer.core.timefmt import FORUM_TZ, day_name
from briefer.core.undo import snapshot_meeting
from briefer.core.words import kind_word, logistics_word, status_word
from briefer.gui.colours import show_as_error
from briefer.gui.context import AppContext
from briefer.gui.day_edit import DayEdit
from briefer.gui.dialogs.boxes import ask, warn
from briefer.gui.item_delegates import elide_names
from briefer.gui.undo import perform
from briefer.gui.widgets import isolate, name_fields


def _clock(time: QTime) -> QTimeEdit:
    """A time as HH:MM. In a right-to-left locale Qt lays a date's or a time's sections out for a
    left-to-right line, reversed ("00:09" for 09:00): a clock takes a neutral locale, set before
    its format."""
    clock = QTimeEdit()
    clock.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    clock.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    clock.setDisplayFormat("HH:mm")
    clock.setTime(time)
    return clock


class MeetingDialog(QDialog):
    """Title, kind, day, times and zone, place, status, counterparts and delegates.

    The meeting is written when OK is pressed; a refusal (an end before the start, a bad day,
    zone or time) is shown in the dialog, which stays open with what was typed.
    """

    def __init__(
        self,
        ctx: AppContext,
        delegation: Delegation,
        parent: QWidget | None = None,
        meeting: Meeting | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.delegation = delegation
        self.meeting = meeting  # the meeting edited; None for a new one
        self.outcome: Outcome[Meeting] | None = None
        self.changes = OpChanges()
        self.setWindowTitle(self.tr("New meeting") if meeting is None else self.tr("Edit meeting"))
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_word(kind), kind)
        # A day from a calendar and times from clocks, in the window's language (they were
        # text fields asking for YYYY-MM-DD and HH:MM); "to be announced" leaves them out.
        first = QDate.fromString(proposed_day(ctx.store), Qt.DateFormat.ISODate)
        self.day = DayEdit(first, ctx.lang)  # its months named as the packs name them
        self.day_tba = QCheckBox(self.tr("to be announced"))
        self.start, self.end = _clock(QTime(9, 0)), _clock(QTime(0, 0))
        self.end.setSpecialValueText("—")  # its least time: no end given
        self.time_tba = QCheckBox(self.tr("to be announced"))
        self.day_tba.toggled.connect(self._announced)
        self.time_tba.toggled.connect(self._announced)
        self.zone = QLineEdit(FORUM_TZ)
        zones = QCompleter(sorted(available_timezones()), self.zone)
        zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zones.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(zones)
        self.place = QLineEdit()
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_word(status), status)
        # Interpretation, transport, badge, press, contact on the ground: what the pack prints.
        self.logistics = {key: QLineEdit() for key in LOGISTICS}
        self.counterparts = QListWidget()
        elide_names(self.counterparts)
        self.new_person = QLineEdit()
        self.new_person.setPlaceholderText(self.tr("Name of a new contact"))
        hint = self.new_person.fontMetrics().horizontalAdvance(self.new_person.placeholderText())
        self.new_person.setMinimumWidth(hint + 16)  # « Nom d'un nouveau con… » was cut
        self.add_person = QPushButton(self.tr("Add contact"))
        self.add_person.clicked.connect(self._add_person)
        self.delegates = QListWidget()
        elide_names(self.delegates)
        self.error = QLabel()
        self.error.setWordWrap(True)
        show_as_error(self.error)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        day = QHBoxLayout()
        day.addWidget(self.day, 1)
        day.addWidget(self.day_tba)
        form.addRow(self.tr("Day"), day)
        times = QHBoxLayout()
        times.addWidget(self.start, 1)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end, 1)
        times.addWidget(self.time_tba)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Status"), self.status)
        for key, field in self.logistics.items():
            form.addRow(logistics_word(key), field)
        adder = QHBoxLayout()
        adder.addWidget(self.new_person, 1)
        adder.addWidget(self.add_person)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # The people beside the form, not under it (found by review: on a 768-pixel screen the
        # dialog was cut to the screen's height, the counterparts list to three rows).
        people = QVBoxLayout()
        people.addWidget(self._label(self.tr("Counterparts"), self.counterparts))
        people.addWidget(self.counterparts, 2)  # more contacts than delegates
        people.addLayout(adder)
        people.addWidget(self._label(self.tr("Delegates who attend"), self.delegates))
        people.addWidget(self.delegates, 1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(people, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill()
        if meeting is not None:
            self._show(meeting)
        name_fields(self)  # each label's Alt letter, as the shortcuts dialog says

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self) -> None:
        self.counterparts.clear()
        chosen = {c.id for c in self.meeting.counterparts} if self.meeting else set()
        for person in list_contacts(self.ctx.store, self.delegation):
            self._checkable(self.counterparts, person.name, person.id, person.id in chosen)
        if self.meeting is not None:  # a catalogue speaker as counterpart stays one
            for c in self.meeting.counterparts:
                if not c.id.startswith("own:"):
                    self._checkable(self.counterparts, c.name, c.id, True)
        self.delegates.clear()
        attending = set(self.meeting.delegates) if self.meeting else set()
        for delegate in list_delegates(self.ctx.store, self.delegation):
            self._checkable(
                self.delegates, delegate.name, delegate.name, delegate.name in attending
            )

    def _show(self, meeting: Meeting) -> None:
        """The fields as the meeting has them, its times in the zone they were given in."""
        day, start, end = local_times(meeting)
        self.title.setText(meeting.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        if day:
            self.day.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
        self.day_tba.setChecked(not day)
        if start:
            self.start.setTime(QTime.fromString(start, "HH:mm"))
        self.end.setTime(QTime.fromString(end, "HH:mm") if end else self.end.minimumTime())
        self.time_tba.setChecked(bool(day) and not start)
        self.zone.setText(meeting.timezone)
        self.place.setText(meeting.room_id or meeting.place or "")
        self.status.setCurrentIndex(max(0, self.status.findData(meeting.status)))
        for key, field in self.logistics.items():
            field.setText(meeting.logistics.get(key, ""))

    @staticmethod
    def _checkable(target: QListWidget, text: str, value: str, checked: bool = False) -> None:
        entry = QListWidgetItem(text)  # set in its own direction, cut at its end: `elide_names`
        entry.setData(Qt.ItemDataRole.UserRole, value)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        target.addItem(entry)

    @staticmethod
    def _checked(source: QListWidget) -> list[str]:
        return [
            source.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(source.count())
            if source.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _add_person(self) -> None:
        """Add a contact of the delegation, ticked as a counterpart of this meeting."""
        try:
            outcome = add_contact(self.ctx.store, self.delegation, self.new_person.text())
        except BrieferError as exc:
            self.error.setText(str(exc))
            return
        self.changes |= outcome.changes
        self._checkable(self.counterparts, outcome.value.name, outcome.value.id, checked=True)
        self.new_person.clear()
        self.error.clear()

    def _announced(self) -> None:
        """No times without a day; no end without a start."""
        no_day = self.day_tba.isChecked()
        self.day.setEnabled(not no_day)
        self.time_tba.setEnabled(not no_day)
        timed = not no_day and not self.time_tba.isChecked()
        self.start.setEnabled(timed)
        self.end.setEnabled(timed)

    def when(self) -> tuple[str | None, str | None, str | None]:
        """The day, start and end as the dialog gives them (ISO day, HH:MM), None where not
        given."""
        if self.day_tba.isChecked():
            return None, None, None
        day = self.day.date().toString(Qt.DateFormat.ISODate)
        if self.time_tba.isChecked():
            return day, None, None
        end = None if self.end.time() == self.end.minimumTime() else self.end.time()
        return day, self.start.time().toString("HH:mm"), end and end.toString("HH:mm")

    def accept(self) -> None:
        if not self.day_tba.isChecked() and (unread := self.day.take_typed()) is not None:
            self._no_day(unread)
            return
        day, start, end = self.when()
        values = {
            "day": day,
            "start": start,
            "end": end,
            "tz": self.zone.text() or None,
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "counterparts": self._checked(self.counterparts),
            "delegates": self._checked(self.delegates),
            "logistics": {key: field.text() for key, field in self.logistics.items()},
        }
        try:
            if self.meeting is None:
                self.outcome = add_meeting(
                    self.ctx.store,
                    self.delegation,
                    self.title.text(),
                    place=self.place.text() or None,
                    **values,
                )
            else:
                self.outcome = edit_meeting(
                    self.ctx.store,
                    self.delegation,
                    self.meeting.id,
                    title=self.title.text(),
                    place=self.place.text(),
                    **values,
                )
        except BrieferError as exc:
            self.error.setText(str(exc))
            return
        self.changes |= self.outcome.changes
        super().accept()

    def _no_day(self, typed: str) -> None:
        """Say that `typed` gave no day (found by review: the meeting was saved on the day the
        field had before, silently), the field back on its last day to check."""
        example = self.day.date()
        self.error.setText(
            self.tr(
                "“{typed}” is not a day: the field shows the last day read again. Type a day as "
                "{example} (day/month/year), or pick one from the calendar (F4)."
            ).format(typed=typed, example=f"{example.day()}/{example.month()}/{example.year()}")
        )
        self.day.setFocus()


def new_meeting_dialog(parent: QWidget, ctx: AppContext) -> Meeting | None:
    """Ask for a new meeting of the current delegation; the views are told of it."""
    delegation = ctx.delegation()
    if delegation is None:
        return None
    dialog = MeetingDialog(ctx, delegation, parent)
    dialog.exec()
    if dialog.changes.any():
        ctx.apply_changes(dialog.changes)
    return dialog.outcome.value if dialog.outcome else None


def edit_meeting_dialog(parent: QWidget, ctx: AppContext, meeting_id: str) -> Meeting | None:
    """Edit one of the current delegation's meetings; the views are told of the change."""
    delegation = ctx.delegation()
    if delegation is None:
        return None
    try:
        meeting = get_meeting(ctx.store, meeting_id, delegation)
    except BrieferError as exc:
        warn(parent, QCoreApplication.translate("MeetingActions", "Edit meeting"), str(exc))
        return None
    dialog = MeetingDialog(ctx, delegation, parent, meeting)
    dialog.exec()
    if dialog.changes.any():
        ctx.apply_changes(dialog.changes)
    return dialog.outcome.value if dialog.outcome else None


def cancel_meeting_action(parent: QWidget, ctx: AppContext, meeting_id: str) -> bool:
    """Mark the meeting cancelled, after a confirmation (it stays, and can be set back)."""
    delegation = ctx.delegation()
    if delegation is None:
        return False
    try:
        meeting = get_meeting(ctx.store, meeting_id, delegation)
        answer = ask(
            parent,
            QCoreApplication.translate("MeetingActions", "Cancel meeting"),
            QCoreApplication.translate(
                "MeetingActions",
                "Mark “{title}” as cancelled? It stays in the list, struck through, and no "
                "longer conflicts; its status can be set back by editing it.",
            ).format(title=isolate(meeting.title)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        outcome = perform(
            ctx,
            lambda: QCoreApplication.translate("MeetingActions", "Cancel meeting"),
            lambda store: snapshot_meeting(store, meeting_id),
            lambda: cancel_meeting(ctx.store, delegation, meeting_id),
        )
    except BrieferError as exc:
        warn(parent, QCoreApplication.translate("MeetingActions", "Cancel meeting"), str(exc))
        return False
    ctx.apply_changes(outcome.changes)
    return True


def delete_wording(ctx: AppContext, meeting: Meeting, delegation: Delegation) -> str:
    """What deleting `meeting` loses, in words."""
    notes = len(list_notes(ctx.store, delegation, meeting.id))
    counterparts = QCoreApplication.translate(
        "MeetingActions", "%n counterpart(s)", None, len(meeting.counterparts)
    )
    delegates = QCoreApplication.translate(
        "MeetingActions", "%n attending delegate(s)", None, len(meeting.delegates)
    )
    text = QCoreApplication.translate(
        "MeetingActions",
        "Delete “{title}” ({day} {time})? Its time, place, status, logistics, its "
        "{counterparts} and {delegates} go with it; Edit › Undo (Ctrl+Z) brings them back "
        "while Briefer stays open. The contacts themselves stay.",
    ).format(
        title=isolate(meeting.title),
        day=day_name(meeting.day, ctx.lang)
        if meeting.day
        else QCoreApplication.translate("MeetingActions", "day to be announced"),
        time=isolate(meeting.forum_time()),
        counterparts=counterparts,
        delegates=delegates,
    )
    if notes:
        text += " " + QCoreApplication.translate(
            "MeetingActions", "Its %n note(s) stay, in Notes.", None, notes
        )
    return text


def delete_meeting_action(parent: QWidget, ctx: AppContext, meeting_id: str) -> bool:
    """Delete the meeting after a confirmation that says what is lost."""
    delegation = ctx.delegation()
    if delegation is None:
        return False
    try:
        meeting = get_meeting(ctx.store, meeting_id, delegation)
        answer = ask(
            parent,
            QCoreApplication.translate("MeetingActions", "Delete meeting"),
            delete_wording(ctx, meeting, delegation),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        outcome = perform(
            ctx,
            lambda: QCoreApplication.translate("MeetingActions", "Delete meeting"),
            lambda store: snapshot_meeting(store, meeting_id),
            lambda: delete_meeting(ctx.store, delegation, meeting_id),
        )
    except BrieferError as exc:
        warn(parent, QCoreApplication.translate("MeetingActions", "Delete meeting"), str(exc))
        return False
    ctx.apply_changes(outcome.changes)
    return True
