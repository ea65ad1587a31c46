"""Inputs built to cost: each `make(n)` grows with n, so an importer's cost can be compared at n
and 10·n. Shared by tests/hostile/test_import_cost.py and bench/bench_hostile.py."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

_PUNCTUATION = str.maketrans("0123456789", "!#$%&()*+?")


def _same_slug(i: int) -> str:
    """A room name unique to `i` whose slug is always "room"."""
    return "Room " + str(i).translate(_PUNCTUATION)


def rooms_sharing_one_slug(n: int) -> bytes:
    """A frab JSON schedule with `n` events, each in its own room; all rooms slug to "room"."""
    rooms = {
        _same_slug(i): [
            {"guid": f"e-{i}", "title": f"Talk {i}", "start": "10:00", "duration": "00:30"}
        ]
        for i in range(n)
    }
    day = {"index": 1, "date": "2030-11-11", "rooms": rooms}
    conference = {
        "acronym": "rooms",
        "title": "Rooms",
        "time_zone_name": "Europe/Paris",
        "days": [day],
    }
    return json.dumps({"schedule": {"conference": conference}}).encode()


def repeated_ids(n: int) -> bytes:
    """A CSV file whose `n` sessions all have the id "a"."""
    rows = "".join(f"session,a,Talk {i},2030-11-11\n" for i in range(n))
    return ("kind,id,title_en,day\n" + rows).encode()


def many_organisations(n: int) -> bytes:
    """A CSV file of `n` projects, each from its own organisation."""
    rows = "".join(f"project,p{i},Project {i},Organisation {i}\n" for i in range(n))
    return ("kind,id,title_en,organisation\n" + rows).encode()


def unclosed_tags(n: int) -> bytes:
    """A frab XML schedule whose one abstract is `n` unclosed "<" (escaped in the XML)."""
    abstract = "&lt;" * n
    return (
        "<schedule><conference><acronym>tags</acronym><title>Tags</title>"
        "<time_zone_name>Europe/Paris</time_zone_name></conference>"
        '<day index="1" date="2030-11-11"><room name="A"><event guid="t-1">'
        f"<title>T</title><start>10:00</start><abstract>{abstract}</abstract>"
        "</event></room></day></schedule>"
    ).encode()


def many_events_ics(n: int) -> bytes:
    """An iCalendar file of `n` events."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:ev-{i}\r\nSUMMARY:Talk {i}\r\n"
        f"DTSTART;TZID=Europe/Paris:20301111T{10 + i % 8:02d}0000\r\nLOCATION:Room {i % 50}\r\n"
        "END:VEVENT\r\n"
        for i in range(n)
    )
    return f"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Many\r\n{events}END:VCALENDAR\r\n".encode()


def large_feed(n: int) -> bytes:
    """An unsigned Briefer feed of `n` sessions."""
    sessions = [
        {
            "id": f"big:s{i}",
            "edition_id": "big:edition",
            "title_en": f"Session {i}",
            "day": "2030-11-11",
            "start": "2030-11-11T09:00:00Z",
            "end": "2030-11-11T10:00:00Z",
            "timezone": "Europe/Paris",
            "status": "scheduled",
        }
        for i in range(n)
    ]
    document = {
        "format": "briefer-feed",
        "format_version": 2,
        "namespace": "big",
        "catalogue_version": 1,
        "generated_at": "2030-11-01T10:00:00Z",
        "tables": {"editions": [{"id": "big:edition", "name_en": "Big"}], "sessions": sessions},
    }
    return gzip.compress(json.dumps(document).encode(), mtime=0)


# name: (make, kind, n): the smaller input has n units, the larger 10·n
COSTLY: dict[str, tuple[Callable[[int], bytes], str, int]] = {
    "rooms sharing one slug (frab JSON)": (rooms_sharing_one_slug, "frab-json", 300),
    "one id repeated (CSV)": (repeated_ids, "csv", 300),
    "one organisation a project (CSV)": (many_organisations, "csv", 300),
    "unclosed tags in an abstract (frab XML)": (unclosed_tags, "frab-xml", 10_000),
    "events (iCalendar)": (many_events_ics, "ics", 100),
    "sessions (feed)": (large_feed, "briefer", 300),
}
