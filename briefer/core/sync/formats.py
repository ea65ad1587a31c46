"""Readers for the schedule formats conferences publish: frab/Pentabarf/wafer XML, frab/pretalx
JSON, iCalendar and Briefer's CSV. Lenient about what real files get wrong, strict about safety:
XML goes through defusedxml (no external entities, no entity expansion).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from briefer.core.catalogue.io import CatalogueData
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.sync.builder import (
    ImportBuilder,
    LinkSpec,
    namespace_for,
    parse_duration,
    web_url,
)
from briefer.core.timefmt import FORUM_TZ, zone


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
    if b"," in first and b"id" in first:
        return "csv"
    raise FormatError(
        translate(
            "Import",
            "Cannot tell what kind of file this is; give --kind "
            "briefer, frab-xml, frab-json, ics or csv.",
        )
    )


def _text(element: Any, tag: str) -> str | None:
    found = element.find(tag)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _aware(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _clock(value: str | None) -> time | None:
    if not value:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", value.strip())
    if not match:
        return None
    return time(int(match.group(1)) % 24, int(match.group(2)), int(match.group(3) or 0))


def _event_times(
    date_text: str | None,
    start_text: str | None,
    duration: str | None,
    day_date: date | None,
    day_start: datetime | None,
    tz: tzinfo,
):
    """Start and end of an event: its full <date> when given (with its offset), else the day's
    date and the local start, moved to the next calendar day when before the day's start."""
    start = _aware(date_text)
    if start is None and day_date is not None:
        clock = _clock(start_text)
        if clock is not None:
            moment = datetime.combine(day_date, clock)
            if day_start is not None and clock < day_start.astimezone(tz).time():
                moment += timedelta(days=1)
            start = moment.replace(tzinfo=tz)
    length = parse_duration(duration)
    end = start + length if start is not None and length else None
    return start, end


def _conference_zone(name: str | None, sample: datetime | None, builder: ImportBuilder):
    if name:
        return zone(name), name
    if sample is not None and sample.utcoffset() is not None:
        offset = sample.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        label = f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        builder.warnings.append(f"The file names no time zone; its times carry UTC{label}.")
        return zone(label), label
    builder.warnings.append(
        f"The file gives no time zone at all; its times are read as {FORUM_TZ} (the forum's)."
    )
    return zone(FORUM_TZ), FORUM_TZ


def parse_frab_xml(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    try:
        root = ElementTree.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FormatError(
            translate(
                "Import",
                "The XML file declares a DTD or entities (a possible XXE or entity-expansion "
                "attack); refused. Nothing was changed.",
            )
        ) from exc
    except ElementTree.ParseError as exc:
        message = translate(
            "Import", "The file is not well-formed XML: {error}. Nothing was changed."
        )
        raise FormatError(message.format(error=exc)) from exc
    if root.tag != "schedule":
        message = translate("Import", "This XML is not a frab schedule (its root is <{tag}>).")
        raise FormatError(message.format(tag=root.tag))
    conference = root.find("conference")
    if conference is None:
        raise FormatError(translate("Import", "This frab schedule has no <conference> element."))
    title = _text(conference, "title") or "Imported programme"
    ns = namespace or namespace_for(_text(conference, "acronym") or title)
    builder = ImportBuilder(ns, url)
    days = root.findall("day")
    first = _aware(days[0].get("start")) if days else None
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
    for day in days:
        day_start = _aware(day.get("start"))
        day_date = day_start.astimezone(tz).date() if day_start else _date(day.get("date"))
        for room in day.findall("room"):
            for event in room.findall("event"):
                start, end = _event_times(
                    _text(event, "date"),
                    _text(event, "start"),
                    _text(event, "duration"),
                    _date(day.get("date")),
                    day_start,
                    tz,
                )
                people = [
                    (p.get("id"), (p.text or "").strip(), "speaker")
                    for p in event.findall("persons/person")
                ]
                local_id = event.get("guid") or f"event-{event.get('id') or len(builder._ids)}"
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
                    url=_text(event, "url"),
                    people=people,
                    links=_xml_links(event, base or _text(event, "url")),
                )
    return builder.finish(title), builder.warnings


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


def _json_links(event: dict[str, Any], base: str | None) -> list[LinkSpec]:
    """An event's `links` and `attachments` as (url, title, kind)."""
    found = []
    for key, kind in (("links", "link"), ("attachments", "attachment")):
        for entry in event.get(key) or []:
            if isinstance(entry, dict):
                url, title = entry.get("url") or entry.get("href"), entry.get("title")
            else:
                url, title = entry, None
            if isinstance(url, str):
                text = title if isinstance(title, str) else None
                found.append((_absolute(url, base), text, kind))
    return found


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _join(*parts: str | None) -> str | None:
    from html import unescape

    texts = [re.sub(r"<[^>]+>", " ", unescape(p)).strip() for p in parts if p]
    return "\n\n".join(t for t in texts if t) or None


