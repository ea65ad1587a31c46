"""Benchmark: applying a 10,000-item feed, a not-modified sync, importing FOSDEM 2019.

Not a test. Run with `make bench-sync` (or `python bench/bench_sync.py`). The feed is synthetic
(ILLUSTRATIVE, trilingual, realistic sizes: a title and a 60-word abstract per language) and is
served by a real HTTP server on 127.0.0.1, signed with a fresh key.

Each sync is timed beside its floor in the same run, in BENCH_ROUNDS rounds (3) of a first sync
and an update into a fresh store; the medians are printed, and the ratios' ranges. The floor is
the least any app could do with the same payload (verify the signature, gunzip, parse the JSON,
write a new SQLite file with the same tables and FTS5 index, its texts unfolded, and its terms
table, fsync, rename). The FOSDEM
import is timed into the catalogue after the two syncs and into one of 50,000 more items.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefer.core.catalogue.io import CatalogueData  # noqa: E402
from briefer.core.store import open_store  # noqa: E402
from briefer.core.sync.feed import encode_feed  # noqa: E402
from briefer.core.sync.signing import generate_keys, load_private, sign  # noqa: E402
from briefer.core.sync.sources import add_source, import_file, sync_source  # noqa: E402

WORDS = {
    "en": "peace health climate digital cooperation governance security finance ocean".split(),
    "fr": "paix santé climat numérique coopération gouvernance sécurité finance océan".split(),
    "ar": "السلام الصحة المناخ الرقمي التعاون الحوكمة الأمن التمويل المحيط".split(),
}


def text(rng: random.Random, lang: str, words: int) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(words))


def feed_data(items: int, label: str) -> CatalogueData:
    rng = random.Random(11)
    data = CatalogueData()
    data.add("editions", {"id": "bench:edition", "year": 2030, "name_en": "Synthetic forum"})
    for i in range(items // 2):
        data.add(
            "sessions",
            {
                "id": f"bench:s{i}",
                "edition_id": "bench:edition",
                "day": "2030-11-11",
                "start": f"2030-11-11T{8 + i % 10:02d}:00:00Z",
                "timezone": "Europe/Paris",
                "status": "scheduled",
                **{f"title_{lang}": f"{label} {text(rng, lang, 6)}" for lang in WORDS},
                **{f"abstract_{lang}": text(rng, lang, 60) for lang in WORDS},
            },
        )
        data.add(
            "projects",
            {
                "id": f"bench:p{i}",
                "edition_id": "bench:edition",
                "catalogue": "space_for_solutions",
                **{f"name_{lang}": text(rng, lang, 5) for lang in WORDS},
                **{f"summary_{lang}": text(rng, lang, 50) for lang in WORDS},
            },
        )
    data.meta = {"source_name": "Synthetic bench feed", "illustrative": True}
    return data


def floor(payload: bytes, signature: bytes, public: str, out: Path) -> float:
    """Seconds for the plain work of a sync of `payload` (see the module docstring)."""
    import gzip
    import json
    import os
    import sqlite3

    import sqlite_utils

    from briefer.core.catalogue.schema import TABLES, create_catalogue_schema
    from briefer.core.search.terms import write_search_terms
    from briefer.core.sync.signing import load_public, verify

    started = time.perf_counter()
    verify(payload, signature, [load_public(public)])
    document = json.loads(gzip.decompress(payload))
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    with conn:
        create_catalogue_schema(sqlite_utils.Database(conn))
        tables = document.get("tables", document)
        fts = []
        for name, columns in TABLES.items():
            rows = tables.get(name) or []
            cols = list(columns)
            conn.executemany(
                f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})",
                [[row.get(c) for c in cols] for row in rows],
            )
            if name in ("sessions", "projects"):
                for row in rows:
                    texts = [v for k, v in row.items() if isinstance(v, str) and "_" in k]
                    fts.append((row["id"], name, texts[0] if texts else "", " ".join(texts)))
        conn.executemany(
            "INSERT INTO search_fts (item_id, kind, title, body) VALUES (?, ?, ?, ?)", fts
        )
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        write_search_terms(conn)
    conn.close()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, out)
    return time.perf_counter() - started


def big_catalogue(store, items: int) -> None:
    """`items` more synthetic items in the store's catalogue, in their own namespace."""
    from briefer.core.sync.apply import apply_catalogue

    data = feed_data(items, "big")
    for table in data.tables.values():
        for row in table:
            for key in ("id", "edition_id"):
                if isinstance(row.get(key), str):
                    row[key] = row[key].replace("bench:", "big:")
    apply_catalogue(store, "big", data, source="file:big", kind="file")


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    SimpleHTTPRequestHandler.log_message = lambda *a: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def sync_pair(folder: Path, url: str, site: Path, private, public: str) -> dict[str, float]:
    """A first sync and a 5,000-change update into a fresh store, each beside its floor."""
    store = open_store(folder)
    add_source(store, "bench", f"{url}/feed.json.gz", "briefer", public)
    out: dict[str, float] = {}
    for version, label in ((1, "first"), (2, "update")):
        payload = encode_feed(feed_data(10_000, label), "bench", version, "2026-11-29T00:00:00Z")
        signature = sign(private, payload)
        (site / "feed.json.gz").write_bytes(payload)
        (site / "feed.json.gz.sig").write_bytes(signature)
        out[f"{label}_floor"] = floor(payload, signature, public, folder.parent / "f.db")
        started, cpu = time.perf_counter(), time.process_time()
        result = sync_source(store, "bench")
        out[label] = time.perf_counter() - started
        out[f"{label}_cpu"] = time.process_time() - cpu
        assert result is not None and result.items == 10_000
        out[f"{label}_changes"] = len(result.changes)
    out["size"] = len((site / "feed.json.gz").read_bytes()) / 1e6
    store.close()
    return out


