"""Work-arounds for PySide6: a release that takes references from None, True and False; a scan
of every module.

PySide6 6.12.0 on Python 3.11 takes one reference from None at every call of a Qt method that
returns nothing (`setText`, `setData`, `addTopLevelItem`…). None is a static object, never
freed, but on Python 3.11 its reference count is checked: after a few thousand such calls the
interpreter aborts with "deallocating None", in the middle of a session or when the window
closes. Python 3.12 made None immortal by giving it a count that cannot run out; this gives it
the same on 3.11, once, before Qt is used. tests/gui/test_window.py holds both the bug and
the mend.

The same release takes one reference from True at every `emit()` and `disconnect()` of a
signal (they return a True they do not own): a session that emits a few thousand signals
aborted on exit with "bool_dealloc: deallocating True or False" (found with the meeting dialog's
tests run together). `protect_bools` gives True and False the same count that cannot run out;
tests/gui/test_pyside_bools.py holds the bug and the mend.

Once PySide6 is loaded, its import hook reads the source of every module an import statement
names for the first time (`inspect.getsource`, kept in `linecache`) to learn whether the module
mentions "PySide6": a module that does is switched to "no feature" when it uses Qt, one that
does not is left out of the switching. The switching is for `from __feature__ import
snake_case, true_property`, which Briefer never uses, so every module runs with no feature
either way. `skip_source_scan` answers "mentions PySide6" for all of them without reading
their source: 35-40 M instructions (about 6 % of a bare PySide6 window's start) before the
window's first paint, and the sources are not held in memory.
"""

from __future__ import annotations

import sys

IMMORTAL = 1 << 40


def protect_none() -> bool:
    """Make None's reference count unreachable by such leaks; True when it was needed."""
    return _immortal(None)


def protect_bools() -> bool:
    """Make True's and False's reference counts unreachable by such leaks; True when needed."""
    return _immortal(True) and _immortal(False)


def _immortal(constant: object) -> bool:
    """Give a static object a reference count no leak can use up, as Python 3.12 does."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt, the object's first field
    if count.value < IMMORTAL:
        count.value += IMMORTAL
    return True


def skip_source_scan() -> bool:
    """PySide6's import hook no longer reads each module's source (see above); True when the
    hook was found. A PySide6 without it, or with another, is left as it is."""
    import PySide6  # noqa: F401 - installs the hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


def _uses_pyside(module: object) -> bool:
    """The scan's answer for a module that mentions PySide6: "no feature" when it uses Qt,
    which is what every module of a program without `__feature__` gets."""
    return True
