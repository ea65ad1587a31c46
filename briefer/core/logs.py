"""A rotating log in the data folder, for the user to send to IT.

What is logged: what Briefer did and what failed (commands, kinds of error, ids, counts, and
the traceback of an unexpected exception). Never what the user wrote (note text, marks'
reasons) nor a passphrase or key: callers log ids and kinds, and the formatter cuts any
message to one short line so a text passed by mistake does not land whole in the file.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from briefer import __version__
from briefer.core.datafolder import DataFolder

LOGGER = "briefer"
LOG_FILE = "briefer.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MAX_MESSAGE = 500

log = logging.getLogger(LOGGER)


class _FolderLog(logging.Handler):
    """The rotating file, built on the first record only: a run that logs nothing leaves the
    data folder untouched, and starting does not load `logging.handlers` (sockets, pickle)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None

    def setFormatter(self, fmt: logging.Formatter | None) -> None:  # noqa: N802
        super().setFormatter(fmt)
        if self.file is not None:
            self.file.setFormatter(fmt)

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            self.file = _rotating_file(self.path)
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def _rotating_file(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class FolderFile(RotatingFileHandler):
        def _open(self):
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
            pass  # a read-only data folder must not break the program that logs

    return FolderFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)


class _ShortFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802
        line = super().formatMessage(record).replace("\n", " ")
        return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def log_file(data: DataFolder) -> Path:
    return data.logs / LOG_FILE


def setup_logging(data: DataFolder) -> Path:
    """Send the `briefer` loggers and uncaught exceptions to the data folder's rotating log.

    Called again (another data folder), it replaces the previous file handler.
    """
    path = log_file(data)
    for old in [h for h in log.handlers if isinstance(h, _FolderLog)]:
        log.removeHandler(old)
        old.close()
    handler = _FolderLog(path)
    handler.setFormatter(_ShortFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _log_uncaught()
    return path


def describe_run() -> str:
    """One line on what runs: Briefer's version, Python, the system."""
    import platform

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return (
        f"Briefer {__version__}{frozen}, Python {platform.python_version()}, {platform.platform()}"
    )


def _log_uncaught() -> None:
    previous = sys.excepthook
    if getattr(previous, "_briefer_logs", False):
        return

    def hook(kind, value, trace) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    hook._briefer_logs = True  # type: ignore[attr-defined]
    sys.excepthook = hook
