"""Marks: what matters to the delegation, with priority, assigned delegates and a reason.

Open-ended sessions: a session with a start and no end is taken to last until the start of the
next session in the same room, and at most `OPEN_ENDED_DURATION` (one hour), whichever comes
first. `session_span` applies this one rule; conflicts, the pack's agenda and day sheet, and the
calendar export all use it, and say when an end is assumed rather than published.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from briefer.core.catalogue.items import require_item
from briefer.core.changes import OpChanges, Outcome
from briefer.core.collation import sort_key
from briefer.core.delegations import Delegate, Delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.store import Store, now_iso, refresh_snapshots
from briefer.core.timefmt import overlaps, parse_utc, to_utc_text

OPEN_ENDED_DURATION = timedelta(hours=1)

PRIORITIES = ("must", "should", "optional")
STATUSES = ("open", "confirmed", "declined", "done")


@dataclass(frozen=True)
class Mark:
    item_id: str
    kind: str | None
    priority: str
    status: str
    reason: str | None
    delegates: tuple[str, ...] = field(default_factory=tuple)
    modified: str | None = None
    import_conflict: str | None = None


def set_mark(
    store: Store,
    delegation: Delegation,
    item_id: str,
    priority: str | None = None,
    delegates: list[Delegate] | None = None,
    reason: str | None = None,
    status: str | None = None,
) -> Mark:
    """Mark an item, or update its mark; `None` leaves a field as it was."""
    if priority is not None and priority not in PRIORITIES:
        message = translate("Marks", "Priority '{priority}' is not one of {choices}.")
        raise InputError(
            message.format(priority=priority, choices=", ".join(PRIORITIES)),
            kind="bad_priority",
            facts={"priority": priority, "choices": list(PRIORITIES)},
        )
    if status is not None and status not in STATUSES:
        message = translate("Marks", "Status '{status}' is not one of {choices}.")
        raise InputError(
            message.format(status=status, choices=", ".join(STATUSES)),
            kind="bad_status",
            facts={"status": status, "choices": list(STATUSES)},
        )
    item = require_item(store, item_id)
    stamp = now_iso()
    with store.transaction():
        store.conn.execute(
            """
            INSERT INTO marks (delegation_id, item_id, kind, priority, status, reason, created,
                               modified)
            VALUES (?, ?, ?, COALESCE(?, 'should'), COALESCE(?, 'open'), ?, ?, ?)
            ON CONFLICT(delegation_id, item_id) DO UPDATE SET
              priority = COALESCE(?, priority), status = COALESCE(?, status),
              reason = COALESCE(?, reason), modified = excluded.modified
            """,
            (
                delegation.id,
                item_id,
                item["kind"],
                priority,
                status,
                reason,
                stamp,
                stamp,
                priority,
                status,
                reason,
            ),
        )
        for delegate in delegates or []:
            if delegate.delegation_id != delegation.id:
                message = translate("Marks", "{delegate} is not a delegate of {delegation}.")
                raise InputError(
                    message.format(delegate=delegate.name, delegation=delegation.name),
                    kind="foreign_delegate",
                    facts={"delegate": delegate.name, "delegation": delegation.name},
                )
            store.conn.execute(
                "INSERT OR IGNORE INTO mark_delegates (delegation_id, item_id, delegate_id) "
                "VALUES (?, ?, ?)",
                (delegation.id, item_id, delegate.id),
            )
        refresh_snapshots(store, [item_id])
    return get_mark(store, delegation, item_id)


def unassign(
    store: Store, delegation: Delegation, item_id: str, delegate: Delegate
) -> Outcome[Mark]:
    """Take `delegate` off the mark on `item_id`; the mark stays.

    Raises:
        NotFoundError: the item is not marked, or not assigned to `delegate`.
    """
    get_mark(store, delegation, item_id)
    with store.transaction():
        cursor = store.conn.execute(
            "DELETE FROM mark_delegates "
            "WHERE delegation_id = ? AND item_id = ? AND delegate_id = ?",
            (delegation.id, item_id, delegate.id),
        )
    if cursor.rowcount == 0:
        message = translate("Marks", "{item} is not assigned to {delegate}.")
        raise NotFoundError(
            message.format(item=item_id, delegate=delegate.name),
            kind="not_assigned",
            facts={"item_id": item_id, "delegate": delegate.name},
        )
    return Outcome(get_mark(store, delegation, item_id), OpChanges(marks=True))


def remove_mark(store: Store, delegation: Delegation, item_id: str) -> None:
    with store.transaction():
        cursor = store.conn.execute(
            "DELETE FROM marks WHERE delegation_id = ? AND item_id = ?", (delegation.id, item_id)
        )
    if cursor.rowcount == 0:
        raise _not_marked(item_id, delegation)


def their_version(mark: Mark) -> dict[str, Any]:
    """The other side's values recorded by a selection import (priority, status, reason,
    delegates), or an empty dict when the mark has no conflict."""
    if not mark.import_conflict:
        return {}
    try:
        value = json.loads(mark.import_conflict)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def describe_their_version(mark: Mark) -> str:
    """The other side's mark in words: "priority: must attend; assigned to A, B; reason: …",
    in the language of the messages."""
    return _described(their_version(mark))


def describe_mark(mark: Mark) -> str:
    """A mark in words, as `describe_their_version` writes the other side's."""
    values = {"priority": mark.priority, "status": mark.status, "reason": mark.reason}
    return _described({**values, "delegates": mark.delegates})


