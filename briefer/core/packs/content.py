"""The content model of a pack: what goes in it, decided before any layout, tested exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from briefer.core.catalogue.items import item_detail
from briefer.core.delegations import Delegate, Delegation
from briefer.core.marks import Mark, Span, conflicts, list_marks, session_span
from briefer.core.notes import Note, list_notes
from briefer.core.store import Store

SECTIONS = ("changes", "agenda", "sessions", "projects", "notes")
TITLE_LIMIT = 400
TEXT_LIMIT = 20_000


def clip(text: str | None, limit: int = TITLE_LIMIT) -> str | None:
    """Text cut to `limit` characters: a title of a megabyte is a publishing error, not a title."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _clipped(detail: dict[str, Any]) -> dict[str, Any]:
    detail["title"] = clip(detail.get("title")) or "—"
    for name in ("abstract", "summary"):
        detail[name] = clip(detail.get(name), TEXT_LIMIT)
    for person in detail.get("people", []):
        person["name"] = clip(person.get("name"))
        person["function"] = clip(person.get("function"))
    return detail


@dataclass
class Entry:
    """A marked item with its catalogue detail, mark, notes and flags."""

    detail: dict[str, Any]
    mark: Mark
    notes: list[Note]
    conflicts_with: list[str] = field(default_factory=list)
    changed: bool = False
    span: Span | None = None  # by the open-ended rule of `briefer.core.marks`; None without start

    @property
    def id(self) -> str:
        return self.detail["id"]

    @property
    def status(self) -> str:
        return self.detail.get("status") or "scheduled"


@dataclass
class PackContent:
    delegation: Delegation
    delegate: Delegate | None
    lang: str
    printed_at: datetime
    catalogue_version: int
    catalogue_meta: dict[str, Any]
    sections: tuple[str, ...]
    sessions: list[Entry]
    projects: list[Entry]
    free_notes: list[Note]
    changes: list[dict[str, Any]]
    classification: str = ""

    def days(self) -> list[tuple[str | None, list[Entry]]]:
        """Marked sessions grouped by day, days in order, sessions by time (unknown times last)."""
        groups: dict[str | None, list[Entry]] = {}
        for entry in self.sessions:
            groups.setdefault(entry.detail.get("day"), []).append(entry)
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
        return [
            (
                day,
                sorted(
                    items,
                    key=lambda e: (
                        e.detail.get("start") is None,
                        e.detail.get("start") or "",
                        e.id,
                    ),
                ),
            )
            for day, items in ordered
        ]


def previous_pack(store: Store, delegation: Delegation, delegate: Delegate | None):
    return store.query_one(
        "SELECT * FROM packs WHERE delegation_id = ? AND delegate_id IS ? "
        "ORDER BY created DESC, id DESC LIMIT 1",
        (delegation.id, delegate.id if delegate else None),
    )


def changes_since(store: Store, since: str | None, item_ids: set[str]) -> list[dict[str, Any]]:
    if since is None:
        return []
    rows = store.query("SELECT * FROM changes WHERE at > ? ORDER BY at, id", (since,))
    return [r for r in rows if r["item_id"] in item_ids]


def build_content(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None,
    lang: str,
    sections: tuple[str, ...] = SECTIONS,
    classification: str = "",
) -> PackContent:
    """Gather the marked items (of `delegate`, or of the whole delegation) and their notes."""
    marks = list_marks(store, delegation, delegate)
    clashes = conflicts(store, delegation)
    sessions, projects = [], []
    item_ids = {m.item_id for m in marks}
    previous = previous_pack(store, delegation, delegate)
    changes = changes_since(store, previous["created"] if previous else None, item_ids)
    changed_ids = {c["item_id"] for c in changes}
    for mark in marks:
        detail = _clipped(item_detail(store, mark.item_id, lang))
        entry = Entry(
            detail,
            mark,
            list_notes(store, delegation, mark.item_id),
            changed=mark.item_id in changed_ids,
        )
        if detail.get("kind") == "session":
            entry.span = session_span(store, mark.item_id)
        for c in clashes:
            if delegate is not None and c.delegate != delegate.name:
                continue
            if mark.item_id in (c.first, c.second):
                other = c.second if c.first == mark.item_id else c.first
                if other not in entry.conflicts_with:
                    entry.conflicts_with.append(other)
        if detail.get("kind") == "project":
            projects.append(entry)
        elif detail.get("kind") == "session" or detail.get("status") == "withdrawn":
            sessions.append(entry)
    return PackContent(
        delegation=delegation,
        delegate=delegate,
        lang=lang,
        printed_at=datetime.now(UTC),
        catalogue_version=store.catalogue_version(),
        catalogue_meta=store.catalogue_meta(),
        sections=tuple(s for s in SECTIONS if s in sections),
        sessions=sessions,
        projects=projects,
        free_notes=list_notes(store, delegation, free_only=True),
        changes=changes,
        classification=classification,
    )
