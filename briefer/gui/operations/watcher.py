"""Changes from outside: another process (the command line, a second window) wrote the data."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from briefer.gui.context import AppContext

INTERVAL_MS = 1000


class OutsideChanges(QObject):
    """Checks once a second whether the user database or the catalogue file changed.

    SQLite's `data_version` of the window's own connection counts commits by other connections;
    the catalogue file's identity changes when a sync elsewhere puts a new generation in place.
    """

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Refresh the window when the data changed elsewhere; True when it did."""
        from briefer.core.errors import BrieferError

        try:
            return self.ctx.check_outside()
        except BrieferError:
            return False