def _described(values: dict[str, Any]) -> str:
    from briefer.core.localize import listed
    from briefer.core.words import mark_status_word, priority_word

    parts = []
    if values.get("priority"):
        priority = priority_word(values["priority"])
        parts.append(translate("Marks", "priority: {priority}").format(priority=priority))
    if values.get("status"):
        status = mark_status_word(values["status"])
        parts.append(translate("Marks", "status: {status}").format(status=status))
    if values.get("delegates"):
        names = listed(list(values["delegates"]))
        parts.append(translate("Marks", "assigned to {names}").format(names=names))
    if values.get("reason"):
        parts.append(translate("Marks", "reason: {reason}").format(reason=values["reason"]))
    return listed(parts, strong=True)


SETTLE_CHOICES = ("mine", "theirs")


def settle_mark_conflict(
    store: Store, delegation: Delegation, item_id: str, keep: str
) -> Outcome[Mark]:
    """Settle a mark's import conflict: keep "mine" as it is, or take "theirs" values.

    Delegates assigned on either side stay assigned (an import adds them); only priority, status
    and reason differ between the versions.

    Raises:
        NotFoundError: the item is not marked, or its mark has no conflict.
        InputError: `keep` is neither "mine" nor "theirs".
    """
    if keep not in SETTLE_CHOICES:
        message = translate("Marks", "'{keep}' is not a way to settle a mark: mine or theirs.")
        raise InputError(message.format(keep=keep), kind="bad_choice", facts={"keep": keep})
    mark = get_mark(store, delegation, item_id)
    if not mark.import_conflict:
        message = translate("Marks", "The mark on {item} has no conflict to settle.")
        raise NotFoundError(
            message.format(item=item_id), kind="no_conflict", facts={"item_id": item_id}
        )
    theirs = their_version(mark) if keep == "theirs" else {}
    values = {k: theirs.get(k) for k in ("priority", "status", "reason")}
    if values["priority"] not in (None, *PRIORITIES):
        values["priority"] = None
    if values["status"] not in (None, *STATUSES):
        values["status"] = None
    with store.transaction():
        store.conn.execute(
            "UPDATE marks SET priority = COALESCE(?, priority), status = COALESCE(?, status),"
            " reason = COALESCE(?, reason), import_conflict = NULL, modified = ?"
            " WHERE delegation_id = ? AND item_id = ?",
            (
                values["priority"],
                values["status"],
                values["reason"],
                now_iso(),
                delegation.id,
                item_id,
            ),
        )
    return Outcome(get_mark(store, delegation, item_id), OpChanges(marks=True))


