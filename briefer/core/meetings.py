"""The delegation's own items ("meetings"): bilaterals, side meetings, receptions, press, travel.

They are the user's data, kept in `user.db` (a sync or a catalogue reset never touches them),
with stable ids `own:meeting-<uuid>` that a shared selection carries, so that a colleague's edit
updates a meeting rather than duplicating it.

Times: the day, start and end are given in a time zone (the forum's, Europe/Paris, by default);
they are stored in UTC with that zone, and shown in the forum's time. The stored `day` is the
forum's day of the start, so a meeting is listed on the day it takes place at the forum.

Merge (selection import), per meeting: the version modified last wins whole (its fields,
counterparts and delegates); the other version is kept in `import_conflict` (JSON) and shown
with the meeting until it is settled, so nothing either colleague wrote is lost. That version
names its delegates by identity (their uids here), so that one renamed before the settling
still attends and near-duplicate names are not taken for one another; one removed meanwhile is
dropped, and the settling says so. A meeting one side deleted comes back from the other side's
selection (deletions do not travel).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import Delegate, Delegation, find_delegate
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import language, translate
from briefer.core.localize import joined, pick
from briefer.core.people import CONTACT_PREFIX, Person, find_person
from briefer.core.phones import has_rtl_letters
from briefer.core.search.textnorm import index_text
from briefer.core.store import Store, new_id, now_iso
from briefer.core.timefmt import (
    FORUM_TZ,
    day_name,
    local,
    to_utc_text,
    western_digits,
    zone_city,
)

MEETING_PREFIX = "own:meeting-"
KINDS = ("bilateral", "side", "reception", "press", "travel", "other")
STATUSES = ("requested", "confirmed", "declined", "held", "cancelled")
LOGISTICS = ("interpretation", "transport", "badge", "press", "contact")
# What the change history records of a meeting's edits and merges.
HISTORY_FIELDS = ("time", "place", "status", "attendance", "counterparts")
# Statuses that never conflict: the meeting will not take place.
NOT_TAKING_PLACE = ("declined", "cancelled")


@dataclass(frozen=True)
class Counterpart:
    id: str
    name: str


@dataclass(frozen=True)
class Meeting:
    id: str
    kind: str
    title: str
    day: str | None
    start: str | None  # UTC
    end: str | None  # UTC
    timezone: str
    room_id: str | None
    place: str | None
    status: str
    logistics: dict[str, str] = field(default_factory=dict)
    counterparts: tuple[Counterpart, ...] = ()
    delegates: tuple[str, ...] = ()
    created: str | None = None
    modified: str | None = None
    import_conflict: str | None = None

    @property
    def taking_place(self) -> bool:
        return self.status not in NOT_TAKING_PLACE

    def forum_time(self) -> str:
        """ "14:30–15:15" in the forum's zone, or "" when the time is to be announced."""
        start, end = local(self.start, FORUM_TZ), local(self.end, FORUM_TZ)
        if start is None:
            return ""
        return start.strftime("%H:%M") + ("–" + end.strftime("%H:%M") if end else "")


def _zone(tz: str | None) -> Any:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = (tz or FORUM_TZ).strip()
    try:
        return name, ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        message = translate("Meetings", "'{zone}' is not a time zone such as Europe/Paris.")
        raise InputError(
            message.format(zone=name), kind="bad_timezone", facts={"zone": name}
        ) from exc


FIRST_YEAR, LAST_YEAR = 1900, 2999  # a meeting's day; its zone may move it a day either way


def _parse_day(day: str | None) -> date | None:
    if day is None or not day.strip():
        return None
    try:
        parsed = date.fromisoformat(western_digits(day.strip()))
    except ValueError as exc:
        message = translate("Meetings", "'{day}' is not a day written YYYY-MM-DD.")
        raise InputError(message.format(day=day), kind="bad_day", facts={"day": day}) from exc
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:  # found by review: 0001-01-01 in a far zone
        message = translate("Meetings", "'{day}' is not a day between {first} and {last}.")
        raise InputError(
            message.format(day=day, first=FIRST_YEAR, last=LAST_YEAR),
            kind="bad_day",
            facts={"day": day},
        )
    return parsed


