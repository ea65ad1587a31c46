"""Benchmark: store opening and as-you-type search on a synthetic 100,000-item catalogue.

Not a test. Run with `make bench` (or `python bench/bench_search.py [--items N]`). The catalogue
is synthetic and trilingual (ILLUSTRATIVE words, not forum data). Prints p50/p95 search latency
for prefix queries typed letter by letter in Arabic, French and English, and the time to open
the store (user database, attached catalogue).
"""

from __future__ import annotations

import argparse
import random
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        write_catalogue(synthetic(args.items), folder / "catalogue.db")
        print(f"built {args.items} items in {time.perf_counter() - started:.1f} s")
        store = open_store(folder)
        create_delegation(store, "Bench")
        store.close()
        opens = []
        for _ in range(args.rounds * 4):
            started = time.perf_counter()
            store = open_store(folder)
            store.query("SELECT count(*) FROM cat.sessions")
            opens.append((time.perf_counter() - started) * 1000)
            store.close()
        print(f"open store: p50 {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms")
        store = open_store(folder)
        for lang, word in QUERIES.items():
            latencies = []
            for _ in range(args.rounds):
                for n in range(2, len(word) + 1):
                    started = time.perf_counter()
                    search(store, word[:n], lang, limit=20)
                    latencies.append((time.perf_counter() - started) * 1000)
            print(
                f"search {lang} as-you-type '{word}': p50 {percentile(latencies, 0.5):.1f} ms, "
                f"p95 {percentile(latencies, 0.95):.1f} ms ({len(latencies)} queries)"
            )
        narrow = []
        for lang, word in QUERIES.items():
            for number in range(100, 100 + args.rounds * 4):
                started = time.perf_counter()
                search(store, f"{word} {number}", lang, limit=20)
                narrow.append((time.perf_counter() - started) * 1000)
        print(
            f"search, two words (ranked with bm25): p50 {percentile(narrow, 0.5):.1f} ms, "
            f"p95 {percentile(narrow, 0.95):.1f} ms ({len(narrow)} queries)"
        )
        store.close()


if __name__ == "__main__":
    main()