def marks_in_conflict(store: Store, delegation: Delegation) -> list[Mark]:
    """The delegation's marks that a selection import left with the other side's version."""
    rows = store.query(
        "SELECT * FROM marks WHERE delegation_id = ? AND import_conflict IS NOT NULL"
        " ORDER BY item_id",
        (delegation.id,),
    )
    return [_mark_from_row(store, delegation, row) for row in rows]


def _not_marked(item_id: str, delegation: Delegation) -> NotFoundError:
    message = translate("Marks", "{item} is not marked by {delegation}.")
    return NotFoundError(
        message.format(item=item_id, delegation=delegation.name),
        kind="not_marked",
        facts={"item_id": item_id, "delegation": delegation.name},
    )


def _delegate_names(store: Store, delegation: Delegation, item_id: str | None) -> dict:
    """Item id → its delegates' names, sorted: of one item, or (None) of all, in one query."""
    sql = (
        "SELECT md.item_id, d.name FROM mark_delegates md"
        " JOIN delegates d ON d.id = md.delegate_id WHERE md.delegation_id = ?"
    )
    params: tuple = (delegation.id,)
    if item_id is not None:
        sql, params = sql + " AND md.item_id = ?", (delegation.id, item_id)
    out: dict[str, list[str]] = {}
    for r in store.query(sql + " ORDER BY d.sort_key", params):
        out.setdefault(r["item_id"], []).append(r["name"])
    return out


def _mark_from_row(
    store: Store, delegation: Delegation, row: dict, names_by_item: dict | None = None
) -> Mark:
    if names_by_item is None:
        names_by_item = _delegate_names(store, delegation, row["item_id"])
    names = names_by_item.get(row["item_id"], [])
    return Mark(
        item_id=row["item_id"],
        kind=row["kind"],
        priority=row["priority"],
        status=row["status"],
        reason=row["reason"],
        delegates=tuple(names),
        modified=row["modified"],
        import_conflict=row["import_conflict"],
    )


def find_mark(store: Store, delegation: Delegation, item_id: str) -> Mark | None:
    row = store.query_one(
        "SELECT * FROM marks WHERE delegation_id = ? AND item_id = ?", (delegation.id, item_id)
    )
    return _mark_from_row(store, delegation, row) if row else None


def get_mark(store: Store, delegation: Delegation, item_id: str) -> Mark:
    mark = find_mark(store, delegation, item_id)
    if mark is None:
        raise _not_marked(item_id, delegation)
    return mark


def list_marks(
    store: Store, delegation: Delegation, delegate: Delegate | None = None, whole: bool = False
) -> list[Mark]:
    """The delegation's marks, or those assigned to `delegate` (and, with `whole`, those of the
    whole delegation: assigned to no one), most important first."""
    where, params = _marks_of(delegation, delegate, whole)
    sql = (
        f"SELECT m.* FROM marks m WHERE {where} ORDER BY"
        " CASE m.priority WHEN 'must' THEN 0 WHEN 'should' THEN 1 ELSE 2 END, m.item_id"
    )
    names = _delegate_names(store, delegation, None)
    return [_mark_from_row(store, delegation, row, names) for row in store.query(sql, params)]


def mark_summaries(store: Store, item_ids: list[str], lang: str) -> dict[str, dict[str, Any]]:
    """Title and status of each item, read in batches (a listing of marks, at any size)."""
    from briefer.core.catalogue.items import BATCH, item_detail, rows_by_id, title_of

    out: dict[str, dict[str, Any]] = {}
    columns = "i.id, i.kind, i.title_ar, i.title_fr, i.title_en, i.title_other, s.status"
    for row in rows_by_id(store, item_ids, columns, "LEFT JOIN cat.sessions s ON s.id = i.id"):
        status = (row["status"] or "scheduled") if row["kind"] == "session" else None
        out[row["id"]] = {"title": title_of(row, lang), "status": status}
    for start in range(0, len(item_ids), BATCH):
        chunk = item_ids[start : start + BATCH]
        missing = [i for i in chunk if i not in out]
        if not missing:
            continue
        for row in store.query(
            f"SELECT * FROM item_snapshots WHERE item_id IN ({','.join('?' * len(missing))})",
            missing,
        ):
            status = "not_in_catalogue" if row["catalogue_version"] is None else "withdrawn"
            out[row["item_id"]] = {"title": title_of(row, lang), "status": status}
    for item_id in item_ids:
        if item_id not in out:
            detail = item_detail(store, item_id, lang)
            out[item_id] = {"title": detail["title"], "status": detail.get("status")}
    return out


