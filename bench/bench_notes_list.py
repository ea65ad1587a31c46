"""Benchmark: telling each note's direction for the Notes view's list, as the list is filled.

Not a test. Run with `python bench/bench_notes_list.py [N]` (default 300 notes, each a few
Markdown lines, a list, a link and a paragraph, about 1,000 characters). Prints the time the
list's rule (`notes._list_direction`: its lines' text) takes for N notes the first time and
again, beside converting each note's Markdown (`note_blocks.body_direction`), the rule the
list used first; and how often the two agree.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def notes(count: int) -> list[str]:
    """ILLUSTRATIVE notes, half French and half Arabic."""
    out = []
    for i in range(count):
        if i % 2:
            body = (
                f"## اجتماع {i}\n- نقطة أولى حول التعاون رقم {i}\n- **نقطة ثانية** مع "
                f"[رابط](https://x.org/{i})\n\n" + "فقرة من نص عربي تستمر طويلاً. " * 12
            )
        else:
            body = (
                f"## Réunion {i}\n- point un sur la coopération numéro {i}\n- **point deux** "
                f"avec [lien](https://x.org/{i})\n\n"
                + "Un paragraphe en français qui continue. "
                * 12
            )
        out.append(body)
    return out


def main() -> None:
    from briefer.core.notes import Note
    from briefer.core.packs.note_blocks import body_direction
    from briefer.gui.views.notes import _list_direction

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    bodies = notes(count)
    listed = [Note(str(i), None, b, "", "") for i, b in enumerate(bodies)]
    for label, run in (
        ("list rule (lines' text)", lambda: [_list_direction(n) for n in listed]),
        ("Markdown converted", lambda: [body_direction(b[:4000]) for b in bodies]),
    ):
        started = time.perf_counter()
        first = run()
        cold = time.perf_counter() - started
        started = time.perf_counter()
        run()
        warm = time.perf_counter() - started
        print(f"{label:>24}: {count} notes {cold * 1000:.0f} ms, again {warm * 1000:.0f} ms")
        if label.startswith("list"):
            mine = first
    same = sum(a == b for a, b in zip(mine, first, strict=True))
    print(f"{'':>24}  directions alike: {same} of {count}")


if __name__ == "__main__":
    main()
