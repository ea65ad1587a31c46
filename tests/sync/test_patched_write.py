"""A sync or import rewrites only its namespace: the working file copied and patched, atomically."""

from __future__ import annotations

import functools
import shutil
import sqlite3
import threading

import pytest

from briefer.core.catalogue import io
from briefer.core.catalogue.io import CatalogueData, search_rows_of
from briefer.core.catalogue.schema import TABLES
from briefer.core.errors import Cancelled, StoreError
from briefer.core.progress import Progress, Reporter
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
            name: sorted(
                (
                    tuple((type(v).__name__, v) for v in row)
                    for row in conn.execute(f"SELECT * FROM [{name}]")
                ),
                key=repr,
            )
            for name in TABLES
        }
    conn.close()
    return rows


def programme(version: int, moved: bool, person: str, link_title: str) -> CatalogueData:
    """Six sessions (s1 moved or not, s5 gone once moved), two people, a speaker and a link."""
    titles = {f"s{i}": f"Session {i}" for i in range(6)}
    if moved:
        titles["s1"] = "Session one, moved"
        del titles["s5"]
    data = alpha(titles, version)
    data.add("people", {"id": "alpha:p1", "name": person})
    data.add("people", {"id": "alpha:p2", "name": "Lin Wei"})
    speaking = "alpha:s3" if moved else "alpha:s2"
    data.add("session_people", {"session_id": speaking, "person_id": "alpha:p1"})
    url = "https://example.org/a"
    data.add("links", {"item_id": "alpha:s0", "url": url, "title": link_title, "position": 1})
    return data


def write(store, data: CatalogueData) -> None:
    apply_catalogue(store, data.meta["source_name"].split()[0], data, source="f", kind="file")


def test_an_update_rewrites_only_the_rows_that_changed(store, tmp_path) -> None:
    write(store, programme(1, False, "Ada Okafor", "Agenda"))
    beta = CatalogueData(meta={"source_name": "beta"})  # rows after alpha's: see below
    beta.add("sessions", {"id": "beta:s", "title_en": "Beta", "day": "2030-11-12"})
    write(store, beta)
    sessions, people = rowids(store, "sessions"), rowids(store, "people")
    base = tmp_path / "base.db"
    shutil.copyfile(store.catalogue_path, base)

    update = programme(2, True, "Ada Okafor-Mensah", "Agenda, revised")
    write(store, update)

    # Rows rewritten get new rowids, past beta's; the others keep theirs.
    now = rowids(store, "sessions")
    assert "alpha:s5" not in now
    assert {k: now[k] for k in ("alpha:s0", "alpha:s2", "alpha:s3", "alpha:s4")} == {
        k: sessions[k] for k in ("alpha:s0", "alpha:s2", "alpha:s3", "alpha:s4")
    }
    assert now["alpha:s1"] > sessions["beta:s"]
    people_now = rowids(store, "people")
    assert people_now["alpha:p2"] == people["alpha:p2"]
    assert people_now["alpha:p1"] > people["alpha:p2"]
    assert store.query("SELECT name FROM cat.people WHERE id = 'alpha:p1'") == [
        {"name": "Ada Okafor-Mensah"}
    ]
    assert store.query("SELECT title FROM cat.links WHERE item_id LIKE 'alpha:%'") == [
        {"title": "Agenda, revised"}
    ]
    speakers = store.query(
        "SELECT session_id FROM cat.session_people WHERE person_id = ?", ("alpha:p1",)
    )
    assert speakers == [{"session_id": "alpha:s3"}]
    # Every table (values and their types) as replacing the whole namespace gives it, and the
    # index as a whole rewrite gives it.
    whole = tmp_path / "whole.db"
    io.write_catalogue_patched(base, whole, "alpha", update, _LINK_KEYS, [], None)
    assert table_rows(store.catalogue_path) == table_rows(whole)
    index = sorted(tuple(r.values()) for r in search_rows_of(read_catalogue(store)))
    assert fts_rows(store) == index


