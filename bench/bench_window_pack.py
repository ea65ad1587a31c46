"""Benchmark: how long the window's event loop stops while a pack renders in the background.

Not a test. Run with `make bench-window-pack`. The real main window (offscreen Qt) opens on the
bundled catalogue in a fresh data folder, with every session and project marked so that the pack
is long; a 5 ms timer stamps each turn of the event loop while the packs view renders the pack
and draws its preview pages in a worker. A first pack is built untimed (loading ReportLab and
the fonts); then BENCH_ROUNDS packs (default 5) are timed, and the last one is drawn page by
page on a printer by a worker, as for a Windows printer (Qt's PDF engine stands in for it).
Printed per round: time, event-loop turns, and the longest gap between two turns (what a user
would feel as a freeze).
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from procmem import memory_mb, reset_peak  # noqa: E402 - beside this file, after the path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def mark_everything(window) -> None:
    from briefer.core.delegations import add_delegate, create_delegation
    from briefer.core.marks import set_mark

    store = window.ctx.store
    delegation = create_delegation(store, "Bench delegation (illustrative)", "XX")
    add_delegate(store, delegation, "Bench delegate", "Illustrative")
    for row in store.query("SELECT id FROM cat.sessions UNION ALL SELECT id FROM cat.projects"):
        set_mark(store, delegation, row["id"], "should")
    window.ctx.changed()


def watch(app, start_job) -> tuple[float, int, float]:
    """Run the job `start_job()` starts: (seconds, event-loop turns, longest gap in seconds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    stamps: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: stamps.append(time.monotonic()))
    loop = QEventLoop()
    timer.start(5)
    started = time.monotonic()
    job = start_job()
    if job is None:
        raise SystemExit("the packs view did not start the job")
    job.signals.finished.connect(loop.quit)
    loop.exec()
    finished = time.monotonic()
    timer.stop()
    app.processEvents()
    marks = [started, *(t for t in stamps if t <= finished), finished]
    longest = max(b - a for a, b in itertools.pairwise(marks))
    return finished - started, len(marks) - 2, longest


def render_once(app, window) -> tuple[float, int, float, int]:
    """One background pack: (seconds, event-loop turns, longest gap in seconds, pages)."""
    packs = window.views["packs"]
    return (*watch(app, packs.render), packs.preview.page_count())


def print_once(app, window, out: Path) -> tuple[float, int, float, float, float]:
    """The last pack drawn page by page on a printer by a worker, as for a Windows printer
    (Qt's PDF engine stands in for the device), with the app's memory before and at its peak
    while printing."""
    from PySide6.QtPrintSupport import QPrinter

    from briefer.gui.jobs import Job
    from briefer.gui.printing import print_pages

    packs = window.views["packs"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(out))
    source = packs.last

    def work(_store, reporter):
        import pypdfium2

        document = pypdfium2.PdfDocument(str(source))
        try:
            pages = list(range(len(document)))
            print_pages(printer, document, pages, reporter)
            return len(pages)
        finally:
            document.close()

    def start():
        return packs._start(Job(window.ctx.folder, work), packs._printed, "printing", False)

    before = memory_mb("VmRSS")
    reset_peak()
    return (*watch(app, start), before, memory_mb())


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import dispose_window, open_window

    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        window = open_window(Path(tmp) / "data", "en")
        window.show()
        window.finish_startup()
        mark_everything(window)
        window.show_view("packs")
        render_once(app, window)
        results = [render_once(app, window) for _ in range(rounds)]
        printed = print_once(app, window, Path(tmp) / "printed.pdf")
        dispose_window(window)
    for seconds, turns, longest, pages in results:
        print(
            f"pack {seconds:.2f} s, {pages} preview pages, {turns} event-loop turns, "
            f"longest stop {longest * 1000:.0f} ms"
        )
    gaps = [r[2] * 1000 for r in results]
    print(
        f"longest stop: median {statistics.median(gaps):.0f} ms, worst {max(gaps):.0f} ms "
        f"over {rounds} packs"
    )
    seconds, turns, longest, before, peak = printed
    print(
        f"drawing the last pack on a printer (all pages): {seconds:.2f} s, "
        f"{turns} event-loop turns, longest stop {longest * 1000:.0f} ms, "
        f"the app's memory {before:.0f} MB before, peak {peak:.0f} MB while printing"
    )


if __name__ == "__main__":
    main()
