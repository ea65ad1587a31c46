"""What a user pastes into search: an item's id ("ppf:ses-2021-101", "own:meeting-…") finds that
item, a date ("2021-11-11") the sessions of that day, in time order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from briefer.core.catalogue.items import title_of
from briefer.core.meetings import MEETING_PREFIX, item_title
from briefer.core.store import Store
from briefer.core.timefmt import day_name, time_range

if TYPE_CHECKING:
    from briefer.core.delegations import Delegation
    from briefer.core.search.engine import Filters, Hit

_ID = re.compile(r"(?<!\S)([-−]?)([a-z][a-z0-9]*:[\w:.\-]+)(?!\S)", re.IGNORECASE)
_DATE = re.compile(r"(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])")


@dataclass(frozen=True)
class Pasted:
    """The ids found in a query, its date, and the rest of it, to search as words."""

    ids: tuple[tuple[str, str], ...]  # (id, kind)
    day: str | None
    rest: str
    without: tuple[str, ...] = ()  # the ids excluded ("-ppf:ses-2021-101")


def _day(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def pasted(store: Store, query: str, delegation: Delegation | None) -> Pasted:
    """The existing items whose ids `query` holds, and its date, each taken out of the query."""
    found: list[tuple[str, str]] = []
    without: list[str] = []
    for minus, candidate in dict.fromkeys(_ID.findall(query)):
        # as written, else in lower case ("PPF:SES-2021-101" was not found, by review)
        for item_id in dict.fromkeys((candidate, candidate.lower())):
            kind = _kind(store, item_id, delegation)
            if kind:
                break
        if kind:
            if minus:
                without.append(item_id)
            else:
                found.append((item_id, kind))
            written = re.escape(minus + candidate)
            query = re.sub(rf"(?<!\S){written}(?!\S)", " ", query)
    day = next((d for d in map(_day, _DATE.findall(query)) if d), None)
    if day:
        query = re.sub(rf"(?<![\w-]){day}(?![\w-])", " ", query)
    return Pasted(tuple(found), day, query, tuple(without))


def _kind(store: Store, item_id: str, delegation: Delegation | None) -> str | None:
    if item_id.startswith(MEETING_PREFIX):
        if delegation is None:
            return None
        row = store.query_one(
            "SELECT 'meeting' AS kind FROM meetings WHERE id = ? AND delegation_id = ?",
            (item_id, delegation.id),
        )
    else:
        row = store.query_one("SELECT kind FROM cat.items WHERE id = ?", (item_id,))
    return row["kind"] if row else None


def id_hits(store: Store, ids: tuple[tuple[str, str], ...], lang: str) -> list[Hit]:
    """A hit for each pasted id, its snippet the start of its texts."""
    from briefer.core.search.engine import Hit, make_snippet, texts_by_item

    catalogue = [{"item_id": i, "kind": k} for i, k in ids if k != "meeting"]
    texts = texts_by_item(store, catalogue, lang) if catalogue else {}
    hits = []
    for item_id, kind in ids:
        if kind == "meeting":
            row = store.query_one("SELECT place FROM meetings WHERE id = ?", (item_id,))
            title, shown = item_title(store, item_id, lang), [(row or {}).get("place") or ""]
        else:
            item = store.query_one("SELECT * FROM cat.items WHERE id = ?", (item_id,)) or {}
            title, shown = title_of(item, lang), texts.get(item_id, [])
        snippet, _ = make_snippet([t for t in shown if t and t != title], [])
        hits.append(Hit(item_id, kind, title, snippet))
    return hits


def day_hits(
    store: Store,
    day: str,
    lang: str,
    filters: Filters,
    delegation: Delegation | None,
    limit: int,
    excluded: str | None = None,
) -> list[Hit]:
    """The sessions of `day` that pass `filters` and hold none of the `excluded` terms (an index
    expression), in time order (those with no time last), each with the day and its time as
    snippet, the day highlighted."""
    from briefer.core.search.engine import Hit, filter_sql

    if filters.kinds and "session" not in filters.kinds:
        return []
    where, params = filter_sql(replace(filters, kinds=()), delegation, "s.id")
    if excluded:
        where += " AND s.id NOT IN (SELECT item_id FROM cat.search_fts WHERE search_fts MATCH ?)"
        params = [*params, excluded]
    rows = store.query(
        "SELECT i.*, s.start, s.end, s.timezone FROM cat.sessions s "
        f"JOIN cat.items i ON i.id = s.id WHERE s.day = ?{where} "
        "ORDER BY s.start IS NULL, s.start, s.id LIMIT ?",
        [day, *params, limit],
    )
    shown = day_name(day, lang)
    return [
        Hit(
            row["id"],
            "session",
            title_of(row, lang),
            f"{shown} · {time_range(row['start'], row['end'], row['timezone'])}",
            [(0, len(shown))],
        )
        for row in rows
    ]
