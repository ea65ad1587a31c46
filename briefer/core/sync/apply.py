"""Applying fresh programme data: validated first, merged by namespace, swapped atomically,
every change recorded.

Order of writes, so that a crash or kill at any instant leaves either the old catalogue or the
new one, never a mix, and user data untouched:

1. the merged catalogue is written beside the working one (`catalogue.next.db`, itself written
   as a `.part` file and renamed when complete);
2. one transaction in user.db records the sync as *pending* with its changes;
3. the new file is renamed to the catalogue's next generation, `catalogue.N.db` (atomic; never
   over the file in use, which Windows refuses while a window or command has it open);
4. the sync is marked *done*.

At start-up `store.settle_pending` settles a pending sync: done if the catalogue has its
version, else dropped.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.catalogue.io import (
    CatalogueData,
    can_patch,
    index_format,
    iter_search_rows,
    owned_sql,
    read_tables,
    write_catalogue,
    write_catalogue_patched,
)
from briefer.core.catalogue.provenance import namespace_of
from briefer.core.catalogue.schema import TABLES
from briefer.core.catalogue.writelock import one_writer
from briefer.core.errors import InputError
from briefer.core.localize import all_languages, pick
from briefer.core.neutral import Words
from briefer.core.progress import Reporter
from briefer.core.search.textnorm import INDEX_FORMAT
from briefer.core.store import Store, now_iso, storage_fault
from briefer.core.sync.titles import in_language_pair, recorded
from briefer.core.timefmt import local, parse_utc

_LINK_KEYS = {"session_people": "session_id", "item_themes": "item_id", "links": "item_id"}


class RefusedError(InputError):
    """Fresh data that is valid but refused: a rollback, or an empty programme (forcible)."""

    default_kind = "refused"


@dataclass
class ApplyResult:
    status: str  # applied | unchanged
    namespace: str
    version_before: int
    version_after: int
    sync_id: int | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    items: int = 0
    # Said when a file without a programme name went beside another file's programme under a
    # name of its own (also among `warnings`): a front end shows it where it cannot be missed.
    beside: str | None = None


def read_catalogue(store: Store) -> CatalogueData:
    """The working catalogue's rows, table by table."""
    return CatalogueData(tables=read_tables(store.conn, "cat"), meta=store.catalogue_meta())


def read_namespace(store: Store, namespace: str) -> CatalogueData:
    """The working catalogue's rows of `namespace`, and the people and rooms its sessions name."""
    data = CatalogueData()
    ns = {"ns": namespace}
    for name in TABLES:
        owned = owned_sql(_LINK_KEYS.get(name, "id"))
        data.tables[name] = store.query(f"SELECT * FROM cat.[{name}] WHERE {owned}", ns)
    data.tables["people"] += store.query(
        f"SELECT * FROM cat.people WHERE NOT {owned_sql('id')} AND id IN "
        f"(SELECT person_id FROM cat.session_people WHERE {owned_sql('session_id')})",
        ns,
    )
    data.tables["rooms"] += store.query(
        f"SELECT * FROM cat.rooms WHERE NOT {owned_sql('id')} AND id IN "
        f"(SELECT room_id FROM cat.sessions WHERE {owned_sql('id')})",
        ns,
    )
    data.meta = store.catalogue_meta()
    return data


# What an item's index row is made of besides its own row: the names of these tables' rows,
# and its link rows.
_INDEX_SOURCES = ("themes", "people", "organisations", "venues", "rooms")


def _canonical(table: str, rows: list[dict[str, Any]]) -> dict[str, list[tuple]]:
    """Each row as a comparable tuple of its columns, by the id of the item that owns it."""
    columns = list(TABLES[table])
    key = _LINK_KEYS.get(table, "id")
    out: dict[str, list[tuple]] = {}
    for row in rows:
        get = row.get
        out.setdefault(row[key], []).append(tuple([get(c) for c in columns]))
    for group in out.values():
        if len(group) > 1:
            group.sort(key=repr)
    return out


Canonical = dict[str, dict[str, list[tuple]]]  # table -> owner id -> its rows, comparable