def main() -> None:
    import sqlite_utils  # noqa: F401 - loaded on first write; a running app has it already

    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        private_path, public_path = generate_keys(folder / "bench")
        private = load_private(private_path)
        public = public_path.read_text()
        site = folder / "site"
        site.mkdir()
        httpd, url = serve(site)
        runs = [sync_pair(folder / f"data{i}", url, site, private, public) for i in range(rounds)]

        def med(key: str) -> float:
            return statistics.median(r[key] for r in runs)

        def ratio(a: str, b: str) -> str:
            values = sorted(r[a] / r[b] for r in runs)
            return f"{statistics.median(values):.2f} ({values[0]:.2f}-{values[-1]:.2f})"

        print(
            f"10,000-item feed ({runs[0]['size']:.1f} MB gzip), medians of {rounds} rounds "
            f"(ratios: median, range): first sync {med('first'):.2f} s, floor "
            f"{med('first_floor'):.2f} s ({ratio('first', 'first_floor')}x); update with "
            f"{runs[0]['update_changes']} changes {med('update'):.2f} s, floor "
            f"{med('update_floor'):.2f} s ({ratio('update', 'update_floor')}x); "
            f"update / first sync {ratio('update', 'first')}, in CPU time "
            f"{ratio('update_cpu', 'first_cpu')}"
        )
        store = open_store(folder / f"data{rounds - 1}")  # holds the feed now served
        not_modified = []
        for _ in range(20):
            started = time.perf_counter()
            assert sync_source(store, "bench") is None
            not_modified.append((time.perf_counter() - started) * 1000)
        print(
            f"not-modified sync (request to loopback included): median "
            f"{statistics.median(not_modified):.1f} ms, max {max(not_modified):.1f} ms"
        )
        fosdem = ROOT.parent / "shared" / "corpus" / "schedules" / "fosdem2019.pentabarf.xml"
        if fosdem.exists():
            for label in ("after the two syncs", "with 50,000 more items"):
                if label.startswith("with"):
                    big_catalogue(store, 50_000)
                started = time.perf_counter()
                result = import_file(store, fosdem, force=True)
                print(
                    f"import of FOSDEM 2019 ({result.items} events) {label}: "
                    f"{time.perf_counter() - started:.2f} s"
                )
        else:
            print("FOSDEM 2019 import: skipped, no ../shared/corpus here")
        store.close()
        httpd.shutdown()


if __name__ == "__main__":
    main()
