"""Where a namespace of the catalogue came from, as recorded in its meta."""

from __future__ import annotations

from typing import Any


def namespace_of(item_id: str) -> str:
    return item_id.split(":", 1)[0]


def provenance(meta: dict[str, Any], namespace: str) -> dict[str, Any]:
    """Who published a namespace's data and whether it was signed (None: not recorded)."""
    entry = (meta.get("sources") or {}).get(namespace)
    if not entry:
        return {"publisher": "bundled", "signed": None, "kind": "bundled"}
    return {
        "publisher": entry.get("source") or "?",
        "signed": entry.get("signed"),
        "kind": entry.get("kind"),
    }
