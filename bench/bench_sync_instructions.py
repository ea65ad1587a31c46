"""Benchmark: the 10,000-item feed's first sync and update counted in instructions, beside
the floor (see `bench_sync.py`).

Not a test. The shared host moves `bench_sync.py`'s wall-clock ratios by ±25 %; instruction
counts do not. Each part runs once under valgrind's cachegrind (no cache simulation) in a
fresh process after the same imports and the feed's encoding, and once more without it: the
difference is its count. The update is counted as (first sync + update) - (first sync).
Instructions are not time: the index rows are folded in a thread beside SQLite's writes (on
two cores their time overlaps) and fsync's wait is not counted, so this figure is read beside
the timed one, not instead. Needs valgrind; about five minutes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
import bench_sync  # noqa: E402 - beside this file, after the path

PARTS = ("none", "floor", "first", "first+update")


def child(folder: Path, part: str) -> None:
    """Encode the feeds and start the server; then run `part` (none: only that)."""
    from briefer.core.store import open_store
    from briefer.core.sync.feed import encode_feed
    from briefer.core.sync.signing import generate_keys, load_private, sign
    from briefer.core.sync.sources import add_source, sync_source

    private_path, public_path = generate_keys(folder / "keys")
    private, public = load_private(private_path), public_path.read_text()
    site = folder / "site"
    site.mkdir()
    httpd, url = bench_sync.serve(site)
    feeds = []
    for version, label in ((1, "first"), (2, "update")):
        payload = encode_feed(
            bench_sync.feed_data(10_000, label), "bench", version, "2026-11-29T00:00:00Z"
        )
        feeds.append((payload, sign(private, payload)))
    store = open_store(folder / "data")
    add_source(store, "bench", f"{url}/feed.json.gz", "briefer", public)
    if part == "floor":
        bench_sync.floor(*feeds[0], public, folder / "floor.db")
    elif part != "none":
        for payload, signature in feeds[: part.count("+") + 1]:
            (site / "feed.json.gz").write_bytes(payload)
            (site / "feed.json.gz.sig").write_bytes(signature)
            sync_source(store, "bench")
    store.close()
    httpd.shutdown()


def instructions(part: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
            sys.executable, __file__, "--child", tmp, part,
        ]  # fmt: skip
        report = subprocess.run(command, capture_output=True, text=True, check=True).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", report)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's report:\n{report[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), sys.argv[3])
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind (brew install valgrind)")
    counts = {part: instructions(part) for part in PARTS}
    floor = counts["floor"] - counts["none"]
    first = counts["first"] - counts["none"]
    update = counts["first+update"] - counts["first"]
    print(
        f"10,000-item feed, instructions: floor {floor / 1e6:,.0f} M; first sync "
        f"{first / 1e6:,.0f} M ({first / floor:.2f}x the floor); update with 5,000 changes "
        f"{update / 1e6:,.0f} M ({update / floor:.2f}x; update / first sync {update / first:.2f})"
    )


if __name__ == "__main__":
    main()
