"""Marks: what matters to the delegation, with priority, assigned delegates and a reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.core.catalogue.items import require_item
from briefer.core.delegations import Delegate, Delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.store import Store, now_iso, refresh_snapshots
from briefer.core.timefmt import overlaps

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
        raise InputError(f"Priority {priority!r} is not one of {', '.join(PRIORITIES)}.")
    if status is not None and status not in STATUSES:
        raise InputError(f"Status {status!r} is not one of {', '.join(STATUSES)}.")
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
                raise InputError(f"{delegate.name} is not a delegate of {delegation.name}.")
            store.conn.execute(
                "INSERT OR IGNORE INTO mark_delegates (delegation_id, item_id, delegate_id) "
                "VALUES (?, ?, ?)",
                (delegation.id, item_id, delegate.id),
            )
        refresh_snapshots(store, [item_id])
    return get_mark(store, delegation, item_id)


def unassign(store: Store, delegation: Delegation, item_id: str, delegate: Delegate) -> Mark:
    with store.transaction():
        store.conn.execute(
            "DELETE FROM mark_delegates "
            "WHERE delegation_id = ? AND item_id = ? AND delegate_id = ?",
            (delegation.id, item_id, delegate.id),
        )
    return get_mark(store, delegation, item_id)


def remove_mark(store: Store, delegation: Delegation, item_id: str) -> None:
    with store.transaction():
        cursor = store.conn.execute(
            "DELETE FROM marks WHERE delegation_id = ? AND item_id = ?", (delegation.id, item_id)
        )
    if cursor.rowcount == 0:
        raise NotFoundError(f"{item_id} is not marked by {delegation.name}.")


def _mark_from_row(store: Store, delegation: Delegation, row: dict) -> Mark:
    names = [
        r["name"]
        for r in store.query(
            "SELECT d.name FROM mark_delegates md JOIN delegates d ON d.id = md.delegate_id "
            "WHERE md.delegation_id = ? AND md.item_id = ? ORDER BY d.name",
            (delegation.id, row["item_id"]),
        )
    ]
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
        raise NotFoundError(f"{item_id} is not marked by {delegation.name}.")
    return mark


def list_marks(
    store: Store, delegation: Delegation, delegate: Delegate | None = None
) -> list[Mark]:
    """The delegation's marks, or those assigned to `delegate`, most important first."""
    where, params = _marks_of(delegation, delegate)
    sql = (
        f"SELECT m.* FROM marks m WHERE {where} ORDER BY"
        " CASE m.priority WHEN 'must' THEN 0 WHEN 'should' THEN 1 ELSE 2 END, m.item_id"
    )
    return [_mark_from_row(store, delegation, row) for row in store.query(sql, params)]


def marked_days(
    store: Store, delegation: Delegation, delegate: Delegate | None = None
) -> list[str]:
    """The days (YYYY-MM-DD) on which the delegation, or `delegate`, has a marked session."""
    where, params = _marks_of(delegation, delegate)
    rows = store.query(
        "SELECT DISTINCT s.day FROM marks m JOIN cat.sessions s ON s.id = m.item_id"
        f" WHERE s.day IS NOT NULL AND {where} ORDER BY s.day",
        params,
    )
    return [row["day"] for row in rows]


def _marks_of(delegation: Delegation, delegate: Delegate | None) -> tuple[str, list]:
    """The SQL condition on `marks m` for the delegation's marks, or `delegate`'s."""
    where, params = "m.delegation_id = ?", [delegation.id]
    if delegate is not None:
        where += (
            " AND EXISTS (SELECT 1 FROM mark_delegates md WHERE md.delegation_id = m.delegation_id"
            " AND md.item_id = m.item_id AND md.delegate_id = ?)"
        )
        params.append(delegate.id)
    return where, params


@dataclass(frozen=True)
class Conflict:
    delegate: str
    first: str
    second: str


def conflicts(store: Store, delegation: Delegation) -> list[Conflict]:
    """Pairs of marked sessions that overlap in time for the same delegate."""
    rows = store.query(
        """
        SELECT d.name AS delegate, m.item_id, COALESCE(s.start, sn.start) AS start,
               COALESCE(s."end", sn."end") AS "end"
          FROM marks m
          JOIN mark_delegates md ON md.delegation_id = m.delegation_id AND md.item_id = m.item_id
          JOIN delegates d ON d.id = md.delegate_id
          LEFT JOIN cat.sessions s ON s.id = m.item_id
          LEFT JOIN item_snapshots sn ON sn.item_id = m.item_id
         WHERE m.delegation_id = ? AND m.status != 'declined'
           AND COALESCE(s.start, sn.start) IS NOT NULL
         ORDER BY d.name, start
        """,
        (delegation.id,),
    )
    found: list[Conflict] = []
    by_delegate: dict[str, list[dict]] = {}
    for row in rows:
        by_delegate.setdefault(row["delegate"], []).append(row)
    for name, sessions in by_delegate.items():
        for i, a in enumerate(sessions):
            for b in sessions[i + 1 :]:
                if overlaps(a["start"], a["end"], b["start"], b["end"]):
                    found.append(Conflict(name, a["item_id"], b["item_id"]))
    return found
