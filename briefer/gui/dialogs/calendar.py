"""File › Export calendar: the marked items and own meetings as .ics, with an optional reminder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from briefer.core.calendar_export import MAX_ALARM_MINUTES, export_calendar
from briefer.core.delegations import list_delegates
from briefer.core.errors import BrieferError
from briefer.gui.context import AppContext
from briefer.gui.dialogs.boxes import warn
from briefer.gui.widgets import counted_in_words


class CalendarExportDialog(QDialog):
    """Whose calendar, and how long before each item to remind."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation = ctx.delegation()
        self.setWindowTitle(self.tr("Export calendar"))
        form = QFormLayout(self)
        self.who = QComboBox()
        self.who.addItem(self.tr("Whole delegation"), None)
        if self.delegation is not None:
            for delegate in list_delegates(ctx.store, self.delegation):
                self.who.addItem(delegate.name, delegate)
        self.remind = QCheckBox(self.tr("&Remind before each item"))
        self.remind.setChecked(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_ALARM_MINUTES)
        self.minutes.setValue(15)
        counted_in_words(self.minutes, lambda n: self.tr("%n min before", "", n))
        self.minutes.setAccessibleName(self.tr("Minutes before each item"))
        self.remind.toggled.connect(self.minutes.setEnabled)
        form.addRow(self.tr("&Calendar of"), self.who)
        form.addRow(self.remind, self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def alarm(self) -> int | None:
        return self.minutes.value() if self.remind.isChecked() else None

    def choose_file(self) -> None:
        suggested = self.ctx.places.start_folder("calendar") / "briefer.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(suggested), self.tr("Calendar (*.ics)")
        )
        if path and self.export_to(Path(path)):
            self.accept()

    def export_to(self, path: Path) -> bool:
        """Write the calendar to `path`; a refusal is shown and nothing is written."""
        if self.delegation is None:
            return False
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            export_calendar(
                self.ctx.store,
                self.delegation,
                self.who.currentData(),
                path,
                self.ctx.lang,
                alarm_minutes=self.alarm(),
            )
        except BrieferError as exc:
            warn(self, self.tr("Export calendar"), str(exc))
            return False
        self.ctx.places.remember("calendar", path)
        return True


def export_calendar_dialog(parent: QWidget, ctx: AppContext) -> CalendarExportDialog | None:
    if ctx.delegation() is None:
        return None
    dialog = CalendarExportDialog(parent, ctx)
    dialog.open()
    return dialog