def test_a_copy_of_another_catalogue_version_is_not_patched(store, tmp_path) -> None:
    """The guard behind the write lock: a store that still reads a replaced file refuses."""
    write(store, programme(1, False, "Ada Okafor", "Agenda"))
    version = store.catalogue_version()
    out = tmp_path / "next.db"
    update = programme(2, True, "Ada Okafor", "Agenda")
    with pytest.raises(StoreError) as raised:
        io.write_catalogue_patched(
            store.catalogue_path,
            out,
            "alpha",
            update,
            _LINK_KEYS,
            [],
            None,
            expected_version=version - 1,
        )
    assert raised.value.kind == "catalogue_changed"
    assert raised.value.facts == {"expected": version - 1, "found": version}
    assert not out.exists() and not out.with_name(out.name + ".part").exists()
    io.write_catalogue_patched(
        store.catalogue_path, out, "alpha", update, _LINK_KEYS, [], None, expected_version=version
    )
    assert out.exists()


def test_a_sync_cancelled_while_indexing_changes_nothing(store) -> None:
    write(store, programme(1, False, "Ada Okafor", "Agenda"))
    before = read_catalogue(store).tables
    version = store.catalogue_version()

    def stop_at_the_index(progress: Progress) -> None:
        if progress.stage == "index":
            raise Cancelled("Cancelled.")

    update = programme(2, True, "Ada Okafor-Mensah", "Agenda, revised")
    with pytest.raises(Cancelled):
        apply_catalogue(
            store, "alpha", update, source="f", kind="file", progress=Reporter(stop_at_the_index)
        )
    assert read_catalogue(store).tables == before
    assert store.catalogue_version() == version
    assert not store.data.catalogue_next.exists()
    assert "briefer-index-rows" not in {t.name for t in threading.enumerate()}


def test_a_title_changed_in_french_or_arabic_alone_is_a_change(store):
    """Found by review: changes compared the English title only, so a session retitled in
    French alone was not listed (a programme edited in the forum's languages)."""
    first = alpha({"s1": "Water security", "s2": "Youth and peace"}, 1)
    for row in first.tables["sessions"]:
        row["title_fr"] = {"alpha:s1": "Sécurité de l'eau", "alpha:s2": "Jeunesse et paix"}[
            row["id"]
        ]
    apply_catalogue(store, "alpha", first, source="f", kind="file")
    second = alpha({"s1": "Water security", "s2": "Youth and peace"}, 2)
    for row in second.tables["sessions"]:
        row["title_fr"] = {
            "alpha:s1": "Sécurité de l'eau",
            "alpha:s2": "Jeunesse, paix et sécurité",
        }[row["id"]]
    result = apply_catalogue(store, "alpha", second, source="f", kind="file")
    titles = [c for c in result.changes if c["field"] == "title"]
    assert [(c["item_id"], c["old"], c["new"]) for c in titles] == [
        ("alpha:s2", "Jeunesse et paix", "Jeunesse, paix et sécurité")
    ]
    assert titles[0]["title"] == "Youth and peace"  # named as before, by its shown title


def test_a_patch_reports_the_rows_it_writes(store, monkeypatch) -> None:
    """Found by review: an import of 40,000 rows stood at 0 % until the write was over."""
    monkeypatch.setattr(io, "_insert_rows", functools.partial(io._insert_rows, batch=2))
    seen: list[tuple[int, int | None]] = []

    def record(progress: Progress) -> None:
        if progress.stage == "write":
            seen.append((progress.done, progress.total))

    titles = {f"s{n}": f"Session {n}" for n in range(5)}
    apply_catalogue(
        store, "alpha", alpha(titles, 1), source="f", kind="file", progress=Reporter(record)
    )
    total = seen[-1][1]
    assert total == 6  # the edition and five sessions
    assert [done for done, _ in seen] == [0, 1, 3, 5, 6]
    assert all(t == total for _, t in seen)
