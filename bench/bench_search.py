"""Benchmark: store opening and search on a synthetic catalogue, beside a plain FTS5 index.

Not a test. Run with `make bench-search` (or `python bench/bench_search.py [--items N]`, or
`--curve` for 1,000 to 300,000 items). The catalogue is synthetic and trilingual (ILLUSTRATIVE
words, not forum data). For each query form (prefixes typed letter by letter in Arabic, French and
English; two whole words, ranked), prints the p50/p95 latency of `search()` with its snippets, and
beside it the same queries on a plain FTS5 index of the same texts (no folding, no proclitic
forms) answered with bm25 ranking and FTS5's own `snippet()`: the floor the engine is measured
against. Also the time to open the store (user database, attached catalogue).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefer.core.catalogue.io import CatalogueData, write_catalogue
from briefer.core.delegations import create_delegation
from briefer.core.search.engine import search
from briefer.core.store import open_store

WORDS = {
    "en": "health security climate ocean digital governance peace cooperation finance gender "
    "education refugees water energy cyber space democracy media trade food".split(),
    "fr": "santé sécurité climat océan numérique gouvernance paix coopération finance égalité "
    "éducation réfugiés eau énergie cyber espace démocratie médias commerce alimentation".split(),
    "ar": "الصحة الأمن المناخ المحيطات الرقمية الحوكمة السلام التعاون التمويل المساواة "
    "التعليم اللاجئين المياه الطاقة السيبراني الفضاء الديمقراطية الإعلام التجارة الغذاء".split(),
}
QUERIES = {"en": "governance", "fr": "sécurité", "ar": "الديمقراطية"}


def sentence(rng: random.Random, lang: str, n: int) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n)) + f" {rng.randint(1, 99999)}"


def synthetic(items: int, seed: int = 7) -> CatalogueData:
    rng = random.Random(seed)
    data = CatalogueData()
    data.add("editions", {"id": "bench:e", "year": 2030, "name_en": "Synthetic forum"})
    for i in range(items // 2):
        data.add(
            "sessions",
            {
                "id": f"bench:s{i}",
                "edition_id": "bench:e",
                **{f"title_{lang}": sentence(rng, lang, 5) for lang in WORDS},
                **{f"abstract_{lang}": sentence(rng, lang, 30) for lang in WORDS},
                "day": f"2030-11-{11 + i % 3}",
                "status": "scheduled",
            },
        )
        data.add(
            "projects",
            {
                "id": f"bench:p{i}",
                "edition_id": "bench:e",
                **{f"name_{lang}": sentence(rng, lang, 4) for lang in WORDS},
                **{f"summary_{lang}": sentence(rng, lang, 25) for lang in WORDS},
                "regions": "[]",
                "countries": "[]",
            },
        )
    data.meta = {"catalogue_version": 1, "source": "bench", "illustrative": True}
    return data


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


CURVE = (1_000, 10_000, 30_000, 100_000, 300_000)


def plain_index(data: CatalogueData, path: Path) -> sqlite3.Connection:
    """A plain FTS5 index of the same texts as the catalogue's: original text, no folding."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE plain USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    rows = []
    for table, title, body in (("sessions", "title", "abstract"), ("projects", "name", "summary")):
        for row in data.tables[table]:
            rows.append(
                (
                    " ".join(row[f"{title}_{lang}"] for lang in WORDS),
                    " ".join(row[f"{body}_{lang}"] for lang in WORDS),
                )
            )
    conn.executemany("INSERT INTO plain (title, body) VALUES (?, ?)", rows)
    conn.execute("INSERT INTO plain(plain) VALUES ('optimize')")
    conn.commit()
    return conn