def _parse_time(value: str | None) -> time | None:
    if value is None or not value.strip():
        return None
    value = western_digits(value.strip())
    try:
        return time.fromisoformat(value if len(value) != 4 else "0" + value)
    except ValueError as exc:
        message = translate("Meetings", "'{time}' is not a time written HH:MM.")
        raise InputError(
            message.format(time=value), kind="bad_time", facts={"time": value}
        ) from exc


def resolve_times(
    day: str | None, start: str | None, end: str | None, tz: str | None
) -> tuple[str | None, str | None, str | None, str]:
    """The stored (forum day, UTC start, UTC end, zone) of a day and times given in `tz`.

    Raises:
        InputError: a bad day, time or zone; a time without a day; an end without a start; an
            end that is not after the start (kind "ends_before_start").
    """
    zone_name, tzinfo = _zone(tz)
    the_day, first, last = _parse_day(day), _parse_time(start), _parse_time(end)
    if the_day is None and (first or last):
        raise InputError(
            translate("Meetings", "A time needs a day."), kind="time_without_day", facts={}
        )
    if last is not None and first is None:
        raise InputError(
            translate("Meetings", "An end time needs a start time."),
            kind="end_without_start",
            facts={},
        )
    if the_day is None:
        return None, None, None, zone_name
    if first is None:
        return the_day.isoformat(), None, None, zone_name
    begins = datetime.combine(the_day, first, tzinfo=tzinfo)
    ends = datetime.combine(the_day, last, tzinfo=tzinfo) if last else None
    if ends is not None and ends <= begins:
        message = translate(
            "Meetings", "The meeting ends ({end}) before or when it starts ({start})."
        )
        raise InputError(
            message.format(start=first.strftime("%H:%M"), end=last.strftime("%H:%M")),
            kind="ends_before_start",
            facts={"start": start, "end": end},
        )
    forum_day = begins.astimezone(_zone(FORUM_TZ)[1]).date().isoformat()
    return forum_day, to_utc_text(begins), to_utc_text(ends) if ends else None, zone_name


def _choice(value: str | None, choices: tuple[str, ...], what: str) -> str | None:
    if value is None:
        return None
    if value not in choices:
        message = translate("Meetings", "{what} '{value}' is not one of {choices}.")
        raise InputError(
            message.format(what=what, value=value, choices=", ".join(choices)),
            kind=f"bad_{what.lower()}",
            facts={"value": value, "choices": list(choices)},
        )
    return value


def _logistics(values: dict[str, str | None] | None, base: dict[str, str]) -> dict[str, str]:
    out = dict(base)
    for key, value in (values or {}).items():
        if key not in LOGISTICS:
            message = translate("Meetings", "'{key}' is not a logistics field: {choices}.")
            raise InputError(
                message.format(key=key, choices=", ".join(LOGISTICS)),
                kind="bad_logistics",
                facts={"key": key},
            )
        if value is None:
            continue
        if value.strip():
            out[key] = value.strip()
        else:
            out.pop(key, None)
    return out


def _place(store: Store, place: str | None) -> tuple[str | None, str | None]:
    """(room id, free text): a room of the catalogue by its id, with its name as the text (kept
    for the day a sync drops the room: the meeting showed "ppf:room:2026:salle-1"), else the
    text as written."""
    if place is None or not place.strip():
        return None, None
    place = place.strip()
    named = _room_text(store, place, language())
    if named is not None:
        return place, named or None
    return None, place


def _room_text(store: Store, room_id: str, lang: str) -> str | None:
    """A catalogue room's name and venue in `lang` ("" if unnamed), or None if it has no such
    room."""
    row = store.query_one(
        "SELECT r.*, v.name_ar AS v_ar, v.name_fr AS v_fr, v.name_en AS v_en,"
        " v.name_other AS v_other FROM cat.rooms r LEFT JOIN cat.venues v"
        " ON v.id = r.venue_id WHERE r.id = ?",
        (room_id,),
    )
    if row is None:
        return None
    venue = pick({f"name_{k}": row[f"v_{k}"] for k in ("ar", "fr", "en", "other")}, "name", lang)
    return ", ".join(p for p in (pick(row, "name", lang), venue) if p)