def marked_days(
    store: Store, delegation: Delegation, delegate: Delegate | None = None
) -> list[str]:
    """The days (YYYY-MM-DD) on which the delegation, or `delegate` (with the whole
    delegation's items), has a marked session or one of its own meetings."""
    where, params = _marks_of(delegation, delegate, whole=True)
    rows = store.query(
        "SELECT DISTINCT s.day FROM marks m JOIN cat.sessions s ON s.id = m.item_id"
        f" WHERE s.day IS NOT NULL AND {where}",
        params,
    )
    own = store.query(
        "SELECT DISTINCT o.day FROM meetings o WHERE o.delegation_id = ? AND o.day IS NOT NULL"
        " AND (? IS NULL OR o.id IN (SELECT meeting_id FROM meeting_delegates"
        " WHERE delegate_id = ?) OR o.id NOT IN (SELECT meeting_id FROM meeting_delegates))",
        (delegation.id, delegate.id if delegate else None, delegate.id if delegate else None),
    )
    return sorted({row["day"] for row in (*rows, *own)})


def _marks_of(
    delegation: Delegation, delegate: Delegate | None, whole: bool = False
) -> tuple[str, list]:
    """The SQL condition on `marks m` for the delegation's marks, or `delegate`'s (with `whole`,
    and the whole delegation's)."""
    where, params = "m.delegation_id = ?", [delegation.id]
    if delegate is not None:
        assigned = (
            "EXISTS (SELECT 1 FROM mark_delegates md WHERE md.delegation_id = m.delegation_id"
            " AND md.item_id = m.item_id{})"
        )
        condition = assigned.format(" AND md.delegate_id = ?")
        if whole:
            condition = f"({condition} OR NOT {assigned.format('')})"
        where += f" AND {condition}"
        params.append(delegate.id)
    return where, params


@dataclass(frozen=True)
class Span:
    """When a session takes place: its start, its end, and whether that end is assumed."""

    start: str
    end: str
    assumed_end: bool = False


def span_of(store: Store, row: dict[str, Any]) -> Span | None:
    """The span of a session row (`id`, `start`, `end`, `room_id`), by the open-ended rule."""
    start = parse_utc(row.get("start"))
    if start is None:
        return None
    if row.get("end"):
        return Span(row["start"], row["end"])
    end = start + OPEN_ENDED_DURATION
    if row.get("room_id"):
        following = store.query_one(
            "SELECT min(start) AS next FROM cat.sessions"
            " WHERE room_id = ? AND id != ? AND start > ? AND start < ?"
            " AND COALESCE(status, 'scheduled') NOT IN ('cancelled', 'withdrawn')",
            (row["room_id"], row["id"], to_utc_text(start), to_utc_text(end)),
        )
        if following and following["next"]:
            end = min(end, parse_utc(following["next"]) or end)
    return Span(row["start"], to_utc_text(end), assumed_end=True)


def session_span(store: Store, item_id: str) -> Span | None:
    """The span of a catalogue session, or None when it has no start or is not in the catalogue."""
    row = store.query_one(
        'SELECT id, start, "end", room_id FROM cat.sessions WHERE id = ?', (item_id,)
    )
    return span_of(store, row) if row else None


@dataclass(frozen=True)
class Conflict:
    delegate: str
    first: str
    second: str
    first_kind: str = "session"  # "session", or "meeting" for the delegation's own items
    second_kind: str = "session"

    @property
    def pair(self) -> tuple[str, frozenset[tuple[str, str]]]:
        """The delegate and the two items, in no order: the same conflict after either moved
        (`first` is the one that starts first)."""
        return self.delegate, frozenset(
            {(self.first_kind, self.first), (self.second_kind, self.second)}
        )

    def other(self, item_id: str) -> str:
        """The item `item_id` (one of the two) overlaps."""
        return self.second if self.first == item_id else self.first