def plain_search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[tuple]:
    """The same query on the plain index: prefixes, all required, bm25, FTS5's snippet()."""
    expression = " AND ".join(f'"{word}"*' for word in query.lower().split())
    # ORDER BY rank lets FTS5 sort the matches itself and call snippet() for the best rows only.
    return conn.execute(
        "SELECT rowid, snippet(plain, -1, '[', ']', '…', 24) FROM plain "
        "WHERE plain MATCH ? AND rank MATCH 'bm25(10.0, 2.0)' ORDER BY rank LIMIT ?",
        (expression, limit),
    ).fetchall()


def query_forms(rounds: int) -> dict[str, list[tuple[str, str]]]:
    """Each query form of the bench: its (language, query) list."""
    forms = {
        f"as-you-type {lang} '{word}'": [
            (lang, word[:n]) for _ in range(rounds) for n in range(2, len(word) + 1)
        ]
        for lang, word in QUERIES.items()
    }
    forms["two whole words"] = [
        (lang, f"{word} {number}")
        for lang, word in QUERIES.items()
        for number in range(100, 100 + rounds * 4)
    ]
    # Numbers are the synthetic catalogue's only rare words: these queries are ranked with bm25.
    rng = random.Random(11)
    numbers = [str(rng.randint(10000, 99999)) for _ in range(rounds * 2)]
    forms["a rare word as typed (digits)"] = [
        ("en", number[:n]) for number in numbers for n in range(2, len(number) + 1)
    ]
    forms["two rare words, ranked"] = [
        ("en", f"{rng.randint(100, 999)} {rng.randint(100, 999)}") for _ in range(rounds * 12)
    ]
    return forms


def timed(call, queries: list[tuple[str, str]]) -> list[float]:
    latencies = []
    for lang, query in queries:
        started = time.perf_counter()
        call(lang, query)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def run(items: int, rounds: int) -> list[tuple[int, str, float, float, float, float]]:
    """Build a catalogue of `items` and time every query form; print and return the figures."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        data = synthetic(items)
        write_catalogue(data, folder / "catalogue.db")
        print(f"built {items} items in {time.perf_counter() - started:.1f} s")
        plain = plain_index(data, folder / "plain.db")
        del data
        store = open_store(folder)
        create_delegation(store, "Bench")
        store.close()
        opens = []
        for _ in range(rounds * 4):
            started = time.perf_counter()
            store = open_store(folder)
            store.query("SELECT count(*) FROM cat.sessions")
            opens.append((time.perf_counter() - started) * 1000)
            store.close()
        print(f"open store: p50 {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms")
        store = open_store(folder)
        print(f"{'query form':<42} {'n':>4}  search p50/p95 ms   plain FTS5 p50/p95 ms  p95 ratio")
        for name, queries in query_forms(rounds).items():
            ours = timed(lambda lang, q: search(store, q, lang, limit=20), queries)
            floor = timed(lambda lang, q: plain_search(plain, q), queries)
            p50, p95 = percentile(ours, 0.5), percentile(ours, 0.95)
            f50, f95 = percentile(floor, 0.5), percentile(floor, 0.95)
            print(
                f"{name:<42} {len(queries):>4}  {p50:6.1f} / {p95:6.1f}     "
                f"{f50:6.1f} / {f95:6.1f}         {p95 / f95:4.1f}×"
            )
            rows.append((items, name, p50, p95, f50, f95))
        store.close()
        plain.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--curve", action="store_true", help="every size from 1,000 to 300,000")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    figures = []
    for items in CURVE if args.curve else (args.items,):
        figures += run(items, args.rounds)
    if args.curve:
        print("\ncurve: p95 ms of search() (plain FTS5) by catalogue size")
        names = list(dict.fromkeys(name for _, name, *_ in figures))
        print(f"{'items':>8}  " + "  ".join(f"{n[:24]:>24}" for n in names))
        for items in CURVE:
            cells = [
                f"{p95:7.1f} ({f95:5.1f})".rjust(24)
                for size, name, _, p95, _, f95 in figures
                if size == items
            ]
            print(f"{items:>8}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