def parse_frab_json(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        message = translate("Import", "The file is not valid JSON: {error}. Nothing was changed.")
        raise FormatError(message.format(error=exc)) from exc
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days"), list):
        raise FormatError(
            translate(
                "Import", "This JSON is not a frab/pretalx schedule (no schedule.conference.days)."
            )
        )
    title = conference.get("title") or "Imported programme"
    ns = namespace or namespace_for(conference.get("acronym") or title)
    builder = ImportBuilder(ns, url)
    days = conference["days"]
    first = _aware(days[0].get("day_start")) if days else None
    tz, tz_name = _conference_zone(conference.get("time_zone_name"), first, builder)
    venue, city = _str(conference.get("venue")), _str(conference.get("city"))
    builder.venue(venue, city)
    builder.edition(
        title, conference.get("start"), conference.get("end"), tz_name, venue=venue, location=city
    )
    base = _str(conference.get("base_url"))
    for day in days:
        day_start = _aware(day.get("day_start"))
        day_date = day_start.astimezone(tz).date() if day_start else _date(day.get("date"))
        rooms = day.get("rooms") or {}
        for room_name, events in rooms.items():
            for event in events or []:
                start, end = _event_times(
                    event.get("date"),
                    event.get("start"),
                    event.get("duration"),
                    _date(day.get("date")),
                    day_start,
                    tz,
                )
                people = [
                    (
                        str(p.get("id")) if p.get("id") is not None else None,
                        p.get("public_name") or p.get("name") or "",
                        "speaker",
                    )
                    for p in event.get("persons") or []
                    if isinstance(p, dict)
                ]
                local_id = event.get("guid") or f"event-{event.get('id')}"
                builder.session(
                    str(local_id),
                    event.get("title"),
                    start,
                    end,
                    day_date,
                    tz_name,
                    abstract=_join(
                        event.get("subtitle"), event.get("abstract"), event.get("description")
                    ),
                    room=event.get("room") or room_name,
                    track=event.get("track"),
                    format=event.get("type"),
                    language=event.get("language"),
                    url=event.get("url"),
                    people=people,
                    links=_json_links(event, base or _str(event.get("url"))),
                )
    return builder.finish(title), builder.warnings


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_ics(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    from icalendar import Calendar

    text = raw.decode("utf-8-sig", errors="replace").replace("\r\r\n", "\r\n")
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as exc:
        message = translate(
            "Import", "The file is not valid iCalendar: {error}. Nothing was changed."
        )
        raise FormatError(message.format(error=exc)) from exc
    title = str(calendar.get("X-WR-CALNAME") or "Imported calendar")
    ns = namespace or namespace_for(title)
    builder = ImportBuilder(ns, url)
    default = str(calendar.get("X-WR-TIMEZONE") or "") or None
    tz, tz_name = zone(default), default or FORUM_TZ
    if not calendar.walk("VTIMEZONE"):
        builder.warnings.append("The calendar has no VTIMEZONE; TZID names are read as IANA zones.")
    starts = []
    for event in calendar.walk("VEVENT"):
        start = _ics_time(event.get("DTSTART"), tz)
        end = _ics_time(event.get("DTEND"), tz)
        tzid = event.get("DTSTART").params.get("TZID") if event.get("DTSTART") else None
        event_tz = str(tzid) if tzid else tz_name
        day = start.astimezone(zone(event_tz)).date() if isinstance(start, datetime) else start
        if isinstance(start, date) and not isinstance(start, datetime):
            start = end = None
        starts.append(day)
        status = str(event.get("STATUS") or "").upper()
        categories = event.get("CATEGORIES")
        track = None
        if categories is not None:
            cats = categories if isinstance(categories, list) else [categories]
            track = ", ".join(str(c) for cat in cats for c in getattr(cat, "cats", [cat]))
        uid = str(event.get("UID") or "") or f"event-{len(starts)}"
        builder.session(
            uid,
            str(event.get("SUMMARY") or "") or None,
            start,
            end,
            day,
            event_tz,
            abstract=str(event.get("DESCRIPTION") or "") or None,
            room=str(event.get("LOCATION") or "") or None,
            track=track,
            status="cancelled" if status == "CANCELLED" else None,
            url=str(event.get("URL") or "") or None,
            links=[(str(a), None, "attachment") for a in _listed(event.get("ATTACH"))],
        )
    known = sorted(d for d in starts if d)
    builder.edition(
        title,
        known[0].isoformat() if known else None,
        known[-1].isoformat() if known else None,
        tz_name,
    )
    return builder.finish(title), builder.warnings


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ics_time(prop: Any, tz: tzinfo) -> datetime | date | None:
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime) and value.tzinfo is None:
        tzid = prop.params.get("TZID")
        value = value.replace(tzinfo=zone(str(tzid)) if tzid else tz)
    return value


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


def parse_csv(
    raw: bytes, namespace: str | None = None, url: str | None = None
) -> tuple[CatalogueData, list[str]]:
    """Briefer's CSV (docs/import-csv.md): one row a session or a project."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(translate("Import", "The CSV file is not UTF-8 text.")) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = {"kind", "id"} - set(header)
    if not {"title_en", "title_fr", "title_ar"} & set(header):
        missing.add("title_en")
    if missing:
        message = translate(
            "Import", "The CSV header lacks {missing} (documented columns: {columns})."
        )
        raise FormatError(
            message.format(missing=", ".join(sorted(missing)), columns=", ".join(CSV_COLUMNS))
        )
    ns = namespace or "csv"
    builder = ImportBuilder(ns, url)
    first_day = None
    for line, row in enumerate(reader, start=2):
        kind = (row.get("kind") or "").strip().lower()
        local = (row.get("id") or "").strip()
        if not local:
            raise FormatError(
                translate("Import", "CSV line {line}: the id is empty.").format(line=line)
            )
        tz_name = (row.get("timezone") or "").strip() or FORUM_TZ
        tz = zone(tz_name)
        if kind == "session":
            day = _date((row.get("day") or "").strip())
            if row.get("day") and day is None:
                message = translate("Import", "CSV line {line}: day '{day}' is not YYYY-MM-DD.")
                raise FormatError(message.format(line=line, day=row["day"]))
            start = _csv_time(day, row.get("start"), tz, line)
            end = _csv_time(day, row.get("end"), tz, line)
            first_day = first_day or day
            people = [
                (None, name.strip(), "speaker")
                for name in (row.get("speakers") or "").split(";")
                if name.strip()
            ]
            sid = builder.session(
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
                url=row.get("url") or row.get("source_url"),
                people=people,
                links=_csv_links(row.get("links")),
            )
            session = builder.data.tables["sessions"][-1]
            assert session["id"] == sid
            for lang in ("fr", "ar"):
                session[f"title_{lang}"] = row.get(f"title_{lang}") or None
                session[f"abstract_{lang}"] = row.get(f"abstract_{lang}") or None
        elif kind == "project":
            pid = builder.unique(f"{ns}:{local}")
            org = (row.get("organisation") or "").strip()
            org_id = None
            if org:
                org_id = f"{ns}:org:{namespace_for(org)}"
                if not any(o["id"] == org_id for o in builder.data.tables["organisations"]):
                    builder.data.add("organisations", {"id": org_id, "name": org})
            builder.data.add(
                "projects",
                {
                    "id": pid,
                    "edition_id": builder.edition_id,
                    "catalogue": "space_for_solutions",
                    **{
                        f"name_{lang}": row.get(f"title_{lang}") or None
                        for lang in ("en", "fr", "ar")
                    },
                    **{
                        f"summary_{lang}": row.get(f"abstract_{lang}") or None
                        for lang in ("en", "fr", "ar")
                    },
                    "organisation_id": org_id,
                    "regions": json.dumps(_list(row.get("regions"))),
                    "countries": json.dumps(_list(row.get("countries")), ensure_ascii=False),
                    "url": row.get("url") or None,
                    "source_url": row.get("source_url") or url,
                    "certainty": "stated",
                },
            )
        else:
            message = translate(
                "Import", "CSV line {line}: kind must be 'session' or 'project', not '{kind}'."
            )
            raise FormatError(message.format(line=line, kind=kind))
    builder.edition(f"{ns} (CSV)", first_day.isoformat() if first_day else None, None, FORUM_TZ)
    return builder.finish(f"{ns} (CSV import)"), builder.warnings


def _csv_links(value: str | None) -> list[LinkSpec]:
    """`URL` or `URL title` entries, separated by semicolons."""
    found: list[LinkSpec] = []
    for entry in _list(value):
        url, _, title = entry.partition(" ")
        found.append((url, title.strip() or None, "link"))
    return found


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _csv_time(day: date | None, value: str | None, tz: tzinfo, line: int) -> datetime | None:
    if not value or not value.strip():
        return None
    moment = _aware(value)
    if moment is not None:
        return moment
    clock = _clock(value)
    if clock is None or day is None:
        message = translate(
            "Import",
            "CSV line {line}: time '{value}' needs HH:MM and a day, or a full "
            "ISO 8601 time with its offset.",
        )
        raise FormatError(message.format(line=line, value=value))
    return datetime.combine(day, clock).replace(tzinfo=tz)


READERS = {
    "frab-xml": parse_frab_xml,
    "frab-json": parse_frab_json,
    "ics": parse_ics,
    "csv": parse_csv,
}
