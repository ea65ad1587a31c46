"""The Qt desktop window, on top of `briefer.core`.

The core modules the window needs for its first paint are imported here, before Qt: once
PySide6 is loaded it reads the source of every module imported after it (to support its
`__feature__` switches), which costs start-up time for nothing.
"""

import briefer.core.catalogue.items
import briefer.core.delegations
import briefer.core.store  # noqa: F401
