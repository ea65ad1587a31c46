"""Export a delegation's marks, notes, meetings and contacts to a file, and merge such a file.

The import never drops or overwrites: a note edited on both laptops is kept in both versions,
each flagged; a mark whose priority or reason differs keeps the local values and records the
incoming ones as a conflict to resolve; delegates are added, never removed.

The file also carries, under "items", what is needed to show each item it refers to (kind,
titles, day, start, end), so that an item the receiving catalogue lacks (a colleague's own
imported programme) is remembered as a snapshot and shown by its title and time. Files written
before "items" existed are still read.

Meetings and contacts (`briefer.core.meetings`, `briefer.core.people`) travel by their stable
ids: an unknown one is added; a known one that differs is merged per record, the version
modified last winning whole and the other kept as the record's `import_conflict` (see
`briefer.core.meetings` for the rule), so a colleague's edit updates rather than duplicates.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from briefer import __version__
from briefer.core.delegations import (
    Delegate,
    Delegation,
    add_delegate,
    create_delegation,
    get_delegate,
    list_delegates,
)
from briefer.core.errors import InputError, os_reason
from briefer.core.files import check_replaceable, write_atomic
from briefer.core.i18n import QT_TRANSLATE_NOOP, translate
from briefer.core.marks import PRIORITIES, STATUSES
from briefer.core.meetings import parse_logistics
from briefer.core.names import name_key, written_as
from briefer.core.notes import MAX_NOTE_BYTES, add_note, get_note, note_fits
from briefer.core.store import Store, now_iso, refresh_snapshots

FORMAT = "briefer-selection"
FORMAT_VERSION = 1
EXTENSION = ".briefer-selection"  # its own extension and MIME type, application/x-briefer-selection
MAX_FILE_BYTES = 50 * 1024 * 1024


def selection_path(path: Path) -> Path:
    """`path`, given the selection extension when it has none of its own."""
    return path if path.suffix else path.with_name(path.name + EXTENSION)


def default_selection_name(delegation: Delegation) -> str:
    """The file name an export is offered under: the delegation's name and the extension."""
    from briefer.core.files import file_stem

    return f"{file_stem(delegation.name) or 'selection'}{EXTENSION}"


def export_selection(
    store: Store, delegation: Delegation, path: Path, passphrase: str | None = None
) -> dict[str, int]:
    """Write the delegation's delegates, marks and notes to `path` (JSON, written atomically).

    A `path` without an extension gets the selection file's own (see `selection_path`).
    """
    path = selection_path(path)
    check_replaceable(path, "selection")
    delegates = {d.id: d for d in list_delegates(store, delegation)}
    marks = store.query("SELECT * FROM marks WHERE delegation_id = ?", (delegation.id,))
    assigned: dict[str, list[str]] = {}
    for row in store.query(
        "SELECT item_id, delegate_id FROM mark_delegates WHERE delegation_id = ?", (delegation.id,)
    ):
        assigned.setdefault(row["item_id"], []).append(delegates[row["delegate_id"]].uid)
    notes = [
        {key: value for key, value in note.items() if key != "direction" or value}
        for note in store.query(
            "SELECT id, item_id, body, created, modified, direction FROM notes"
            " WHERE delegation_id = ?",
            (delegation.id,),
        )
    ]  # a direction the writer set travels with the note; none is written for the others
    referred = sorted({m["item_id"] for m in marks} | {n["item_id"] for n in notes if n["item_id"]})
    meetings = _meeting_records(store, delegation, {d.id: d.uid for d in delegates.values()})
    contacts = _contact_records(store, delegation)
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": now_iso(),
        "exported_by": f"Briefer {__version__}",
        "catalogue_version": store.catalogue_version(),
        "delegation": {
            "uid": delegation.uid,
            "name": delegation.name,
            "country": delegation.country,
            "delegates": [
                {"uid": d.uid, "name": d.name, "function": d.function} for d in delegates.values()
            ],
        },
        "marks": [
            {
                "item_id": m["item_id"],
                "kind": m["kind"],
                "priority": m["priority"],
                "status": m["status"],
                "reason": m["reason"],
                "delegates": sorted(assigned.get(m["item_id"], [])),
                "created": m["created"],
                "modified": m["modified"],
            }
            for m in marks
        ],
        "notes": notes,
        "items": _item_records(store, referred),
        "meetings": meetings,
        "contacts": contacts,
    }
    with store.transaction():
        _remember(store, notes)
    raw = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    if passphrase is not None:
        from briefer.core.crypto import seal

        raw = seal(raw, passphrase)
    write_atomic(path, raw)
    return {
        "marks": len(marks),
        "notes": len(notes),
        "delegates": len(delegates),
        "meetings": len(meetings),
        "contacts": len(contacts),
    }


