"""Notes in Markdown on a session, a project, or the delegation itself."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.core.catalogue.items import find_item, require_item
from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import Delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.meetings import MEETING_PREFIX, get_meeting, item_ref
from briefer.core.search.textnorm import index_text
from briefer.core.store import Store, new_id, now_iso, refresh_snapshots

MAX_NOTE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Note:
    id: str
    item_id: str | None
    body: str
    created: str
    modified: str
    conflict_with: str | None = None
    origin: str | None = None
    direction: str | None = None  # "rtl" or "ltr" as set in the editor; None: its dominant script


_COLUMNS = "id, item_id, body, created, modified, conflict_with, origin, direction"
DIRECTIONS = ("rtl", "ltr")


def note_fits(body: str) -> bool:
    """Whether `body` is within a note's limit (MAX_NOTE_BYTES in UTF-8)."""
    return len(body) <= MAX_NOTE_BYTES and len(body.encode("utf-8")) <= MAX_NOTE_BYTES


def _check_body(body: str) -> str:
    if not body.strip():
        raise InputError(translate("Notes", "A note cannot be empty."))
    if not note_fits(body):
        raise InputError(translate("Notes", "A note is limited to 5 MB."))
    return body


def _check_direction(direction: str | None) -> str | None:
    if direction is not None and direction not in DIRECTIONS:
        message = translate("Notes", "A note's direction is rtl or ltr, not {direction}.")
        raise InputError(
            message.format(direction=direction),
            kind="bad_direction",
            facts={"direction": direction},
        )
    return direction


def add_note(
    store: Store,
    delegation: Delegation,
    item_id: str | None,
    body: str,
    *,
    note_id: str | None = None,
    created: str | None = None,
    modified: str | None = None,
    conflict_with: str | None = None,
    origin: str | None = None,
    direction: str | None = None,
    check_item: bool = True,
    snapshot: bool = True,
) -> Note:
    """Add a note to `item_id` (a catalogue item or one of the delegation's own meetings), or a
    delegation note when `item_id` is None; `direction` as `set_note_direction` takes it."""
    body = _check_body(body)
    direction = _check_direction(direction)
    if check_item and item_id is not None:
        item_id = item_ref(store, delegation, item_id)  # own:meeting-e9635153 in full
    own = item_id is not None and item_id.startswith(MEETING_PREFIX)
    if check_item and own:
        get_meeting(store, item_id, delegation)  # NotFoundError: not a meeting of ours
    elif check_item and item_id is not None and find_item(store, item_id) is None:
        snap = store.query_one("SELECT 1 FROM item_snapshots WHERE item_id = ?", (item_id,))
        if snap is None:
            require_item(store, item_id)
    stamp = now_iso()
    note_id = note_id or new_id()
    with store.transaction():
        store.conn.execute(
            f"INSERT INTO notes ({_COLUMNS}, delegation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                item_id,
                body,
                created or stamp,
                modified or stamp,
                conflict_with,
                origin,
                direction,
                delegation.id,
            ),
        )
        store.conn.execute(
            "INSERT INTO notes_fts (note_id, body) VALUES (?, ?)", (note_id, index_text(body))
        )
        if item_id is not None and snapshot and not own:
            refresh_snapshots(store, [item_id])
    return get_note(store, note_id)


def update_note(store: Store, note_id: str, body: str) -> Note:
    body = _check_body(body)
    get_note(store, note_id)
    with store.transaction():
        store.conn.execute(
            "UPDATE notes SET body = ?, modified = ? WHERE id = ?", (body, now_iso(), note_id)
        )
        store.conn.execute("DELETE FROM notes_fts WHERE note_id = ?", (note_id,))
        store.conn.execute(
            "INSERT INTO notes_fts (note_id, body) VALUES (?, ?)", (note_id, index_text(body))
        )
    return get_note(store, note_id)


def set_note_direction(store: Store, note_id: str, direction: str | None) -> Note:
    """Set the paragraph direction the note's writer chose ("rtl", "ltr"), or None to follow
    its dominant script again; the window, the PDF and the Word pack lay it out so."""
    _check_direction(direction)
    get_note(store, note_id)
    with store.transaction():
        # an edit like the text's: a selection file's copy of the note is newer or not by it
        store.conn.execute(
            "UPDATE notes SET direction = ?, modified = ? WHERE id = ? AND direction IS NOT ?",
            (direction, now_iso(), note_id, direction),
        )
    return get_note(store, note_id)


