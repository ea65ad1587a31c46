"""Hostile programme files, one per attack, for every format `briefer import` reads.

Each case is (name, file name, bytes, extra command-line arguments, fragment the message must
hold). The files are generated here, small and deterministic, so the corpus is readable in one
place and nothing large is committed.
"""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Callable
from typing import Any, NamedTuple


class Case(NamedTuple):
    name: str
    file: str
    raw: bytes
    args: tuple[str, ...]
    message: str


def frab_document() -> dict[str, Any]:
    """A valid frab/pretalx JSON schedule with one day, one room and one event."""
    return {
        "schedule": {
            "version": "1",
            "conference": {
                "acronym": "hostile",
                "title": "Hostile Conference",
                "start": "2030-11-11",
                "end": "2030-11-12",
                "time_zone_name": "Europe/Paris",
                "days": [
                    {
                        "index": 1,
                        "date": "2030-11-11",
                        "day_start": "2030-11-11T09:00:00+01:00",
                        "rooms": {
                            "Hall A": [
                                {
                                    "guid": "e-1",
                                    "id": 1,
                                    "date": "2030-11-11T10:00:00+01:00",
                                    "start": "10:00",
                                    "duration": "00:30",
                                    "room": "Hall A",
                                    "title": "Opening",
                                    "language": "en",
                                    "url": "https://example.org/e-1",
                                    "persons": [{"id": 7, "public_name": "Ada"}],
                                    "links": [{"url": "https://example.org/slides", "title": "S"}],
                                }
                            ]
                        },
                    }
                ],
            },
        }
    }


def _json(raw: Any) -> bytes:
    return json.dumps(raw).encode("utf-8")


def _frab(change: Callable[[dict[str, Any]], None]) -> bytes:
    document = frab_document()
    change(document)
    return _json(document)


def _conference(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["schedule"]["conference"]


def _day(doc: dict[str, Any]) -> dict[str, Any]:
    return _conference(doc)["days"][0]


def _event(doc: dict[str, Any]) -> dict[str, Any]:
    return _day(doc)["rooms"]["Hall A"][0]


def _set(where: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any):
    def change(doc: dict[str, Any]) -> None:
        where(doc)[key] = copy.deepcopy(value)

    return change


FRAB_JSON_WRONG_TYPES = [
    # (name, change, fragment): at least eleven kinds of wrong type in a frab JSON file
    ("schedule-string", _set(lambda d: d, "schedule", "x"), "not a frab/pretalx schedule"),
    ("days-object", _set(_conference, "days", {"1": {}}), "not a frab/pretalx schedule"),
    ("day-string", _set(_conference, "days", ["monday"]), "field 'day' is not an object"),
    ("rooms-list", _set(_day, "rooms", ["Hall A"]), "field 'rooms' is not an object"),
    ("events-string", _set(_day, "rooms", {"Hall A": "talk"}), "field 'events' is not a list"),
    ("event-number", _set(_day, "rooms", {"Hall A": [5]}), "field 'event' is not an object"),
    ("title-object", _set(_event, "title", {"en": "x"}), "field 'title' is not text"),
    ("persons-string", _set(_event, "persons", "Ada"), "field 'persons' is not a list"),
    ("start-list", _set(_event, "start", ["10:00"]), "field 'start' is not text"),
    ("duration-bool", _set(_event, "duration", True), "field 'duration' is not text"),
    ("links-string", _set(_event, "links", "https://x.org"), "field 'links' is not a list"),
    ("guid-object", _set(_event, "guid", {"a": 1}), "field 'guid' is not text"),
    ("conference-title-list", _set(_conference, "title", ["T"]), "field 'title' is not text"),
    ("day-start-number", _set(_day, "day_start", 1.5), "not an ISO 8601 time"),
    ("person-name-list", _set(_event, "persons", [{"public_name": ["A"]}]), "is not text"),
    ("conference-start-object", _set(_conference, "start", {"y": 1}), "is not text"),
    ("persons-number", _set(_event, "persons", 5), "field 'persons' is not a list"),
    ("schedule-null", _set(lambda d: d, "schedule", None), "not a frab/pretalx schedule"),
    ("day-null", _set(_conference, "days", [None]), "no session and no project"),
    ("events-null", _set(_day, "rooms", {"Hall A": None}), "no session and no project"),
    ("room-events-object", _set(_day, "rooms", {"Hall A": {"x": 1}}), "is not a list"),
]

FRAB_JSON_MEANING = [
    ("day-date-impossible", _set(_day, "date", "2030-13-45"), "not a real day"),
    ("time-27-75", _set(_event, "start", "27:75"), "not a time of day"),
    ("zone-mars", _set(_conference, "time_zone_name", "Mars/Olympus"), "not a time zone"),
    (
        "zone-path",
        _set(_conference, "time_zone_name", "../../../../etc/passwd"),
        "not a time zone",
    ),
    ("zone-absolute-path", _set(_conference, "time_zone_name", "/etc/localtime"), "not a time"),
    ("year-9999", _set(_event, "date", "9999-12-31T10:00:00+01:00"), "year outside"),
    ("duration-huge", _set(_event, "duration", "PT99999999H"), "more than 31 days"),
    ("duration-garbage", _set(_event, "duration", "soon"), "not a duration"),
    ("language-path", _set(_event, "language", "../../x"), "not a language tag"),
    ("url-javascript", _set(_event, "url", "javascript:alert(1)"), "not an http or https"),
    ("title-huge", _set(_event, "title", "T" * 5000), "longer than 1,000 characters"),
    ("edition-ends-first", _set(_conference, "end", "2030-01-01"), "ends before the start"),
    ("edition-year-0001", _set(_conference, "start", "0001-01-01"), "year outside"),
]


def frab_json_cases() -> list[Case]:
    cases = [
        Case(f"frab-json/{name}", f"{name}.json", _frab(change), (), fragment)
        for name, change, fragment in FRAB_JSON_WRONG_TYPES + FRAB_JSON_MEANING
    ]
    deep = b'{"schedule": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    cases += [
        Case("frab-json/deep", "deep.json", deep, (), "nested too deeply"),
        Case(
            "frab-json/digits",
            "digits.json",
            b'{"schedule": {"conference": {"days": [' + b"9" * 5000 + b"]}}}",
            (),
            "unexpected kind or shape",
        ),
        Case("frab-json/utf8", "bad.json", b'{"schedule": "\xff\xfe\xfa"}', (), "not UTF-8 text"),
        Case("frab-json/truncated", "cut.json", _frab(lambda d: None)[:200], (), "not valid JSON"),
        Case("frab-json/bom-only", "bom.json", b"\xef\xbb\xbf", ("--kind", "frab-json"), "empty"),
        Case("frab-json/top-list", "list.json", b"[1, 2]", ("--kind", "frab-json"), "not a frab"),
        Case(
            "frab-json/bom-hostile",
            "bomzone.json",
            b"\xef\xbb\xbf" + _frab(_set(_conference, "time_zone_name", "Mars/Olympus")),
            (),
            "not a time zone",
        ),
    ]
    return cases


