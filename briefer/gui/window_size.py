"""The main window's first size, before the user has moved or resized it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

DESIGNED = QSize(1280, 800)
# Room for a window manager's frame and title bar (a Windows title bar is about 31 px), which
# Qt does not know before the window is shown.
FRAME = QSize(16, 48)


def first_geometry(area: QRect) -> QRect:
    """The window's first place on a screen whose free area (without task bar or dock) is
    `area`: DESIGNED at most, room left for a frame, in the middle. Found by review: on a
    1366×768 screen the status bar and its Cancel button were off the screen."""
    room = (area.size() - FRAME).expandedTo(QSize(1, 1))
    size = DESIGNED.boundedTo(room)
    left = area.left() + max(0, area.width() - size.width() - FRAME.width()) // 2
    top = area.top() + max(0, area.height() - size.height() - FRAME.height()) // 2
    return QRect(QPoint(left, top), size)
