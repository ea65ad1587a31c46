"""Benchmark: process start to the first painted main window, and peak memory.

Not a test. Run with `make bench-startup`. Each measurement is a fresh process (offscreen Qt),
timed from just before the process is spawned to the first paint event of the window, and to
the first paint of the programme's rows; the baseline is a bare PySide6 QMainWindow started the
same way. Briefer starts through its real entry point (the command line's `gui`, as `main.py`
does). A reference window (menus, a 20-row Python item model, a status line; not Briefer)
shows what any such window costs. The three alternate; medians of 11 runs each
(BENCH_ROUNDS), and the ratios of each alternating pair.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import os, resource, sys, time
start = float(os.environ["BENCH_T0"])


def peak_mb():
    # VmHWM is this process's own peak; ru_maxrss would keep the parent's across exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stamp(label):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(label, time.time() - start, peak_mb(), cpu, flush=True)


def watch(window, then=None):
    # FIRST at the window's first paint; SHOWN at the first paint of a widget given to then().
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                if obj is window:
                    stamp("FIRST")
                    window.removeEventFilter(self)
                    if then is None:
                        os._exit(0)
                else:
                    stamp("SHOWN")
                    os._exit(0)
            return False

    probe = window._probe = Probe()
    window.installEventFilter(probe)
    QTimer.singleShot(30000, lambda: os._exit(3))
    if then is not None:
        then(probe)


mode = sys.argv[1]
if mode == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    watch(window)
    window.show()
    app.exec()
elif mode == "reference":
    # Not Briefer: the least a window with menus and a Python item model's rows can cost.
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTreeView

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 20

        def columnCount(self, parent=QModelIndex()):
            return 3

        def data(self, index, role=0):
            return f"row {index.row()}, column {index.column()}" if role == 0 else None

        def headerData(self, section, orientation, role=0):
            return f"Column {section}" if role == 0 else None

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    for name in ("File", "Edit", "View", "Sync", "Language", "Help"):
        window.menuBar().addMenu(name)
    tree = QTreeView()
    rows = Rows()
    tree.setModel(rows)
    window.setCentralWidget(tree)
    window.statusBar().addPermanentWidget(QLabel("Catalogue version 1"))
    watch(window, lambda probe: tree.viewport().installEventFilter(probe))
    window.show()
    app.exec()
else:
    # The app's own start: main.py's command line, `gui`. The probe wraps open_window, and
    # watches the programme's rows from the moment the view is built.
    sys.path.insert(0, sys.argv[3])
    import briefer.gui.app as gui_app
    import briefer.gui.mainwindow as mainwindow
    from briefer.cli import main

    opened = gui_app.open_window
    build_view = mainwindow._Views.__missing__

    def open_and_watch(folder, lang=None):
        window = opened(folder, lang)

        def on_programme(probe):
            def missing(views, name):
                view = build_view(views, name)
                if name == "programme" and view.model.rowCount() > 0:
                    view.tree.viewport().installEventFilter(probe)
                return view

            mainwindow._Views.__missing__ = missing

        watch(window, on_programme)
        return window

    gui_app.open_window = open_and_watch
    main(["--data-dir", sys.argv[2], "--lang", "en", "gui"])
"""


