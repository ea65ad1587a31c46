"""The Briefer feed: the project's own catalogue format, JSON, gzip-compressed, signed.

See docs/feed.md and resources/feed.schema.json. A feed carries whole tables of one namespace
(item ids start with `namespace:`), a monotonically increasing catalogue version and its
generation time. Validation is complete before anything is written.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
from datetime import datetime
from typing import Any

from briefer.core.catalogue.io import CatalogueData
from briefer.core.catalogue.schema import TABLES
from briefer.core.errors import InputError
from briefer.core.neutral import Message, Words
from briefer.core.sync import validate
from briefer.core.sync.builder import clip_title, web_url

FORMAT = "briefer-feed"
FORMAT_VERSION = 2
# Version 2 added the `links` table and the venues' `city` and `address`; version 1 is still read.
READABLE_VERSIONS = (1, 2)
MAX_DECOMPRESSED = 256 * 1024 * 1024
_ITEM_TABLES = (
    "editions",
    "themes",
    "venues",
    "rooms",
    "organisations",
    "people",
    "sessions",
    "projects",
    "facts",
)
_NAMESPACE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,40}$")
_INT_COLUMNS = {"year", "number", "position"}
_log = logging.getLogger(__name__)


class FeedError(InputError):
    """A feed that is malformed, inconsistent or refused."""


def decompress(data: bytes, limit: int | None = None) -> bytes:
    """`data` un-gzipped if it is gzip, refusing anything that expands past `limit` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    limit = limit or MAX_DECOMPRESSED
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    message = Words.translate(
                        "Sync",
                        "The feed expands past {limit} MB when decompressed: "
                        "refused as a compression bomb.",
                    )
                    raise FeedError(words=message.format(limit=limit // 2**20))
    except (OSError, EOFError) as exc:
        # zlib's and gzip's own words are English ("Compressed file ended before the
        # end-of-stream marker was reached"): what they mean is said instead.
        message = Words.translate(
            "Sync",
            "The feed is not valid gzip data: it is cut short or damaged. Nothing was changed.",
        )
        raise FeedError(words=message) from exc
    return out.getvalue()


def encode_feed(data: CatalogueData, namespace: str, version: int, generated_at: str) -> bytes:
    """The gzip-compressed feed of `data` (deterministic bytes for equal input)."""
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "namespace": namespace,
        "catalogue_version": version,
        "generated_at": generated_at,
        "title": data.meta.get("source_name"),
        "illustrative": bool(data.meta.get("illustrative")),
        "partial": bool(data.meta.get("partial")),
        "completeness": data.meta.get("completeness") or [],
        "tables": {
            name: [
                {k: v for k, v in row.items() if k in TABLES[name] and v is not None}
                for row in rows
            ]
            for name, rows in data.tables.items()
        },
    }
    raw = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as stream:
        stream.write(raw.encode("utf-8"))
    return buffer.getvalue()


def _fail(reason: Message, kind: str | None = None, **facts: str) -> FeedError:
    """The refusal of a feed for `reason`, its place and value (`facts`) kept as data."""
    frame = Words.translate("Sync", "The feed is invalid: {reason}. Nothing was changed.")
    if facts and isinstance(reason, Words):
        reason = reason.format(**facts)
    return FeedError(words=frame.format(reason=reason), kind=kind, facts=facts)


def _quoted(value: Any) -> str:
    return validate.excerpt_of(value)


def parse_feed(raw: bytes, name: str | None = None) -> tuple[CatalogueData, dict[str, Any]]:
    """Decode and validate a feed completely; return its rows and its header. `name` (the
    file or address) is named in any error."""
    try:
        return _parse(raw)
    except validate.InvalidValue as exc:
        error = _fail(exc.words or str(exc))
        error.kind, error.facts = exc.kind, dict(exc.facts)
        raise validate.naming_file(error, name) from exc
    except FeedError as exc:
        raise validate.naming_file(exc, name) from None
    except RecursionError as exc:
        error = _fail(Words.translate("Sync", "it is nested too deeply"))
        error.kind = "too_deep"
        raise validate.naming_file(error, name) from exc
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        _log.warning("Unreadable feed", exc_info=True)
        error = _fail(Words.translate("Sync", "it has a value of an unexpected kind or shape"))
        error.kind = "unexpected_shape"
        raise validate.naming_file(error, name) from exc


def _parse(raw: bytes) -> tuple[CatalogueData, dict[str, Any]]:
    data = decompress(raw)
    if not data.strip():
        raise _fail(Words.translate("Sync", "it is empty"))
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _fail(Words.translate("Sync", "it is not UTF-8 text")) from exc
    except json.JSONDecodeError as exc:
        message = Words.translate(
            "Sync",
            "The feed is not valid JSON (line {line}, column {column}). Nothing was changed.",
        )  # the parser's own words ("Expecting property name…") are English: its place is enough
        raise FeedError(words=message.format(line=exc.lineno, column=exc.colno)) from exc
    header = _check_header(document)
    controls = validate.json_controls(data)
    catalogue = CatalogueData()
    tables = document["tables"]
    namespace = header["namespace"]
    ids: dict[str, set[str]] = {}
    for name, rows in tables.items():
        if name not in TABLES:
            reason = Words.translate("Sync", "unknown table {table}")
            raise _fail(reason, "unknown_table", table=_quoted(name))
        if not isinstance(rows, list):
            reason = Words.translate("Sync", "table {table} is not a list")
            raise _fail(reason, "invalid_table", table=_quoted(name))
        columns = TABLES[name]
        seen = ids.setdefault(name, set())
        for index, row in enumerate(rows):
            _check_row(name, index, row, columns)
            try:
                validate.check_row(name, row, controls=controls)
            except validate.InvalidValue:  # again, to name the row: built only for an error
                where = f"{name}[{index}] {validate.excerpt_of(row.get('id'))}"
                validate.check_row(name, row, where, controls=controls)
                raise
            if name in _ITEM_TABLES:
                item = row["id"]
                if not item.startswith(f"{namespace}:"):
                    reason = Words.translate(
                        "Sync", "{where} id {item} is outside namespace {namespace}"
                    )
                    where, item, namespace = f"{name}[{index}]", _quoted(item), _quoted(namespace)
                    raise _fail(
                        reason, "outside_namespace", where=where, item=item, namespace=namespace
                    )
                if item in seen:
                    reason = Words.translate("Sync", "duplicate id {item} in {table}")
                    raise _fail(reason, "duplicate_id", item=_quoted(item), table=name)
                seen.add(item)
            if name == "links":
                row = _safe_link(row)
                if row is None:
                    continue
            catalogue.add(name, row)
    _check_references(catalogue, ids)
    catalogue.meta = {
        "source_name": header.get("title") or namespace,
        "illustrative": bool(document.get("illustrative")),
        "partial": bool(document.get("partial")),
        "completeness": _completeness(document.get("completeness")),
    }
    return catalogue, header


def _check_header(document: Any) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail(
            Words.translate("Sync", "it has no 'format': 'briefer-feed' marker"), "no_feed_marker"
        )
    if document.get("format_version") not in READABLE_VERSIONS:
        reason = Words.translate("Sync", "format version {version} is not supported")
        raise _fail(reason, "unsupported_version", version=_quoted(document.get("format_version")))
    namespace = document.get("namespace")
    if not isinstance(namespace, str) or not _NAMESPACE.match(namespace):
        reason = Words.translate("Sync", "'namespace' must be a short lowercase name such as 'ppf'")
        raise _fail(reason, "invalid_header", field="namespace")
    version = document.get("catalogue_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reason = Words.translate("Sync", "'catalogue_version' must be a positive integer")
        raise _fail(reason, "invalid_header", field="catalogue_version")
    generated = document.get("generated_at")
    try:
        moment = datetime.fromisoformat(str(generated).replace("Z", "+00:00"))
    except ValueError as exc:
        reason = Words.translate("Sync", "'generated_at' must be an ISO 8601 time with its offset")
        raise _fail(reason, "invalid_header", field="generated_at") from exc
    if moment.tzinfo is None:
        reason = Words.translate("Sync", "'generated_at' must carry its time zone")
        raise _fail(reason, "invalid_header", field="generated_at")
    if not isinstance(document.get("tables"), dict):
        reason = Words.translate("Sync", "'tables' is missing")
        raise _fail(reason, "invalid_header", field="tables")
    validate.text(document.get("title"), "feed", "title")
    validate.year_ok(moment.year, "feed", "generated_at", generated)
    return {
        "namespace": namespace,
        "catalogue_version": version,
        "generated_at": generated,
        "title": document.get("title"),
    }


def _completeness(value: Any) -> list[dict[str, Any]]:
    """The feed's notes on what it lacks: a list of objects of short texts."""
    entries = validate.listing(value, "feed", "completeness")
    for entry in entries:
        for key, value in validate.mapping(entry, "feed", "completeness").items():
            if value is not None and not isinstance(value, bool):
                validate.text(value, "feed", f"completeness.{key}", validate.TITLE_LIMIT)
    return entries


def _check_row(table: str, index: int, row: Any, columns: dict[str, type]) -> None:
    """The row's shape: an object of the table's fields, each None or of its column's type.
    (What the values mean, times included, is `validate.check_row`'s.)"""
    where = f"{table}[{index}]"
    if row.__class__ is not dict:
        reason = Words.translate("Sync", "{where} is not an object")
        raise _fail(reason, "invalid_row", where=where)
    if table in _ITEM_TABLES and row.get("id").__class__ is not str:
        reason = Words.translate("Sync", "{where} has no string 'id'")
        raise _fail(reason, "invalid_row", where=where)
    if not row.keys() <= columns.keys():
        unknown = _quoted(next(key for key in row if key not in columns))
        reason = Words.translate("Sync", "{where} has an unknown field {field}")
        raise _fail(reason, "unknown_field", where=where, field=unknown)
    for key, value in row.items():
        if value is None:
            continue
        expected = int if key in _INT_COLUMNS else str
        if value.__class__ is not expected:  # JSON gives exactly str or int (True is a bool)
            reason = (
                Words.translate("Sync", "{where} must be an int")
                if expected is int
                else Words.translate("Sync", "{where} must be a str")
            )
            raise _fail(reason, "wrong_type", where=f"{where}.{key}")


def _safe_link(row: dict[str, Any]) -> dict[str, Any] | None:
    """A feed's link with its title clipped, or None when it is not an http(s) URL."""
    if not isinstance(row.get("item_id"), str):
        raise _fail(Words.translate("Sync", "a link has no string 'item_id'"), "invalid_row")
    url = web_url(row.get("url"))
    if url is None:
        return None
    return {**row, "url": url, "title": clip_title(row.get("title"))}


def _check_references(data: CatalogueData, ids: dict[str, set[str]]) -> None:
    def known(table: str) -> set[str]:
        return ids.get(table, set())

    items = set().union(*(known(t) for t in _ITEM_TABLES))
    checks = [
        ("sessions", "edition_id", known("editions")),
        ("sessions", "room_id", known("rooms")),
        ("sessions", "venue_id", known("venues")),
        ("projects", "edition_id", known("editions")),
        ("projects", "organisation_id", known("organisations")),
        ("rooms", "venue_id", known("venues")),
        ("themes", "edition_id", known("editions")),
        ("facts", "edition_id", known("editions")),
        ("session_people", "session_id", known("sessions")),
        ("session_people", "person_id", known("people")),
        ("item_themes", "item_id", items),
        ("item_themes", "theme_id", known("themes")),
        ("links", "item_id", items),
    ]
    for table, column, targets in checks:
        for index, row in enumerate(data.tables[table]):
            value = row.get(column)
            if value is not None and value not in targets:
                reason = Words.translate("Sync", "{where} refers to unknown item {item}")
                where = f"{table}[{index}].{column}"
                raise _fail(reason, "unknown_reference", where=where, item=_quoted(value))
