"""Caches that may hold words the user wrote, emptied when the data is locked."""

from __future__ import annotations

import sys

_CACHED = (  # module, its function whose cache holds notes or their words
    ("briefer.core.markdown_text", "note_tree"),
    ("briefer.core.markdown_text", "to_html"),
    ("briefer.core.packs.note_blocks", "_blocks"),
    ("briefer.core.packs.uax9", "_word_kind"),
)


def forget_user_text() -> None:
    """Empty the caches notes pass through: search folding, pack shaping, Markdown, the blocks
    and word kinds their direction is read from."""
    from briefer.core.search import textnorm

    textnorm.clear_caches()
    layout = sys.modules.get("briefer.core.packs.textlayout")
    if layout is not None:  # loaded only once a pack was drawn
        layout.clear_caches()
    for name, function in _CACHED:
        module = sys.modules.get(name)
        if module is not None:
            getattr(module, function).cache_clear()
