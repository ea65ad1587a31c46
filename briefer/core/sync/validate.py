"""Validation of meaning for every programme that arrives from outside: feeds and imports alike.

A value that is well-typed can still be nonsense (a day in year 9999, a time 27:75, a time zone
"Mars/Olympus" or "../../etc/passwd", a `javascript:` address, a 10 MB title). Each reader
checks what it parses with the helpers here, and `check_catalogue` checks every row it built, so a
programme is refused, naming the item and the field, before anything is written.

Limits (characters unless said otherwise):

- dates and times: years MIN_YEAR to MAX_YEAR; clock times 00:00 to 23:59:59; a session ends
  at or after its start and lasts at most SESSION_DAYS days; an edition ends at or after its start;
- time zones: names of the tz database (or a fixed offset from -18:00 to +18:00, "+02:00");
- statuses: STATUSES; languages: a language tag ("en", "pt-BR") of at most 35 characters;
- addresses (`url`, `source_url`, `online_url`, links): http or https only, at most URL_LIMIT;
- titles, names of rooms, tracks, formats, venues, editions: TITLE_LIMIT;
- names of people and organisations: NAME_LIMIT; abstracts, summaries, facts: ABSTRACT_LIMIT;
- ids: ID_LIMIT; regions and countries: LIST_LIMIT entries of at most NAME_LIMIT each;
- no text holds control characters other than tab, line feed and carriage return.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from briefer.core.errors import BrieferError, InputError
from briefer.core.neutral import Message, Words, text_of

MIN_YEAR, MAX_YEAR = 1900, 2200
SESSION_DAYS = 31
TITLE_LIMIT = 1_000
NAME_LIMIT = 300
ABSTRACT_LIMIT = 100_000
ID_LIMIT = 300
URL_LIMIT = 2_048
LIST_LIMIT = 300
ZONE_LIMIT = 64
STATUSES = ("scheduled", "cancelled", "withdrawn")
EXCERPT = 60

_ZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,29}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,29}){0,3}")
_OFFSET = re.compile(r"(?:UTC)?[+-](\d{2}):?(\d{2})")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
Item = str | Message | None  # what a refused value belongs to, named in the message


class InvalidValue(InputError):  # noqa: N818 - reads as what the value is
    """A value whose meaning is refused; `facts` name the item, the field and the value."""

    default_kind = "invalid_value"

    def __init__(self, reason: Message, item: Item, field: str, value: Any) -> None:
        excerpt = excerpt_of(value)
        facts = {
            "item": text_of(item) or "",
            "field": field,
            "value": excerpt,
            "reason": text_of(reason),
        }
        if item:
            message = Words.translate(
                "Validate", "{item}, field '{field}' {reason} (value: {value})"
            ).format(item=item)
        else:
            message = Words.translate("Validate", "Field '{field}' {reason} (value: {value})")
        words = message.format(field=field, reason=reason, value=excerpt)
        super().__init__(facts=facts, words=words)


def excerpt_of(value: Any) -> str:
    """A short, printable excerpt of `value` for a message."""
    text = value if isinstance(value, str) else repr(value)
    text = _CONTROL.sub("?", text[: EXCERPT * 4]).replace("\n", " ").replace("\r", " ")
    return repr(text[:EXCERPT] + ("…" if len(text) > EXCERPT else ""))


def naming_file(error: BrieferError, file: str | None) -> BrieferError:
    """`error` with `file` in its facts and at the head of its message (once), and of its
    `words` when it keeps them."""
    if not file or error.facts.get("file"):
        return error
    error.facts["file"] = file
    if file not in str(error):
        named = Words.translate("Import", "{file}: {message}").format(file=file)
        error.args = (named.format(message=str(error)).text(),)
        if error.words is not None:
            error.words = named.format(message=error.words)
    return error


def text(value: Any, item: Item, field: str, limit: int = TITLE_LIMIT) -> str | None:
    """`value` as text of at most `limit` characters; numbers are read as text, None as None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidValue(Words.translate("Validate", "is not text"), item, field, value)
    result = str(value)
    if len(result) > limit:
        reason = Words.translate("Validate", "is longer than %n character(s)", None, limit)
        raise InvalidValue(reason, item, field, result)
    if _CONTROL.search(result):
        reason = Words.translate("Validate", "holds control characters")
        raise InvalidValue(reason, item, field, result)
    return result


def mapping(value: Any, item: Item, field: str) -> dict[str, Any]:
    """`value` when it is an object (None reads as an empty one)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InvalidValue(Words.translate("Validate", "is not an object"), item, field, value)
    return value


def listing(value: Any, item: Item, field: str) -> list[Any]:
    """`value` when it is a list (None reads as an empty one)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidValue(Words.translate("Validate", "is not a list"), item, field, value)
    return value


def year_ok(year: int, item: Item, field: str, value: Any) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        reason = Words.translate("Validate", "has a year outside {low}–{high}").format(
            low=MIN_YEAR, high=MAX_YEAR
        )
        raise InvalidValue(reason, item, field, value)


