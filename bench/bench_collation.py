"""Benchmark: names sorted by their stored keys in SQL, against the Python collation before.

Not a test. Run with `python bench/bench_collation.py [PROJECTS] [PEOPLE]` (default 10,000
projects and 50,000 people, every name unique, a third each Latin with accents, French with
« Œ » and apostrophes, and Arabic). Prints, median of 5 runs: the Projects view's first batch
(`queries.projects.project_rows`, 400 rows, by name in each language) sorted by the stored key
(`catalogue.keys`) and by the collation `COLLATE briefer` it used before; every person's name
sorted (ORDER BY … LIMIT −1, all rows) both ways; what the keys cost when the catalogue is
written (computing them, Python) and in the file (its size with and without them).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_LATIN = ["Élodie", "Martin", "Zoé", "Ursula", "Bernard", "Ève", "Anaïs", "Roux", "Lefèvre"]
_FRENCH = ["Œdipe", "l'Appel", "d’Orléans", "Lœwenbruck", "Réponse", "à", "coordonnée", "Cœur"]
_ARABIC = ["أحمد", "إبراهيم", "محمد", "الإدريسي", "مؤسسة", "ليلى", "عبد", "الرحمن", "الهاشمي"]


def name(i: int) -> str:
    """An ILLUSTRATIVE unique name: three words of one script, and a number."""
    words = (_LATIN, _FRENCH, _ARABIC)[i % 3]
    n = len(words)
    return f"{words[i % n]} {words[(i // n) % n]} {words[(i // n // n) % n]} {i}"


def catalogue(path: Path, projects: int, people: int) -> None:
    from briefer.core.catalogue.io import CatalogueData, write_catalogue

    data = CatalogueData()
    data.add("editions", {"id": "bench:e", "year": 2030, "name_en": "Bench forum"})
    for i in range(projects):
        row = {"id": f"bench:pr{i}", "edition_id": "bench:e", "regions": "[]", "countries": "[]"}
        row["name_ar" if i % 3 == 2 else "name_fr" if i % 3 else "name_en"] = name(i)
        data.add("projects", row)
    for i in range(people):
        data.add("people", {"id": f"bench:p{i}", "name": name(i + 7), "organisation": name(i)})
    data.meta = {"catalogue_version": 1, "source": "bench", "illustrative": True}
    write_catalogue(data, path)


def median_ms(run: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        from briefer.core.collation import sort_key

        sort_key.cache_clear()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def size_without_keys(path: Path) -> int:
    """The catalogue's size once its key columns and their indexes are dropped and vacuumed."""
    from briefer.core.catalogue.keys import KEY_COLUMNS, KEY_INDEXES

    copy = path.with_name("nokeys.db")
    conn = sqlite3.connect(path)
    conn.execute(f"VACUUM INTO '{copy}'")
    conn.close()
    conn = sqlite3.connect(copy)
    for sql in KEY_INDEXES:
        conn.execute(f"DROP INDEX {sql.split()[2]}")
    for table, columns in KEY_COLUMNS.items():
        for column in columns:
            conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{column}]")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return copy.stat().st_size


def main() -> None:
    from briefer.core.catalogue.keys import key_values
    from briefer.core.queries import projects
    from briefer.core.store import open_store

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        catalogue(folder / "catalogue.db", count, people)
        store = open_store(folder)
        stored = dict(projects._SORT_SQL)
        everything = projects.ProjectFilter()
        python = {**stored, "name": "coalesce({names}, p.name_other, '') COLLATE briefer"}
        print(f"Projects view, first batch of {projects.BATCH} of {count:,} projects, by name:")
        for lang in ("en", "fr", "ar"):
            names = ", ".join(f"p.name_{c}" for c in projects.FALLBACK[lang])
            python_lang = {**python, "name": python["name"].replace("{names}", names)}
            row = []
            for label, table in (("stored key", stored), ("COLLATE briefer", python_lang)):
                projects._SORT_SQL.update(table)
                ms = median_ms(partial(projects.project_rows, store, everything, lang=lang))
                row.append(f"{label} {ms:.1f} ms")
            projects._SORT_SQL.update(stored)
            print(f"  {lang}: " + ", ".join(row))
        print(f"Every person's name sorted, {people:,} names:")
        for label, order in (
            ("stored key", "sort_name, sort_organisation, id"),
            ("COLLATE briefer", "name COLLATE briefer, organisation COLLATE briefer, id"),
        ):
            sql = f"SELECT id FROM cat.people ORDER BY {order}"
            print(f"  {label}: {median_ms(lambda sql=sql: store.query(sql)):.1f} ms")
        rows = store.query("SELECT id, name, organisation FROM cat.people")
        store.close()
        ms = median_ms(lambda: [key_values("people", r) for r in rows], rounds=3)
        print(f"Keys computed when written: {people:,} people {ms:.0f} ms")
        path = folder / "catalogue.db"
        print(
            f"File: {path.stat().st_size / 1e6:.1f} MB with the keys, "
            f"{size_without_keys(path) / 1e6:.1f} MB without"
        )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
