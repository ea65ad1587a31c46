"""A work-around for a PySide6 release that takes references from None.

PySide6 6.12.0 on Python 3.11 takes one reference from None at every call of a Qt method that
returns nothing (`setText`, `setData`, `addTopLevelItem`…). None is a static object, never
freed, but on Python 3.11 its reference count is checked: after a few thousand such calls the
interpreter aborts with "deallocating None", in the middle of a session or when the window
closes. Python 3.12 made None immortal by giving it a count that cannot run out; this gives it
the same on 3.11, once, before Qt is used. tests/gui/test_window.py holds both the bug and
the mend.
"""

from __future__ import annotations

import sys

IMMORTAL = 1 << 40


def protect_none() -> bool:
    """Make None's reference count unreachable by such leaks; True when it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < IMMORTAL:
        count.value += IMMORTAL
    return True
