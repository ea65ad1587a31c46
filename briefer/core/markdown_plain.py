"""A Markdown note's text without its syntax: for snippets, lists and titles."""

from __future__ import annotations

import re

_MARKDOWN = [
    (re.compile(r"^```.*$|^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),  # fences, rules
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)+", re.M), ""),  # headings, quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?", re.M), ""),  # list items
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"(\*\*|__|~~|\*|`)"), ""),  # emphasis, strike-through, code
    (re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"), ""),  # _emphasis_, not snake_case
    (re.compile(r"\s*\|\s*"), " "),  # table cells
]


def plain_text(markdown: str) -> str:
    """The text of a Markdown note without its syntax, for a snippet."""
    for pattern, replacement in _MARKDOWN:
        markdown = pattern.sub(replacement, markdown)
    return markdown.strip()


def note_title(body: str, limit: int = 120) -> str:
    """A note's first line as a list shows it: its text, without Markdown's marks."""
    lines = body.strip().splitlines()
    first = plain_text(lines[0]) if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"