def run(mode: str, folder: Path | None = None) -> dict[str, float]:
    """Seconds to the first paint and to the programme's rows on screen; peak MB; CPU seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed app keeps its compiled .pyc files; this workplace sets the variable below,
    # which would make every start recompile Briefer's modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["BENCH_T0"] = repr(time.time())
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(folder or ""), str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    stamps = {}
    for line in result.stdout.splitlines():
        label, seconds, memory, cpu = line.split()
        stamps[label] = (float(seconds), float(memory), float(cpu))
    if mode == "bare" and "FIRST" in stamps:
        stamps["SHOWN"] = stamps["FIRST"]
    if "SHOWN" not in stamps:
        raise RuntimeError(f"{mode}: no paint seen\n{result.stdout}{result.stderr}")
    return {
        "first": stamps["FIRST"][0],
        "shown": stamps["SHOWN"][0],
        "memory": stamps["SHOWN"][1],
        "cpu": stamps["SHOWN"][2],
    }


def big_catalogue(folder: Path, items: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_search import synthetic

    from briefer.core.catalogue.io import write_catalogue
    from briefer.core.store import open_store

    data = synthetic(items)
    data.meta.update({"catalogue_version": 1, "source": "bench", "completeness": []})
    folder.mkdir(parents=True)
    write_catalogue(data, folder / "catalogue.db")
    open_store(folder).close()


def summary(label: str, runs: list[dict[str, float]]) -> dict[str, float]:
    figures = {key: statistics.median(r[key] for r in runs) for key in ("first", "shown", "cpu")}
    figures["memory"] = max(r["memory"] for r in runs)
    print(
        f"{label:<32} first paint {figures['first'] * 1000:5.0f} ms, "
        f"rows on screen {figures['shown'] * 1000:5.0f} ms "
        f"(medians of {len(runs)}), peak {figures['memory']:4.0f} MB"
    )
    return figures


def ratios(ours: list[dict], bare: list[dict], key: str) -> str:
    """Ratio of medians; of each alternating pair (median, range); of the fastest runs."""
    pairs = sorted(o[key] / b["first"] for o, b in zip(ours, bare, strict=True))
    median = statistics.median(o[key] for o in ours) / statistics.median(b["first"] for b in bare)
    best = min(o[key] for o in ours) / min(b["first"] for b in bare)
    return (
        f"{median:.2f} (pairwise median {statistics.median(pairs):.2f}, "
        f"range {pairs[0]:.2f}-{pairs[-1]:.2f}; fastest runs {best:.2f})"
    )


def measure_pairs(folder: Path, rounds: int) -> tuple[dict, dict]:
    """Bare and Briefer started alternately, so a busy moment on the host slows both."""
    run("bare")  # warm-up: writes the .pyc files, fills the OS file cache
    run("briefer", folder)
    run("reference")
    bare, ours, reference = [], [], []
    for _ in range(rounds):
        bare.append(run("bare"))
        ours.append(run("briefer", folder))
        reference.append(run("reference"))
    result = summary("bare PySide6 window", bare), summary("Briefer, bundled catalogue", ours)
    print(f"  first paint / bare window:          {ratios(ours, bare, 'first')}")
    print(f"  programme on screen / bare window:  {ratios(ours, bare, 'shown')}")
    summary("reference: menus, 20-row model", reference)
    print(f"  its rows on screen / bare window:   {ratios(reference, bare, 'shown')}")
    return result


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--build":
        big_catalogue(Path(sys.argv[2]), int(sys.argv[3]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        bundled = Path(tmp) / "bundled"
        from_store = [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from briefer.core.store import open_store; open_store(sys.argv[2]).close()",
            str(ROOT),
            str(bundled),
        ]
        subprocess.run(from_store, check=True)
        rounds = int(os.environ.get("BENCH_ROUNDS", "11"))
        bare, ours = measure_pairs(bundled, rounds)
        big = Path(tmp) / "big"
        items = int(os.environ.get("BENCH_ITEMS", "100000"))
        subprocess.run([sys.executable, __file__, "--build", str(big), str(items)], check=True)
        run("briefer", big)
        large = summary(
            f"Briefer, {items:,}-item catalogue", [run("briefer", big) for _ in range(3)]
        )
        print(
            f"  / bare window: first paint {large['first'] / bare['first']:.2f}, "
            f"programme on screen {large['shown'] / bare['first']:.2f}"
        )
        shutil.rmtree(big, ignore_errors=True)
        print(json.dumps({"bare": bare, "bundled": ours, "large": large}))


if __name__ == "__main__":
    main()
