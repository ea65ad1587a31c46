"""Marked sessions as an RFC 5545 calendar, importable into Outlook, Apple Calendar, Thunderbird.

UIDs are stable per delegation and item, so importing a newer export updates events instead of
duplicating them; SEQUENCE grows with each recorded change of the session; cancelled and
withdrawn sessions are exported as STATUS:CANCELLED so calendars remove or strike them. A session
with a start and no end ends as `briefer.core.marks.span_of` says (the next session in its room,
or an hour), and its description says that end is assumed.

The delegation's own meetings (`briefer.core.meetings`) go in beside the sessions, those the
delegate attends (all of them for the whole delegation): CONFIRMED when confirmed or held,
TENTATIVE when requested, CANCELLED when cancelled or declined, with their counterparts and
logistics in the description. With `alarm_minutes`, every event carries a VALARM reminder that
many minutes before it starts.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from briefer import __version__
from briefer.core.catalogue.items import item_detail
from briefer.core.delegations import Delegate, Delegation
from briefer.core.errors import InputError
from briefer.core.files import check_replaceable, write_atomic
from briefer.core.i18n import translate
from briefer.core.marks import OPEN_ENDED_DURATION, list_marks, session_span
from briefer.core.store import Store
from briefer.core.timefmt import FORUM_TZ, local
from briefer.core.words import kind_word, logistics_word, priority_word

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _transitions(tz: ZoneInfo, year: int) -> list[datetime]:
    """The local times at which `tz` changes offset during `year` (to the minute)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(min(year + 1, 9999), 1, 1, tzinfo=UTC)  # the calendar's last year: none
    step = timedelta(hours=1)
    previous = moment.astimezone(tz).utcoffset()
    while moment < end:
        after = moment + step
        offset = after.astimezone(tz).utcoffset()
        if offset != previous:
            found.append(after)
            previous = offset
        moment = after
    return found


def _first_in_1970(moment: datetime, week: int) -> datetime:
    """The same rule (n-th or last weekday of the month, same time) applied to 1970."""
    days = [
        moment.replace(year=1970, day=d)
        for d in range(1, 32)
        if _valid(1970, moment.month, d)
        and date(1970, moment.month, d).weekday() == moment.weekday()
    ]
    return days[week - 1] if week > 0 else days[-1]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def vtimezone(tzid: str, years: set[int]) -> Timezone:
    """A VTIMEZONE with yearly RRULEs, the form Outlook, Apple Calendar and Thunderbird expect."""
    tz = ZoneInfo(tzid)
    year = max(years)
    component = Timezone()
    component.add("tzid", tzid)
    changes = _transitions(tz, year)
    if not changes:
        standard = TimezoneStandard()
        offset = datetime(year, 1, 1, tzinfo=tz).utcoffset()
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", datetime(year, 1, 1, tzinfo=tz).tzname())
        component.add_component(standard)
        return component
    for change in changes:
        before = (change - timedelta(hours=1)).astimezone(tz)
        after = change.astimezone(tz)
        local_start = (change.astimezone(UTC) + before.utcoffset()).replace(tzinfo=None)
        sub = TimezoneDaylight() if after.dst() else TimezoneStandard()
        week = (local_start.day - 1) // 7 + 1
        last = (local_start + timedelta(days=7)).month != local_start.month
        byday = f"{-1 if last else week}{_DAYS[local_start.weekday()]}"
        sub.add("dtstart", _first_in_1970(local_start, -1 if last else week))
        sub.add("rrule", {"freq": "yearly", "bymonth": local_start.month, "byday": byday})
        sub.add("tzoffsetfrom", before.utcoffset())
        sub.add("tzoffsetto", after.utcoffset())
        sub.add("tzname", after.tzname())
        component.add_component(sub)
    return component


def event_uid(delegation: Delegation, item_id: str) -> str:
    digest = hashlib.sha1(f"{delegation.uid}/{item_id}".encode()).hexdigest()[:20]
    return f"{digest}@briefer"


