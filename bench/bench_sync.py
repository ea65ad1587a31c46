"""Benchmark: applying a 10,000-item feed, a not-modified sync, importing FOSDEM 2019.

Not a test. Run with `make bench-sync` (or `python bench/bench_sync.py`). The feed is synthetic
(ILLUSTRATIVE, trilingual, realistic sizes: a title and a 60-word abstract per language) and is
served by a real HTTP server on 127.0.0.1, signed with a fresh key.
"""

from __future__ import annotations

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


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    SimpleHTTPRequestHandler.log_message = lambda *a: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def main() -> None:
    import sqlite_utils  # noqa: F401 - loaded on first write; a running app has it already

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        private_path, public_path = generate_keys(folder / "bench")
        private = load_private(private_path)
        site = folder / "site"
        site.mkdir()
        httpd, url = serve(site)
        store = open_store(folder / "data")
        add_source(store, "bench", f"{url}/feed.json.gz", "briefer", public_path.read_text())
        timings = []
        for version, label in ((1, "first"), (2, "second")):
            payload = encode_feed(
                feed_data(10_000, label), "bench", version, "2026-11-29T00:00:00Z"
            )
            (site / "feed.json.gz").write_bytes(payload)
            (site / "feed.json.gz.sig").write_bytes(sign(private, payload))
            started = time.perf_counter()
            result = sync_source(store, "bench")
            timings.append(time.perf_counter() - started)
            assert result is not None and result.items == 10_000
        size = len((site / "feed.json.gz").read_bytes()) / 1e6
        print(
            f"sync of a 10,000-item feed ({size:.1f} MB gzip): first {timings[0]:.2f} s, "
            f"update with {len(result.changes)} changes {timings[1]:.2f} s"
        )
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
            started = time.perf_counter()
            result = import_file(store, fosdem)
            print(
                f"import of FOSDEM 2019 ({result.items} events): "
                f"{time.perf_counter() - started:.2f} s"
            )
        else:
            print("FOSDEM 2019 import: skipped, no ../shared/corpus here")
        store.close()
        httpd.shutdown()


if __name__ == "__main__":
    main()
