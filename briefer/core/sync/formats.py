"""Readers for the schedule formats conferences publish: frab/Pentabarf/wafer XML, frab/pretalx
JSON, iCalendar and Briefer's CSV. Lenient about what real files get wrong, strict about safety:
XML goes through defusedxml (no external entities, no entity expansion).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from briefer.core.catalogue.io import CatalogueData
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.neutral import Message, Pattern, Words
from briefer.core.sync import validate
from briefer.core.sync.builder import (
    ImportBuilder,
    LinkSpec,
    namespace_for,
    parse_duration,
    web_url,
)
from briefer.core.sync.kinds import KINDS
from briefer.core.timefmt import FORUM_TZ, zone

BOM = b"\xef\xbb\xbf"
Reader = Callable[..., tuple[CatalogueData, list[str]]]
_log = logging.getLogger(__name__)


class FormatError(InputError):
    """A file that cannot be read as the schedule format it claims to be."""


def detect_kind(raw: bytes) -> str:
    """The kind of a source from its first bytes."""
    if raw.startswith(b"\x1f\x8b"):
        return "briefer"
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "briefer" if b'"briefer-feed"' in raw[:2048] else "frab-json"
    if head.startswith(b"<"):
        return "frab-xml"
    if head.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    first = head.split(b"\n", 1)[0].lower()
    if any(sep in first for sep in (b",", b";", b"\t")) and b"id" in first:
        return "csv"  # comma, or Excel's semicolon, or tab (see _csv_separator)
    if not head:
        raise FormatError(
            words=Words.translate("Import", "The file is empty. Nothing was changed."), kind="empty"
        )
    raise FormatError(
        words=Words.translate(
            "Import",
            "Cannot tell what kind of file this is. Briefer reads its own feeds, frab schedules "
            "(XML or JSON, as pretalx and FOSDEM publish them), iCalendar files (.ics) and CSV "
            "files whose first line names an id column. Nothing was changed.",
        ),
        kind="unknown_kind",
        facts={"kinds": list(KINDS)},
    )


def _reader(label: str) -> Callable[[Reader], Reader]:
    """A reader that refuses any file it cannot make sense of with a FormatError, never a crash:
    a value refused by `validate` names the item and the field."""

    def wrap(read: Reader) -> Reader:
        @functools.wraps(read)
        def guarded(
            raw: bytes, namespace: str | None = None, url: str | None = None
        ) -> tuple[CatalogueData, list[str]]:
            try:
                return read(raw, namespace, url)
            except FormatError as exc:
                raise validate.naming_file(exc, url) from None
            except validate.InvalidValue as exc:
                refused = Words.translate("Import", "{error}; refused. Nothing was changed.")
                error = FormatError(
                    words=refused.format(error=exc.words or str(exc)),
                    kind=exc.kind,
                    facts={**exc.facts, "format": label},
                )
                raise validate.naming_file(error, url) from exc
            except RecursionError as exc:
                message = Words.translate(
                    "Import",
                    "The {format} file is nested too deeply; refused. Nothing was changed.",
                )
                error = FormatError(words=message.format(format=label), kind="too_deep")
                raise validate.naming_file(error, url) from exc
            except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
                _log.warning("Unreadable %s file", label, exc_info=True)
                message = Words.translate(
                    "Import",
                    "The {format} file has a value of an unexpected kind or shape; refused. "
                    "Nothing was changed.",
                )
                error = FormatError(words=message.format(format=label), kind="unexpected_shape")
                raise validate.naming_file(error, url) from exc

        return guarded

    return wrap


def _text(element: Any, tag: str) -> str | None:
    found = element.find(tag)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _event_times(
    item: validate.Item,
    date_text: Any,
    start_text: Any,
    duration: Any,
    day_date: date | None,
    day_start: datetime | None,
    tz: tzinfo,
) -> tuple[datetime | None, datetime | None]:
    """Start and end of an event: its full <date> when given (with its offset), else the day's
    date and the local start, moved to the next calendar day when before the day's start."""
    start = validate.moment(date_text, item, "date")
    clock = validate.clock(start_text, item, "start")
    if start is None and day_date is not None:
        if clock is not None:
            moment = datetime.combine(day_date, clock)
            if day_start is not None and clock < day_start.astimezone(tz).time():
                moment += timedelta(days=1)
            start = moment.replace(tzinfo=tz)
    length = _duration(duration, item)
    end = start + length if start is not None and length else None
    return start, end