MEETING_FIELDS = (
    "kind", "title", "day", "start", "end", "timezone", "room_id", "place", "status",
)  # fmt: skip
CONTACT_FIELDS = ("name", "function", "organisation", "country", "languages", "notes")


def _meeting_records(
    store: Store, delegation: Delegation, uids: dict[int, str]
) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT * FROM meetings WHERE delegation_id = ? ORDER BY id", (delegation.id,)
    )
    records = []
    for row in rows:
        people = store.query(
            "SELECT person_id AS id, name FROM meeting_counterparts WHERE meeting_id = ?"
            " ORDER BY position, name",
            (row["id"],),
        )
        attending = store.query(
            "SELECT delegate_id FROM meeting_delegates WHERE meeting_id = ?", (row["id"],)
        )
        records.append(
            {
                "id": row["id"],
                **{k: row[k] for k in MEETING_FIELDS},
                "logistics": parse_logistics(row["logistics"]),
                "counterparts": people,
                "delegates": sorted(uids[a["delegate_id"]] for a in attending),
                "created": row["created"],
                "modified": row["modified"],
            }
        )
    return records


def _contact_records(store: Store, delegation: Delegation) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, name, function, organisation, country, languages, notes, created, modified"
        " FROM contacts WHERE delegation_id = ? ORDER BY id",
        (delegation.id,),
    )


ITEM_FIELDS = ("kind", "title_ar", "title_fr", "title_en", "title_other", "day", "start", "end")


def _item_records(store: Store, item_ids: list[str]) -> list[dict[str, Any]]:
    """What shows each item: from the catalogue, else from the user's snapshots."""
    records = []
    for item_id in item_ids:
        row = store.query_one(
            """
            SELECT i.kind, i.title_ar, i.title_fr, i.title_en, i.title_other,
                   s.day, s.start, s."end"
              FROM cat.items i LEFT JOIN cat.sessions s ON s.id = i.id
             WHERE i.id = ?
            """,
            (item_id,),
        ) or store.query_one(
            'SELECT kind, title_ar, title_fr, title_en, title_other, day, start, "end"'
            " FROM item_snapshots WHERE item_id = ?",
            (item_id,),
        )
        if row is not None:
            records.append({"id": item_id, **{k: row[k] for k in ITEM_FIELDS}})
    return records


def _remember_items(store: Store, items: list[dict[str, Any]], report: ImportReport) -> None:
    """Snapshot the items the local catalogue lacks and the user has no snapshot of yet."""
    added = 0
    for item in items:
        if store.query_one("SELECT 1 FROM cat.items WHERE id = ?", (item["id"],)):
            continue
        cursor = store.conn.execute(
            "INSERT INTO item_snapshots (item_id, kind, title_ar, title_fr, title_en, title_other,"
            ' day, start, "end", catalogue_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)'
            " ON CONFLICT(item_id) DO NOTHING",
            (item["id"], *(item.get(k) for k in ITEM_FIELDS)),
        )
        added += cursor.rowcount
    report.items_remembered += added


@dataclass
class ImportReport:
    delegation: str
    created_delegation: bool = False
    delegates_added: int = 0
    marks_added: int = 0
    marks_merged: int = 0
    mark_conflicts: list[str] = field(default_factory=list)
    notes_added: int = 0
    notes_unchanged: int = 0
    note_conflicts: list[str] = field(default_factory=list)
    items_remembered: int = 0  # items the local catalogue lacks, now known by title and time
    meetings_added: int = 0
    meetings_updated: int = 0  # the incoming version was the newer one
    meetings_unchanged: int = 0
    meeting_conflicts: list[str] = field(default_factory=list)  # kept in two versions
    contacts_added: int = 0
    contacts_updated: int = 0
    contact_conflicts: list[str] = field(default_factory=list)


def _fail(path: Path, why: str) -> InputError:
    message = translate(
        "Selection", "{path} is not a Briefer selection file: {reason}. Nothing was imported."
    )
    return InputError(message.format(path=path, reason=why))


