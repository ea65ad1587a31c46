"""A sync or import rewrites only its namespace: the working file copied and patched, atomically."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from briefer.core.catalogue import io
from briefer.core.catalogue.io import CatalogueData, search_rows_of
from briefer.core.catalogue.schema import TABLES
from briefer.core.sync.apply import _LINK_KEYS, apply_catalogue, read_catalogue


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


def rowids(store, table: str) -> dict[str, int]:
    return {r["id"]: r["rowid"] for r in store.query(f"SELECT rowid, id FROM cat.[{table}]")}


def table_rows(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        rows = {
            name: sorted(map(tuple, conn.execute(f"SELECT * FROM [{name}]")), key=repr)
            for name in TABLES
        }
    conn.close()
    return rows


def test_an_update_rewrites_only_the_rows_that_changed(store, tmp_path) -> None:
    titles = {f"s{i}": f"Session {i}" for i in range(6)}
    apply(store, titles, 1)
    speakers = alpha(titles, 2)
    speakers.add("people", {"id": "alpha:p1", "name": "Ada Okafor"})
    speakers.add("session_people", {"session_id": "alpha:s2", "person_id": "alpha:p1"})
    apply_catalogue(store, "alpha", speakers, source="file:alpha.json", kind="file")
    beta = CatalogueData()  # rows after alpha's: a namespace rewritten whole would move past them
    beta.add("sessions", {"id": "beta:s", "title_en": "Beta", "day": "2030-11-12"})
    apply_catalogue(store, "beta", beta, source="file:beta.json", kind="file")
    before, people_before = rowids(store, "sessions"), rowids(store, "people")
    base = tmp_path / "base.db"
    shutil.copyfile(store.catalogue_path, base)

    update = alpha({**titles, "s1": "Session one, moved"}, 3)
    update.tables["sessions"] = [r for r in update.tables["sessions"] if r["id"] != "alpha:s5"]
    update.add("people", {"id": "alpha:p1", "name": "Ada Okafor"})
    update.add("session_people", {"session_id": "alpha:s3", "person_id": "alpha:p1"})
    apply_catalogue(store, "alpha", update, source="file:alpha.json", kind="file")

    after = rowids(store, "sessions")
    assert "alpha:s5" not in after
    unchanged = {f"alpha:s{i}" for i in (0, 2, 3, 4)}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}
    assert after["alpha:s1"] != before["alpha:s1"]  # deleted and inserted again
    assert rowids(store, "people")["alpha:p1"] == people_before["alpha:p1"]
    links = store.query("SELECT session_id, person_id FROM cat.session_people")
    assert [r for r in links if r["session_id"].startswith("alpha:")] == [
        {"session_id": "alpha:s3", "person_id": "alpha:p1"}
    ]
    # Every table as replacing the whole namespace gives it, and the index as a whole rewrite.
    whole = tmp_path / "whole.db"
    io.write_catalogue_patched(base, whole, "alpha", update, _LINK_KEYS, [], None)
    assert table_rows(store.catalogue_path) == table_rows(whole)
    index = sorted(tuple(r.values()) for r in search_rows_of(read_catalogue(store)))
    assert fts_rows(store) == index
