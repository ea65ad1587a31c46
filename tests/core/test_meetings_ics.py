"""Own meetings in the calendar export, and reminders (VALARM) parsed back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from briefer.core.calendar_export import event_uid, export_calendar
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError
from briefer.core.marks import set_mark
from briefer.core.meetings import add_meeting, cancel_meeting
from briefer.core.people import add_contact


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina")
    paul = add_delegate(store, delegation, "Paul")
    add_contact(store, delegation, "Jane Doe")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina])
    meeting = add_meeting(
        store,
        delegation,
        "Bilateral",
        day="2021-11-11",
        start="08:00",
        end="08:45",
        tz="Europe/London",
        counterparts=["Jane Doe"],
        delegates=["Amina"],
        logistics={"transport": "Car at 08:30"},
    ).value
    return delegation, amina, paul, meeting


def _events(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_meetings_are_events_with_alarms(store, team, tmp_path):
    delegation, amina, _, meeting = team
    out = tmp_path / "amina.ics"
    result = export_calendar(store, delegation, amina, out, alarm_minutes=20)
    assert meeting.id in result["events"]
    events = _events(out)
    bilateral = events["Bilateral"]
    assert str(bilateral["uid"]) == event_uid(delegation, meeting.id)
    start = bilateral.decoded("dtstart")
    assert isinstance(start, datetime) and start.strftime("%H:%M") == "09:00"  # forum time
    assert str(start.tzinfo) == "Europe/Paris"
    assert bilateral.decoded("dtend") - start == timedelta(minutes=45)
    assert str(bilateral["status"]) == "TENTATIVE"
    assert "Jane Doe" in str(bilateral["description"]) and "Car at 08:30" in str(
        bilateral["description"]
    )
    for event in events.values():
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0].decoded("trigger") == timedelta(minutes=-20)
        assert str(alarms[0]["action"]) == "DISPLAY"


def test_without_alarm_no_valarm_and_a_cancelled_meeting_is_cancelled(store, team, tmp_path):
    delegation, amina, paul, meeting = team
    cancel_meeting(store, delegation, meeting.id)
    out = tmp_path / "all.ics"
    export_calendar(store, delegation, None, out)
    events = _events(out)
    assert str(events["Bilateral"]["status"]) == "CANCELLED"
    assert all(not e.walk("VALARM") for e in events.values())
    with pytest.raises(InputError):
        export_calendar(store, delegation, paul, tmp_path / "paul.ics")  # nothing for Paul
    with pytest.raises(InputError) as bad:
        export_calendar(store, delegation, amina, out, alarm_minutes=-5)
    assert bad.value.kind == "bad_alarm"


def test_the_calendar_speaks_the_users_language(store, team, tmp_path):
    """Found by review: a French or Arabic export said "Priority: must", "Source:",
    "(other)", "transport: …" and CATEGORIES:other."""
    from briefer.core import i18n

    delegation, amina, _, _ = team
    out = tmp_path / "amina.ics"
    before = i18n.translator()
    i18n.set_translator(i18n.catalogue_translator("fr"))
    try:
        export_calendar(store, delegation, amina, out)
    finally:
        i18n.set_translator(before)
    events = _events(out)
    bilateral = str(events["Bilateral"]["description"])
    assert "(autre)" in bilateral and "Transport\u202f: Car at 08:30" in bilateral
    assert events["Bilateral"]["categories"].cats == ["autre"]
    session = next(str(e["description"]) for name, e in events.items() if name != "Bilateral")
    assert "Priorité\u202f: incontournable" in session and "Source\u202f: https://" in session
    assert "Priority" not in session and "(other)" not in bilateral