def canonical_pair(
    current: CatalogueData, incoming: CatalogueData, namespace: str
) -> tuple[Canonical, Canonical]:
    """The namespace's rows now and as they come, per table and owner, computed once."""
    old: Canonical = {}
    new: Canonical = {}
    for table in TABLES:
        old[table] = _canonical(
            table, [r for r in current.tables[table] if owner(table, r) == namespace]
        )
        new[table] = _canonical(
            table, [r for r in incoming.tables[table] if owner(table, r) == namespace]
        )
    return old, new


def index_kept(old: Canonical, new: Canonical) -> set[str]:
    """The namespace's items whose search index row would come out the same from `new`."""
    if not any(old[t] for t in ("sessions", "projects")):
        return set()  # a new namespace: nothing indexed to keep
    if any(old[t] != new[t] for t in _INDEX_SOURCES):
        return set()
    kept: set[str] = set()
    links = ("item_themes", "session_people")
    for table in ("sessions", "projects", *_INDEX_SOURCES, "editions"):
        for item, rows in new[table].items():
            if old[table].get(item) == rows and all(
                old[link].get(item) == new[link].get(item) for link in links
            ):
                kept.add(item)
    return kept


def changed_owners(old: Canonical, new: Canonical) -> dict[str, set[str]]:
    """Per table, the owners whose rows differ between `old` and `new` (added and removed too)."""
    out: dict[str, set[str]] = {}
    for table in TABLES:
        before, after = old[table], new[table]
        out[table] = {
            owner_id
            for owner_id in before.keys() | after.keys()
            if before.get(owner_id) != after.get(owner_id)
        }
    return out


def write_next(
    store: Store,
    namespace: str,
    current: CatalogueData,
    incoming: CatalogueData,
    merged: CatalogueData,
    next_file: Path,
    report: Reporter,
) -> None:
    """Write the next catalogue: the working file with the namespace's rows replaced.

    A copy of the working file is patched when it has this format (the cost follows the
    namespace, and an update's only the owners whose rows changed); else the whole catalogue is
    read, merged and written. An index an older Briefer wrote (the window rebuilds it in a job,
    which may have failed) is written whole again, not kept for the other namespaces.
    """
    outdated = index_format(current.meta) < INDEX_FORMAT
    if can_patch(store.catalogue_path) and not outdated:
        old, new = canonical_pair(current, incoming, namespace)
        kept = index_kept(old, new)
        fresh = {r["id"] for t in incoming.tables.values() for r in t if "id" in r} - kept
        patch = CatalogueData(incoming.tables, merged.meta)
        rows = iter_search_rows(incoming, only=fresh)
        write_catalogue_patched(
            store.catalogue_path,
            next_file,
            namespace,
            patch,
            _LINK_KEYS,
            rows,
            kept,
            report,
            changed=changed_owners(old, new) if any(old.values()) else None,
            expected_version=int(current.meta.get("catalogue_version") or 0),
        )
        return
    whole = merge(read_catalogue(store), namespace, incoming)
    whole.meta = merged.meta
    if outdated:
        write_catalogue(whole, next_file, report)
        return
    kept_index = [
        row
        for row in store.query(
            "SELECT item_id, kind, title, body, people, places FROM cat.search_fts"
        )
        if namespace_of(row["item_id"]) != namespace
    ]
    rows = itertools.chain(kept_index, iter_search_rows(incoming))
    write_catalogue(whole, next_file, report, search_rows=rows)


def owner(table: str, row: dict[str, Any]) -> str:
    """The namespace a row belongs to (link rows: that of the item they attach to)."""
    return namespace_of(row[_LINK_KEYS.get(table, "id")])


def merge(current: CatalogueData, namespace: str, incoming: CatalogueData) -> CatalogueData:
    """The current catalogue with everything of `namespace` replaced by `incoming`."""
    merged = CatalogueData()
    for name in TABLES:
        kept = [r for r in current.tables[name] if owner(name, r) != namespace]
        merged.tables[name] = kept + list(incoming.tables[name])
    return merged


def _names(data: CatalogueData, table: str) -> dict[str, str]:
    return {r["id"]: pick(r, "name", "en") or r["id"] for r in data.tables[table]}