def _duration(value: Any, item: validate.Item) -> timedelta | None:
    raw = validate.text(value, item, "duration", 64)
    if raw is None or not raw.strip():
        return None
    length = parse_duration(raw)
    if length is None:
        reason = Words.translate("Validate", "is not a duration such as 00:30 or PT30M")
        raise validate.InvalidValue(reason, item, "duration", raw)
    validate.duration(length, item, "duration", raw)
    return length


def _conference_zone(
    name: Any, sample: datetime | None, builder: ImportBuilder
) -> tuple[tzinfo, str]:
    checked = validate.zone_name(name, "conference", "time_zone_name")
    if checked:
        return zone(checked), checked
    if sample is not None and sample.utcoffset() is not None:
        offset = sample.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        label = f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        text = translate("Import", "The file names no time zone; its times carry UTC{offset}.")
        builder.warnings.append(text.format(offset=label))
        return zone(label), label
    text = translate(
        "Import", "The file gives no time zone at all; its times are read as {zone} (the forum's)."
    )
    builder.warnings.append(text.format(zone=FORUM_TZ))
    return zone(FORUM_TZ), FORUM_TZ


def _day_name(number: Any) -> Words:
    """A programme's day as a message names it ("day 2")."""
    return Words.translate("Import", "day {number}").format(number=number)


def _index(day: dict[str, Any], number: int) -> int:
    """A frab JSON day's own number, else its place in the file."""
    return day["index"] if isinstance(day.get("index"), int) else number


def _day_of(start: datetime | None, tz: tzinfo, fallback: date | None) -> date | None:
    return start.astimezone(tz).date() if start else fallback


