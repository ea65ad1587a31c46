"""Benchmark: the cost of hostile imports, at n and 10·n, read alone and imported whole.

Not a test. Run with `python bench/bench_hostile.py`. The inputs are those of
tests/hostile/costly_inputs.py (synthetic); "read" is the reader alone, "import" is
`briefer import` into a fresh data folder (read, compare, write the catalogue and its index).
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "hostile")]

from costly_inputs import COSTLY  # noqa: E402

from briefer.cli import main  # noqa: E402
from briefer.core.errors import InputError  # noqa: E402
from briefer.core.sync.feed import parse_feed  # noqa: E402
from briefer.core.sync.formats import READERS  # noqa: E402

SUFFIX = {"frab-json": ".json", "frab-xml": ".xml", "ics": ".ics", "csv": ".csv"}


def read(kind: str, raw: bytes) -> float:
    started = time.perf_counter()
    try:
        parse_feed(raw) if kind == "briefer" else READERS[kind](raw)
    except InputError:
        pass
    return time.perf_counter() - started


def whole_import(kind: str, raw: bytes) -> tuple[float, int]:
    """Seconds for `briefer import` of `raw` into a fresh data folder, and its exit code."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{SUFFIX.get(kind, '.json.gz')}"
        path.write_bytes(raw)
        args = ["--data-dir", str(Path(folder) / "data"), "import", str(path), "--force"]
        sink = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            code = main(args)
        return time.perf_counter() - started, code


def main_bench() -> None:
    print("| input | n | read | 10·n read | ratio | import n | import 10·n | ratio |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, (make, kind, n) in COSTLY.items():
        small, large = make(n), make(10 * n)
        read(kind, small)
        read_small = min(read(kind, small) for _ in range(3))
        read_large = min(read(kind, large) for _ in range(3))
        import_small, _ = whole_import(kind, small)
        import_large, code = whole_import(kind, large)
        note = "" if code == 0 else f" (refused, exit {code})"
        print(
            f"| {name} | {n:,} | {read_small * 1000:.1f} ms | {read_large * 1000:.1f} ms | "
            f"×{read_large / read_small:.1f} | {import_small:.2f} s | {import_large:.2f} s{note} | "
            f"×{import_large / import_small:.1f} |"
        )
    make, kind, _ = COSTLY["rooms sharing one slug (frab JSON)"]
    seconds, code = whole_import(kind, make(3_000))
    print(f"\n3,000 rooms sharing one slug, `briefer import`: {seconds:.2f} s (exit {code})")


if __name__ == "__main__":
    main_bench()