XML = """<?xml version="1.0" encoding="utf-8"?>
<schedule><conference><acronym>hx</acronym><title>Hostile XML</title>
<start>{start}</start><end>2030-11-12</end><time_zone_name>{zone}</time_zone_name></conference>
<day index="1" date="{day}" start="2030-11-11T09:00:00+01:00">
<room name="Hall A"><event guid="x-1" id="1"><date>{date}</date><start>{clock}</start>
<duration>00:30</duration><room>Hall A</room><title>{title}</title><language>en</language>
<url>{url}</url></event></room></day></schedule>
"""
XML_GOOD = {
    "start": "2030-11-11",
    "zone": "Europe/Paris",
    "day": "2030-11-11",
    "date": "",
    "clock": "10:00",
    "title": "Opening",
    "url": "https://example.org/x-1",
}


def _xml(**change: str) -> bytes:
    return XML.format(**{**XML_GOOD, **change}).encode("utf-8")


def frab_xml_cases() -> list[Case]:
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<schedule>&x;</schedule>"
    )
    rows = [
        ("day-impossible", _xml(day="2030-02-30"), "not a real day"),
        ("time-27-75", _xml(clock="27:75"), "not a time of day"),
        ("zone-mars", _xml(zone="Mars/Olympus"), "not a time zone"),
        ("zone-path", _xml(zone="../../../../etc/passwd"), "not a time zone"),
        ("year-9999", _xml(date="9999-12-31T10:00:00+01:00"), "year outside"),
        ("start-garbage", _xml(start="yesterday"), "not a real day"),
        ("url-file", _xml(url="file:///etc/passwd"), "not an http or https"),
        ("title-huge", _xml(title="T" * 5000), "longer than 1,000 characters"),
        ("xxe", entity, "DTD"),
        ("not-well-formed", b"<schedule><conference>", "not well-formed"),
        ("invalid-utf8", _xml(title="Opening").replace(b"Opening", b"Op\xff\xfe"), "well-formed"),
        ("other-root", b"<html><body/></html>", "not a frab schedule"),
        ("no-conference", b"<schedule/>", "no <conference>"),
    ]
    cases = [Case(f"frab-xml/{n}", f"{n}.xml", raw, (), m) for n, raw, m in rows]
    deep = b"<schedule><conference/>" + b"<day>" * 50_000 + b"</day>" * 50_000 + b"</schedule>"
    cases.append(Case("frab-xml/deep", "deep.xml", deep, (), "empty programme"))
    cases.append(Case("frab-xml/empty", "empty.xml", b"  \n", ("--kind", "frab-xml"), "empty"))
    return cases