def _people(store: Store, delegation: Delegation, refs: list[str | Person]) -> list[Person]:
    out: list[Person] = []
    for ref in refs:
        person = ref if isinstance(ref, Person) else find_person(store, delegation, ref)
        if all(p.id != person.id for p in out):
            out.append(person)
    return out


def _delegates(store: Store, delegation: Delegation, refs: list[str | Delegate]) -> list[Delegate]:
    out: list[Delegate] = []
    for ref in refs:
        delegate = ref if isinstance(ref, Delegate) else find_delegate(store, delegation, ref)
        if delegate.delegation_id != delegation.id:
            message = translate("Marks", "{delegate} is not a delegate of {delegation}.")
            raise InputError(
                message.format(delegate=delegate.name, delegation=delegation.name),
                kind="foreign_delegate",
                facts={"delegate": delegate.name, "delegation": delegation.name},
            )
        if all(d.id != delegate.id for d in out):
            out.append(delegate)
    return out


def _write_links(
    store: Store, meeting_id: str, people: list[Person] | None, delegates: list[Delegate] | None
) -> None:
    if people is not None:
        store.conn.execute("DELETE FROM meeting_counterparts WHERE meeting_id = ?", (meeting_id,))
        store.conn.executemany(
            "INSERT INTO meeting_counterparts (meeting_id, person_id, name, position)"
            " VALUES (?, ?, ?, ?)",
            [(meeting_id, p.id, p.name, i) for i, p in enumerate(people)],
        )
    if delegates is not None:
        store.conn.execute("DELETE FROM meeting_delegates WHERE meeting_id = ?", (meeting_id,))
        store.conn.executemany(
            "INSERT INTO meeting_delegates (meeting_id, delegate_id) VALUES (?, ?)",
            [(meeting_id, d.id) for d in delegates],
        )


def parse_logistics(text: str | None) -> dict[str, Any]:
    """A meeting's stored logistics (JSON), or {} when it is empty, damaged or not an object."""
    try:
        value = json.loads(text or "{}")
    except (json.JSONDecodeError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def meeting_texts(
    place: str | None, counterparts: list[str], logistics: dict[str, Any]
) -> list[str]:
    """The texts a meeting is found by besides its title, as written: its place, its
    counterparts' names, its logistics (the index holds them; a hit's snippet is cut from them)."""
    values = [v for v in logistics.values() if isinstance(v, str)]
    return [t for t in (place, *counterparts, *values) if t]


def meeting_index_texts(
    title: str, place: str | None, counterparts: list[str], logistics: dict[str, Any]
) -> tuple[str, str]:
    """A meeting's search entry, folded: its title, and its `meeting_texts` as one body."""
    return index_text(title), index_text(" ".join(meeting_texts(place, counterparts, logistics)))


def _index(store: Store, meeting: Meeting) -> None:
    store.conn.execute("DELETE FROM own_fts WHERE own_id = ?", (meeting.id,))
    names = [c.name for c in meeting.counterparts]
    title, body = meeting_index_texts(meeting.title, meeting.place, names, meeting.logistics)
    store.conn.execute(
        "INSERT INTO own_fts (own_id, kind, title, body) VALUES (?, 'meeting', ?, ?)",
        (meeting.id, title, body),
    )


def add_meeting(
    store: Store,
    delegation: Delegation,
    title: str,
    *,
    day: str | None = None,
    start: str | None = None,
    end: str | None = None,
    tz: str | None = None,
    kind: str = "other",
    place: str | None = None,
    status: str = "requested",
    counterparts: list[str | Person] | None = None,
    delegates: list[str | Delegate] | None = None,
    logistics: dict[str, str | None] | None = None,
) -> Outcome[Meeting]:
    """Add one of the delegation's own items.

    Raises:
        InputError: no title, a bad kind, status, day, time or zone, an end before the start.
        NotFoundError: an unknown delegate or person (nothing is written).
    """
    title = " ".join((title or "").split())
    if not title:
        raise InputError(translate("Meetings", "A meeting needs a title."), kind="no_title")
    _choice(kind, KINDS, "Kind")
    _choice(status, STATUSES, "Status")
    the_day, utc_start, utc_end, zone_name = resolve_times(day, start, end, tz)
    room_id, text = _place(store, place)
    people = _people(store, delegation, counterparts or [])
    attending = _delegates(store, delegation, delegates or [])
    stamp = now_iso()
    meeting_id = MEETING_PREFIX + new_id()
    with store.transaction():
        store.conn.execute(
            'INSERT INTO meetings (id, delegation_id, kind, title, day, start, "end", timezone,'
            " room_id, place, status, logistics, created, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meeting_id,
                delegation.id,
                kind,
                title,
                the_day,
                utc_start,
                utc_end,
                zone_name,
                room_id,
                text,
                status,
                json.dumps(_logistics(logistics, {}), ensure_ascii=False),
                stamp,
                stamp,
            ),
        )
        _write_links(store, meeting_id, people, attending)
        meeting = get_meeting(store, meeting_id)
        _index(store, meeting)
        record_history(store, None, meeting, stamp)
    return Outcome(meeting, OpChanges(meetings=True, history=True))


