"""A Markdown note as blocks of spans, and its direction: what the packs lay out and the window
shows, without ReportLab (the window reads a note's direction when it opens it).

Notes are written by people: raw HTML in them is shown as text (it is escaped before Markdown
sees it), images are never loaded (their alt text is shown), and only http, https and mailto
links become links.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

from briefer.core.markdown_events import feed_note
from briefer.core.packs import uax9
from briefer.core.packs.spans import Rgb, Span
from briefer.core.richtext import BIDI_CONTROLS, safe_link

CODE_COLOR = Rgb(0.35, 0.1, 0.1)
_MARKS = ("\u200e", "\u200f", "\u061c")  # LRM, RLM, ALM: a writer's own paragraph direction
LINE_BREAK = "\n"  # a span of a hard line break, alone: the writers start a new line there


def lines_of(spans: list[Span]) -> list[list[Span]]:
    """`spans` cut at their hard line breaks (LINE_BREAK spans): a paragraph's lines."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        if span.text == LINE_BREAK:
            lines.append([])
        else:
            lines[-1].append(span)
    return [line for line in lines if line] or [[]]


class NoteTable(list):
    """A note's table: its rows of cells (each a list of spans), and each column's alignment
    as the writer set it in the separator row (`---:` right, `:---:` center; None: the
    note's direction's start)."""

    def __init__(self) -> None:
        super().__init__()
        self.aligns: list[str | None] = []


def _trimmed(spans: list[Span]) -> list[Span]:
    """`spans` without the white space at their ends: a loose list's item (<li><p>) began
    with the line break before its paragraph, and printed two spaces after its bullet."""
    spans = list(spans)
    while spans and not spans[0].text.strip():
        spans.pop(0)
    while spans and not spans[-1].text.strip():
        spans.pop()
    if spans:
        spans[0] = replace(spans[0], text=spans[0].text.lstrip())
        spans[-1] = replace(spans[-1], text=spans[-1].text.rstrip())
    return spans


_ALIGN = re.compile(r"text-align:\s*(left|right|center)")


@dataclass
class _Block:
    kind: str  # p, h1..h4, li, quote, code
    spans: list[Span] = field(default_factory=list)
    depth: int = 0
    bullet: str = ""
    first: bool = False  # the first item of its list: Word's numbering starts again there


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[_Block | list[list[list[Span]]]] = []
        self.current: _Block | None = None
        self.bold = self.italic = self.code = self.strike = 0
        self.links: list[str | None] = []
        self.link_texts: list[list[str]] = []  # the text of each link open, to print its address
        self.lists: list[list[Any]] = []  # [kind, counter, no item yet]
        self.quote = 0
        self.table: list[list[list[Span]]] | None = None
        self.cell: list[Span] | None = None

    def _open(self, kind: str) -> None:
        self._close()
        depth = len(self.lists)
        self.current = _Block("quote" if self.quote and kind == "p" else kind, depth=depth)

    def _close(self) -> None:
        if self.current is not None and any(s.text.strip() for s in self.current.spans):
            if self.current.kind != "code":
                self.current.spans = _trimmed(self.current.spans)
            self.items.append(self.current)
        self.current = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"):
            if self.table is None and not (
                tag == "p" and self.current and self.current.kind == "li"
            ):
                self._open("code" if tag == "pre" else tag if tag != "h5" and tag != "h6" else "h4")
        elif tag in ("ul", "ol"):
            self._close()
            # A list's first number as written ("3." starts at 3; found by review: it was 1.)
            start = attr.get("start") or "1"
            number = start.isdigit() and len(start) <= 9  # CommonMark's longest list number
            self.lists.append([tag, int(start) - 1 if number else 0, True])
        elif tag == "li":
            self._open("li")
            kind = self.lists[-1] if self.lists else ["ul", 0, True]
            kind[1] = int(kind[1]) + 1
            assert self.current is not None
            self.current.first, kind[2] = bool(kind[2]), False
            self.current.bullet = (
                f"{kind[1]}." if kind[0] == "ol" else "•◦▪"[(len(self.lists) - 1) % 3]
            )
        elif tag == "blockquote":
            self._close()
            self.quote += 1
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "del":
            self.strike += 1
        elif tag == "code":
            self.code += 1
        elif tag == "a":
            href = (attr.get("href") or "").strip()
            self.links.append(safe_link(href))  # no bidi control disguising the address
            self.link_texts.append([])
        elif tag == "br":
            self._break()
        elif tag == "img":
            self._text(f"[{attr.get('alt') or 'image'}]")
        elif tag == "table":
            self._close()
            self.table = NoteTable()
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = []
            if tag == "th":
                self.bold += 1
                found = _ALIGN.search(attr.get("style") or "")
                self.table.aligns.append(found.group(1) if found else None)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li"):
            if self.table is None and not (
                tag == "p" and self.current and self.current.kind == "li"
            ):
                self._close()
        elif tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._close()
            self.quote = max(0, self.quote - 1)
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "del":
            self.strike = max(0, self.strike - 1)
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag == "a" and self.links:
            href = self.links[-1]
            text = "".join(self.link_texts[-1]).strip()
            address = printed_address(href) if href else ""
            if address and not text:  # "[](https://…)": the address is its text (found by
                self._text(address)  # review: the link vanished, "see  and")
            self.links.pop()
            self.link_texts.pop()
            if address and text and address.casefold() not in text.casefold():
                self._text(f" ({address})")
        elif tag in ("td", "th") and self.table is not None and self.cell is not None:
            if self.table:
                self.table[-1].append(self.cell)
            self.cell = None
            if tag == "th":
                self.bold = max(0, self.bold - 1)
        elif tag == "table" and self.table is not None:
            self.items.append(self.table)
            self.table = None

    def handle_data(self, data: str) -> None:
        self._text(data)

    def _break(self) -> None:
        """A hard line break (two spaces or a backslash ending a line) as a span of its own,
        LINE_BREAK, which the writers make a new line (found by review: it was a space). In
        a table's cell, or a link, a space."""
        if self.cell is not None or self.links or self.current is None:
            self._text(" ")
            return
        self.current.spans.append(Span(LINE_BREAK))

    def _after_break(self, data: str) -> str:
        """`data` without the line end Markdown leaves after a break."""
        spans = self.current.spans if self.current is not None else []
        return data.lstrip(" \n") if spans and spans[-1].text == LINE_BREAK else data

    def _text(self, data: str) -> None:
        data = self._after_break(data)
        if not data:
            return
        for texts in self.link_texts:
            texts.append(data)
        link = next((lk for lk in reversed(self.links) if lk), None)
        in_block = bool(self.current and self.current.kind == "code")
        if self.code or in_block:
            # Markdown escapes code itself, on top of our escaping of raw HTML: undo one level.
            data = html.unescape(data)
        text = data.rstrip("\n").replace("\n", " ⏎ ") if in_block else data.replace("\n", " ")
        span = Span(
            text,
            bold=self.bold > 0,
            italic=self.italic > 0,
            link=link,
            color=CODE_COLOR if self.code else None,
            strike=self.strike > 0,
        )
        if self.cell is not None:
            self.cell.append(span)
            return
        if self.current is None:
            if not data.strip():
                return
            self._open("p")
        assert self.current is not None
        self.current.spans.append(span)


