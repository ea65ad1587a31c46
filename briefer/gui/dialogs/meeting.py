"""A dialog to add one of the delegation's own meetings, with its counterparts and delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import Delegation, list_delegates
from briefer.core.errors import BrieferError
from briefer.core.meetings import KINDS, STATUSES, Meeting, add_meeting
from briefer.core.people import add_contact, list_contacts
from briefer.core.timefmt import FORUM_TZ
from briefer.gui.context import AppContext


class MeetingDialog(QDialog):
    """Title, kind, day, times and zone, place, status, counterparts and delegates.

    The meeting is written when OK is pressed; a refusal (an end before the start, a bad day,
    zone or time) is shown in the dialog, which stays open with what was typed.
    """

    def __init__(self, ctx: AppContext, delegation: Delegation, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.delegation = delegation
        self.outcome: Outcome[Meeting] | None = None
        self.changes = OpChanges()
        self.setWindowTitle(self.tr("New meeting"))
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.day = QLineEdit()
        self.day.setPlaceholderText("YYYY-MM-DD")
        self.start = QLineEdit()
        self.start.setPlaceholderText("HH:MM")
        self.end = QLineEdit()
        self.end.setPlaceholderText("HH:MM")
        self.zone = QLineEdit(FORUM_TZ)
        self.place = QLineEdit()
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status, status)
        self.counterparts = QListWidget()
        self.new_person = QLineEdit()
        self.new_person.setPlaceholderText(self.tr("Name of a new contact"))
        self.add_person = QPushButton(self.tr("Add contact"))
        self.add_person.clicked.connect(self._add_person)
        self.delegates = QListWidget()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Day"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Status"), self.status)
        adder = QHBoxLayout()
        adder.addWidget(self.new_person, 1)
        adder.addWidget(self.add_person)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Counterparts")))
        layout.addWidget(self.counterparts)
        layout.addLayout(adder)
        layout.addWidget(QLabel(self.tr("Delegates who attend")))
        layout.addWidget(self.delegates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self.counterparts.clear()
        for person in list_contacts(self.ctx.store, self.delegation):
            self._checkable(self.counterparts, person.name, person.id)
        self.delegates.clear()
        for delegate in list_delegates(self.ctx.store, self.delegation):
            self._checkable(self.delegates, delegate.name, delegate.name)

    @staticmethod
    def _checkable(target: QListWidget, text: str, value: str, checked: bool = False) -> None:
        entry = QListWidgetItem(text)
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

    def accept(self) -> None:
        try:
            self.outcome = add_meeting(
                self.ctx.store,
                self.delegation,
                self.title.text(),
                day=self.day.text() or None,
                start=self.start.text() or None,
                end=self.end.text() or None,
                tz=self.zone.text() or None,
                kind=self.kind.currentData(),
                place=self.place.text() or None,
                status=self.status.currentData(),
                counterparts=self._checked(self.counterparts),
                delegates=self._checked(self.delegates),
            )
        except BrieferError as exc:
            self.error.setText(str(exc))
            return
        self.changes |= self.outcome.changes
        super().accept()


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