def _speakers(data: CatalogueData) -> dict[str, str]:
    people = {r["id"]: r["name"] for r in data.tables["people"]}
    out: dict[str, list[str]] = {}
    for link in data.tables["session_people"]:
        out.setdefault(link["session_id"], []).append(people.get(link["person_id"], "?"))
    return {k: "; ".join(sorted(v)) for k, v in out.items()}


def _session_view(row: dict[str, Any], rooms: dict[str, str], speakers: dict[str, str]):
    """The fields a change is recorded for, as comparable values (times as instants)."""
    start, end = row.get("start"), row.get("end")
    minutes = None
    if start and end:
        minutes = int((parse_utc(end) - parse_utc(start)).total_seconds() // 60)  # type: ignore[operator]
    return {
        "title": pick(row, "title", "en"),
        "_titles": all_languages(row, "title"),
        "time": start or (f"day {row['day']}" if row.get("day") else None),
        "duration": f"{minutes} min" if minutes is not None else None,
        "room": rooms.get(row.get("room_id") or "", None),
        "speakers": speakers.get(row["id"]) or None,
        "language": row.get("language"),
        "status": row.get("status") or "scheduled",
        "_tz": row.get("timezone"),
    }


def _shown(name: str, value: Any, tz: str | None) -> Any:
    """A recorded value as people read it: times in the session's zone."""
    if name == "time" and isinstance(value, str) and value[:1].isdigit():
        moment = local(value, tz)
        return moment.strftime("%Y-%m-%d %H:%M") if moment else value
    return value


def diff(current: CatalogueData, incoming: CatalogueData, namespace: str) -> list[dict[str, Any]]:
    """Per item and field, what changed between the namespace's old and new rows."""
    changes: list[dict[str, Any]] = []
    for table, kind in (("sessions", "session"), ("projects", "project")):
        old = {r["id"]: r for r in current.tables[table] if namespace_of(r["id"]) == namespace}
        new = {r["id"]: r for r in incoming.tables[table]}
        if kind == "session":
            views_old = _views(current, old)
            views_new = _views(incoming, new)
        else:
            views_old = {k: _project_view(r) for k, r in old.items()}
            views_new = {k: _project_view(r) for k, r in new.items()}
        for item in sorted(new.keys() - old.keys()):
            view = views_new[item]
            titles = recorded(view["_titles"], view["title"])
            changes.append(_change(item, kind, "added", None, titles, view["title"]))
        for item in sorted(old.keys() - new.keys()):
            view = views_old[item]
            titles = recorded(view["_titles"], view["title"])
            changes.append(_change(item, kind, "removed", titles, None, view["title"]))
        for item in sorted(old.keys() & new.keys()):
            before, after = views_old[item], views_new[item]
            if _retitled(before, after):
                changes.append(
                    _change(
                        item,
                        kind,
                        "title",
                        recorded(before["_titles"], before["title"]),
                        recorded(after["_titles"], after["title"]),
                        after["title"] or before["title"],
                    )
                )
            for name in after:
                if name.startswith("_") or name == "title" or before.get(name) == after.get(name):
                    continue
                changes.append(
                    _change(
                        item,
                        kind,
                        name,
                        _shown(name, before.get(name), before.get("_tz")),
                        _shown(name, after.get(name), after.get("_tz")),
                        after["title"] or before["title"],
                    )
                )
    return changes


def _project_view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": pick(row, "name", "en"),
        "_titles": all_languages(row, "name"),
        "status": "scheduled",
    }


