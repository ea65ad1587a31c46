"""Markdown notes to pack flowables, through the `markdown` package and our own HTML walk.

Notes are written by people: raw HTML in them is shown as text (it is escaped before Markdown
sees it), images are never loaded (their alt text is shown), and only http, https and mailto
links become links.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Table, TableStyle

from briefer.core.markdown_text import to_html
from briefer.core.packs.fonts import FontSet
from briefer.core.packs.styles import Styles
from briefer.core.packs.textlayout import (
    BidiParagraph,
    ShapedParagraph,
    Span,
    TextStyle,
)
from briefer.core.packs.uax9 import dominant_direction

ParagraphMaker = Callable[[list[Span], TextStyle], Flowable]
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_CODE = Color(0.35, 0.1, 0.1)
_MARKS = ("\u200e", "\u200f", "\u061c")  # LRM, RLM, ALM: a writer's own paragraph direction


@dataclass
class _Block:
    kind: str  # p, h1..h4, li, quote, code
    spans: list[Span] = field(default_factory=list)
    depth: int = 0
    bullet: str = ""


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[_Block | list[list[list[Span]]]] = []
        self.current: _Block | None = None
        self.bold = self.italic = self.code = 0
        self.links: list[str | None] = []
        self.lists: list[list[int | str]] = []  # [kind, counter]
        self.quote = 0
        self.table: list[list[list[Span]]] | None = None
        self.cell: list[Span] | None = None

    def _open(self, kind: str) -> None:
        self._close()
        depth = len(self.lists)
        self.current = _Block("quote" if self.quote and kind == "p" else kind, depth=depth)

    def _close(self) -> None:
        if self.current is not None and any(s.text.strip() for s in self.current.spans):
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
            self.lists.append([tag, 0])
        elif tag == "li":
            self._open("li")
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] = int(kind[1]) + 1
            assert self.current is not None
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
        elif tag == "code":
            self.code += 1
        elif tag == "a":
            href = (attr.get("href") or "").strip()
            self.links.append(href if href.lower().startswith(_SAFE_SCHEMES) else None)
        elif tag == "br":
            self._text(" ")
        elif tag == "img":
            self._text(f"[{attr.get('alt') or 'image'}]")
        elif tag == "table":
            self._close()
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = []
            if tag == "th":
                self.bold += 1

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
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag == "a" and self.links:
            self.links.pop()
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

    def _text(self, data: str) -> None:
        if not data:
            return
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
            color=_CODE if self.code else None,
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


@lru_cache(maxsize=512)
def _blocks(source: str) -> tuple:
    walker = _Walker()
    walker.feed(to_html(source))
    walker.close()
    walker._close()
    return tuple(walker.items)


def markdown_blocks(source: str) -> tuple:
    """A note's blocks and tables, under the rules above: for writers other than the PDF's."""
    return _blocks(source)


def markdown_flowables(
    source: str, styles: Styles, fonts: FontSet, make: ParagraphMaker | None = None
) -> list[Flowable]:
    """Flowables for a Markdown note; `make` builds (and may cache) each paragraph."""
    make = make or (lambda spans, style: BidiParagraph(ShapedParagraph(spans, style, fonts)))
    blocks = _blocks(source)
    direction = note_direction(blocks)
    out: list[Flowable] = []
    for item in blocks:
        if isinstance(item, list):
            out.append(_table(item, styles, make, fonts.get().fontName, direction))
            continue
        style = {
            "h1": styles.note_h1,
            "h2": styles.note_h2,
            "h3": styles.note_h3,
            "h4": styles.note_h3,
            "quote": styles.quote,
            "code": styles.code,
        }.get(item.kind, styles.note_body)
        spans = item.spans
        if item.kind == "li":
            style = styles.list_item(item.depth)
            spans = [Span(item.bullet + " "), *spans]
        if item.kind != "code" and not starts_with_mark(item.spans):
            style = replace(style, direction=direction)
        out.extend(make(piece, style) for piece in paragraph_pieces(spans))
    return out


PIECE = 2000  # characters: a longer paragraph is laid out as consecutive pieces of about this


def paragraph_pieces(spans: list[Span], limit: int = PIECE) -> list[list[Span]]:
    """`spans` cut at word boundaries into pieces of at most about `limit` characters.

    Line breaking costs more than linearly in a paragraph's length; pieces keep a note's huge
    paragraph (a pasted document) linear in its size.
    """
    if sum(len(s.text) for s in spans) <= limit:
        return [spans]
    pieces: list[list[Span]] = [[]]
    room = limit
    for span in spans:
        text = span.text
        while len(text) > room:
            space = text.rfind(" ", 0, room)
            if space >= 0:
                pieces[-1].append(replace(span, text=text[: space + 1]))
                text = text[space + 1 :]
            elif room == limit:  # one word longer than a piece: cut inside it
                pieces[-1].append(replace(span, text=text[:limit]))
                text = text[limit:]
            pieces.append([])
            room = limit
        if text:
            pieces[-1].append(replace(span, text=text))
            room -= len(text)
    return [p for p in pieces if p]


def note_direction(blocks: tuple) -> str:
    """A note's paragraph direction, for all its paragraphs: the direction most of its words
    are read in, each paragraph read as `uax9.auto_direction` reads it (code not counted).

    So an Arabic note whose paragraph begins with a Latin word ("COVID-19 جائحة…") stays
    right to left, as in the window's preview.
    """
    paragraphs = []
    for item in blocks:
        if isinstance(item, list):  # a table: each cell read as a paragraph
            paragraphs += ["".join(s.text for s in cell) for row in item for cell in row]
        elif item.kind != "code":
            paragraphs.append("".join(s.text for s in item.spans))
    return dominant_direction("\n".join(" ".join(p.split()) for p in paragraphs))


def body_direction(source: str) -> str:
    """`note_direction` of a note's Markdown source: what the window's editor shows."""
    return note_direction(_blocks(source))


def starts_with_mark(spans: list[Span]) -> bool:
    """The paragraph opens with an explicit mark, the writer's choice of its direction."""
    return "".join(s.text for s in spans).lstrip().startswith(_MARKS)


def _table(
    rows: list[list[list[Span]]],
    styles: Styles,
    make: ParagraphMaker,
    font_name: str,
    direction: str,
) -> Flowable:
    """A note's table, its columns in the note's direction (not the pack's), each cell's text
    on the side where that direction starts."""
    width = max((len(r) for r in rows), default=1)
    side = "right" if direction == "rtl" else "left"
    cell_style = replace(styles.data_cell, align=side)
    data = [
        [[make(cell or [Span(" ")], cell_style)] for cell in row] + [[""]] * (width - len(row))
        for row in rows
    ]
    if direction == "rtl":
        data = [list(reversed(row)) for row in data]
    table = Table(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name),  # else the cells name Helvetica
                ("GRID", (0, 0), (-1, -1), 0.4, Color(0.6, 0.6, 0.6)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), Color(0.92, 0.92, 0.92)),
            ]
        )
    )
    return table
