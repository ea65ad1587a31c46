"""Benchmark: a pack of one very long note, in PDF and in Word, at growing lengths.

Not a test. Run with `python bench/bench_long_note.py [CHARS,CHARS,...]`. The note is
synthetic (one Arabic sentence with Latin names, bold, code and a link, repeated), in
paragraphs of about 2,000 characters; the pack is Arabic. Linear cost: each doubling of the
note about doubles the time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefer.core.delegations import create_delegation  # noqa: E402
from briefer.core.notes import add_note  # noqa: E402
from briefer.core.packs.service import make_pack  # noqa: E402
from briefer.core.store import open_store  # noqa: E402

SENTENCE = (
    "اجتماع **ثنائي** مع وفد Paris Peace Forum في 12 نوفمبر، `code` و[رابط](https://example.org). "
)


def note_of(characters: int) -> str:
    paragraph = SENTENCE * 20
    return "\n\n".join([paragraph] * (characters // len(paragraph) + 1))[:characters]


def main_bench(lengths: list[int]) -> None:
    print("| note | PDF | Word |")
    print("| --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "data") as store:
            for length in lengths:
                delegation = create_delegation(store, f"Long {length}", "SN")
                add_note(store, delegation, None, note_of(length))
                seconds = {}
                for fmt in ("pdf", "docx"):
                    started = time.perf_counter()
                    make_pack(store, delegation, None, Path(folder) / f"p.{fmt}", "ar", format=fmt)
                    seconds[fmt] = time.perf_counter() - started
                print(f"| {length:,} chars | {seconds['pdf']:.2f} s | {seconds['docx']:.2f} s |")


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else "50000,100000,200000,400000"
    main_bench([int(n) for n in arg.split(",")])
