"""Benchmark: the Notes view opening a long note, the window's preview included.

Not a test. Run with `python bench/bench_notes_view.py [ITEMS,ITEMS,...]`. Each size runs in a
fresh process on a fresh data folder, offscreen: a delegation note of that many list items
(one French line each, with a phone number), then the time from asking for the Notes view and
the note to the preview holding its first item. Qt lays out a long list in quadratic time;
the preview shows the first `richtext.PREVIEW_LINES` lines of a longer note.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(items: int, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefer.core.delegations import create_delegation
    from briefer.core.notes import add_note
    from briefer.core.store import open_store
    from briefer.gui.app import open_window

    body = "\n".join(f"- Ligne {i} : appeler le +33 6 12 34 56 78." for i in range(items))
    with open_store(folder) as store:
        add_note(store, create_delegation(store, "Délégation"), None, body)
    window = open_window(folder, "fr", persist=False)
    window.show()
    app = QApplication.instance()
    app.processEvents()
    started = time.perf_counter()
    window.show_view("notes")
    notes = window.views["notes"]
    notes.list.setCurrentRow(0)
    while "Ligne 0 " not in notes.preview.toPlainText():
        app.processEvents()
    print(f"{time.perf_counter() - started:.2f}")


def main(sizes: list[int]) -> None:
    print("| list items | note | Notes view and preview |")
    print("| --- | --- | --- |")
    for items in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            out = (
                subprocess.run(
                    [sys.executable, __file__, "--child", str(items), str(Path(tmp) / "data")],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
        size = len("\n".join(f"- Ligne {i} : appeler le +33 6 12 34 56 78." for i in range(items)))
        print(f"| {items:,} | {size / 2**20:.1f} MB | {out} s |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        arg = sys.argv[1] if len(sys.argv) > 1 else "2000,8000,20000,60000"
        main([int(n) for n in arg.split(",")])
