"""The project catalogue: a count and sorted batches under one filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from briefer.core.localize import FALLBACK
from briefer.core.store import Store

BATCH = 400
SortKey = Literal["name", "organisation", "themes", "regions", "countries", "catalogue"]
_SORT_SQL: dict[str, str] = {
    # In the reader's language first; as the reader's alphabet orders it (`core.collation`), by
    # the keys stored with the rows (`catalogue.keys`).
    "name": "p.sort_name_{lang}",
    "organisation": "coalesce(o.sort_name, '')",
    "themes": "themes_en COLLATE briefer",
    "regions": "p.regions",
    "countries": "p.countries",
    "catalogue": "p.catalogue",
}
_THEMES = (
    "(SELECT group_concat({name}, '{sep}') FROM cat.item_themes it "
    "JOIN cat.themes t ON t.id = it.theme_id WHERE it.item_id = p.id) AS themes_{lang}"
)


@dataclass(frozen=True)
class ProjectFilter:
    """Which projects to list: of one edition (None: all), and whose name, organisation,
    regions or countries contain `text`."""

    edition_id: str | None = None
    text: str = ""


def _where(f: ProjectFilter) -> tuple[str, list[Any]]:
    sql, params = ["1"], []
    if f.edition_id:
        sql.append("p.edition_id = ?")
        params.append(f.edition_id)
    if f.text.strip():
        sql.append(
            "(coalesce(p.name_en,'') || coalesce(p.name_fr,'') || coalesce(p.name_ar,'')"
            " || coalesce(p.name_other,'') || coalesce(o.name,'') || p.regions "
            "|| p.countries) LIKE ?"
        )
        params.append(f"%{f.text.strip()}%")
    return " AND ".join(sql), params


def project_count(store: Store, f: ProjectFilter) -> int:
    where, params = _where(f)
    row = store.query_one(
        "SELECT count(*) AS n FROM cat.projects p "
        f"LEFT JOIN cat.organisations o ON o.id = p.organisation_id WHERE {where}",
        params,
    )
    return row["n"] if row else 0


def project_rows(
    store: Store,
    f: ProjectFilter,
    order: SortKey = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = BATCH,
    lang: str = "en",
) -> list[dict[str, Any]]:
    """One batch of projects sorted by `order` (then id): the project's columns, its
    `organisation` name, and its themes joined per language (`themes_en`, `themes_fr`,
    `themes_ar`)."""
    where, params = _where(f)
    themes = ", ".join(
        _THEMES.format(name=name, sep=sep, lang=lang)
        for lang, name, sep in (
            ("en", "coalesce(t.name_en, t.name_fr, t.name_ar)", ", "),
            ("ar", "coalesce(t.name_ar, t.name_en)", "، "),
            ("fr", "coalesce(t.name_fr, t.name_en)", ", "),
        )
    )
    direction = "DESC" if descending else "ASC"
    return store.query(
        f"SELECT p.*, o.name AS organisation, {themes} "
        "FROM cat.projects p LEFT JOIN cat.organisations o ON o.id = p.organisation_id "
        f"WHERE {where} ORDER BY {_sort_sql(order, lang)} {direction}, p.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def _sort_sql(order: str, lang: str) -> str:
    return _SORT_SQL[order].format(lang=lang if lang in FALLBACK else "en")


def all_projects(store: Store, f: ProjectFilter, order: SortKey = "name") -> list[dict[str, Any]]:
    """Every project under `f`, read batch by batch."""
    rows: list[dict[str, Any]] = []
    while True:
        batch = project_rows(store, f, order, offset=len(rows))
        rows += batch
        if len(batch) < BATCH:
            return rows
