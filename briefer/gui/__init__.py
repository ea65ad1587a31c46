"""The Qt desktop window, on top of `briefer.core`.

The store, which the window needs for its first paint, is imported here, before Qt. PySide6's
scan of each module's source is turned off as soon as PySide6 loads (see pyside_fixes). The
queries behind the views load after the first paint.
"""

import briefer.core.store  # noqa: F401
from briefer.gui.pyside_fixes import protect_bools, protect_none, skip_source_scan

protect_none()  # before any Qt call: see pyside_fixes
protect_bools()
skip_source_scan()