def _ics(*lines: str, head: tuple[str, ...] = ()) -> bytes:
    body = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "X-WR-CALNAME:Hostile calendar",
        *head,
        "BEGIN:VEVENT",
        "UID:ev-1",
        "SUMMARY:Opening",
        *lines,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(body).encode("utf-8")


def _latin1(raw: bytes) -> bytes:
    return raw.decode("utf-8").encode("latin-1")


def ics_cases() -> list[Case]:
    good_start = "DTSTART;TZID=Europe/Paris:20301111T100000"
    rows = [
        ("dtstart-garbage", _ics("DTSTART:garbage"), "DTSTART' is not an iCalendar date"),
        ("dtstart-impossible", _ics("DTSTART:20221399T250000"), "not an iCalendar date"),
        ("date-impossible", _ics("DTSTART;VALUE=DATE:20220230"), "not an iCalendar date"),
        ("year-9999", _ics("DTSTART:99991231T235959Z"), "year outside"),
        ("tzid-mars", _ics("DTSTART;TZID=Mars/Olympus:20301111T100000"), "not a time zone"),
        ("tzid-path", _ics("DTSTART;TZID=../../../../etc/passwd:20301111T100000"), "time zone"),
        (
            "ends-first",
            _ics(good_start, "DTEND;TZID=Europe/Paris:20301111T090000"),
            "ends before the start",
        ),
        ("calendar-zone", _ics(good_start, head=("X-WR-TIMEZONE:Mars/Olympus",)), "time zone"),
        ("url-javascript", _ics(good_start, "URL:javascript:alert(1)"), "not an http or https"),
        ("not-ics", b"BEGIN:VCALENDAR\r\nthis is : not\r\n\xff\xfe", "not UTF-8 text"),
        # Latin-1 "Réunion": decoded anyway, it was imported as "R\ufffdunion" without a word.
        ("latin-1", _latin1(_ics(good_start, "LOCATION:Salle de réunion")), "not UTF-8"),
    ]
    cases = [Case(f"ics/{n}", f"{n}.ics", raw, (), m) for n, raw, m in rows]
    nested = "BEGIN:VCALENDAR\r\n" + "BEGIN:X-A\r\n" * 20_000 + "END:X-A\r\n" * 20_000
    cases.append(
        Case("ics/nested", "nested.ics", f"{nested}END:VCALENDAR\r\n".encode(), (), "no session")
    )
    junk = bytes(range(256)) * 8
    cases.append(Case("ics/binary", "junk.ics", junk, ("--kind", "ics"), "iCalendar"))
    return cases


CSV_HEAD = "kind,id,title_en,day,start,end,timezone,status,url,abstract_en\n"


def _csv(row: str) -> bytes:
    return (CSV_HEAD + row + "\n").encode("utf-8")


def csv_cases() -> list[Case]:
    big = "A" * 200_000
    rows = [
        ("field-200kb", _csv(f"session,a,T,2030-11-11,09:00,10:00,,,,{big}"), "longer than 128 KB"),
        (
            "quoted-200kb",
            _csv(f'session,a,T,2030-11-11,09:00,10:00,,,,"{big}"'),
            "longer than 128 KB",
        ),
        ("day-impossible", _csv("session,a,T,2030-02-30,09:00,10:00,,,,"), "not a real day"),
        ("time-27-75", _csv("session,a,T,2030-11-11,27:75,,,,,"), "not a time of day"),
        ("ends-first", _csv("session,a,T,2030-11-11,10:00,09:00,,,,"), "ends before the start"),
        ("zone-path", _csv("session,a,T,2030-11-11,,,../../../../etc/passwd,,,"), "time zone"),
        ("zone-mars", _csv("session,a,T,2030-11-11,,,Mars/Olympus,,,"), "not a time zone"),
        ("status", _csv("session,a,T,2030-11-11,,,,exploded,,"), "not one of the statuses"),
        ("url-file", _csv("session,a,T,2030-11-11,,,,,file:///etc/passwd,"), "not an http"),
        ("year-9999", _csv("session,a,T,9999-11-11,,,,,,"), "year outside"),
        ("extra-fields", _csv("session,a,T,2030-11-11,,,,,,,,,,"), "more fields than"),
        # neither UTF-8 nor Windows-1252 (which is read, with a note: Excel's "CSV" on Windows)
        ("invalid-utf8", CSV_HEAD.encode() + b"session,a,\x81\x8d,,,,,,,\n", "CSV UTF-8"),
        ("kind", _csv("meeting,a,T,,,,,,,"), "kind must be"),
        ("nul", _csv("session,a,T\x00\x00,2030-11-11,,,,,,"), "holds control characters"),
        ("unclosed-quote", _csv('session,a,"T,2030-11-11,,,,,,\n' + "x," * 70_000), "128 KB"),
        ("empty-id", _csv("session,,T,,,,,,,"), "the id is empty"),
    ]
    cases = [Case(f"csv/{n}", f"{n}.csv", raw, (), m) for n, raw, m in rows]
    cases.append(Case("csv/empty", "empty.csv", b"", ("--kind", "csv"), "header lacks"))
    return cases


