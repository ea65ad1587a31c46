"""Qt's messages that tell a user of Briefer nothing, kept off the terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# The offscreen platform's on every window shown (QPlatformWindow::propagateSizeHints), logged
# in Qt's default category: a logging rule would hide every other warning with it.
SIZE_HINTS = "This plugin does not support propagateSizeHints()"

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def _on_stderr(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """What Qt's own handler writes, as Qt formats it (QT_MESSAGE_PATTERN)."""
    sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
    sys.stderr.flush()


@contextmanager
def without_size_hints_notice() -> Iterator[None]:
    """Qt's messages but `SIZE_HINTS` passed on as before, while the block runs."""
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message != SIZE_HINTS:
            (previous or _on_stderr)(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