@_reader("frab XML")
def parse_frab_xml(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    if not raw.lstrip(BOM).strip():
        raise FormatError(
            words=Words.translate("Import", "The file is empty. Nothing was changed.")
        )
    try:
        root = ElementTree.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FormatError(
            words=Words.translate(
                "Import",
                "The XML file declares a DTD or entities (a possible XXE or entity-expansion "
                "attack); refused. Nothing was changed.",
            )
        ) from exc
    except ElementTree.ParseError as exc:
        # The parser's own words are English ("no element found"): its place is enough.
        line, column = getattr(exc, "position", (0, 0))
        message = Words.translate(
            "Import",
            "The file is not well-formed XML (line {line}, column {column}). Nothing was changed.",
        )
        raise FormatError(words=message.format(line=line, column=column + 1)) from exc
    if root.tag != "schedule":
        message = Words.translate(
            "Import", "This XML is not a frab schedule (its root is <{tag}>)."
        )
        raise FormatError(words=message.format(tag=validate.excerpt_of(root.tag)))
    conference = root.find("conference")
    if conference is None:
        raise FormatError(
            words=Words.translate("Import", "This frab schedule has no <conference> element.")
        )
    title = _text(conference, "title") or "Imported programme"
    ns = namespace or namespace_for(_text(conference, "acronym") or title)
    builder = ImportBuilder(ns, url)
    days = root.findall("day")
    first = None
    if days:
        first = validate.moment(days[0].get("start"), _day_name(days[0].get("index") or 1), "start")
    tz, tz_name = _conference_zone(_text(conference, "time_zone_name"), first, builder)
    venue, city = _text(conference, "venue"), _text(conference, "city")
    builder.venue(venue, city)
    builder.edition(
        title,
        _text(conference, "start"),
        _text(conference, "end"),
        tz_name,
        venue=venue,
        location=city,
    )
    base = _text(conference, "base_url")
    for number, day in enumerate(days, start=1):
        where = _day_name(day.get("index") or number)
        day_start = validate.moment(day.get("start"), where, "start")
        listed_date = validate.day(day.get("date"), where, "date")
        when = (_day_of(day_start, tz, listed_date), listed_date, day_start, tz, tz_name)
        for room in day.findall("room"):
            for event in room.findall("event"):
                _xml_event(builder, event, room, base, when)
    return builder.finish(title), builder.warnings


def _xml_event(builder: ImportBuilder, event: Any, room: Any, base: str | None, when) -> None:
    day_date, listed_date, day_start, tz, tz_name = when
    item = event.get("guid") or event.get("id") or _text(event, "title") or "event"
    start, end = _event_times(
        item,
        _text(event, "date"),
        _text(event, "start"),
        _text(event, "duration"),
        listed_date,
        day_start,
        tz,
    )
    people = [
        (p.get("id"), (p.text or "").strip(), "speaker") for p in event.findall("persons/person")
    ]
    count = len(builder.data.tables["sessions"])
    local_id = event.get("guid") or f"event-{event.get('id') or count}"
    builder.session(
        local_id,
        _text(event, "title"),
        start,
        end,
        day_date,
        tz_name,
        abstract=_join(
            _text(event, "subtitle"),
            _text(event, "abstract"),
            _text(event, "description"),
        ),
        room=_text(event, "room") or room.get("name"),
        track=_text(event, "track"),
        format=_text(event, "type"),
        language=_text(event, "language"),
        url=_absolute(_text(event, "url"), base),
        people=people,
        links=_xml_links(event, base or _text(event, "url")),
    )


def _absolute(href: str | None, base: str | None) -> str | None:
    """`href`, resolved against the schedule's base URL when it is relative."""
    from urllib.parse import urljoin

    if not href or "://" in href or not (base and web_url(base)):
        return href
    return urljoin(base, href.strip())


def _xml_links(event: Any, base: str | None) -> list[LinkSpec]:
    """An event's <links> and <attachments> as (url, title, kind)."""
    found = []
    for path, kind in (("links/link", "link"), ("attachments/attachment", "attachment")):
        for element in event.findall(path):
            found.append((_absolute(element.get("href"), base), element.text, kind))
    return found


def _json_links(event: dict[str, Any], base: str | None, item: validate.Item) -> list[LinkSpec]:
    """An event's `links` and `attachments` as (url, title, kind)."""
    found = []
    for key, kind in (("links", "link"), ("attachments", "attachment")):
        for entry in validate.listing(event.get(key), item, key):
            if isinstance(entry, dict):
                url, title = entry.get("url") or entry.get("href"), entry.get("title")
            else:
                url, title = entry, None
            if isinstance(url, str):
                text = title if isinstance(title, str) else None
                found.append((_absolute(url, base), text, kind))
    return found


_TAG = re.compile(r"<[^<>]*>")


_BREAK = re.compile(r"<\s*(?:br|/?p|/?div|/?h[1-6]|/?ul|/?ol|/li|/?blockquote|/?tr)\b[^<>]*>", re.I)
_ITEM = re.compile(r"<\s*li\b[^<>]*>", re.I)


def _join(*parts: str | None) -> str | None:
    texts = [_plain(p) for p in parts if p]
    return "\n\n".join(t for t in texts if t) or None


def _plain(text: str) -> str:
    """Catalogue text from a description that may be HTML: paragraphs, line breaks and list
    items become lines ("• " before an item); in HTML a newline is a space, as a browser
    shows it. Text without tags keeps its lines."""
    from html import unescape

    if not _TAG.search(text):
        return unescape(text).strip()
    text = re.sub(r"\s+", " ", text)
    text = _ITEM.sub("\n• ", _BREAK.sub("\n", text))
    lines = (" ".join(unescape(_TAG.sub(" ", line)).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip("• "))


@_reader("frab JSON")
def parse_frab_json(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    if not raw.lstrip(BOM).strip():
        raise FormatError(
            words=Words.translate("Import", "The file is empty. Nothing was changed.")
        )
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        message = Words.translate("Import", "The file is not UTF-8 text. Nothing was changed.")
        raise FormatError(words=message) from exc
    except json.JSONDecodeError as exc:
        message = Words.translate(
            "Import",
            "The file is not valid JSON (line {line}, column {column}). Nothing was changed.",
        )
        raise FormatError(words=message.format(line=exc.lineno, column=exc.colno)) from exc
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days"), list):
        raise FormatError(
            words=Words.translate(
                "Import", "This JSON is not a frab/pretalx schedule (no schedule.conference.days)."
            )
        )
    where = "conference"
    title = validate.text(conference.get("title"), where, "title") or "Imported programme"
    acronym = validate.text(conference.get("acronym"), where, "acronym")
    ns = namespace or namespace_for(acronym or title)
    builder = ImportBuilder(ns, url)
    days = conference["days"]
    first_day = validate.mapping(days[0], _day_name(1), "day") if days else {}
    first = validate.moment(
        first_day.get("day_start"), _day_name(_index(first_day, 1)), "day_start"
    )
    tz, tz_name = _conference_zone(conference.get("time_zone_name"), first, builder)
    venue = validate.text(conference.get("venue"), where, "venue")
    city = validate.text(conference.get("city"), where, "city")
    builder.venue(venue, city)
    builder.edition(
        title, conference.get("start"), conference.get("end"), tz_name, venue=venue, location=city
    )
    base = _str(validate.text(conference.get("base_url"), where, "base_url", validate.URL_LIMIT))
    for number, value in enumerate(days, start=1):
        day = validate.mapping(value, _day_name(number), "day")
        where = _day_name(_index(day, number))
        day_start = validate.moment(day.get("day_start"), where, "day_start")
        listed_date = validate.day(day.get("date"), where, "date")
        day_date = _day_of(day_start, tz, listed_date)
        when = (day_date, listed_date, day_start, tz, tz_name)
        for room_name, events in validate.mapping(day.get("rooms"), where, "rooms").items():
            room = Words.translate("Import", "{day}, room “{room}”").format(
                day=where, room=room_name
            )
            of_room = Words.translate("Import", "an event of room “{room}”").format(room=room_name)
            for event in validate.listing(events, room, "events"):
                _json_event(builder, event, room_name, (room, of_room), base, when)
    return builder.finish(title), builder.warnings


def _json_event(
    builder: ImportBuilder,
    value: Any,
    room_name: str,
    places: tuple[str, str],
    base: str | None,
    when: tuple,
) -> None:
    """One event of a frab JSON room; `places` names the room and an event of it in messages
    (translated once a room, not once an event)."""
    day_date, listed_date, day_start, tz, tz_name = when
    room, of_room = places
    event = validate.mapping(value, room, "event")
    guid = validate.text(event.get("guid"), of_room, "guid", 300)
    number = validate.text(event.get("id"), guid, "id", validate.ID_LIMIT)
    item = guid or (
        Words.translate("Import", "event {id}").format(id=number) if number else of_room
    )

    def field(key: str, limit: int = validate.TITLE_LIMIT) -> str | None:
        return validate.text(event.get(key), item, key, limit)

    start, end = _event_times(
        item, field("date"), field("start"), field("duration"), listed_date, day_start, tz
    )
    people = []
    for person in validate.listing(event.get("persons"), item, "persons"):
        if isinstance(person, dict):
            local = validate.text(person.get("id"), item, "persons.id", validate.ID_LIMIT)
            name = person.get("public_name") or person.get("name") or ""
            people.append((local, validate.text(name, item, "persons.name") or "", "speaker"))
    limit = validate.ABSTRACT_LIMIT
    event_url = _str(field("url", validate.URL_LIMIT))
    builder.session(
        guid or f"event-{number}",
        field("title"),
        start,
        end,
        day_date,
        tz_name,
        abstract=_join(field("subtitle"), field("abstract", limit), field("description", limit)),
        room=field("room") or room_name,
        track=field("track"),
        format=field("type"),
        language=field("language"),
        url=_absolute(event_url, base),
        people=people,
        links=_json_links(event, base or event_url, item),
    )


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


_FOLD = re.compile(rb"\r?\n[ \t]")  # RFC 5545 3.1: a line break and one space or tab


_ICS_LINE = re.compile(r"Content line could not be parsed into parts: '(.*?)'", re.S)


def _ics_fault(error: str) -> Message | str:
    """The iCalendar library's complaint in the user's words where it is a common one (it was
    its English inside a French or Arabic sentence, found by review); else an excerpt of it."""
    if error.startswith("Found no components where exactly one is required"):
        return Words.translate(
            "Import", "a BEGIN: line has no END: (the file is cut short or damaged)"
        )
    if error.startswith("Found multiple components where only one is allowed"):
        return Words.translate(
            "Import", "it holds several calendars (BEGIN:VCALENDAR more than once)"
        )
    line = _ICS_LINE.match(error)
    if line:
        text = Words.translate("Import", "the line “{line}” is not an iCalendar line (NAME:value)")
        shown = "".join(c if c.isprintable() else "\ufffd" for c in line.group(1)[:60])
        return text.format(line=shown + ("…" if len(line.group(1)) > 60 else ""))
    return validate.excerpt_of(error)


@_reader("iCalendar")
def parse_ics(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    from icalendar import Calendar

    if not raw.lstrip(BOM).strip():
        raise FormatError(
            words=Words.translate("Import", "The file is empty. Nothing was changed.")
        )
    # Unfolded before decoding: writers fold at 75 octets, even inside a character (JRES 2022
    # splits "’" across two lines), and a half character decoded alone is lost.
    unfolded = _FOLD.sub(b"", raw.replace(b"\r\r\n", b"\r\n"))
    try:
        text = unfolded.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # decoded anyway, "Réunion" became "R�union"
        raise FormatError(
            words=Words.translate("Import", "The iCalendar file is not UTF-8 text.")
        ) from exc
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as exc:
        message = Words.translate(
            "Import", "The file is not valid iCalendar: {error}. Nothing was changed."
        )
        raise FormatError(words=message.format(error=_ics_fault(str(exc)))) from exc
    if isinstance(calendar, list):
        calendar = calendar[0]
    # Without a calendar name, one imported beside another is told apart by its namespace.
    unnamed = translate("Import", "Imported calendar")
    unnamed = f"{unnamed} ({namespace})" if namespace else unnamed
    title = str(calendar.get("X-WR-CALNAME") or unnamed)
    ns = namespace or namespace_for(title)
    builder = ImportBuilder(ns, url)
    default = validate.zone_name(_prop_text(calendar, "X-WR-TIMEZONE"), "calendar", "X-WR-TIMEZONE")
    tz, tz_name = zone(default), default or FORUM_TZ
    if not calendar.walk("VTIMEZONE"):
        builder.warnings.append(
            translate("Import", "The calendar has no VTIMEZONE; TZID names are read as IANA zones.")
        )
    starts = []
    for event in calendar.walk("VEVENT"):
        uid = _prop_text(event, "UID") or f"event-{len(starts) + 1}"
        start, event_tz = _ics_time(event, "DTSTART", tz, tz_name, uid)
        end, _ = _ics_time(event, "DTEND", tz, tz_name, uid)
        day = start.astimezone(zone(event_tz)).date() if isinstance(start, datetime) else start
        if isinstance(start, date) and not isinstance(start, datetime):
            start = end = None
        if isinstance(end, date) and not isinstance(end, datetime):
            end = None
        starts.append(day)
        status = (_prop_text(event, "STATUS") or "").upper()
        categories = event.get("CATEGORIES")
        track = None
        if categories is not None:
            cats = categories if isinstance(categories, list) else [categories]
            track = ", ".join(str(c) for cat in cats for c in getattr(cat, "cats", [cat]))
        builder.session(
            uid,
            _prop_text(event, "SUMMARY"),
            start,
            end,
            day,
            event_tz,
            abstract=_prop_text(event, "DESCRIPTION"),
            room=_prop_text(event, "LOCATION"),
            track=track or None,
            status="cancelled" if status == "CANCELLED" else None,
            url=_prop_text(event, "URL"),
            links=[(str(a), None, "attachment") for a in _listed(event.get("ATTACH"))],
        )
    known = sorted(d for d in starts if d)
    builder.edition(
        title,
        known[0].isoformat() if known else None,
        known[-1].isoformat() if known else None,
        tz_name,
    )
    return builder.finish(title, named=bool(calendar.get("X-WR-CALNAME"))), builder.warnings


def _prop_text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    return str(value) or None


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ics_time(
    event: Any, name: str, tz: tzinfo, tz_name: str, item: validate.Item
) -> tuple[datetime | date | None, str]:
    """The event's `name` property as a time (or a whole day), and the zone it is written in."""
    prop = event.get(name)
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    if prop is None:
        return None, tz_name
    tzid = validate.zone_name(prop.params.get("TZID"), item, f"{name};TZID")
    try:
        value = prop.dt
    except ValueError as exc:
        reason = Words.translate("Validate", "is not an iCalendar date or time")
        written = prop.to_ical()[:80].decode("utf-8", "replace")
        raise validate.InvalidValue(reason, item, name, written) from exc
    if not isinstance(value, date):
        reason = Words.translate("Validate", "is not an iCalendar date or time")
        raise validate.InvalidValue(reason, item, name, str(value))
    validate.year_ok(value.year, item, name, value.isoformat())
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=zone(tzid) if tzid else tz)
    return value, tzid or tz_name


CSV_COLUMNS = (
    "kind",
    "id",
    "title_en",
    "title_fr",
    "title_ar",
    "abstract_en",
    "abstract_fr",
    "abstract_ar",
    "day",
    "start",
    "end",
    "timezone",
    "room",
    "format",
    "track",
    "speakers",
    "organisation",
    "regions",
    "countries",
    "url",
    "status",
    "source_url",
    "links",
)


@_reader("CSV")
def parse_csv(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    """Briefer's CSV (docs/import-csv.md): one row a session or a project."""
    text, notes = _csv_text(raw)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_csv_separator(text))
    try:
        header = reader.fieldnames or []
        missing = {"kind", "id"} - set(header)
        if not {"title_en", "title_fr", "title_ar"} & set(header):
            missing.add("title_en")
        if missing:
            message = Words.translate(
                "Import", "The CSV header lacks {missing} (documented columns: {columns})."
            )
            raise FormatError(
                words=message.format(
                    missing=", ".join(sorted(missing)), columns=", ".join(CSV_COLUMNS)
                )
            )
        ns = namespace or "csv"
        builder = ImportBuilder(ns, url)
        builder.warnings.extend(notes)
        first_day = None
        for row in reader:
            day = _csv_row(
                builder,
                row,
                Words.translate("Import", "CSV line {number}").format(number=reader.line_num),
                url,
            )
            first_day = first_day or day
    except csv.Error as exc:
        message = Words.translate(
            "Import",
            "CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. "
            "Nothing was changed.",
        )
        line = reader.line_num + 1
        raise FormatError(
            words=message.format(line=line, limit=csv.field_size_limit() // 1024),
            kind="csv_field",
            facts={"line": line},
        ) from exc
    builder.edition(f"{ns} (CSV)", first_day.isoformat() if first_day else None, None, FORUM_TZ)
    return builder.finish(f"{ns} (CSV import)", named=False), builder.warnings


def _csv_text(raw: bytes) -> tuple[str, list[str]]:
    """The CSV file's text, and a note when it was not UTF-8: found by review, Excel on Windows
    saves "CSV" in the ANSI code page (Windows-1252 in Western Europe), which was refused with
    no hint; it is read as Windows-1252 and the import says so."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            message = Words.translate(
                "Import",
                "The CSV file is neither UTF-8 nor Windows-1252 text. In Excel, save it with "
                "File › Save As › “CSV UTF-8 (Comma delimited)”.",
            )
            raise FormatError(words=message, kind="csv_encoding") from exc
    note = translate(
        "Import",
        "The CSV file is not UTF-8 text: it was read as Windows-1252 (Western European), as "
        "Excel saves “CSV” on Windows. Check its accented letters; a file in Arabic must be "
        "saved with Excel's “CSV UTF-8 (Comma delimited)”.",
    )
    return text, [note]


def _csv_separator(text: str) -> str:
    """The separator of the header line: a comma, or the semicolon Excel writes where the
    decimal mark is a comma (French settings), or a tab; found by review, `kind;id;title_en`
    was read as one column."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _csv_row(builder: ImportBuilder, row: dict[str, Any], where: Words, url: str | None):
    """Add one CSV row (a session or a project); the session's day, if any."""
    if None in row:
        message = Words.translate("Import", "{where}: more fields than the header has columns.")
        raise FormatError(words=message.format(where=where))
    kind = (row.get("kind") or "").strip().lower()
    local = (row.get("id") or "").strip()
    if not local:
        raise FormatError(
            words=Words.translate("Import", "{where}: the id is empty.").format(where=where)
        )
    item = Pattern("{where} ({id})", {"where": where, "id": validate.excerpt_of(local)})
    validate.text(local, item, "id", validate.ID_LIMIT)
    if kind == "session":
        return _csv_session(builder, row, local, item)
    if kind == "project":
        _csv_project(builder, row, local, item, url)
        return None
    message = Words.translate("Import", "{where}: kind must be 'session' or 'project', not {kind}.")
    raise FormatError(words=message.format(where=where, kind=validate.excerpt_of(kind)))


def _csv_session(builder: ImportBuilder, row: dict[str, Any], local: str, item: validate.Item):
    tz_name = validate.zone_name(row.get("timezone"), item, "timezone") or FORUM_TZ
    tz = zone(tz_name)
    day = validate.day(row.get("day"), item, "day")
    start = _csv_time(day, row.get("start"), tz, item, "start")
    end = _csv_time(day, row.get("end"), tz, item, "end")
    people = [
        (None, name.strip(), "speaker")
        for name in (row.get("speakers") or "").split(";")
        if name.strip()
    ]
    builder.session(
        local,
        row.get("title_en"),
        start,
        end,
        day,
        tz_name,
        abstract=row.get("abstract_en"),
        room=row.get("room"),
        track=row.get("track"),
        format=row.get("format"),
        status=(row.get("status") or "").strip() or None,
        # The source is where the data was read; the session's own page, when it is another
        # address, is one of its links (the page was printed as the source, the file's
        # source_url dropped).
        url=row.get("source_url") or row.get("url"),
        people=people,
        links=_csv_page(row) + _csv_links(row.get("links")),
    )
    session = builder.data.tables["sessions"][-1]
    for lang in ("fr", "ar"):
        session[f"title_{lang}"] = row.get(f"title_{lang}") or None
        session[f"abstract_{lang}"] = row.get(f"abstract_{lang}") or None
    return day


def _csv_page(row: dict[str, Any]) -> list[LinkSpec]:
    """A CSV session's `url`, as a link, where `source_url` is another address."""
    page, source = (row.get("url") or "").strip(), (row.get("source_url") or "").strip()
    return [(page, None, "link")] if page and source and page != source else []


def _csv_project(
    builder: ImportBuilder, row: dict[str, Any], local: str, item: validate.Item, url: str | None
) -> None:
    ns = builder.namespace
    pid = builder.unique(f"{ns}:{local}")
    org = (row.get("organisation") or "").strip()
    org_id = None
    if org:
        org_id = f"{ns}:org:{namespace_for(org)}"
        if org_id not in builder._ids:
            builder._ids.add(org_id)
            builder.data.add("organisations", {"id": org_id, "name": org})
    builder.data.add(
        "projects",
        {
            "id": pid,
            "edition_id": builder.edition_id,
            "catalogue": "space_for_solutions",
            **{f"name_{lang}": row.get(f"title_{lang}") or None for lang in ("en", "fr", "ar")},
            **{
                f"summary_{lang}": row.get(f"abstract_{lang}") or None
                for lang in ("en", "fr", "ar")
            },
            "organisation_id": org_id,
            "regions": json.dumps(_list(row.get("regions"))),
            "countries": json.dumps(_list(row.get("countries")), ensure_ascii=False),
            "url": validate.web_address(row.get("url"), item, "url"),
            "source_url": validate.web_address(row.get("source_url"), item, "source_url")
            or builder.provenance,
            "certainty": "stated",
        },
    )


def _csv_links(value: str | None) -> list[LinkSpec]:
    """`URL` or `URL title` entries, separated by semicolons."""
    found: list[LinkSpec] = []
    for entry in _list(value):
        url, _, title = entry.partition(" ")
        found.append((url, title.strip() or None, "link"))
    return found


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _csv_time(
    day: date | None, value: str | None, tz: tzinfo, item: validate.Item, field: str
) -> datetime | None:
    if not value or not value.strip():
        return None
    if "T" in value or len(value.strip()) > 8:
        return validate.moment(value, item, field)
    clock = validate.clock(value, item, field)
    if clock is None or day is None:
        reason = Words.translate(
            "Validate", "needs HH:MM and a day, or a full ISO 8601 time with its offset"
        )
        raise validate.InvalidValue(reason, item, field, value)
    return datetime.combine(day, clock).replace(tzinfo=tz)


READERS = {
    "frab-xml": parse_frab_xml,
    "frab-json": parse_frab_json,
    "ics": parse_ics,
    "csv": parse_csv,
}