def feed_document() -> dict[str, Any]:
    """A valid Briefer feed document (unsigned) with one session."""
    return {
        "format": "briefer-feed",
        "format_version": 2,
        "namespace": "hostile-feed",
        "catalogue_version": 1,
        "generated_at": "2030-11-01T10:00:00Z",
        "title": "Hostile feed",
        "tables": {
            "editions": [
                {"id": "hostile-feed:edition", "name_en": "E", "timezone": "Europe/Paris"}
            ],
            "sessions": [
                {
                    "id": "hostile-feed:s1",
                    "edition_id": "hostile-feed:edition",
                    "title_en": "Opening",
                    "day": "2030-11-11",
                    "start": "2030-11-11T09:00:00Z",
                    "end": "2030-11-11T10:00:00Z",
                    "timezone": "Europe/Paris",
                    "status": "scheduled",
                }
            ],
        },
    }


def _feed(change: Callable[[dict[str, Any]], None] | None = None) -> bytes:
    document = feed_document()
    if change:
        change(document)
    return gzip.compress(_json(document), mtime=0)


def _session(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["tables"]["sessions"][0]


def feed_cases() -> list[Case]:
    rows = [
        ("day-impossible", _feed(_set(_session, "day", "2030-13-01")), "not a real day"),
        ("year-9999", _feed(_set(_session, "start", "9999-01-01T00:00:00Z")), "year outside"),
        ("ends-first", _feed(_set(_session, "end", "2030-11-11T08:00:00Z")), "ends before"),
        ("zone-mars", _feed(_set(_session, "timezone", "Mars/Olympus")), "not a time zone"),
        ("zone-offset", _feed(_set(_session, "timezone", "+99:99")), "not a time zone"),
        ("zone-path", _feed(_set(_session, "timezone", "../../../../etc/passwd")), "time zone"),
        ("status", _feed(_set(_session, "status", "exploded")), "not one of the statuses"),
        ("language", _feed(_set(_session, "language", "<script>")), "not a language tag"),
        ("url", _feed(_set(_session, "source_url", "javascript:alert(1)")), "not an http"),
        ("title-huge", _feed(_set(_session, "title_en", "T" * 5000)), "longer than 1,000"),
        ("title-number", _feed(_set(_session, "title_en", 5)), "must be a str"),
        ("completeness", _feed(_set(lambda d: d, "completeness", "all")), "is not a list"),
        ("header-title", _feed(_set(lambda d: d, "title", {"x": 1})), "is not text"),
        ("truncated-gzip", _feed()[:30], "not valid gzip"),
        ("not-json", gzip.compress(b"\xff\xfenot json", mtime=0), "not UTF-8"),
        ("empty-gzip", gzip.compress(b"", mtime=0), "empty"),
    ]
    cases = [Case(f"feed/{n}", f"{n}.json.gz", raw, (), m) for n, raw, m in rows]
    digits = b'{"format": "briefer-feed", "catalogue_version": ' + b"9" * 5000 + b"}"
    cases.append(
        Case("feed/digits", "digits.json.gz", gzip.compress(digits, mtime=0), (), "unexpected")
    )
    deep = b'{"format": "briefer-feed", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    cases.append(Case("feed/deep", "deep.json.gz", gzip.compress(deep, mtime=0), (), "deeply"))
    return cases


def other_cases() -> list[Case]:
    return [
        Case("any/empty", "empty.dat", b"", (), "The file is empty"),
        Case("any/blank", "blank.txt", b" \r\n\t\n", (), "The file is empty"),
        Case("any/binary", "junk.bin", bytes(range(256)) * 16, (), "Cannot tell what kind"),
        Case("any/bom-only", "bom.txt", b"\xef\xbb\xbf", (), "The file is empty"),
        Case("any/nul", "nul.json", b"\x00" * 4096, (), "Cannot tell what kind"),
    ]


def all_cases() -> list[Case]:
    return [
        *frab_json_cases(),
        *frab_xml_cases(),
        *ics_cases(),
        *csv_cases(),
        *feed_cases(),
        *other_cases(),
    ]
