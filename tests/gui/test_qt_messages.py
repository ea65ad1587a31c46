"""Qt's offscreen notice on every window shown kept off `screenshot`'s terminal, and only it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler, qWarning

from briefer.gui.qt_messages import SIZE_HINTS, without_size_hints_notice

ROOT = Path(__file__).resolve().parents[2]


def test_a_screenshot_does_not_print_the_offscreen_plugins_notice(tmp_path: Path):
    """Found by review: `screenshot` printed the notice twice on stderr at every run."""
    out = tmp_path / "shot.png"
    args = ["--data-dir", str(tmp_path / "data"), "--lang", "en", "screenshot", str(out)]
    done = subprocess.run(
        [sys.executable, "main.py", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size > 0
    assert "propagateSizeHints" not in done.stderr


def test_other_qt_messages_are_still_shown(qapp):
    """Only that one message is dropped: every other reaches the handler in place before."""
    seen: list[str] = []
    previous = qInstallMessageHandler(lambda kind, context, message: seen.append(message))
    try:
        with without_size_hints_notice():
            qWarning(SIZE_HINTS)
            qWarning("QPainter::begin: Paint device returned engine == 0")
        qWarning(SIZE_HINTS)
    finally:
        qInstallMessageHandler(previous)
    assert seen == ["QPainter::begin: Paint device returned engine == 0", SIZE_HINTS]
