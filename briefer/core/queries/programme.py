"""The programme: sessions by day, in time order, under one filter for every front end.

Read lazily: `programme_days` counts each day's sessions, `programme_rows` reads one day a batch
at a time, timed sessions first in time order (the catalogue's (edition, day, start) index serves
it), then the sessions without a time. 100,000 sessions open and scroll without being all read.

The delegation's own items (`briefer.core.meetings`) are listed among the sessions of their day,
in time order, as rows flagged `own` (a session row's `own` is 0). They follow the edition (a day
of its sessions or within its dates), the delegate and the marked-only filters; a format or theme
filter, which own items do not have, leaves them out.

A session the delegation marked that a sync withdrew from the catalogue stays in its place, as
the packs keep it: a row of status "withdrawn" read from its snapshot (title and time as they
were), under the same filters as own items. A withdrawn session nobody marked is no longer part
of the programme.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from briefer.core.delegations import Delegation
from briefer.core.localize import pick
from briefer.core.store import Store
from briefer.core.timefmt import FORUM_TZ

BATCH = 400

_COLUMNS = (
    "SELECT s.id, s.edition_id, s.day, s.title_ar, s.title_fr, s.title_en, s.title_other, s.start, "
    's."end", s.timezone, s.format, s.status, r.name_ar AS room_ar, r.name_fr AS room_fr, '
    "r.name_en AS room_en, v.name_en AS venue_en, v.name_fr AS venue_fr, v.name_ar AS venue_ar, "
    "s.online_url, m.priority, 0 AS own "
    "FROM cat.sessions s LEFT JOIN cat.rooms r ON r.id = s.room_id "
    "LEFT JOIN cat.venues v ON v.id = s.venue_id "
    "LEFT JOIN marks m ON m.item_id = s.id AND m.delegation_id = ? "
)


@dataclass(frozen=True)
class ProgrammeFilter:
    """Which sessions to list. `format` and `day` match exactly; `marked_only` and `delegate_id`
    speak of the marks of `delegation_id` (with no delegation, nothing is marked)."""

    edition_id: str | None = None
    day: str | None = None
    format: str | None = None
    theme_id: str | None = None
    marked_only: bool = False
    delegate_id: int | None = None
    delegation_id: int | None = None


@dataclass(frozen=True)
class DayCount:
    day: str | None
    count: int  # sessions and own meetings
    own: int = 0  # of which the delegation's own meetings


@dataclass(frozen=True)
class Position:
    """How far one day has been read: how many of its timed, then untimed, sessions, and how
    many of its own items and withdrawn sessions (`added_rows`)."""

    timed: int = 0
    untimed: int = 0
    own: int = 0

    @property
    def read(self) -> int:
        return self.timed + self.untimed + self.own


# The items `column` names that the filter's delegate is assigned to (delegate, delegation).
_ASSIGNED = (
    "{column} IN (SELECT item_id FROM mark_delegates WHERE delegate_id = ? AND delegation_id = ?)"
)


def _where(f: ProgrammeFilter) -> tuple[str, list[Any]]:
    sql, params = ["1"], []
    if f.edition_id:
        sql.append("s.edition_id = ?")
        params.append(f.edition_id)
    if f.day:
        sql.append("s.day = ?")
        params.append(f.day)
    if f.format:
        sql.append("s.format = ?")
        params.append(f.format)
    if f.theme_id:
        sql.append("s.id IN (SELECT item_id FROM cat.item_themes WHERE theme_id = ?)")
        params.append(f.theme_id)
    if f.marked_only:
        sql.append("m.item_id IS NOT NULL")
    if f.delegate_id is not None:
        sql.append(_ASSIGNED.format(column="s.id"))
        params += [f.delegate_id, f.delegation_id]
    return " AND ".join(sql), params


def _adds_rows(f: ProgrammeFilter) -> bool:
    """Whether own items and withdrawn sessions are shown under `f`: a delegation's, with no
    format or theme filter (which they do not have)."""
    return f.delegation_id is not None and not f.format and not f.theme_id


def _days(f: ProgrammeFilter, column: str) -> tuple[list[str], list[Any]]:
    """The conditions that the day `column` is one `f` shows: a day of its edition (one of its
    sessions' or within its dates), its day."""
    sql: list[str] = []
    params: list[Any] = []
    if f.edition_id:
        sql.append(
            f"({column} IN (SELECT day FROM cat.sessions WHERE edition_id = ?) OR {column}"
            " BETWEEN (SELECT start_date FROM cat.editions WHERE id = ?)"
            " AND (SELECT end_date FROM cat.editions WHERE id = ?))"
        )
        params += [f.edition_id] * 3
    if f.day:
        sql.append(f"{column} = ?")
        params.append(f.day)
    return sql, params


def _own_where(f: ProgrammeFilter) -> tuple[str, list[Any]] | None:
    """The condition on `meetings o` for the own items shown under `f`, or None for none."""
    if not _adds_rows(f):
        return None
    days, day_params = _days(f, "o.day")
    sql, params = ["o.delegation_id = ?", *days], [f.delegation_id, *day_params]
    if f.delegate_id is not None:
        sql.append("o.id IN (SELECT meeting_id FROM meeting_delegates WHERE delegate_id = ?)")
        params.append(f.delegate_id)
    return " AND ".join(sql), params


_GONE_FROM = (
    "FROM item_snapshots g JOIN marks m ON m.item_id = g.item_id AND m.delegation_id = ? "
    "WHERE g.kind = 'session' AND g.catalogue_version IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM cat.sessions s WHERE s.id = g.item_id)"
)


def _gone_where(f: ProgrammeFilter) -> tuple[str, list[Any]] | None:
    """The `FROM … WHERE` of the withdrawn sessions (`item_snapshots g`) shown under `f`: the
    delegation's marked sessions no longer in the catalogue; None for none."""
    if not _adds_rows(f):
        return None
    days, day_params = _days(f, "g.day")
    sql, params = [_GONE_FROM, *days], [f.delegation_id, *day_params]
    if f.delegate_id is not None:
        sql.append(_ASSIGNED.format(column="g.item_id"))
        params += [f.delegate_id, f.delegation_id]
    return " AND ".join(sql), params


def _on_day(column: str, day: str | None) -> tuple[str, list[Any]]:
    """The condition that the day `column` is `day` (None: no day yet)."""
    return (f"{column} IS NULL", []) if day is None else (f"{column} = ?", [day])


def programme_days(store: Store, f: ProgrammeFilter) -> list[DayCount]:
    """The days with sessions or own items under `f`, in order, "to be announced" (None) last."""
    where, params = _where(f)
    rows = store.query(
        "SELECT s.day, count(*) AS n FROM cat.sessions s "
        "LEFT JOIN marks m ON m.item_id = s.id AND m.delegation_id = ? "
        f"WHERE {where} GROUP BY s.day ORDER BY s.day IS NULL, s.day",
        [f.delegation_id, *params],
    )
    counts = {r["day"]: r["n"] for r in rows}
    ours: dict[str | None, int] = {}
    own = _own_where(f)
    if own is not None:
        for r in store.query(
            f"SELECT o.day, count(*) AS n FROM meetings o WHERE {own[0]} GROUP BY o.day", own[1]
        ):
            counts[r["day"]] = counts.get(r["day"], 0) + r["n"]
            ours[r["day"]] = r["n"]
    gone = _gone_where(f)
    if gone is not None:
        for r in store.query(f"SELECT g.day, count(*) AS n {gone[0]} GROUP BY g.day", gone[1]):
            counts[r["day"]] = counts.get(r["day"], 0) + r["n"]
    ordered = sorted(counts, key=lambda d: (d is None, d or ""))
    return [DayCount(d, counts[d], ours.get(d, 0)) for d in ordered]


def own_rows(store: Store, f: ProgrammeFilter, day: str | None) -> list[dict[str, Any]]:
    """The own items of `day` under `f` as programme rows (`own` = 1), timed first by time.

    Titles are the meeting's own words (`title_other`); the time zone is the forum's, so that
    a time given in another zone is shown in the forum's time; `format` is the meeting's kind.
    """
    own = _own_where(f)
    if own is None:
        return []
    day_sql, day_params = _on_day("o.day", day)
    return store.query(
        "SELECT o.id, NULL AS edition_id, o.day, NULL AS title_ar, NULL AS title_fr,"
        ' NULL AS title_en, o.title AS title_other, o.start, o."end",'
        f" '{FORUM_TZ}' AS timezone, o.kind AS format, o.status,"
        " r.name_ar AS room_ar, r.name_fr AS room_fr, COALESCE(r.name_en, o.place) AS room_en,"
        " v.name_en AS venue_en, v.name_fr AS venue_fr, v.name_ar AS venue_ar,"
        " NULL AS online_url, NULL AS priority, 1 AS own, o.timezone AS own_timezone"
        " FROM meetings o LEFT JOIN cat.rooms r ON r.id = o.room_id"
        " LEFT JOIN cat.venues v ON v.id = r.venue_id"
        f" WHERE {own[0]} AND {day_sql} ORDER BY o.start IS NULL, o.start, o.title, o.id",
        [*own[1], *day_params],
    )


def withdrawn_rows(store: Store, f: ProgrammeFilter, day: str | None) -> list[dict[str, Any]]:
    """The withdrawn sessions of `day` under `f` as programme rows (status "withdrawn"), from
    their snapshots: titles and time as they were, no place, format or link; timed first."""
    gone = _gone_where(f)
    if gone is None:
        return []
    day_sql, day_params = _on_day("g.day", day)
    return store.query(
        "SELECT g.item_id AS id, NULL AS edition_id, g.day, g.title_ar, g.title_fr, g.title_en,"
        ' g.title_other, g.start, g."end",'
        f" '{FORUM_TZ}' AS timezone, NULL AS format, 'withdrawn' AS status,"
        " NULL AS room_ar, NULL AS room_fr, NULL AS room_en,"
        " NULL AS venue_en, NULL AS venue_fr, NULL AS venue_ar,"
        " NULL AS online_url, m.priority, 0 AS own "
        f"{gone[0]} AND {day_sql} ORDER BY g.start IS NULL, g.start, g.item_id",
        [*gone[1], *day_params],
    )


def added_rows(store: Store, f: ProgrammeFilter, day: str | None) -> list[dict[str, Any]]:
    """The rows `day` adds to its catalogue sessions under `f`: own items and withdrawn
    sessions, timed first by time (own items first at equal times)."""
    rows = [*own_rows(store, f, day), *withdrawn_rows(store, f, day)]
    return sorted(rows, key=lambda r: (r["start"] is None, r["start"] or ""))


def _with_own(
    rows: list[dict[str, Any]], own: list[dict[str, Any]], before: str | None
) -> tuple[list[dict[str, Any]], int]:
    """`rows` with the added rows (`added_rows`) timed up to `before` (all timed ones when
    None) merged in time order, own items first at equal times; and how many were taken."""
    taken = [o for o in own if o["start"] is not None and (before is None or o["start"] <= before)]
    merged = sorted(
        [*taken, *rows], key=lambda r: (r["start"] is None, r["start"] or "", -r["own"])
    )
    return merged, len(taken)


def _read(
    store: Store, f: ProgrammeFilter, day: str | None, timed: bool, offset: int, limit: int
) -> list[dict[str, Any]]:
    where, params = _where(f)
    day_sql, day_params = _on_day("s.day", day)
    clause = "s.start IS NOT NULL" if timed else "s.start IS NULL"
    return store.query(
        f"{_COLUMNS} WHERE {where} AND {day_sql} AND {clause} "
        "ORDER BY s.start, s.id LIMIT ? OFFSET ?",
        [f.delegation_id, *params, *day_params, limit, offset],
    )


def programme_rows(
    store: Store,
    f: ProgrammeFilter,
    day: str | None,
    at: Position = Position(),
    limit: int = BATCH,
) -> tuple[list[dict[str, Any]], Position]:
    """The next `limit` sessions of `day` after `at`, and the position after them.

    Each row holds the session's titles, time and zone, format, status, room and venue names,
    online link, and the delegation's mark priority (None when unmarked); own items and
    withdrawn sessions come in among them (`added_rows`), so a batch may hold a few more than
    `limit` rows.
    """
    rows = _read(store, f, day, True, at.timed, limit)
    at = replace(at, timed=at.timed + len(rows))
    pending = added_rows(store, f, day)[at.own :]
    if len(rows) == limit:
        rows, taken = _with_own(rows, pending, rows[-1]["start"])
        return rows, replace(at, own=at.own + taken)
    wanted = limit - len(rows)
    rows, taken = _with_own(rows, pending, None)
    more = _read(store, f, day, False, at.untimed, wanted)
    rows += more
    at = replace(at, untimed=at.untimed + len(more))
    if len(more) < wanted:
        untimed = [o for o in pending[taken:] if o["start"] is None]
        rows += untimed
        taken += len(untimed)
    return rows, replace(at, own=at.own + taken)


def programme(store: Store, f: ProgrammeFilter) -> Iterator[dict[str, Any]]:
    """Every session under `f` in programme order, read batch by batch."""
    for day in programme_days(store, f):
        at = Position()
        while True:
            rows, at = programme_rows(store, f, day.day, at)
            yield from rows
            if len(rows) < BATCH:
                break


def programme_values(store: Store, edition_id: str | None, column: str) -> list[str]:
    """The days or the formats (`column`) that the sessions of `edition_id` have, in order."""
    if column not in ("day", "format"):
        raise ValueError(column)
    return [
        r["value"]
        for r in store.query(
            f"SELECT DISTINCT {column} AS value FROM cat.sessions "
            f"WHERE edition_id = ? AND {column} IS NOT NULL ORDER BY {column}",
            (edition_id,),
        )
    ]


@dataclass(frozen=True)
class Choice:
    """A value a filter offers, and its label in the display language."""

    id: str
    label: str


def edition_themes(store: Store, edition_id: str | None, lang: str) -> list[Choice]:
    """The themes and priorities of `edition_id` that a session or project can carry."""
    return [
        Choice(r["id"], pick(r, "name", lang) or r["id"])
        for r in store.query(
            "SELECT * FROM cat.themes WHERE edition_id = ? AND key IS NOT NULL ORDER BY type, key",
            (edition_id,),
        )
    ]


def own_detail(row: dict[str, Any]) -> dict[str, Any]:
    """An own item's programme row as a session's detail is shown (title, time, place)."""
    from briefer.core.timefmt import tba, time_range

    place = ", ".join(p for p in (row.get("room_en"), row.get("venue_en")) if p)
    return {
        "id": row["id"],
        "kind": "meeting",
        "own": True,
        "title": row["title_other"],
        "day": row["day"],
        "start": row["start"],
        "end": row["end"],
        "timezone": row["timezone"],
        "time": time_range(row["start"], row["end"], row["timezone"]),
        "place": place or tba(),
        "format": row["format"],
        "status": row["status"],
        "given_in": row.get("own_timezone"),
    }


NOW_AND_NEXT_LIMIT = 200


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def forum_day(moment: datetime) -> str:
    """The forum's day (in the forum's time zone) at `moment`, which must be timezone-aware."""
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(ZoneInfo(FORUM_TZ)).date().isoformat()


def now_and_next(
    store: Store,
    now: datetime,
    delegation: Delegation | None,
    limit: int = NOW_AND_NEXT_LIMIT,
) -> list[dict[str, Any]]:
    """Today's items (the forum's day of `now`) in progress or still to come, as programme rows.

    The delegation's own meetings come first, then its marked sessions, then the others, each
    in time order; `in_progress` says whether an item has started and not ended. An item without
    an end is in progress only at its start. Cancelled and withdrawn sessions, and meetings
    declined or cancelled, are left out; so are items with no time.
    """
    from briefer.core.meetings import NOT_TAKING_PLACE

    today = forum_day(now)
    moment = _utc_text(now)
    f = ProgrammeFilter(day=today, delegation_id=delegation.id if delegation else None)
    where, params = _where(f)
    sessions = store.query(
        f"{_COLUMNS} WHERE {where} AND s.start IS NOT NULL"
        " AND s.status NOT IN ('cancelled', 'withdrawn')"
        ' AND COALESCE(s."end", s.start) >= ? ORDER BY s.start, s.id LIMIT ?',
        [f.delegation_id, *params, moment, limit],
    )
    own = [
        o
        for o in own_rows(store, f, today)
        if o["start"] is not None
        and o["status"] not in NOT_TAKING_PLACE
        and (o["end"] or o["start"]) >= moment
    ]
    rows = [{**r, "in_progress": r["start"] <= moment} for r in (*own, *sessions)]
    rows.sort(key=lambda r: (not r["own"], r["priority"] is None, r["start"], r["id"]))
    return rows[:limit]