def _event(store: Store, delegation: Delegation, detail: dict[str, Any], priority: str) -> Event:
    event = Event()
    event.add("uid", event_uid(delegation, detail["id"]))
    event.add("dtstamp", datetime.now(UTC))
    event.add("summary", detail["title"])
    start = local(detail.get("start"), detail.get("timezone"))
    assumed = False
    if start is not None:
        span = session_span(store, detail["id"])
        end = local(span.end if span else detail.get("end"), detail.get("timezone"))
        assumed = span is not None and span.assumed_end
        event.add("dtstart", start)
        event.add("dtend", end or start + OPEN_ENDED_DURATION)
    else:
        day = date.fromisoformat(detail["day"])
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    place = detail.get("place")
    if place and detail.get("kind") == "session":
        event.add("location", place)
    description = [
        detail.get("abstract") or "",
        translate("Calendar", "Priority: {priority}").format(priority=priority_word(priority)),
    ]
    if assumed:
        description.append(
            translate(
                "Calendar",
                "The end time is not announced; the event ends when the next "
                "session in the room starts, or after an hour.",
            )
        )
    url = safe_url(detail.get("source_url"))
    if url:
        description.append(translate("Calendar", "Source: {url}").format(url=url))
        event.add("url", url)
    event.add("description", "\n\n".join(d for d in description if d))
    if detail.get("format"):
        event.add("categories", [detail["format"]])
    changes = store.query_one(
        "SELECT count(*) AS n FROM changes WHERE item_id = ?", (detail["id"],)
    )
    event.add("sequence", changes["n"] if changes else 0)
    cancelled = detail.get("status") in ("cancelled", "withdrawn")
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def safe_url(value: object) -> str | None:
    """`value` if it is an http(s) address without spaces or control characters, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url.lower().startswith(("https://", "http://")) or len(url) > 2000:
        return None
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    return url


MAX_ALARM_MINUTES = 7 * 24 * 60


def _alarm(minutes: int, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(minutes=-minutes))
    return alarm


_MEETING_STATUS = {
    "requested": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "declined": "CANCELLED",
    "cancelled": "CANCELLED",
}


def _meeting_event(store: Store, delegation: Delegation, meeting: Any, lang: str) -> Event:
    from briefer.core.meetings import place_text

    event = Event()
    event.add("uid", event_uid(delegation, meeting.id))
    event.add("dtstamp", datetime.now(UTC))
    event.add("summary", meeting.title)
    start = local(meeting.start, FORUM_TZ)
    if start is not None:
        end = local(meeting.end, FORUM_TZ)
        event.add("dtstart", start)
        event.add("dtend", end or start + OPEN_ENDED_DURATION)
    else:
        day = date.fromisoformat(meeting.day)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    place = place_text(store, meeting, lang)
    if place:
        event.add("location", place)
    lines = [translate("Calendar", "Our own item ({kind})").format(kind=kind_word(meeting.kind))]
    if meeting.counterparts:
        names = ", ".join(c.name for c in meeting.counterparts)
        lines.append(translate("Calendar", "With: {names}").format(names=names))
    if meeting.delegates:
        names = ", ".join(meeting.delegates)
        lines.append(translate("Calendar", "Attending: {names}").format(names=names))
    lines += [
        translate("Calendar", "{label}: {value}").format(label=logistics_word(key), value=value)
        for key, value in meeting.logistics.items()
    ]
    event.add("description", "\n".join(lines))
    event.add("categories", [kind_word(meeting.kind)])
    event.add("status", _MEETING_STATUS.get(meeting.status, "CONFIRMED"))
    return event


def export_calendar(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None,
    out: Path,
    lang: str = "en",
    alarm_minutes: int | None = None,
) -> dict[str, Any]:
    """Write the marked sessions and own meetings (of `delegate`, or all) to `out` as .ics."""
    from briefer.core.meetings import list_meetings

    if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
        message = translate(
            "Calendar",
            "A reminder is 0 to %n minute(s) before; not {given}.",
            None,
            MAX_ALARM_MINUTES,
        )
        raise InputError(
            message.format(given=alarm_minutes),
            kind="bad_alarm",
            facts={"minutes": alarm_minutes},
        )
    calendar = Calendar()
    calendar.add("prodid", f"-//Briefer//Briefer {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{delegation.name} — Briefer")
    written, skipped, assumed = [], [], []
    zones: set[str] = set()
    years: dict[str, set[int]] = {}
    for mark in list_marks(store, delegation, delegate, whole=True):
        detail = item_detail(store, mark.item_id, lang)
        if detail.get("kind") != "session":
            continue
        if not detail.get("day"):
            skipped.append(mark.item_id)
            continue
        event = _event(store, delegation, detail, mark.priority)
        if alarm_minutes is not None:
            event.add_component(_alarm(alarm_minutes, detail["title"]))
        calendar.add_component(event)
        written.append(mark.item_id)
        span = session_span(store, mark.item_id)
        if span is not None and span.assumed_end:
            assumed.append(mark.item_id)
        if detail.get("start"):
            tz = detail.get("timezone") or FORUM_TZ
            zones.add(tz)
            years.setdefault(tz, set()).add(int(detail["day"][:4]))
    for meeting in list_meetings(store, delegation, delegate, whole=True):
        if not meeting.day:
            skipped.append(meeting.id)
            continue
        event = _meeting_event(store, delegation, meeting, lang)
        if alarm_minutes is not None:
            event.add_component(_alarm(alarm_minutes, meeting.title))
        calendar.add_component(event)
        written.append(meeting.id)
        if meeting.start:
            zones.add(FORUM_TZ)
            years.setdefault(FORUM_TZ, set()).add(int(meeting.day[:4]))
    if not written:
        raise InputError(
            translate("Calendar", "No marked session or own meeting with a known day to export."),
            kind="nothing_to_export",
        )
    for tzid in sorted(zones):
        calendar.add_component(vtimezone(tzid, years[tzid]))
    data = calendar.to_ical()
    check_replaceable(out, "ics")
    write_atomic(out, data)
    return {
        "path": str(out),
        "events": written,
        "skipped_without_day": skipped,
        "assumed_end": assumed,
    }