def delete_note(store: Store, note_id: str) -> Outcome[Note]:
    """Delete a note and its search entry; the deleted note is the value.

    A version it was in conflict with is no longer flagged: there is nothing left to settle.
    """
    note = get_note(store, note_id)
    with store.transaction():
        _delete(store, note_id)
    return Outcome(note, OpChanges(notes=True))


def _purge_index(store: Store) -> None:
    """Merge the notes index into one segment, so a deleted note's words leave the file.

    FTS5 only marks a deleted row; its words stay in the old segments until they merge
    ('secure-delete' would do it per row, but needs SQLite 3.44, newer than some Pythons ship).
    """
    store.conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")


def _delete(store: Store, note_id: str) -> None:
    store.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    store.conn.execute("DELETE FROM notes_fts WHERE note_id = ?", (note_id,))
    _purge_index(store)
    store.conn.execute("UPDATE notes SET conflict_with = NULL WHERE conflict_with = ?", (note_id,))


NOTE_SETTLE_CHOICES = ("this", "both", "merge")
MERGE_SEPARATOR = "\n\n---\n\n"


def settle_note_conflict(
    store: Store, note_id: str, keep: str, body: str | None = None
) -> Outcome[Note]:
    """Settle a note edited on both sides (a selection import kept both versions).

    `keep` is "this" (keep `note_id`, delete the other version), "both" (keep both, no longer
    flagged) or "merge" (`note_id` takes `body`, or both texts one after the other, and the other
    version is deleted). The value is the note kept.

    Raises:
        NotFoundError: no such note, or it is not in conflict.
        InputError: `keep` is not one of the choices, or the merged text is empty.
    """
    if keep not in NOTE_SETTLE_CHOICES:
        message = translate("Notes", "'{keep}' is not a way to settle a note: this, both or merge.")
        raise InputError(message.format(keep=keep), kind="bad_choice", facts={"keep": keep})
    note = get_note(store, note_id)
    if not note.conflict_with:
        message = translate("Notes", "Note {id} has no conflicting version to settle.")
        raise NotFoundError(message.format(id=note_id), kind="no_conflict", facts={"id": note_id})
    other = store.query_one(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note.conflict_with,))
    merged = None
    if keep == "merge":
        merged = _check_body(
            body
            if body is not None
            else note.body.rstrip() + MERGE_SEPARATOR + (other["body"].lstrip() if other else "")
        )
    with store.transaction():
        if keep == "both":
            store.conn.execute(
                "UPDATE notes SET conflict_with = NULL WHERE id IN (?, ?)",
                (note_id, note.conflict_with),
            )
        else:
            if other is not None:
                _delete(store, other["id"])
            store.conn.execute("UPDATE notes SET conflict_with = NULL WHERE id = ?", (note_id,))
            if merged is not None:
                store.conn.execute(
                    "UPDATE notes SET body = ?, modified = ? WHERE id = ?",
                    (merged, now_iso(), note_id),
                )
                store.conn.execute("DELETE FROM notes_fts WHERE note_id = ?", (note_id,))
                store.conn.execute(
                    "INSERT INTO notes_fts (note_id, body) VALUES (?, ?)",
                    (note_id, index_text(merged)),
                )
    return Outcome(get_note(store, note_id), OpChanges(notes=True))


def notes_in_conflict(store: Store, delegation: Delegation) -> list[Note]:
    """The delegation's notes kept in two versions by a selection import."""
    sql = (
        f"SELECT {_COLUMNS} FROM notes WHERE delegation_id = ? AND conflict_with IS NOT NULL"
        " ORDER BY created, id"
    )
    return [Note(**row) for row in store.query(sql, (delegation.id,))]


def get_note(store: Store, note_id: str) -> Note:
    row = store.query_one(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
    if row is None:
        message = translate("Notes", "No note with id {id}.")
        raise NotFoundError(message.format(id=note_id), kind="no_note", facts={"id": note_id})
    return Note(**row)


def list_notes(
    store: Store, delegation: Delegation, item_id: str | None = None, *, free_only: bool = False
) -> list[Note]:
    """Notes of the delegation: on `item_id`, only free delegation notes, or all."""
    sql = f"SELECT {_COLUMNS} FROM notes WHERE delegation_id = ?"
    params: list = [delegation.id]
    if item_id is not None:
        sql += " AND item_id = ?"
        params.append(item_ref(store, delegation, item_id))
    elif free_only:
        sql += " AND item_id IS NULL"
    sql += " ORDER BY created, id"
    return [Note(**row) for row in store.query(sql, params)]
