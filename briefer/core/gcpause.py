"""Pausing Python's cycle collector while a long job builds many short-lived objects.

A pack render holds hundreds of thousands of live objects (flowables, shaped lines, caches);
each full collection the interpreter starts during it walks them all while holding the GIL,
0.05–0.1 s at a time, and the window's thread waits. The objects are freed by reference
counting when the render returns, so pausing the collector for its length costs little memory.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Disable automatic cycle collection inside the block (nesting and threads allowed)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
