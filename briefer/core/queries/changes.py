"""What the Changes view and the change badges read: the last pack and the last sync's changes."""

from __future__ import annotations

import json
from dataclasses import dataclass

from briefer.core.delegations import Delegation
from briefer.core.store import Store


@dataclass(frozen=True)
class PackStamp:
    id: int
    created: str


def last_pack(store: Store, delegation: Delegation | None) -> PackStamp | None:
    """The delegation's most recent pack, the mark from which "changes since" are counted."""
    if delegation is None:
        return None
    row = store.query_one(
        "SELECT id, created FROM packs WHERE delegation_id = ? ORDER BY created DESC LIMIT 1",
        (delegation.id,),
    )
    return PackStamp(row["id"], row["created"]) if row else None


@dataclass(frozen=True)
class PrintedPack:
    id: int
    created: str
    delegation: str
    delegate: str | None  # the delegate it was printed for (None: the whole delegation's)
    delegate_removed: bool  # that delegate is no longer in the delegation
    lang: str | None
    format: str
    pages: int | None
    path: str | None


def printed_packs(store: Store) -> list[PrintedPack]:
    """Every pack printed, newest first: the ids "changes since a pack" counts from."""
    rows = store.query(
        "SELECT p.id, p.created, p.lang, p.path, p.contents, d.name AS delegation, "
        "coalesce(g.name, p.delegate_name) AS delegate, "
        "p.delegate_id IS NOT NULL AND g.id IS NULL AS delegate_removed "
        "FROM packs p JOIN delegations d ON d.id = p.delegation_id "
        "LEFT JOIN delegates g ON g.id = p.delegate_id ORDER BY p.created DESC, p.id DESC"
    )
    return [_printed(row) for row in rows]


def _printed(row) -> PrintedPack:
    try:
        contents = json.loads(row["contents"] or "{}")
    except ValueError:
        contents = {}
    contents = contents if isinstance(contents, dict) else {}
    pages = contents.get("pages")
    return PrintedPack(
        id=row["id"],
        created=row["created"],
        delegation=row["delegation"],
        delegate=row["delegate"],
        delegate_removed=bool(row["delegate_removed"]),
        lang=row["lang"],
        format=str(contents.get("format") or "pdf"),
        pages=pages if isinstance(pages, int) else None,
        path=row["path"],
    )


def changed_in_last_sync(store: Store) -> set[str]:
    """The items the last completed sync changed (added items aside: they are new, not changed)."""
    return {
        r["item_id"]
        for r in store.query(
            "SELECT DISTINCT c.item_id FROM changes c JOIN syncs s ON s.id = c.sync_id "
            "WHERE s.status = 'done' AND c.field != 'added' AND s.id = "
            "(SELECT max(id) FROM syncs WHERE status = 'done')"
        )
    }


def in_catalogue(store: Store, item_id: str) -> bool:
    """Whether the catalogue still holds `item_id` (a withdrawn item has only its snapshot)."""
    return store.query_one("SELECT 1 FROM cat.items WHERE id = ?", (item_id,)) is not None
