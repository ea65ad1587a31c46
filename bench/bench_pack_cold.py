"""Benchmark: a pack rendered by a fresh process, in CPU seconds, and Markdown notes converted.

Not a test. Run with `python bench/bench_pack_cold.py [--runs N]`. Wall-clock figures on a shared
machine swing by a quarter; the CPU time of `make_pack` in fresh processes (fonts, shaping caches
and Markdown all cold, as for the command line's `pack`) is steadier: min and median of N runs
per language. A fresh process also times its first Markdown note and then 81 bench notes.
The catalogue and notes are bench_packs' synthetic ones (ILLUSTRATIVE text).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
folder, lang, out = Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
if lang == "markdown":
    sys.path.insert(0, sys.argv[1] + "/bench")
    import bench_packs
    from briefer.core.markdown_text import to_html
    notes = [bench_packs.NOTE.format(s=bench_packs.SENTENCES[l]) for l in ("en", "fr", "ar")] * 27
    started = time.perf_counter(); to_html(notes[0]); first = time.perf_counter() - started
    started = time.perf_counter()
    for note in notes:
        to_html(note)
    print(json.dumps({"first": first, "all": time.perf_counter() - started}))
else:
    from briefer.core.delegations import current_delegation
    from briefer.core.packs.service import make_pack
    from briefer.core.store import open_store
    with open_store(folder) as store:
        delegation = current_delegation(store)
        started = time.process_time()
        make_pack(store, delegation, None, out, lang)
        print(json.dumps({"cpu": time.process_time() - started}))
"""


def child(folder: Path, what: str) -> dict:
    out = folder / f"{what}.pdf"
    run = [sys.executable, "-c", CHILD, str(ROOT), str(folder), what, str(out)]
    raw = subprocess.run(run, check=True, capture_output=True, text=True).stdout
    return json.loads(raw.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_packs

    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_packs.prepare(folder)
        for lang in ("ar", "fr", "en"):
            cpu = sorted(child(folder, lang)["cpu"] for _ in range(runs))
            print(
                f"{lang}: cold make_pack CPU {cpu[0]:.3f} s min, "
                f"{statistics.median(cpu):.3f} s median ({runs} fresh processes)"
            )
        notes = [child(folder, "markdown") for _ in range(runs)]
        first = statistics.median(n["first"] for n in notes) * 1000
        every = statistics.median(n["all"] for n in notes) * 1000
        print(f"Markdown, fresh process: first note {first:.1f} ms, then 81 notes {every:.1f} ms")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s)")
