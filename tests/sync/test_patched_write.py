"""A sync or import rewrites only its namespace: the working file copied and patched, atomically."""

from __future__ import annotations

import sqlite3

import pytest

from briefer.core.catalogue import io
from briefer.core.catalogue.io import CatalogueData, search_rows_of
from briefer.core.sync.apply import apply_catalogue, read_catalogue


def alpha(titles: dict[str, str], version: int) -> CatalogueData:
    """An ILLUSTRATIVE programme of the namespace `alpha`: one session per (id, title)."""
    data = CatalogueData()
    data.add("editions", {"id": "alpha:e", "year": 2030, "name_en": "Alpha forum"})
    for local, title in titles.items():
        data.add(
            "sessions",
            {
                "id": f"alpha:{local}",
                "edition_id": "alpha:e",
                "title_en": title,
                "day": "2030-11-11",
                "timezone": "Europe/Paris",
                "status": "scheduled",
            },
        )
    data.meta = {"source_name": f"alpha v{version}"}
    return data


def fts_rows(store, where: str = "1") -> list[tuple]:
    return sorted(
        tuple(r.values())
        for r in store.query(
            f"SELECT item_id, kind, title, body, people, places FROM cat.search_fts WHERE {where}"
        )
    )


def apply(store, titles: dict[str, str], version: int):
    return apply_catalogue(
        store, "alpha", alpha(titles, version), source="file:alpha.json", kind="file"
    )


def test_patch_replaces_the_namespace_and_keeps_the_rest(store) -> None:
    others = "item_id NOT LIKE 'alpha:%'"
    before_others = fts_rows(store, others)
    apply(store, {"a": "Lighthouse keepers", "b": "Glacier survey", "c": "Orchard walk"}, 1)
    apply(store, {"a": "Lighthouse keepers", "b": "Volcano survey", "d": "Meadow talk"}, 2)

    titles = {r["id"]: r["title_en"] for r in store.query("SELECT * FROM cat.sessions")}
    assert {k: v for k, v in titles.items() if k.startswith("alpha:")} == {
        "alpha:a": "Lighthouse keepers",
        "alpha:b": "Volcano survey",
        "alpha:d": "Meadow talk",
    }
    assert fts_rows(store, others) == before_others
    indexed = [r[0] for r in fts_rows(store, "item_id LIKE 'alpha:%'")]
    assert sorted(indexed) == ["alpha:a", "alpha:b", "alpha:d", "alpha:e"]  # once each
    # The patched index is the one a whole rewrite would give.
    whole = sorted(tuple(r.values()) for r in search_rows_of(read_catalogue(store)))
    assert fts_rows(store) == whole
    matches = {
        word: [
            r["item_id"]
            for r in store.query(
                "SELECT item_id FROM cat.search_fts WHERE search_fts MATCH ?", (word,)
            )
        ]
        for word in ("lighthouse", "volcano", "glacier", "orchard", "meadow")
    }
    assert matches == {
        "lighthouse": ["alpha:a"],
        "volcano": ["alpha:b"],
        "glacier": [],
        "orchard": [],
        "meadow": ["alpha:d"],
    }
    terms = {r["term"] for r in store.query("SELECT term FROM cat.search_terms")}
    assert "volcano" in terms and "glacier" not in terms


def test_a_failed_patch_leaves_the_working_catalogue(store, monkeypatch) -> None:
    apply(store, {"a": "Lighthouse keepers"}, 1)
    before = read_catalogue(store)
    version = store.catalogue_meta()["catalogue_version"]

    def broken(conn) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(io, "write_search_terms", broken)
    with pytest.raises(RuntimeError):
        apply(store, {"a": "Volcano survey"}, 2)
    assert read_catalogue(store).tables == before.tables
    assert store.catalogue_meta()["catalogue_version"] == version
    part = store.data.catalogue_next.with_name(store.data.catalogue_next.name + ".part")
    assert not part.exists() and not store.data.catalogue_next.exists()


def test_a_patch_adds_the_indexes_an_older_file_lacks(store) -> None:
    with sqlite3.connect(store.catalogue_path) as conn:
        conn.execute("DROP INDEX idx_sessions_edition_id_format")
    conn.close()
    store.reattach_catalogue()
    apply(store, {"a": "Lighthouse keepers"}, 1)
    plan = store.query(
        "EXPLAIN QUERY PLAN SELECT DISTINCT format FROM cat.sessions WHERE edition_id = ?", ("x",)
    )
    assert "COVERING INDEX idx_sessions_edition_id_format" in plan[0]["detail"]
