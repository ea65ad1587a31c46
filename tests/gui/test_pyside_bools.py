"""PySide6 6.12.0 on Python 3.11 takes one reference from True at every `emit()` and
`disconnect()` of a signal: found by running the day field's and the meeting dialog's tests
together, which ended in « Fatal Python error: bool_dealloc: deallocating True or False »,
as a long session would when the user quits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefer.gui.pyside_fixes import IMMORTAL

SIGNALS = """
import briefer.gui
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    said = Signal(str)

app = QCoreApplication([])
source = Source()
for _ in range(20_000):
    source.said.connect(print)
    source.said.disconnect(print)
    source.said.emit("x")
"""


def test_a_process_emitting_many_signals_exits_cleanly():
    """20,000 emits and disconnects: more than True's references, so without the mend the
    interpreter aborts."""
    done = subprocess.run(
        [sys.executable, "-c", SIGNALS],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_signals_emitted_cannot_free_true(qapp):
    """The bug directly: where emits take references from True, True was made immortal."""
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    before = sys.getrefcount(True)
    for _ in range(3000):
        edit.textEdited.emit("x")
    if before - sys.getrefcount(True) > 100:  # this PySide6 leaks
        assert sys.getrefcount(True) > IMMORTAL // 2
