"""Benchmark: a large selection import, and how long a note written meanwhile waits.

Not a test. Run with `python bench/bench_selection.py [N]` (default 100,000 marks, each with
its item, and N/10 notes). The selection is synthetic; the note is written by another thread
of the same process (as the window's autosave would be) and by another connection (as the
command line would be) while the import runs; "longest wait" is the slowest of their writes.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefer.core.delegations import create_delegation  # noqa: E402
from briefer.core.notes import add_note  # noqa: E402
from briefer.core.selection import import_selection  # noqa: E402
from briefer.core.store import open_store  # noqa: E402


def selection(n: int) -> dict:
    items = [
        {"id": f"x:item-{i}", "kind": "session", "title_en": f"Item {i}", "day": "2030-11-11"}
        for i in range(n)
    ]
    marks = [
        {"item_id": f"x:item-{i}", "priority": "should", "status": "open", "delegates": []}
        for i in range(n)
    ]
    notes = [
        {"id": f"note-{i:08d}", "item_id": f"x:item-{i}", "body": f"Note {i} on the item"}
        for i in range(n // 10)
    ]
    return {
        "format": "briefer-selection",
        "format_version": 1,
        "delegation": {"uid": "d-uid-bench", "name": "Bench", "delegates": []},
        "marks": marks,
        "notes": notes,
        "items": items,
    }


def writer(folder: Path, other_process: bool, stop: threading.Event, waits: list[float]) -> None:
    """Write a note every 50 ms until `stop`, recording how long each write took."""
    store = open_store(folder, housekeeping=False)
    delegation = create_delegation(store, f"Writer {other_process}", "SN")
    conn = sqlite3.connect(store.data.user_db, isolation_level=None) if other_process else None
    if conn is not None:
        conn.execute("PRAGMA busy_timeout = 60000")
    while not stop.is_set():
        started = time.perf_counter()
        if conn is None:
            add_note(store, delegation, None, "written meanwhile")
        else:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE delegations SET name = name WHERE id = ?", (delegation.id,))
            conn.execute("COMMIT")
        waits.append(time.perf_counter() - started)
        time.sleep(0.05)
    store.close()


def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        store = open_store(folder)
        path = Path(tmp) / "big.briefer-selection"
        path.write_text(json.dumps(selection(n)))
        stop = threading.Event()
        waits: dict[str, list[float]] = {"thread": [], "process": []}
        threads = [
            threading.Thread(target=writer, args=(folder, False, stop, waits["thread"])),
            threading.Thread(target=writer, args=(folder, True, stop, waits["process"])),
        ]
        for t in threads:
            t.start()
        time.sleep(0.3)
        started = time.perf_counter()
        report = import_selection(store, path)
        took = time.perf_counter() - started
        stop.set()
        for t in threads:
            t.join()
        store.close()
    added = report.marks_added
    print(f"| {n:,} marks, {n // 10:,} notes | import {took:.2f} s | {added:,} added |")
    for name, values in waits.items():
        print(
            f"|   writer in another {name} | {len(values)} writes | longest wait "
            f"{max(values) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
