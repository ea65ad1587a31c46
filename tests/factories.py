"""Small illustrative catalogues for tests (not forum data, and labelled so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefer.core.catalogue.io import CatalogueData, write_catalogue

EDITION = "test:edition-2030"


def session(
    local_id: str,
    title_en: str,
    day: str | None = "2030-11-11",
    start: str | None = None,
    end: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": f"test:{local_id}",
        "edition_id": EDITION,
        "title_en": title_en,
        "day": day,
        "start": start,
        "end": end,
        "timezone": "Europe/Paris",
        "status": "scheduled",
        "certainty": "illustrative",
        **extra,
    }


def project(local_id: str, name_en: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"test:{local_id}",
        "edition_id": EDITION,
        "catalogue": "space_for_solutions",
        "name_en": name_en,
        "regions": "[]",
        "countries": "[]",
        "certainty": "illustrative",
        **extra,
    }


def make_catalogue(
    path: Path, sessions: list[dict], projects: list[dict] | None = None, version: int = 1
) -> Path:
    data = CatalogueData()
    data.add(
        "editions",
        {
            "id": EDITION,
            "year": 2030,
            "name_en": "Illustrative forum 2030",
            "timezone": "Europe/Paris",
            "certainty": "illustrative",
        },
    )
    for row in sessions:
        data.add("sessions", row)
    for row in projects or []:
        data.add("projects", row)
    data.meta = {
        "catalogue_version": version,
        "source": "test",
        "source_name": "test data",
        "illustrative": True,
        "partial": False,
        "completeness": [],
    }
    write_catalogue(data, path)
    return path


def make_editions_catalogue(path: Path, editions: list[tuple[dict, int]]) -> Path:
    """A catalogue of several editions (rows as `edition()` gives), each with n sessions."""
    data = CatalogueData()
    for row, n in editions:
        data.add("editions", row)
        for i in range(n):
            talk = session(f"{row['id']}-{i}", f"Talk {i}")
            data.add("sessions", {**talk, "edition_id": row["id"]})
    data.meta = {"catalogue_version": 1, "source": "test", "illustrative": True}
    write_catalogue(data, path)
    return path


def edition(edition_id: str, year: int, name_en: str, start: str, end: str) -> dict[str, Any]:
    return {
        "id": edition_id,
        "year": year,
        "name_en": name_en,
        "start_date": start,
        "end_date": end,
        "timezone": "Europe/Paris",
        "certainty": "illustrative",
    }


def two_editions_of_2019(path: Path) -> Path:
    """FOSDEM and a camp, both 2019 (as imports bring them), and the illustrative 2030 edition."""
    return make_editions_catalogue(
        path,
        [
            (edition("fosdem:2019", 2019, "FOSDEM 2019", "2019-02-02", "2019-02-03"), 5),
            (edition("ccc:camp-2019", 2019, "Chaos Camp", "2019-08-21", "2019-08-25"), 3),
            (edition(EDITION, 2030, "Forum 2030", "2030-11-11", "2030-11-13"), 1),
        ],
    )


OLD_INDEX_FIND = "COP28"  # found in OLD_INDEX_TITLE by this version's index, not by the old one
OLD_INDEX_TITLE = "تمويل المناخ مع مؤسسة قطر وCOP28"


def old_index_catalogue(path: Path, count: int) -> Path:
    """A catalogue of `count` sessions as a synced file whose search index Briefer wrote before
    INDEX_FORMAT 2: no format in its meta, every title indexed as `fold` alone."""
    import sqlite3

    from briefer.core.search.textnorm import fold

    sessions = [
        session(f"s{i}", f"Session {i:05d}", title_ar=f"{OLD_INDEX_TITLE} {i}")
        for i in range(count)
    ]
    make_catalogue(path, sessions)
    titles = {s["id"]: fold(f"{s['title_en']} {s['title_ar']}") for s in sessions}
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'search_index'")
        rows = conn.execute("SELECT rowid, item_id FROM search_fts").fetchall()
        conn.executemany(
            "UPDATE search_fts SET title = ? WHERE rowid = ?",
            [(titles[item], rowid) for rowid, item in rows if item in titles],
        )
    conn.close()
    return path