_UNSET: Any = object()


def edit_meeting(
    store: Store,
    delegation: Delegation,
    meeting_id: str,
    *,
    title: str | None = None,
    day: str | None = _UNSET,
    start: str | None = _UNSET,
    end: str | None = _UNSET,
    tz: str | None = None,
    kind: str | None = None,
    place: str | None = None,
    status: str | None = None,
    counterparts: list[str | Person] | None = None,
    delegates: list[str | Delegate] | None = None,
    logistics: dict[str, str | None] | None = None,
) -> Outcome[Meeting]:
    """Change a meeting; what is not given stays. Times left out keep their local values.

    `counterparts` and `delegates`, when given, replace the lists. A `place` of "" clears it.
    """
    meeting = before = get_meeting(store, meeting_id, delegation)
    values: dict[str, Any] = {}
    if title is not None:
        values["title"] = " ".join(title.split())
        if not values["title"]:
            raise InputError(translate("Meetings", "A meeting needs a title."), kind="no_title")
    if kind is not None:
        values["kind"] = _choice(kind, KINDS, "Kind")
    if status is not None:
        values["status"] = _choice(status, STATUSES, "Status")
    if any(v is not _UNSET for v in (day, start, end)) or tz is not None:
        zone_name = tz or meeting.timezone
        old = _local_parts(meeting, zone_name)
        the_day, utc_start, utc_end, zone_name = resolve_times(
            old[0] if day is _UNSET else day,
            old[1] if start is _UNSET else start,
            old[2] if end is _UNSET else end,
            zone_name,
        )
        values.update(day=the_day, start=utc_start, end=utc_end, timezone=zone_name)
    if place is not None:
        values["room_id"], values["place"] = _place(store, place)
    if logistics is not None:
        values["logistics"] = json.dumps(
            _logistics(logistics, meeting.logistics), ensure_ascii=False
        )
    people = _people(store, delegation, counterparts) if counterparts is not None else None
    attending = _delegates(store, delegation, delegates) if delegates is not None else None
    with store.transaction():
        if values:
            sets = ", ".join(f'"{k}" = ?' for k in values)
            store.conn.execute(
                f"UPDATE meetings SET {sets}, modified = ? WHERE id = ?",
                (*values.values(), now_iso(), meeting_id),
            )
        if people is not None or attending is not None:
            _write_links(store, meeting_id, people, attending)
            store.conn.execute(
                "UPDATE meetings SET modified = ? WHERE id = ?", (now_iso(), meeting_id)
            )
        meeting = get_meeting(store, meeting_id)
        _index(store, meeting)
        recorded = record_history(store, before, meeting)
    return Outcome(meeting, OpChanges(meetings=True, history=recorded > 0))


