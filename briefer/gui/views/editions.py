"""The forum's editions, as the programme and projects views offer them."""

from __future__ import annotations

from briefer.core.localize import pick
from briefer.gui.context import AppContext


def edition_choices(ctx: AppContext) -> list[tuple[str, str]]:
    rows = ctx.store.query("SELECT * FROM cat.editions ORDER BY year DESC")
    return [(r["id"], pick(r, "name", ctx.lang) or r["id"]) for r in rows]


def default_edition(ctx: AppContext) -> str | None:
    row = ctx.store.query_one(
        "SELECT edition_id FROM cat.sessions GROUP BY edition_id ORDER BY count(*) DESC LIMIT 1"
    )
    return row["edition_id"] if row else None