def day(value: Any, item: Item, field: str) -> date | None:
    """A calendar day written YYYY-MM-DD (a date or an ISO time: its date), or None."""
    raw = text(value, item, field, 64)
    if raw is None or not raw.strip():
        return None
    try:
        result = date.fromisoformat(raw.strip()[:10])
    except ValueError as exc:
        reason = Words.translate("Validate", "is not a real day written YYYY-MM-DD")
        raise InvalidValue(reason, item, field, raw) from exc
    year_ok(result.year, item, field, raw)
    return result


def moment(value: Any, item: Item, field: str, naive_ok: bool = False) -> datetime | None:
    """An ISO 8601 time with its offset (or without, when `naive_ok`), or None when empty."""
    raw = text(value, item, field, 64)
    if raw is None or not raw.strip():
        return None
    try:
        result = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        reason = Words.translate("Validate", "is not an ISO 8601 time")
        raise InvalidValue(reason, item, field, raw) from exc
    if result.tzinfo is None and not naive_ok:
        raise InvalidValue(Words.translate("Validate", "carries no UTC offset"), item, field, raw)
    year_ok(result.year, item, field, raw)
    return result


def clock(value: Any, item: Item, field: str) -> time | None:
    """A local clock time HH:MM or HH:MM:SS (00:00 to 23:59:59), or None when empty."""
    raw = text(value, item, field, 64)
    if raw is None or not raw.strip():
        return None
    match = _CLOCK.fullmatch(raw.strip())
    hours, minutes, seconds = (int(g or 0) for g in match.groups()) if match else (99, 0, 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        reason = Words.translate("Validate", "is not a time of day HH:MM")
        raise InvalidValue(reason, item, field, raw)
    return time(hours, minutes, seconds)


def span(start: Any, end: Any, item: Item, field: str = "end") -> None:
    """Refuse an end before its start, or a session longer than SESSION_DAYS."""
    if start is None or end is None:
        return
    if end < start:
        reason = Words.translate("Validate", "ends before the start ({start})").format(
            start=str(start)
        )
        raise InvalidValue(reason, item, field, str(end))
    if isinstance(start, datetime) and end - start > timedelta(days=SESSION_DAYS):
        reason = Words.translate(
            "Validate", "makes a session last more than %n day(s)", None, SESSION_DAYS
        )
        raise InvalidValue(reason, item, field, str(end))


def duration(length: timedelta | None, item: Item, field: str, value: Any) -> None:
    if length is not None and length > timedelta(days=SESSION_DAYS):
        reason = Words.translate(
            "Validate", "makes a session last more than %n day(s)", None, SESSION_DAYS
        )
        raise InvalidValue(reason, item, field, value)


def zone_name(value: Any, item: Item, field: str) -> str | None:
    """A time zone of the tz database ("Europe/Paris") or a fixed offset ("+02:00"), or None."""
    known = _ZONES_MET.get(value) if isinstance(value, str) else None
    if known is not None:
        return known
    name = _zone_name(value, item, field)
    if name is not None and len(_ZONES_MET) < 1000:
        _ZONES_MET[value] = name
    return name


_ZONES_MET: dict[str, str] = {}  # a value found a time zone, and its name: a feed repeats a few


def _zone_name(value: Any, item: Item, field: str) -> str | None:
    raw = text(value, item, field, 256)
    if raw is None or not raw.strip():
        return None
    name = raw.strip()
    offset = _OFFSET.fullmatch(name)
    if offset and int(offset.group(1)) <= 18 and int(offset.group(2)) <= 59:
        return name
    if len(name) <= ZONE_LIMIT and _ZONE.fullmatch(name) and _known_zone(name):
        return name
    reason = Words.translate("Validate", "is not a time zone of the tz database")
    raise InvalidValue(reason, item, field, raw)


def _known_zone(name: str) -> bool:
    """Whether the tz database (the system's, else the tzdata package's) has `name`."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if ".." in name or name.startswith("/"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def status(value: Any, item: Item, field: str = "status") -> str | None:
    raw = text(value, item, field, 64)
    if raw is None or not raw.strip():
        return None
    word = raw.strip().lower()
    word = {"canceled": "cancelled", "confirmed": "scheduled"}.get(word, word)
    if word not in STATUSES:
        reason = Words.translate("Validate", "is not one of the statuses {statuses}").format(
            statuses=", ".join(STATUSES)
        )
        raise InvalidValue(reason, item, field, raw)
    return word


def language(value: Any, item: Item, field: str = "language") -> str | None:
    raw = text(value, item, field, 64)
    if raw is None or not raw.strip():
        return None
    tag = raw.strip()
    if len(tag) > 35 or not _LANGUAGE.fullmatch(tag):
        reason = Words.translate("Validate", "is not a language tag such as 'en' or 'pt-BR'")
        raise InvalidValue(reason, item, field, raw)
    return tag


def web_address(value: Any, item: Item, field: str) -> str | None:
    """An absolute http(s) address; None for an empty or relative one; any other scheme
    (javascript:, file:, data:…) is refused."""
    raw = text(value, item, field, URL_LIMIT)
    if raw is None or not raw.strip():
        return None
    url = raw.strip()
    scheme = _SCHEME.match(url)
    if scheme is None:
        return None
    lowered = scheme.group(0).lower()
    if lowered in ("http:", "https:") and url[len(lowered) :].startswith("//"):
        if not any(c.isspace() or ord(c) < 32 for c in url) and len(url) > len(lowered) + 2:
            return url
    reason = Words.translate("Validate", "is not an http or https address")
    raise InvalidValue(reason, item, field, raw)


def names(value: Any, item: Item, field: str) -> list[str]:
    """A JSON list of short texts (regions, countries)."""
    try:
        entries = json.loads(value) if isinstance(value, str) else value
    except ValueError as exc:
        reason = Words.translate("Validate", "is not a JSON list")
        raise InvalidValue(reason, item, field, value) from exc
    entries = listing(entries, item, field)
    if len(entries) > LIST_LIMIT:
        reason = Words.translate("Validate", "has more than %n value(s)", None, LIST_LIMIT)
        raise InvalidValue(reason, item, field, value)
    return [text(e, item, field, NAME_LIMIT) or "" for e in entries]


_LIMITS = {
    "abstract": ABSTRACT_LIMIT,
    "summary": ABSTRACT_LIMIT,
    "description": ABSTRACT_LIMIT,
    "value": ABSTRACT_LIMIT,
    "name": TITLE_LIMIT,
    "title": TITLE_LIMIT,
}
_URL_FIELDS = ("url", "source_url", "online_url")


@functools.cache
def _limits(table: str) -> dict[str, int]:
    """The length limits of `table`'s columns, filled in as they are met."""
    return {}


def _limit(table: str, column: str) -> int:
    if column in ("id", "item_id", "session_id", "person_id", "theme_id") or column.endswith("_id"):
        return ID_LIMIT
    if column in _URL_FIELDS:
        return URL_LIMIT
    if column in ("regions", "countries"):
        return LIST_LIMIT * (NAME_LIMIT + 4)
    if table in ("people", "organisations") and column == "name":
        return NAME_LIMIT
    return _LIMITS.get(column.rsplit("_", 1)[0], _LIMITS.get(column, TITLE_LIMIT))


def check_row(
    table: str, row: dict[str, Any], where: str | None = None, controls: bool = True
) -> None:
    """Refuse a catalogue row whose values mean nothing sensible; `where` names it. Without
    `controls`, the caller knows that no value holds a control character (`json_controls`)."""
    item = where or str(row.get("id") or row.get("item_id") or table)
    limits = _limits(table)
    for column, value in row.items():
        if isinstance(value, str):
            limit = limits.get(column) or limits.setdefault(column, _limit(table, column))
            if len(value) > limit or (controls and _CONTROL.search(value)):
                text(value, item, column, limit)
    if table == "links":
        return
    for column in _URL_FIELDS:
        if column in row:
            web_address(row[column], item, column)
    if table in ("editions", "sessions") and row.get("timezone") is not None:
        zone_name(row["timezone"], item, "timezone")
    if table == "editions":
        first = day(row.get("start_date"), item, "start_date")
        span(first, day(row.get("end_date"), item, "end_date"), item, "end_date")
        if isinstance(row.get("year"), int):
            year_ok(row["year"], item, "year", row["year"])
    elif table == "sessions":
        _check_session(row, item)
    elif table == "projects":
        for column in ("regions", "countries"):
            if row.get(column) is not None:
                names(row[column], item, column)
    if row.get("other_lang") is not None:
        language(row["other_lang"], item, "other_lang")


_ESCAPED_CONTROL = re.compile(rb"\\(?:[bf]|u00[01]|u007[fF])")


def json_controls(data: bytes) -> bool:
    """Whether a string of the UTF-8 JSON document `data` may hold a character `_CONTROL`
    finds. A strict JSON parser refuses those characters raw but DEL, so any other comes
    from an escape: \\b, \\f, \\u0000 to \\u001F, \\u007F. A false alarm (an escaped
    backslash before a "b") only costs the check of each value; so does a document dense
    with escapes, where searching them would cost more than that check."""
    if b"\x7f" in data:
        return True
    backslashes = data.count(b"\\")
    if not backslashes:
        return False
    return backslashes > len(data) // 64 or _ESCAPED_CONTROL.search(data) is not None


def _check_session(row: dict[str, Any], item: str) -> None:
    day(row.get("day"), item, "day")
    start = moment(row.get("start"), item, "start")
    span(start, moment(row.get("end"), item, "end"), item)
    status(row.get("status"), item)
    language(row.get("language"), item)


def check_catalogue(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse the first row of `tables` that `check_row` refuses."""
    for table, rows in tables.items():
        for row in rows:
            check_row(table, row)
