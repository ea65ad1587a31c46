"""Undo for what the user writes: a snapshot of the rows an operation will change, restored whole.

Take a snapshot before an operation (`snapshot_mark`, `snapshot_note`, `snapshot_meeting`,
`snapshot_delegate`); `restore` puts those rows back exactly as they were — priority, status,
reason and delegates of a mark; a note's text and search entry; a meeting with its counterparts,
attendance and search entry; a delegate with their assignments — and returns a snapshot of what
it replaced, so restoring that one again is the redo. Front ends keep the snapshots (a Qt undo
stack, for instance); nothing here knows about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import Delegation
from briefer.core.store import Store


@dataclass(frozen=True)
class Part:
    """The rows of `table` matching `where` (parameters `params`) at snapshot time."""

    table: str
    where: str
    params: tuple[Any, ...]
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Snapshot:
    """Rows to put back, parents first; `changes` says which views they concern."""

    parts: tuple[Part, ...]
    changes: OpChanges


def _part(store: Store, table: str, where: str, params: tuple[Any, ...]) -> Part:
    rows = store.query(f"SELECT * FROM {table} WHERE {where}", params)
    return Part(table, where, params, tuple(rows))


def _take(store: Store, specs: list[tuple[str, str, tuple[Any, ...]]], changes: OpChanges):
    return Snapshot(tuple(_part(store, *spec) for spec in specs), changes)


def _mark_specs(delegation_id: int, item_id: str) -> list[tuple[str, str, tuple[Any, ...]]]:
    key = (delegation_id, item_id)
    return [
        ("marks", "delegation_id = ? AND item_id = ?", key),
        ("mark_delegates", "delegation_id = ? AND item_id = ?", key),
    ]


def snapshot_mark(store: Store, delegation: Delegation, item_id: str) -> Snapshot:
    """The mark on `item_id` (or its absence) with its delegates."""
    return _take(store, _mark_specs(delegation.id, item_id), OpChanges(marks=True))


def snapshot_note(store: Store, note_id: str) -> Snapshot:
    """A note, its search entry and the notes flagged as in conflict with it."""
    specs = [
        ("notes", "id = ?", (note_id,)),
        ("notes", "conflict_with = ?", (note_id,)),
        ("notes_fts", "note_id = ?", (note_id,)),
    ]
    return _take(store, specs, OpChanges(notes=True))


def snapshot_meeting(store: Store, meeting_id: str) -> Snapshot:
    """A meeting with its counterparts, the delegates attending and its search entry."""
    specs = [
        ("meetings", "id = ?", (meeting_id,)),
        ("meeting_counterparts", "meeting_id = ?", (meeting_id,)),
        ("meeting_delegates", "meeting_id = ?", (meeting_id,)),
        ("own_fts", "own_id = ?", (meeting_id,)),
    ]
    return _take(store, specs, OpChanges(meetings=True))


def snapshot_delegate(store: Store, delegate_id: int) -> Snapshot:
    """A delegate, the marks assigned to them and the meetings they attend."""
    specs = [
        ("delegates", "id = ?", (delegate_id,)),
        ("mark_delegates", "delegate_id = ?", (delegate_id,)),
        ("meeting_delegates", "delegate_id = ?", (delegate_id,)),
    ]
    return _take(store, specs, OpChanges(delegations=True, marks=True, meetings=True))


def restore(store: Store, snapshot: Snapshot) -> Outcome[Snapshot]:
    """Put the snapshot's rows back; the value is a snapshot of what they replaced (the redo)."""
    now = Snapshot(
        tuple(_part(store, p.table, p.where, p.params) for p in snapshot.parts), snapshot.changes
    )
    with store.transaction():
        for part in reversed(now.parts):
            store.conn.execute(f"DELETE FROM {part.table} WHERE {part.where}", part.params)
        for part in snapshot.parts:
            for row in part.rows:
                columns = ", ".join(f'"{name}"' for name in row)
                marks = ", ".join("?" for _ in row)
                store.conn.execute(
                    f"INSERT OR REPLACE INTO {part.table} ({columns}) VALUES ({marks})",
                    tuple(row.values()),
                )
    return Outcome(now, snapshot.changes)
