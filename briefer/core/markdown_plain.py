"""A Markdown note's text without its syntax: for snippets, lists and titles."""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from briefer.core.markdown_events import feed_note

_MARKDOWN = [
    (re.compile(r"^```.*$|^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),  # fences, rules
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)+", re.M), ""),  # headings, quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?", re.M), ""),  # list items
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"(\*\*|__|~~|\*|`)"), ""),  # emphasis, strike-through, code
    (re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"), ""),  # _emphasis_, not snake_case
    (re.compile(r"\s*\|\s*"), " "),  # table cells
]


def plain_line(markdown: str) -> str:
    """A line of Markdown without its usual marks, quickly: for titles of many notes."""
    for pattern, replacement in _MARKDOWN:
        markdown = pattern.sub(replacement, markdown)
    return markdown.strip()


@lru_cache(maxsize=256)
def plain_text(markdown: str) -> str:
    """The text of a Markdown note as its preview shows it, for a snippet: the same converter
    reads it (`feed_note`), so reference links, tables, escapes and link targets leave only what
    a reader sees; one line a block, a table's cells on their row's line."""
    reader = _TextReader()
    feed_note(reader, markdown)
    reader.close()
    lines = "".join(reader.parts).split("\n")
    return "\n".join(filter(None, map(str.strip, lines)))


_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li tr blockquote pre div table thead tbody ul ol hr dl dt dd".split()
)


class _TextReader(HTMLParser):
    """The text of the converter's HTML: entities read, a line break at each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS or tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag == "img":
            self.parts.append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if data.strip() or "\n" not in data:  # not the converter's line ends between tags
            self.parts.append(data)


def note_title(body: str, limit: int = 120) -> str:
    """A note's first line as a list shows it: its text, without Markdown's marks."""
    lines = body.strip().splitlines()
    first = plain_line(lines[0]) if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"