def printed_address(href: str) -> str:
    """A link's address as paper shows it after the link's text ("www.diplomatie.ma/ar"):
    a printed pack loses the link itself."""
    address = re.sub(r"(?i)^(?:https?://|mailto:)", "", href)  # its host whole: "www.who.int"
    # without bidi controls: "‮txt.exe" would print as "exe.txt" (found by review)
    return "".join(c for c in address if c not in BIDI_CONTROLS).rstrip("/")


@lru_cache(maxsize=512)
def _blocks(source: str) -> tuple:
    walker = _Walker()
    feed_note(walker, source)
    walker.close()
    walker._close()
    return tuple(walker.items)


def markdown_blocks(source: str) -> tuple:
    """A note's blocks and tables, under the rules above: for writers other than the PDF's."""
    return _blocks(source)


_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}


def printed_blocks(blocks: tuple) -> tuple:
    """`blocks` as a pack prints them: without the headings that head nothing. A note begun
    from a template and filled in part printed every heading of it, six in a row."""
    return tuple(
        item
        for index, item in enumerate(blocks)
        if _level(item) is None or _heads_something(blocks, index + 1, _level(item))
    )


def printed(body: str) -> bool:
    """Whether a pack prints anything of the note `body`."""
    return any(_level(item) is None for item in _blocks(body))


def _level(item: object) -> int | None:
    return None if isinstance(item, list) else _LEVELS.get(item.kind)  # type: ignore[attr-defined]


def _heads_something(blocks: tuple, start: int, level: int) -> bool:
    """Whether something other than a heading comes before the next heading of `level` or
    higher."""
    for item in blocks[start:]:
        below = _level(item)
        if below is None:
            return True
        if below <= level:
            return False
    return False


def note_direction(blocks: tuple, default: str = "ltr") -> str:
    """A note's paragraph direction, for all its paragraphs: the direction most of its words
    are read in, each paragraph read as `uax9.auto_direction` reads it (code not counted;
    quotations only in a note of quotations, tables' cells only in a note of tables).

    So an Arabic note whose paragraph begins with a Latin word ("COVID-19 جائحة…") stays
    right to left, as in the window's preview, and a French note framing a long Arabic
    quotation stays French. `default` for a note without a letter.
    """
    prose: list[str] = []
    quotes: list[str] = []
    cells: list[str] = []
    for item in blocks:
        if isinstance(item, list):
            cells += ["".join(s.text for s in cell) for row in item for cell in row]
        elif item.kind != "code":
            (quotes if item.kind == "quote" else prose).append("".join(s.text for s in item.spans))
    for words in (prose, quotes, cells):  # a table of names (or contacts) does not outweigh
        if any(uax9.auto_direction(p) for p in words):  # the prose around it
            return uax9.dominant_direction("\n".join(" ".join(p.split()) for p in words))
    return default


def body_direction(source: str, default: str = "ltr") -> str:
    """`note_direction` of a note's Markdown source: what the window's editor shows."""
    return note_direction(_blocks(source), default)


def starts_with_mark(spans: list[Span]) -> bool:
    """The paragraph opens with an explicit mark, the writer's choice of its direction."""
    return "".join(s.text for s in spans).lstrip().startswith(_MARKS)
