"""Benchmark: the bench packs' render counted in instructions, beside the plain ReportLab build.

Not a test. On a shared host the wall-clock ratio of `bench_packs.py` moves by ±25 % between
runs; the number of instructions a render executes does not. Each render runs once under
valgrind's cachegrind (no cache simulation) after the same imports, and once more with the
imports alone: the difference is the render's count, including reading its fonts. The ratio
is per character a reader extracts (PDFium, as in `bench_packs.py`): above 1 means fewer
instructions per character than the plain build. Instructions are not time (memory traffic and
allocation count for more in ours), so this figure is read beside the timed one, not instead.

Needs valgrind (`apt-get install valgrind`); about a minute per language.
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
import bench_packs  # noqa: E402 - beside this file, after the path


def child(folder: Path, lang: str, out: Path, render: bool) -> None:
    """Import what a render needs; render only when asked."""
    from reportlab.lib.styles import ParagraphStyle  # noqa: F401 - the plain build's imports
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: F401
    from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: F401

    from briefer.core.delegations import current_delegation  # noqa: F401
    from briefer.core.packs.service import make_pack  # noqa: F401
    from briefer.core.store import open_store  # noqa: F401

    if not render:
        return
    if lang.startswith("plain-"):
        bench_packs.baseline(folder, out, lang.removeprefix("plain-"))
    else:
        bench_packs.render_one(folder, lang, out)


def instructions(folder: Path, lang: str, out: Path, render: bool) -> int:
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(folder),
        lang,
        str(out),
        "1" if render else "0",
    ]
    report = subprocess.run(command, capture_output=True, text=True, check=True).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", report)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's report:\n{report[-2000:]}")
    return int(found.group(1).replace(",", ""))


def render_count(folder: Path, lang: str) -> tuple[int, int]:
    """(instructions of the render, characters extracted from its PDF)."""
    out = folder / f"ir-{lang}.pdf"
    total = instructions(folder, lang, out, True)
    imports = instructions(folder, lang, out, False)
    return total - imports, bench_packs.drawn_characters(out)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        folder, lang, out, render = sys.argv[2:6]
        child(Path(folder), lang, Path(out), render == "1")
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind (brew install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_packs.prepare(folder)
        for lang in ("ar", "fr", "en"):
            ours, ours_chars = render_count(folder, lang)
            plain, plain_chars = render_count(folder, f"plain-{lang}")
            ratio = (ours_chars / ours) / (plain_chars / plain)
            print(
                f"{lang}: {ours / 1e6:,.0f} M instructions for {ours_chars:,} characters; "
                f"plain {plain / 1e6:,.0f} M for {plain_chars:,}; "
                f"characters per instruction {ratio:.2f}x the plain build's"
            )


if __name__ == "__main__":
    main()
