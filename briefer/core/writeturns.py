"""Turns at the write lock: a long write made in steps lets waiting writers in between its steps.

SQLite gives the write lock to whoever asks at the right moment; a writer that polls (its busy
handler sleeps up to 100 ms between tries) rarely catches the gap between two steps of a long
import. Writers of this process say that they wait, and the long write, between steps, waits
until they have had the lock; writers of other processes get a short pause at every step.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

PAUSE_S = 0.003  # between steps, for writers in other processes
LONGEST_TURN_S = 5.0  # a waiting writer that cannot take the lock does not hold a step longer


class WriteTurns:
    """The writers of this process now waiting for the write lock."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._waiting = 0

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        """Count the caller among the waiting writers while it asks for the lock."""
        with self._changed:
            self._waiting += 1
        try:
            yield
        finally:
            with self._changed:
                self._waiting -= 1
                self._changed.notify_all()

    def let_in(self) -> None:
        """Wait until every writer that was waiting has taken the lock, then pause briefly."""
        with self._changed:
            self._changed.wait_for(lambda: self._waiting == 0, LONGEST_TURN_S)
        time.sleep(PAUSE_S)


TURNS = WriteTurns()