def _selection_text(path: Path, passphrase: str | None) -> str:
    """The file's text, opened with `passphrase` when it is sealed."""
    from briefer.core import crypto

    raw = path.read_bytes()
    if not crypto.is_sealed(raw):
        return raw.decode("utf-8-sig")
    if passphrase is None:
        message = translate(
            "Selection", "{path} is protected with a passphrase; nothing was imported."
        )
        raise InputError(message.format(path=path), kind="selection_passphrase")
    try:
        return crypto.unseal(raw, passphrase).decode("utf-8")
    except (ValueError, KeyError, TypeError) as exc:
        raise _fail(path, translate("Selection", "its protected contents are damaged")) from exc


def read_selection(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """Read and validate a selection file completely before anything is written."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _fail(path, translate("Selection", "it is larger than 50 MB"))
        document = json.loads(_selection_text(path, passphrase))
    except RecursionError as exc:
        raise _fail(path, translate("Selection", "its JSON is nested too deeply")) from exc
    except OSError as exc:
        message = translate("Files", "Cannot read {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc
    except UnicodeDecodeError as exc:
        raise _fail(path, translate("Selection", "it is not UTF-8 text")) from exc
    except json.JSONDecodeError as exc:
        reason = translate("Selection", "invalid JSON at line {line}")
        raise _fail(path, reason.format(line=exc.lineno)) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        reason = translate("Selection", "it has no 'format': 'briefer-selection' marker")
        raise _fail(path, reason)
    if document.get("format_version") != FORMAT_VERSION:
        reason = translate("Selection", "format version '{version}' is not supported")
        raise _fail(path, reason.format(version=document.get("format_version")))
    try:
        _validate(path, document)
    except (TypeError, AttributeError, ValueError, RecursionError) as exc:
        raise _fail(path, translate("Selection", "a value has the wrong type")) from exc
    return document


MAX_ID = 200
MAX_TEXT = 1_000_000


def _item_id(value: object) -> bool:
    """A catalogue id as Briefer writes them: `namespace:rest`, no spaces, slashes or '..'."""
    return (
        isinstance(value, str)
        and 2 < len(value) <= MAX_ID
        and ":" in value.strip(":")
        and value.isprintable()
        and not any(c in value for c in " /\\")
        and ".." not in value
    )


def _optional_text(record: dict[str, Any], *keys: str) -> bool:
    return all(
        record.get(k) is None or (isinstance(record[k], str) and len(record[k]) <= MAX_TEXT)
        for k in keys
    )


def _names(values: object) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def _require(path: Path, ok: bool, why: str, **facts: object) -> None:
    """Refuse the file unless `ok`. `why` is English marked for translation, translated
    only then: a file of 10,000 marks is checked without a look-up per mark."""
    if not ok:
        raise _fail(path, translate("Selection", why).format(**facts))


def _validate(path: Path, doc: dict[str, Any]) -> None:
    delegation = doc.get("delegation")
    _require(
        path,
        isinstance(delegation, dict),
        QT_TRANSLATE_NOOP("Selection", "'delegation' is missing"),
    )
    _require(
        path,
        isinstance(delegation.get("uid"), str),
        QT_TRANSLATE_NOOP("Selection", "the delegation has no uid"),
    )
    _require(
        path,
        isinstance(delegation.get("name"), str) and delegation["name"].strip() != "",
        QT_TRANSLATE_NOOP("Selection", "the delegation has no name"),
    )
    _require(
        path,
        _optional_text(delegation, "country"),
        QT_TRANSLATE_NOOP("Selection", "the delegation's country is not text"),
    )
    delegates = delegation.get("delegates", [])
    _require(
        path,
        isinstance(delegates, list),
        QT_TRANSLATE_NOOP("Selection", "'delegates' is not a list"),
    )
    uids = set()
    for d in delegates:
        _require(
            path,
            isinstance(d, dict)
            and isinstance(d.get("uid"), str)
            and isinstance(d.get("name"), str)
            and d["name"].strip() != ""
            and _optional_text(d, "function"),
            QT_TRANSLATE_NOOP("Selection", "a delegate is malformed"),
        )
        uids.add(d["uid"])
    marks = doc.get("marks", [])
    _require(path, isinstance(marks, list), QT_TRANSLATE_NOOP("Selection", "'marks' is not a list"))
    for m in marks:
        _require(
            path, isinstance(m, dict), QT_TRANSLATE_NOOP("Selection", "a mark is not an object")
        )
        _require(
            path,
            _optional_text(m, "reason", "modified", "kind") and _names(m.get("delegates", [])),
            QT_TRANSLATE_NOOP("Selection", "the mark on {item} has a field of the wrong type"),
            item=str(m.get("item_id"))[:80],
        )
        _require(
            path,
            m.get("priority") in PRIORITIES,
            QT_TRANSLATE_NOOP("Selection", "a mark has priority {priority}, not one Briefer knows"),
            priority=repr(m.get("priority"))[:80],
        )
        _require(
            path,
            m.get("status", "open") in STATUSES,
            QT_TRANSLATE_NOOP("Selection", "a mark has status {status}, not one Briefer knows"),
            status=repr(m.get("status"))[:80],
        )
        _require(
            path,
            all(u in uids for u in m.get("delegates", [])),
            QT_TRANSLATE_NOOP("Selection", "a mark names a delegate the file does not define"),
        )
        _require(
            path,
            _item_id(m.get("item_id")),
            QT_TRANSLATE_NOOP("Selection", "a mark has item id {item}, not one Briefer writes"),
            item=repr(m.get("item_id"))[:80],
        )
    notes = doc.get("notes", [])
    _require(path, isinstance(notes, list), QT_TRANSLATE_NOOP("Selection", "'notes' is not a list"))
    for n in notes:
        _require(
            path,
            isinstance(n, dict)
            and isinstance(n.get("id"), str)
            and isinstance(n.get("body"), str)
            and n["body"].strip() != "",
            QT_TRANSLATE_NOOP("Selection", "a note is malformed"),
        )
        _require(
            path,
            (n.get("item_id") is None or _item_id(n["item_id"]))
            and _optional_text(n, "modified", "created"),
            QT_TRANSLATE_NOOP(
                "Selection", "the note {note} has an item id or a date of the wrong type"
            ),
            note=repr(n["id"])[:40],
        )
        _require(
            path,
            n.get("direction") in (None, "rtl", "ltr"),
            QT_TRANSLATE_NOOP("Selection", "the note {note} has a direction other than rtl or ltr"),
            note=repr(n["id"])[:40],
        )
        _require(
            path,
            note_fits(n["body"]),
            QT_TRANSLATE_NOOP(
                "Selection", "the note {note} is longer than a note may be ({limit} MB)"
            ),
            note=repr(n["id"])[:40],
            limit=MAX_NOTE_BYTES // 2**20,
        )
    items = doc.get("items", [])
    _require(path, isinstance(items, list), QT_TRANSLATE_NOOP("Selection", "'items' is not a list"))
    for item in items:
        _require(
            path,
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and all(item.get(k) is None or isinstance(item[k], str) for k in ITEM_FIELDS),
            QT_TRANSLATE_NOOP("Selection", "an item is malformed"),
        )
    _validate_own(path, doc, uids)


def _validate_own(path: Path, doc: dict[str, Any], uids: set[str]) -> None:
    from briefer.core.meetings import KINDS, MEETING_PREFIX
    from briefer.core.meetings import STATUSES as MEETING_STATUSES
    from briefer.core.people import CONTACT_PREFIX

    meetings = doc.get("meetings", [])
    _require(
        path, isinstance(meetings, list), QT_TRANSLATE_NOOP("Selection", "'meetings' is not a list")
    )
    for m in meetings:
        _require(
            path,
            isinstance(m, dict)
            and isinstance(m.get("id"), str)
            and m["id"].startswith(MEETING_PREFIX)
            and isinstance(m.get("title"), str)
            and m["title"].strip() != ""
            and m.get("kind") in KINDS
            and m.get("status") in MEETING_STATUSES
            and all(m.get(k) is None or isinstance(m[k], str) for k in MEETING_FIELDS)
            and isinstance(m.get("logistics", {}), dict)
            and isinstance(m.get("counterparts", []), list)
            and _names(m.get("delegates", []))
            and all(
                isinstance(c, dict)
                and isinstance(c.get("id"), str)
                and isinstance(c.get("name"), str)
                for c in m.get("counterparts", [])
            ),
            QT_TRANSLATE_NOOP("Selection", "a meeting is malformed"),
        )
        _require(
            path,
            all(u in uids for u in m.get("delegates", [])),
            QT_TRANSLATE_NOOP("Selection", "a meeting names a delegate the file does not define"),
        )
    contacts = doc.get("contacts", [])
    _require(
        path, isinstance(contacts, list), QT_TRANSLATE_NOOP("Selection", "'contacts' is not a list")
    )
    for c in contacts:
        _require(
            path,
            isinstance(c, dict)
            and isinstance(c.get("id"), str)
            and c["id"].startswith(CONTACT_PREFIX)
            and isinstance(c.get("name"), str)
            and c["name"].strip() != ""
            and all(c.get(k) is None or isinstance(c[k], str) for k in CONTACT_FIELDS),
            QT_TRANSLATE_NOOP("Selection", "a contact is malformed"),
        )


STEP = 500  # entries merged per transaction: a write that waits meanwhile gets its turn


def import_selection(
    store: Store,
    path: Path,
    passphrase: str | None = None,
    step: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Merge the selection file at `path` (sealed: opened with `passphrase`).

    The whole file is read and validated before anything is written. The merge is then made in
    transactions of at most STEP entries, and between them writers waiting for the lock (a note
    saved meanwhile) take their turn. Each entry is merged by its stable id, so a merge stopped
    midway (`step` may raise to cancel; a full disk) leaves only whole entries, none of the
    user's own changed, and importing the file again completes it.
    """
    doc = read_selection(path, passphrase)
    incoming = doc["delegation"]
    with store.transaction():
        row = store.query_one("SELECT id FROM delegations WHERE uid = ?", (incoming["uid"],))
        report = ImportReport(incoming["name"])
        if row is None:
            delegation = create_delegation(
                store, incoming["name"], incoming.get("country"), uid=incoming["uid"]
            )
            report.created_delegation = True
        else:
            from briefer.core.delegations import get_delegation

            delegation = get_delegation(store, row["id"])
        local = list_delegates(store, delegation)
        local_by_uid = {d.uid: d for d in local}
        delegate_ids: dict[str, int] = {}
        for d in incoming.get("delegates", []):
            match = local_by_uid.get(d["uid"]) or _delegate_named(local, d["name"])
            if match is None:
                match = add_delegate(store, delegation, d["name"], d.get("function"), uid=d["uid"])
                local.append(match)
                report.delegates_added += 1
            delegate_ids[d["uid"]] = match.id
    total = sum(len(doc.get(k, [])) for k in ("marks", "notes", "contacts", "meetings"))
    for start, merges, item_ids in _steps(store, doc, path, delegation, delegate_ids, report):
        if step is not None:
            step(start, total)
        with store.transaction():
            for merge in merges:
                merge()
            refresh_snapshots(store, item_ids)
        store.let_writers_in()
    return report


def _delegate_named(local: list[Delegate], name: str) -> Delegate | None:
    """The local delegate an incoming one's name names: as written first, else folded as every
    typed name is (found by review: "Hélène Dupont" arriving where "Helene Dupont" is stopped
    the whole import, since a near-duplicate delegate is refused)."""
    key = name_key(name)
    same = [d for d in local if name_key(d.name) == key]
    return next(iter(written_as(same, name, attrgetter("name")) or same), None)


def _steps(
    store: Store,
    doc: dict[str, Any],
    path: Path,
    delegation: Delegation,
    delegate_ids: dict[str, int],
    report: ImportReport,
) -> Iterator[tuple[int, list[Callable[[], None]], list[str]]]:
    """The merge in steps of at most STEP entries: (entries before, merges, item ids to snapshot).

    Items come first, so that an item the catalogue lacks is known when its mark arrives.
    """
    items = doc.get("items", [])
    for i in range(0, len(items), STEP):
        yield 0, [partial(_remember_items, store, items[i : i + STEP], report)], []
    delegates = {uid: get_delegate(store, i) for uid, i in delegate_ids.items()}
    merges: list[tuple[Callable[[], None], str | None]] = [
        *((partial(_merge_mark, store, delegation, m, delegate_ids, report), m["item_id"])
          for m in doc.get("marks", [])),
        *((partial(_merge_note, store, delegation, n, path.name, report), n.get("item_id"))
          for n in doc.get("notes", [])),
        *((partial(_merge_contact, store, delegation, c, report), None)
          for c in doc.get("contacts", [])),
        *((partial(_merge_meeting, store, delegation, m, delegates, report), None)
          for m in doc.get("meetings", [])),
    ]  # fmt: skip
    for start in range(0, len(merges), STEP):
        chunk = merges[start : start + STEP]
        yield start, [merge for merge, _ in chunk], sorted({i for _, i in chunk if i})


def _newer(incoming: dict[str, Any], local: dict[str, Any]) -> bool:
    """Whether the incoming version was modified after the local one (ties keep the local)."""
    return (incoming.get("modified") or "") > (local.get("modified") or "")


def _merge_contact(
    store: Store, delegation: Delegation, c: dict[str, Any], report: ImportReport
) -> None:
    from briefer.core.people import _index as index_contact
    from briefer.core.people import add_contact, get_contact

    local = store.query_one("SELECT * FROM contacts WHERE id = ?", (c["id"],))
    if local is None:
        add_contact(
            store,
            delegation,
            c["name"],
            **{k: c.get(k) for k in CONTACT_FIELDS if k != "name"},
            person_id=c["id"],
            created=c.get("created"),
            modified=c.get("modified"),
        )
        report.contacts_added += 1
        return
    if all((c.get(k) or None) == (local[k] or None) for k in CONTACT_FIELDS):
        return
    keep, other = (c, local) if _newer(c, local) else (local, c)
    loser = {k: other.get(k) for k in (*CONTACT_FIELDS, "modified")}
    store.conn.execute(
        "UPDATE contacts SET name = ?, function = ?, organisation = ?, country = ?,"
        " languages = ?, notes = ?, modified = ?, import_conflict = ? WHERE id = ?",
        (
            *(keep.get(k) for k in CONTACT_FIELDS),
            keep.get("modified") or now_iso(),
            json.dumps(loser, ensure_ascii=False),
            c["id"],
        ),
    )
    store.conn.execute(
        "UPDATE meeting_counterparts SET name = ? WHERE person_id = ?", (keep["name"], c["id"])
    )
    index_contact(store, get_contact(store, c["id"]))
    if keep is c:
        report.contacts_updated += 1
    report.contact_conflicts.append(c["id"])


def _meeting_signature(store: Store, meeting_id: str) -> dict[str, Any]:
    """A stored meeting as an export record, delegates by name (to compare) and by identity
    (to keep)."""
    row = store.query_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
    assert row is not None
    people = store.query(
        "SELECT person_id AS id, name FROM meeting_counterparts WHERE meeting_id = ?"
        " ORDER BY position, name",
        (meeting_id,),
    )
    attending = store.query(
        "SELECT d.uid, d.name FROM meeting_delegates md JOIN delegates d ON d.id = md.delegate_id"
        " WHERE md.meeting_id = ?",
        (meeting_id,),
    )
    return {
        "id": meeting_id,
        **{k: row[k] for k in MEETING_FIELDS},
        "logistics": parse_logistics(row["logistics"]),
        "counterparts": people,
        **_attendance((a["uid"], a["name"]) for a in attending),
        "created": row["created"],
        "modified": row["modified"],
    }


def _attendance(delegates: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """A version's delegates, given as (uid, name): by identity, which settling reads, and by
    name, which versions are compared by (and all an earlier version's record holds)."""
    people = sorted(set(delegates), key=itemgetter(1, 0))
    return {
        "delegate_names": [name for _, name in people],
        "local_delegates": [{"uid": uid, "name": name} for uid, name in people],
    }


def _same_meeting(a: dict[str, Any], b: dict[str, Any]) -> bool:
    keys = (*MEETING_FIELDS, "logistics", "counterparts", "delegate_names")
    return all((a.get(k) or None) == (b.get(k) or None) for k in keys)


def apply_meeting_record(
    store: Store, delegation: Delegation, record: dict[str, Any], delegate_ids: Iterable[int]
) -> None:
    """Write `record` as the meeting's current version, attended by the delegates of
    `delegate_ids` (inside the caller's transaction)."""
    store.conn.execute(
        'INSERT INTO meetings (id, delegation_id, kind, title, day, start, "end", timezone,'
        " room_id, place, status, logistics, created, modified)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, 'Europe/Paris'), ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title,"
        ' day = excluded.day, start = excluded.start, "end" = excluded."end",'
        " timezone = excluded.timezone, room_id = excluded.room_id, place = excluded.place,"
        " status = excluded.status, logistics = excluded.logistics,"
        " modified = excluded.modified",
        (
            record["id"],
            delegation.id,
            *(record.get(k) for k in MEETING_FIELDS),
            json.dumps(record.get("logistics") or {}, ensure_ascii=False),
            record.get("created") or now_iso(),
            record.get("modified") or now_iso(),
        ),
    )
    store.conn.execute("DELETE FROM meeting_counterparts WHERE meeting_id = ?", (record["id"],))
    store.conn.executemany(
        "INSERT OR IGNORE INTO meeting_counterparts (meeting_id, person_id, name, position)"
        " VALUES (?, ?, ?, ?)",
        [
            (record["id"], p["id"], p["name"], i)
            for i, p in enumerate(record.get("counterparts", []))
        ],
    )
    store.conn.execute("DELETE FROM meeting_delegates WHERE meeting_id = ?", (record["id"],))
    store.conn.executemany(
        "INSERT OR IGNORE INTO meeting_delegates (meeting_id, delegate_id) VALUES (?, ?)",
        [(record["id"], delegate_id) for delegate_id in delegate_ids],
    )


def recorded_attendance(
    store: Store, delegation: Delegation, record: dict[str, Any]
) -> tuple[list[int], list[str]]:
    """The ids of the delegates a recorded version names, and the names of those it names who
    are no longer in the delegation: by identity, as mapped when the file was imported (a
    delegate renamed since still attends), or by name in a record that holds no identities."""
    local = list_delegates(store, delegation)
    refs = record.get("local_delegates")
    if isinstance(refs, list):
        by_uid = {d.uid: d for d in local}
        pairs = [
            (by_uid.get(r.get("uid")), r.get("name") or r.get("uid"))
            for r in refs
            if isinstance(r, dict) and isinstance(r.get("uid"), str)
        ]
    else:
        names = record.get("delegate_names")
        names = [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
        pairs = [(_delegate_written(local, n), n) for n in names]
    found = [d.id for d, _ in pairs if d is not None]
    return found, [str(name) for d, name in pairs if d is None]


def _delegate_written(local: list[Delegate], name: str) -> Delegate | None:
    """The delegate `name` names in a record written before identities were kept: written
    exactly so, else the only one written so case aside, else the only one by `name_key`;
    none when several are (near-duplicates are never taken for one another)."""
    same = [d for d in local if name_key(d.name) == name_key(name)]
    for found in (
        [d for d in same if d.name == name],
        written_as(same, name, attrgetter("name")),
        same,
    ):
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _merge_meeting(
    store: Store,
    delegation: Delegation,
    m: dict[str, Any],
    delegates: dict[str, Delegate],
    report: ImportReport,
) -> None:
    """Merge the file's meeting `m`, attended by the local delegates its uids were mapped to."""
    from briefer.core.meetings import get_meeting, record_history, reindex_meeting

    attending = {delegates[u].id: delegates[u] for u in m.get("delegates", [])}
    incoming = {**m, **_attendance((d.uid, d.name) for d in attending.values())}
    exists = store.query_one("SELECT 1 FROM meetings WHERE id = ?", (m["id"],))
    if exists is None:
        apply_meeting_record(store, delegation, incoming, attending)
        reindex_meeting(store, m["id"])
        record_history(store, None, get_meeting(store, m["id"]))
        report.meetings_added += 1
        return
    local = _meeting_signature(store, m["id"])
    if _same_meeting(incoming, local):
        report.meetings_unchanged += 1
        return
    if _newer(incoming, local):
        before = get_meeting(store, m["id"])
        apply_meeting_record(store, delegation, incoming, attending)
        record_history(store, before, get_meeting(store, m["id"]))
        loser = local
        report.meetings_updated += 1
    else:
        loser = incoming
    loser = {k: v for k, v in loser.items() if k != "delegates"}
    store.conn.execute(
        "UPDATE meetings SET import_conflict = ? WHERE id = ?",
        (json.dumps(loser, ensure_ascii=False), m["id"]),
    )
    reindex_meeting(store, m["id"])
    report.meeting_conflicts.append(m["id"])


def _merge_mark(
    store: Store,
    delegation: Delegation,
    m: dict[str, Any],
    delegate_ids: dict[str, int],
    report: ImportReport,
) -> None:
    local = store.query_one(
        "SELECT * FROM marks WHERE delegation_id = ? AND item_id = ?", (delegation.id, m["item_id"])
    )
    if local is None:
        store.conn.execute(
            "INSERT INTO marks (delegation_id, item_id, kind, priority, status, reason, created, "
            "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                delegation.id,
                m["item_id"],
                m.get("kind"),
                m["priority"],
                m.get("status", "open"),
                m.get("reason"),
                m.get("created") or now_iso(),
                m.get("modified") or now_iso(),
            ),
        )
        report.marks_added += 1
    else:
        differs = {
            k: m.get(k)
            for k in ("priority", "status", "reason")
            if (m.get(k) or None) != (local[k] or None) and m.get(k) is not None
        }
        if differs:
            differs["delegates"] = sorted(
                get_delegate(store, delegate_ids[uid]).name for uid in m.get("delegates", [])
            )
            store.conn.execute(
                "UPDATE marks SET import_conflict = ? WHERE delegation_id = ? AND item_id = ?",
                (json.dumps(differs, ensure_ascii=False), delegation.id, m["item_id"]),
            )
            report.mark_conflicts.append(m["item_id"])
    assigned = 0
    for uid in m.get("delegates", []):
        assigned += store.conn.execute(
            "INSERT OR IGNORE INTO mark_delegates (delegation_id, item_id, delegate_id) "
            "VALUES (?, ?, ?)",
            (delegation.id, m["item_id"], delegate_ids[uid]),
        ).rowcount
    if local is not None and (differs or assigned):
        report.marks_merged += 1  # a mark the same on both sides is not counted as merged


def _digest(note: dict[str, Any]) -> str:
    """A version of a note: its text and the direction its writer set (a note with none has
    the digest of its text alone, as before directions travelled)."""
    text = note["body"]
    if note.get("direction"):
        text += f"\x00direction={note['direction']}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _remember(store: Store, notes: list[dict[str, Any]]) -> None:
    """Record that these versions of notes came in or went out in a selection file."""
    store.conn.executemany(
        "INSERT OR IGNORE INTO note_versions_seen (note_id, digest) VALUES (?, ?)",
        [(note["id"], _digest(note)) for note in notes],
    )


def _merge_note(
    store: Store, delegation: Delegation, n: dict[str, Any], origin: str, report: ImportReport
) -> None:
    """Add the file's note `n`, or flag it beside the note of the same id it differs from (in
    its text or in the direction its writer set: found by review, a direction set on a note
    the reader had did not travel). A version this folder has had before (sent or received)
    of a note it still holds is left: the note was edited or settled here since. (A note
    deleted here comes back: a selection file may be the copy someone keeps.)"""
    # A version recorded before directions travelled has the digest of its text alone (found by
    # review: after the upgrade a note sent, then edited here, came back as a conflict).
    known = store.query_one(
        "SELECT 1 FROM note_versions_seen WHERE note_id = ? "
        "AND (digest = ? OR (text_only AND digest = ?))",
        (n["id"], _digest(n), _digest({"body": n["body"]})),
    )
    existing = store.query_one("SELECT id, body FROM notes WHERE id = ?", (n["id"],))
    same_body = store.query_one(
        "SELECT id FROM notes WHERE delegation_id = ? AND item_id IS ? AND body = ?"
        " AND direction IS ?",
        (delegation.id, n.get("item_id"), n["body"], n.get("direction") or None),
    )
    _remember(store, [n])
    if same_body is not None or (known is not None and existing is not None):
        report.notes_unchanged += 1
        return
    if existing is None:
        add_note(
            store,
            delegation,
            n.get("item_id"),
            n["body"],
            note_id=n["id"],
            created=n.get("created"),
            modified=n.get("modified"),
            origin=origin,
            direction=n.get("direction") or None,
            check_item=False,
            snapshot=False,
        )
        report.notes_added += 1
        return
    copy = add_note(
        store,
        delegation,
        n.get("item_id"),
        n["body"],
        created=n.get("created"),
        modified=n.get("modified"),
        conflict_with=existing["id"],
        origin=origin,
        direction=n.get("direction") or None,
        check_item=False,
        snapshot=False,
    )
    store.conn.execute("UPDATE notes SET conflict_with = ? WHERE id = ?", (copy.id, existing["id"]))
    report.note_conflicts.append(get_note(store, existing["id"]).id)
    report.notes_added += 1
