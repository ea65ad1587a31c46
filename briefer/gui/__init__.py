"""The Qt desktop window, on top of `briefer.core`.

The store, which the window needs for its first paint, is imported here, before Qt: once
PySide6 is loaded it reads the source of every module imported after it (to support its
`__feature__` switches). The queries behind the views load after the first paint.
"""

import briefer.core.store  # noqa: F401
from briefer.gui.pyside_fixes import protect_none

protect_none()  # before any Qt call: see pyside_fixes
