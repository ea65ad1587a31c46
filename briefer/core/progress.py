"""Progress reporting and cancellation for long operations, without threads or Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefer.core.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None
    stage: str


ProgressCallback = Callable[[Progress], None]
StopCheck = Callable[[], bool]


class Reporter:
    """Reports progress to an optional callback and raises `Cancelled` when asked to stop."""

    def __init__(
        self, callback: ProgressCallback | None = None, should_stop: StopCheck | None = None
    ) -> None:
        self._callback = callback
        self._should_stop = should_stop

    def __call__(self, done: int, total: int | None, stage: str) -> None:
        if self._should_stop is not None and self._should_stop():
            raise Cancelled("Cancelled.")
        if self._callback is not None:
            self._callback(Progress(done, total, stage))
