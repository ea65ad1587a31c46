"""Benchmark: the bench packs' render counted in instructions, beside the plain ReportLab build.

Not a test. On a shared host the wall-clock ratio of `bench_packs.py` moves by ±25 % between
runs; the number of instructions a render executes does not. Each render runs once under
valgrind's cachegrind (no cache simulation) after the same imports, and once more with the
imports alone: the difference is the render's count, including reading its fonts. The ratio
is per character a reader extracts (PDFium, as in `bench_packs.py`): above 1 means fewer
instructions per character than the plain build. Instructions are not time (memory traffic and
allocation count for more in ours), so this figure is read beside the timed one, not instead.

`--varied` counts the catalogue `bench_packs.py --varied` times (each sentence's words shuffled):
the timed ratio quoted for issue 12 is that one, and the default catalogue (one sentence
repeated) lets the render's shaped-word cache answer for far more words than real text does.
`--caches` also simulates the caches and the branch predictor (about four times slower), and
prints first-level data-cache misses and mispredicted branches per character beside the plain
build's: what makes one instruction of ours cost more time than one of the plain build's.

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


COUNTS = {
    "instructions": r"I\s+refs:\s+([\d,]+)",
    "D1 misses": r"D1\s+misses:\s+([\d,]+)",
    "mispredicts": r"Mispredicts:\s+([\d,]+)",
}


def counts(folder: Path, lang: str, out: Path, render: bool, caches: bool) -> dict[str, int]:
    """Valgrind's counts for one child: instructions, and with `caches` the misses too."""
    simulate = "yes" if caches else "no"
    command = [
        "valgrind",
        "--tool=cachegrind",
        f"--cache-sim={simulate}",
        f"--branch-sim={simulate}",
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
    found = {}
    for name, pattern in COUNTS.items():
        match = re.search(pattern, report)
        if match is not None:
            found[name] = int(match.group(1).replace(",", ""))
    if "instructions" not in found:
        raise RuntimeError(f"no instruction count in valgrind's report:\n{report[-2000:]}")
    return found


def render_count(folder: Path, lang: str, caches: bool = False) -> tuple[dict[str, int], int]:
    """(valgrind's counts of the render, characters extracted from its PDF)."""
    out = folder / f"ir-{lang}.pdf"
    total = counts(folder, lang, out, True, caches)
    imports = counts(folder, lang, out, False, caches)
    return {k: v - imports[k] for k, v in total.items()}, bench_packs.drawn_characters(out)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        folder, lang, out, render = sys.argv[2:6]
        child(Path(folder), lang, Path(out), render == "1")
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind (brew install valgrind)")
    caches = "--caches" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_packs.prepare(folder, varied="--varied" in sys.argv)
        for lang in ("ar", "fr", "en"):
            ours, ours_chars = render_count(folder, lang, caches)
            plain, plain_chars = render_count(folder, f"plain-{lang}", caches)
            ratio = (ours_chars / ours["instructions"]) / (plain_chars / plain["instructions"])
            print(
                f"{lang}: {ours['instructions'] / 1e6:,.0f} M instructions for {ours_chars:,} "
                f"characters; plain {plain['instructions'] / 1e6:,.0f} M for {plain_chars:,}; "
                f"characters per instruction {ratio:.2f}x the plain build's"
            )
            for name in ("D1 misses", "mispredicts"):
                if name in ours:
                    print(
                        f"    {name} per character {ours[name] / ours_chars:.0f}, plain "
                        f"{plain[name] / plain_chars:.0f}; per 1,000 instructions "
                        f"{1000 * ours[name] / ours['instructions']:.1f}, plain "
                        f"{1000 * plain[name] / plain['instructions']:.1f}"
                    )


if __name__ == "__main__":
    main()