def _meeting_rows(store: Store, delegation: Delegation) -> list[dict[str, Any]]:
    """The delegation's own timed meetings that take place, one row per attending delegate."""
    return store.query(
        """
        SELECT d.name AS delegate, mt.id, mt.start, mt."end", 'meeting' AS kind
          FROM meetings mt
          JOIN meeting_delegates md ON md.meeting_id = mt.id
          JOIN delegates d ON d.id = md.delegate_id
         WHERE mt.delegation_id = ? AND mt.start IS NOT NULL
           AND mt.status NOT IN ('declined', 'cancelled')
        """,
        (delegation.id,),
    )


def conflicts(store: Store, delegation: Delegation) -> list[Conflict]:
    """Pairs of marked sessions and own meetings that overlap in time for the same delegate.

    Declined marks, cancelled sessions and withdrawn ones (no longer in the catalogue) never
    conflict, nor declined or cancelled meetings; a session without an end lasts as `span_of`
    says, a meeting without an end an hour.
    """
    rows = store.query(
        """
        SELECT d.name AS delegate, m.item_id AS id, s.start, s."end", s.room_id
          FROM marks m
          JOIN mark_delegates md ON md.delegation_id = m.delegation_id AND md.item_id = m.item_id
          JOIN delegates d ON d.id = md.delegate_id
          JOIN cat.sessions s ON s.id = m.item_id
         WHERE m.delegation_id = ? AND m.status != 'declined' AND s.start IS NOT NULL
           AND COALESCE(s.status, 'scheduled') NOT IN ('cancelled', 'withdrawn')
         ORDER BY d.name, s.start, m.item_id
        """,
        (delegation.id,),
    )
    spans: dict[str, Span | None] = {}
    found: list[Conflict] = []
    by_delegate: dict[str, list[dict]] = {}
    for row in rows:
        if row["id"] not in spans:
            spans[row["id"]] = span_of(store, row)
        by_delegate.setdefault(row["delegate"], []).append(row)
    for row in _meeting_rows(store, delegation):
        end = row["end"] or to_utc_text(parse_utc(row["start"]) + OPEN_ENDED_DURATION)
        spans[row["id"]] = Span(row["start"], end, assumed_end=row["end"] is None)
        by_delegate.setdefault(row["delegate"], []).append(row)
    for name in sorted(by_delegate, key=sort_key):
        items = sorted(by_delegate[name], key=lambda r: (parse_utc(r["start"]), r["id"]))
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                sa, sb = spans[a["id"]], spans[b["id"]]
                if sa and sb and overlaps(sa.start, sa.end, sb.start, sb.end):
                    found.append(
                        Conflict(
                            name,
                            a["id"],
                            b["id"],
                            a.get("kind") or "session",
                            b.get("kind") or "session",
                        )
                    )
    return found


def conflicts_involving(
    found: list[Conflict], item_id: str, delegate: str | None = None
) -> list[Conflict]:
    """Those of `found` that involve `item_id`, and with `delegate` only that delegate's."""
    return [
        c
        for c in found
        if item_id in (c.first, c.second) and (delegate is None or c.delegate == delegate)
    ]


def conflicts_of(store: Store, delegation: Delegation, item_id: str) -> list[Conflict]:
    """The delegation's conflicts that involve `item_id` (what marking or planning it made)."""
    return conflicts_involving(conflicts(store, delegation), item_id)


def mark_priorities(store: Store, delegation: Delegation) -> dict[str, str]:
    """Each marked item's priority, in one query (a table's check boxes and bold titles)."""
    rows = store.query(
        "SELECT item_id, priority FROM marks WHERE delegation_id = ? AND status != 'declined'",
        (delegation.id,),
    )
    return {row["item_id"]: row["priority"] for row in rows}
