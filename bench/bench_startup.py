"""Benchmark: process start to the first painted main window, and peak memory.

Not a test. Run with `make bench-startup`. Each measurement is a fresh process (offscreen Qt),
timed from just before the process is spawned to the first paint event of the window; the
baseline is a bare PySide6 QMainWindow started the same way. Briefer starts through its real entry
point (the command line's `gui`, as `main.py` does). Median of five runs.
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


def watch(window):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("READY", time.time() - start, peak_mb(), flush=True)
                os._exit(0)
            return False

    window._first_paint_probe = FirstPaint()
    window.installEventFilter(window._first_paint_probe)
    QTimer.singleShot(30000, lambda: os._exit(3))


mode = sys.argv[1]
if mode == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    watch(window)
    window.show()
    app.exec()
else:
    # The app's own start: main.py's command line, `gui`; the probe wraps open_window.
    sys.path.insert(0, sys.argv[3])
    import briefer.gui.app as gui_app
    from briefer.cli import main

    opened = gui_app.open_window

    def open_and_watch(folder, lang=None):
        window = opened(folder, lang)
        watch(window)
        return window

    gui_app.open_window = open_and_watch
    main(["--data-dir", sys.argv[2], "--lang", "en", "gui"])
"""


def run(mode: str, folder: Path | None = None) -> tuple[float, float]:
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
    line = next(x for x in result.stdout.splitlines() if x.startswith("READY"))
    _, seconds, memory = line.split()
    return float(seconds), float(memory)


def big_catalogue(folder: Path, items: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_search import synthetic

    from briefer.core.catalogue_io import write_catalogue
    from briefer.core.store import open_store

    data = synthetic(items)
    data.meta.update({"catalogue_version": 1, "source": "bench", "completeness": []})
    folder.mkdir(parents=True)
    write_catalogue(data, folder / "catalogue.db")
    open_store(folder).close()


def measure(label: str, mode: str, folder: Path | None = None, rounds: int = 5) -> dict:
    run(mode, folder)  # warm-up: writes the .pyc files, fills the OS file cache
    runs = [run(mode, folder) for _ in range(rounds)]
    seconds = statistics.median(r[0] for r in runs)
    memory = max(r[1] for r in runs)
    print(
        f"{label:<32} first paint {seconds * 1000:6.0f} ms (median of {rounds}), "
        f"peak {memory:4.0f} MB"
    )
    return {"seconds": seconds, "memory": memory}


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
        bare = measure("bare PySide6 window", "bare")
        ours = measure("Briefer, bundled catalogue", "briefer", bundled)
        print(f"ratio to the bare window: {ours['seconds'] / bare['seconds']:.2f}")
        big = Path(tmp) / "big"
        items = int(os.environ.get("BENCH_ITEMS", "100000"))
        subprocess.run([sys.executable, __file__, "--build", str(big), str(items)], check=True)
        large = measure(f"Briefer, {items:,}-item catalogue", "briefer", big, rounds=3)
        print(f"ratio to the bare window: {large['seconds'] / bare['seconds']:.2f}")
        shutil.rmtree(big, ignore_errors=True)
        print(json.dumps({"bare": bare, "bundled": ours, "large": large}))


if __name__ == "__main__":
    main()
