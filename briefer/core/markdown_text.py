"""Markdown notes to HTML, with any raw HTML in them kept as literal text."""

from __future__ import annotations

import markdown


def to_html(source: str) -> str:
    """HTML for a note: raw HTML in the source is escaped first, so it shows as text."""
    escaped = source.replace("&", "&amp;").replace("<", "&lt;")
    return markdown.markdown(escaped, extensions=["tables", "sane_lists", "fenced_code"])
