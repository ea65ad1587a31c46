"""File › Export calendar: the marked sessions as .ics, with the reminder chosen in the dialog."""

from pathlib import Path

from icalendar import Calendar

from briefer.core.marks import set_mark


def events(path: Path):
    return [c for c in Calendar.from_ical(path.read_bytes()).walk() if c.name == "VEVENT"]


def test_export_calendar_with_a_reminder(window, delegation, qtbot, tmp_path: Path):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    dialog = window.export_calendar_dialog()
    assert dialog is not None and dialog.who.count() == 2  # whole delegation, Amina Diallo
    dialog.minutes.setValue(30)
    out = tmp_path / "forum"
    assert dialog.export_to(out)
    written = events(tmp_path / "forum.ics")
    assert len(written) == 1  # the one marked session
    alarms = [a for e in written for a in e.walk() if a.name == "VALARM"]
    assert alarms and all(a.decoded("trigger").total_seconds() == -30 * 60 for a in alarms)
    dialog.close()


def test_export_calendar_without_a_reminder(window, delegation, qtbot, tmp_path: Path):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    dialog = window.export_calendar_dialog()
    dialog.remind.setChecked(False)
    assert not dialog.minutes.isEnabled()
    assert dialog.export_to(tmp_path / "plain.ics")
    written = events(tmp_path / "plain.ics")
    assert written and not [a for e in written for a in e.walk() if a.name == "VALARM"]
    dialog.close()


def test_no_delegation_no_dialog(window):
    assert window.export_calendar_dialog() is None


def test_an_unwritable_place_is_a_message_and_writes_nothing(
    window, delegation, qtbot, tmp_path: Path, boxes
):

    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    dialog = window.export_calendar_dialog()
    target = tmp_path / "missing" / "forum.ics"
    assert not dialog.export_to(target)
    shown = boxes.texts
    assert len(shown) == 1 and "Traceback" not in shown[0] and str(target.parent) in shown[0]
    assert not target.exists() and not target.parent.exists()
    dialog.close()