def history_values(store: Store, meeting: Meeting) -> dict[str, str | None]:
    """What the change history follows of a meeting: time, place, status, attendance and
    counterparts (whom the meeting is with: found by review, a counterpart added after the
    last pack was not listed)."""
    when = " ".join(p for p in (meeting.day, meeting.forum_time()) if p)
    return {
        "time": when or None,
        "place": place_text(store, meeting, "en"),
        "status": meeting.status,
        "attendance": ", ".join(meeting.delegates) or None,
        "counterparts": "; ".join(c.name for c in meeting.counterparts) or None,
    }


def record_history(
    store: Store, before: Meeting | None, after: Meeting, at: str | None = None
) -> int:
    """Write what changed between two versions of a meeting to the change history (source
    `own`: no sync), inside the caller's transaction; the number of rows written.

    With no `before`, the meeting is new: one row says it was added (found by review: one
    added after the last pack was in neither the pack's changes nor `briefer changes`).
    """
    stamp = at or now_iso()
    if before is None:
        rows = [(stamp, after.id, "meeting", "added", None, after.title, after.title)]
    else:
        old, new = history_values(store, before), history_values(store, after)
        rows = [
            (stamp, after.id, "meeting", key, old[key], new[key], after.title)
            for key in HISTORY_FIELDS
            if old[key] != new[key]
        ]
    store.conn.executemany(
        "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title)"
        " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _local_parts(meeting: Meeting, zone_name: str) -> tuple[str | None, str | None, str | None]:
    """The meeting's day, start and end as written in `zone_name`."""
    start, end = local(meeting.start, zone_name), local(meeting.end, zone_name)
    if start is None:
        return meeting.day, None, None
    return (
        start.date().isoformat(),
        start.strftime("%H:%M"),
        end.strftime("%H:%M") if end else None,
    )


def local_times(meeting: Meeting) -> tuple[str | None, str | None, str | None]:
    """The meeting's day, start and end as written in the zone it was given in."""
    return _local_parts(meeting, meeting.timezone)


def local_time_text(meeting: Meeting, lang: str) -> str | None:
    """A meeting given in another zone than the forum's, at its own clock, the zone named by
    its city in `lang`: « 08:00–08:30 (الدار البيضاء) », with its day where that differs from
    the forum's ("Friday 12 November 2021, 23:30 (New York)"); None for the forum's zone.

    Found by review: the packs wrote the zone's code ("Africa/Casablanca"), and an Arabic
    pack set the line left to right, its start on the left, where every other time range
    of the pack has it on the right. A value with no Arabic letter ("UTC") in an Arabic
    line begins with a right-to-left mark, so that it reads as the card's time does."""
    if meeting.timezone == FORUM_TZ or not meeting.start:
        return None
    day, start, end = local_times(meeting)
    clock = f"{start}–{end}" if end else str(start)
    if day and day != meeting.day:
        clock = joined([day_name(day, lang), clock], lang)
    text = f"{clock} ({zone_city(meeting.timezone, lang)})"
    if lang == "ar" and not has_rtl_letters(text):
        text = "\u200f" + text
    return text


def cancel_meeting(store: Store, delegation: Delegation, meeting_id: str) -> Outcome[Meeting]:
    """Mark a meeting cancelled: it stays, struck through, and no longer conflicts."""
    return edit_meeting(store, delegation, meeting_id, status="cancelled")


def delete_meeting(store: Store, delegation: Delegation, meeting_id: str) -> Outcome[Meeting]:
    """Delete a meeting, its counterparts and attendance, and its search entry."""
    meeting = get_meeting(store, meeting_id, delegation)
    with store.transaction():
        store.conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
        store.conn.execute("DELETE FROM own_fts WHERE own_id = ?", (meeting_id,))
    return Outcome(meeting, OpChanges(meetings=True))


def _meeting(store: Store, row: dict[str, Any]) -> Meeting:
    people = store.query(
        "SELECT person_id, name FROM meeting_counterparts WHERE meeting_id = ?"
        " ORDER BY position, name COLLATE briefer",
        (row["id"],),
    )
    names = store.query(
        "SELECT d.name FROM meeting_delegates md JOIN delegates d ON d.id = md.delegate_id"
        " WHERE md.meeting_id = ? ORDER BY d.sort_key",
        (row["id"],),
    )
    return Meeting(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        day=row["day"],
        start=row["start"],
        end=row["end"],
        timezone=row["timezone"],
        room_id=row["room_id"],
        place=row["place"],
        status=row["status"],
        logistics=parse_logistics(row["logistics"]),
        counterparts=tuple(Counterpart(p["person_id"], p["name"]) for p in people),
        delegates=tuple(n["name"] for n in names),
        created=row["created"],
        modified=row["modified"],
        import_conflict=row["import_conflict"],
    )


def get_meeting(store: Store, meeting_id: str, delegation: Delegation | None = None) -> Meeting:
    row = store.query_one("SELECT * FROM meetings WHERE id = ?", (meeting_id.strip(),))
    if row is None or (delegation is not None and row["delegation_id"] != delegation.id):
        message = translate("Meetings", "No meeting with id {id}.")
        raise NotFoundError(
            message.format(id=meeting_id), kind="no_meeting", facts={"id": meeting_id}
        )
    return _meeting(store, row)


def list_meetings(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None = None,
    day: str | None = None,
    whole: bool = False,
) -> list[Meeting]:
    """The delegation's meetings (those `delegate` attends and, with `whole`, those of the whole
    delegation: attended by no one named), in time order, untimed last."""
    sql = "SELECT m.* FROM meetings m WHERE m.delegation_id = ?"
    params: list[Any] = [delegation.id]
    if delegate is not None:
        attends = "EXISTS (SELECT 1 FROM meeting_delegates md WHERE md.meeting_id = m.id{})"
        condition = attends.format(" AND md.delegate_id = ?")
        if whole:
            condition = f"({condition} OR NOT {attends.format('')})"
        sql += f" AND {condition}"
        params.append(delegate.id)
    if day is not None:
        sql += " AND m.day = ?"
        params.append(day)
    sql += " ORDER BY m.day IS NULL, m.day, m.start IS NULL, m.start, m.title, m.id"
    return [_meeting(store, row) for row in store.query(sql, params)]


def meetings_in_conflict(store: Store, delegation: Delegation) -> list[Meeting]:
    """Meetings a selection import left with the other colleague's version."""
    rows = store.query(
        "SELECT * FROM meetings WHERE delegation_id = ? AND import_conflict IS NOT NULL"
        " ORDER BY day, start, id",
        (delegation.id,),
    )
    return [_meeting(store, r) for r in rows]


def other_version(meeting: Meeting) -> dict[str, Any]:
    """The version a selection import did not keep, or {}."""
    if not meeting.import_conflict:
        return {}
    try:
        value = json.loads(meeting.import_conflict)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class SettledMeeting:
    meeting: Meeting
    dropped: tuple[str, ...] = ()  # delegates the version taken named, no longer in the delegation


def settle_meeting(
    store: Store, delegation: Delegation, meeting_id: str, keep: str
) -> Outcome[SettledMeeting]:
    """Settle an imported conflict: keep "current" (drop the other version) or take "other",
    attended by the delegates it names who are still in the delegation."""
    from briefer.core.selection import apply_meeting_record, recorded_attendance

    if keep not in ("current", "other"):
        message = translate(
            "Meetings", "'{keep}' is not a way to settle a meeting: current or other."
        )
        raise InputError(message.format(keep=keep), kind="bad_choice", facts={"keep": keep})
    meeting = get_meeting(store, meeting_id, delegation)
    other = other_version(meeting)
    if not other:
        message = translate("Meetings", "The meeting {id} has no other version to settle.")
        raise NotFoundError(
            message.format(id=meeting_id), kind="no_conflict", facts={"id": meeting_id}
        )
    dropped: list[str] = []
    with store.transaction():
        if keep == "other":
            attending, dropped = recorded_attendance(store, delegation, other)
            apply_meeting_record(store, delegation, other, attending)
        store.conn.execute("UPDATE meetings SET import_conflict = NULL WHERE id = ?", (meeting_id,))
        before, meeting = meeting, get_meeting(store, meeting_id)
        _index(store, meeting)
        recorded = record_history(store, before, meeting)
    return Outcome(
        SettledMeeting(meeting, tuple(dropped)), OpChanges(meetings=True, history=recorded > 0)
    )


def place_text(store: Store, meeting: Meeting, lang: str) -> str | None:
    """The meeting's place: its room and venue in `lang`, or the text as written (a room the
    catalogue no longer has: its name when it was chosen)."""
    if meeting.room_id:
        named = _room_text(store, meeting.room_id, lang)
        if named is not None:
            return named
        return meeting.place or meeting.room_id
    return meeting.place


def reindex_meeting(store: Store, meeting_id: str) -> None:
    """Write a meeting's search entry again (after a selection import changed it)."""
    _index(store, get_meeting(store, meeting_id))


def _whole_id(ref: str) -> bool:
    """Whether `ref` is a meeting's whole id (its uuid in full), not the start of one."""
    return ref.startswith(MEETING_PREFIX) and len(ref) > len(MEETING_PREFIX) + 30


def find_meeting(store: Store, delegation: Delegation, ref: str) -> Meeting:
    """A meeting by its id, or by the start of its uuid when only one meeting has it."""
    ref = ref.strip()
    if _whole_id(ref):
        return get_meeting(store, ref, delegation)
    tail = ref.removeprefix(MEETING_PREFIX)
    rows = store.query(
        "SELECT id FROM meetings WHERE delegation_id = ? AND substr(id, ?, ?) = ?",
        (delegation.id, len(MEETING_PREFIX) + 1, len(tail), tail),
    )
    if len(rows) == 1 and tail:
        return get_meeting(store, rows[0]["id"], delegation)
    if len(rows) > 1 and tail:
        message = translate("Meetings", "Several meetings have ids starting with {id}.")
        raise InputError(message.format(id=ref), kind="ambiguous_meeting", facts={"id": ref})
    return get_meeting(store, ref, delegation)


def item_ref(store: Store, delegation: Delegation, ref: str) -> str:
    """The item id `ref` names: a meeting's full id for any form `find_meeting` takes (found by
    review: `note own:meeting-e9635153` was refused while `meeting show` took it), else `ref`
    as given, a catalogue id (ppf:ses-2021-101), which always names its source.

    Raises:
        NotFoundError, InputError: `ref` is the start of an "own:meeting-" id that no meeting
        has, or several.
    """
    ref = ref.strip()
    if ref.startswith(MEETING_PREFIX):  # a whole id as it is, whether it exists or not
        return ref if _whole_id(ref) else find_meeting(store, delegation, ref).id
    if ":" in ref or not ref:
        return ref
    try:
        return find_meeting(store, delegation, ref).id
    except (NotFoundError, InputError):
        return ref  # not a meeting's: the catalogue says why it is no item either


def is_own_meeting(item_id: str) -> bool:
    return item_id.startswith(MEETING_PREFIX)


def item_title(store: Store, item_id: str, lang: str) -> str:
    """The title of a catalogue item, of one of the delegation's own meetings, or the name of
    one of its contacts."""
    if item_id.startswith(MEETING_PREFIX):
        row = store.query_one("SELECT title FROM meetings WHERE id = ?", (item_id,))
        return row["title"] if row else item_id
    if item_id.startswith(CONTACT_PREFIX):
        row = store.query_one("SELECT name FROM contacts WHERE id = ?", (item_id,))
        return row["name"] if row else item_id
    from briefer.core.catalogue.items import item_detail

    return item_detail(store, item_id, lang).get("title") or item_id