def _retitled(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether an item's title changed in any language (one changed in French or Arabic alone
    went unnoticed); `titles.in_language_pair` shows the language where it did."""
    return before["title"] != after["title"] or before["_titles"] != after["_titles"]


def _views(data: CatalogueData, rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    rooms = _names(data, "rooms")
    speakers = _speakers(data)
    return {k: _session_view(r, rooms, speakers) for k, r in rows.items()}


def _in_english(change: dict[str, Any]) -> dict[str, Any]:
    """A recorded change as an operation returns it: titles in English, or in the language
    where they changed (`titles.in_language_pair`)."""
    old, new = in_language_pair(change["old"], change["new"], None)
    return {**change, "old": old, "new": new}


def _change(item: str, kind: str, name: str, old: Any, new: Any, title: Any) -> dict[str, Any]:
    return {
        "item_id": item,
        "kind": kind,
        "field": name,
        "old": None if old is None else str(old),
        "new": None if new is None else str(new),
        "title": title,
    }


def discard_temporary(next_file: Path) -> None:
    """Remove a half-written next catalogue and its `.part`, so no later write trips on them."""
    for path in (next_file, next_file.with_name(next_file.name + ".part")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def is_file(source: str) -> bool:
    """Whether `source` names an imported file rather than a source that is synced."""
    return source.startswith("file:")


def check_claim(namespace: str, known: dict[str, Any], source: str, signed: bool) -> None:
    """Refuse unsigned data for a namespace another source owns (files may replace files).

    Raises:
        RefusedError: kind "namespace_claimed", forcible.
    """
    owner = known.get("source")
    if not owner or owner == source or signed:
        return
    if is_file(owner) and is_file(source):
        return
    owner_signed = bool(known.get("signed"))
    if owner_signed:
        text = Words.translate(
            "Sync",
            "'{claimant}' is not signed and claims the programme '{namespace}', which belongs "
            "to '{owner}' (signed): refused, so that it cannot replace the signed data. "
            "Nothing was changed.",
        )
    else:
        text = Words.translate(
            "Sync",
            "'{claimant}' is not signed and claims the programme '{namespace}', which belongs "
            "to '{owner}': refused. Nothing was changed.",
        )
    raise RefusedError(
        words=text.format(claimant=source, namespace=namespace, owner=owner),
        kind="namespace_claimed",
        facts={"namespace": namespace, "owner": owner, "claimant": source, "signed": owner_signed},
        forcible=True,
    )


def held_version(known: dict[str, Any], signed: bool) -> int | None:
    """The version a new feed must not go below: for signed data, only what was signed."""
    if "signed" not in known:  # recorded before signatures were kept
        return known.get("version")
    if signed:
        return known.get("signed_version")
    return known.get("version")


def completeness_of(meta: dict[str, Any], namespace: str, other: bool = False) -> list[dict]:
    """The catalogue's completeness entries of `namespace`'s editions (with `other`, the rest)."""
    return [
        c
        for c in meta.get("completeness") or []
        if (namespace_of(c.get("edition_id", ":")) == namespace) != other
    ]


def _as_held(
    current: CatalogueData,
    incoming: CatalogueData,
    namespace: str,
    known: dict[str, Any],
    source: str,
    kind: str,
    origin: str | None = None,
) -> bool:
    """Whether `incoming` is the namespace's programme exactly as held, from the same source:
    then nothing is written and the catalogue keeps its version (an identical file imported
    again moved it on, so two colleagues with the same data showed different versions)."""
    if (known.get("source"), known.get("kind")) != (source, kind) or known.get("version"):
        return False
    if known.get("path") not in (None, origin):
        return False
    meta = incoming.meta
    if (known.get("title"), bool(known.get("illustrative")), bool(known.get("partial"))) != (
        meta.get("source_name"),
        bool(meta.get("illustrative")),
        bool(meta.get("partial")),
    ):
        return False
    if completeness_of(current.meta, namespace) != list(meta.get("completeness") or []):
        return False
    old, new = canonical_pair(current, incoming, namespace)
    return old == new


@one_writer
def apply_catalogue(
    store: Store,
    namespace: str,
    incoming: CatalogueData,
    *,
    source: str,
    kind: str,
    feed_version: int | None = None,
    generated_at: str | None = None,
    force: bool = False,
    warnings: list[str] | None = None,
    progress: Reporter | None = None,
    signed: bool = False,
    origin: str | None = None,
) -> ApplyResult:
    """Replace the `namespace` part of the catalogue with `incoming` (see the module docstring).

    `origin` is where an imported file was read from, kept to tell apart two files of one name.

    One writer at a time per data folder (`one_writer`): this one reads the catalogue in
    place once it holds the lock, so a sync or import that ran meanwhile is built upon.

    Raises:
        RefusedError: an empty programme, a rollback, or an unsigned claim on a namespace
            another source owns, unless `force`.
        StoreError: another writer held the lock too long (kind 'catalogue_busy').
    """
    store.attach_latest()  # another writer may have finished while this one waited
    report = progress or Reporter()
    current = read_namespace(store, namespace)
    meta = current.meta
    sources = dict(meta.get("sources") or {})
    before = int(meta.get("catalogue_version") or 0)
    known = sources.get(namespace, {})
    if incoming.item_count() == 0 and not force:
        raise RefusedError(
            words=Words.translate(
                "Sync",
                "The new data from {source} holds no session and no project: an empty "
                "programme is almost always a publishing error. Nothing was changed.",
            ).format(source=source.removeprefix("file:")),
            kind="empty_programme",
            facts={"namespace": namespace},
            forcible=True,
        )
    if not force:
        check_claim(namespace, known, source, signed)
    held = held_version(known, signed)
    if feed_version is not None and held is not None and not force:
        if feed_version < held:
            raise RefusedError(
                words=Words.translate(
                    "Sync",
                    "The feed is version {version}, older than the version {held} already "
                    "held: refused as a rollback. Nothing was changed.",
                ).format(version=feed_version, held=held),
                kind="rollback",
                facts={"namespace": namespace, "version": feed_version, "held": held},
                forcible=True,
            )
        if feed_version == held:
            return ApplyResult("unchanged", namespace, before, before, warnings=warnings or [])
    changes = diff(current, incoming, namespace)
    if (
        not changes
        and not force
        and _as_held(current, incoming, namespace, known, source, kind, origin)
    ):
        items = incoming.item_count()
        return ApplyResult(
            "unchanged", namespace, before, before, warnings=warnings or [], items=items
        )
    merged = merge(current, namespace, incoming)
    after = before + 1
    sources[namespace] = {
        "kind": kind,
        "source": source,
        "version": feed_version,
        "signed": signed,
        "signed_version": feed_version if signed else known.get("signed_version"),
        "generated_at": generated_at,
        "applied_at": now_iso(),
        "title": incoming.meta.get("source_name"),
        "path": origin,
        "illustrative": bool(incoming.meta.get("illustrative")),
        "named": bool(incoming.meta.get("named", True)),
        "partial": bool(incoming.meta.get("partial")),
    }
    merged.meta = {
        **{k: v for k, v in meta.items() if k not in ("sources",)},
        "catalogue_version": after,
        "source": "synced",
        "sources": sources,
        "illustrative": bool(meta.get("illustrative")) or bool(incoming.meta.get("illustrative")),
        "partial": any(s.get("partial") for s in sources.values()) or bool(meta.get("partial")),
        "completeness": completeness_of(meta, namespace, other=True)
        + list(incoming.meta.get("completeness") or []),
    }
    next_file = store.data.catalogue_next
    try:
        write_next(store, namespace, current, incoming, merged, next_file, report)
    except BaseException as exc:
        discard_temporary(next_file)
        if isinstance(exc, OSError | sqlite3.OperationalError):
            raise storage_fault(exc, next_file) from exc
        raise
    stamp = now_iso()
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO syncs (source, started, version_before, version_after, status, kind, "
            "namespace, message) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)",
            (
                source,
                stamp,
                before,
                after,
                kind,
                namespace,
                json.dumps(warnings or [], ensure_ascii=False),
            ),
        )
        sync_id = int(cursor.lastrowid or 0)
        store.conn.executemany(
            "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    sync_id,
                    stamp,
                    c["item_id"],
                    c["kind"],
                    c["field"],
                    c["old"],
                    c["new"],
                    c["title"],
                )
                for c in changes
            ],
        )
    try:
        store.replace_catalogue(next_file)
    except OSError as exc:
        discard_temporary(next_file)
        raise storage_fault(exc, store.catalogue_path) from exc
    with store.transaction():
        store.conn.execute(
            "UPDATE syncs SET status = 'done', finished = ? WHERE id = ?", (now_iso(), sync_id)
        )
    shown = [_in_english(c) for c in changes]
    return ApplyResult(
        "applied", namespace, before, after, sync_id, shown, warnings or [], incoming.item_count()
    )
