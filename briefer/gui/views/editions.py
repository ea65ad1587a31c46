"""The forum's editions, as the programme and projects views offer them."""

from __future__ import annotations

from briefer.core.queries import editions
from briefer.gui.context import AppContext


def edition_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """(id, name in the display language) of every edition, newest first."""
    return [(e.id, e.name) for e in editions.list_editions(ctx.store, ctx.lang)]


def default_edition(ctx: AppContext) -> str | None:
    """The core's one default-edition rule."""
    return editions.default_edition(ctx.store)
