"""Columns a catalogue row is given when it is written, beside what its source says.

A name's sort key (`collation.stored_key`), so that SQL lists people and projects in the
reader's order by a column and its index, without calling Python at each comparison; a
project's name has one per reading language, as each picks its name (`localize.FALLBACK`).
A person's name as names are matched (`names.name_key`), so that a name is looked up in SQL.
A catalogue file written before these were (its meta's `KEYS_META` below `KEYS_FORMAT`) is
written again when the store opens it, as one whose search index is of an older format; and
one whose index is of an older format gets its keys made again with its index, since both are
folded by `textnorm.fold`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefer.core.collation import stored_key
from briefer.core.localize import FALLBACK
from briefer.core.names import name_key

Row = dict[str, Any]
KEYS_META = "name_keys"
KEYS_FORMAT = 1


def _first(row: Row, columns: tuple[str, ...]) -> str:
    """The first of `columns` that is not NULL, else "": SQL's coalesce(…, '')."""
    return next((row[c] for c in columns if row.get(c) is not None), "")


def _project_name(lang: str) -> Callable[[Row], str | None]:
    columns = (*(f"name_{c}" for c in FALLBACK[lang]), "name_other")
    return lambda row: stored_key(_first(row, columns))


def _person_key(row: Row) -> str | None:
    return name_key(row["name"]) if row.get("name") else None


KEY_COLUMNS: dict[str, dict[str, Callable[[Row], str | None]]] = {
    "people": {
        "sort_name": lambda row: stored_key(row.get("name")),
        "sort_organisation": lambda row: stored_key(row.get("organisation")),
        "name_key": _person_key,
    },
    "organisations": {"sort_name": lambda row: stored_key(row.get("name"))},
    "projects": {f"sort_name_{lang}": _project_name(lang) for lang in FALLBACK},
}

KEY_INDEXES = (
    "CREATE INDEX idx_people_name_key ON people (name_key)",
    "CREATE INDEX idx_people_sort ON people (sort_name, sort_organisation, id)",
    *(f"CREATE INDEX idx_projects_sort_{c} ON projects (sort_name_{c}, id)" for c in FALLBACK),
)


def key_values(table: str, row: Row) -> list[str | None]:
    """The values of `table`'s key columns for `row`, in `KEY_COLUMNS` order."""
    return [make(row) for make in KEY_COLUMNS.get(table, {}).values()]


def keys_format(meta: dict[str, Any]) -> int:
    """The `KEYS_FORMAT` a catalogue of `meta` was written with (0: none)."""
    value = meta.get(KEYS_META, 0)
    return value if isinstance(value, int) else 0
