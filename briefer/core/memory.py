"""Caches that may hold words the user wrote, emptied when the data is locked."""

from __future__ import annotations

import sys


def forget_user_text() -> None:
    """Empty the word caches of search folding and of pack shaping (notes pass through both)."""
    from briefer.core.search import textnorm

    textnorm.clear_caches()
    layout = sys.modules.get("briefer.core.packs.textlayout")
    if layout is not None:  # loaded only once a pack was drawn
        layout.clear_caches()
