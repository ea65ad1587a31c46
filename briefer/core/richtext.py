"""Rich text the window shows, under the packs' rules (see packs/markdown_flow.py).

Notes and catalogue texts come from colleagues' selection files and from feeds: nothing in them
may make the window load anything. Markdown becomes a small HTML subset: raw HTML is shown as
text, an image becomes its alt text in brackets, and only http, https and mailto addresses
become links. Plain catalogue text is escaped. No style, no attribute but a checked `href`
and those this module sets itself: the list indent on lists nested deeper than
MAX_LIST_INDENT, a numbered list's first number and its marker's period (see `RTL_NUMBER`),
a table's rules, cell padding and side, and each cell's `align` (left, center or right only).
"""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser

from briefer.core.markdown_text import MAX_LIST_INDENT, to_html
from briefer.core.paragraphs import paragraphs_of

SAFE_SCHEMES = ("http://", "https://", "mailto:")
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
MAX_URL = 2000
_KEPT = frozenset(
    "p br h1 h2 h3 h4 h5 h6 strong b em i del code pre ul ol li blockquote "
    "table thead tbody tr th td hr".split()
)
_VOID = frozenset(("br", "hr"))
# A column's alignment as Markdown writes it on each of its cells.
_CELL_ALIGN = re.compile(r"text-align:\s*(left|right|center)\b")
# Ruled cells with room around the text, as the packs draw a note's table (markdown_flow.py).
TABLE = (
    'border="1" cellspacing="0" cellpadding="4" '
    'style="border-collapse: collapse; border-style: solid; border-color: #999999; '
    'margin-top: 6px;"'
)
# Qt writes a right-to-left list's number as suffix + number + prefix, then lays that out right
# to left: the default "." suffix stood right of the digit ("1." read as ". 1"). With the period
# as the prefix, the number reads as in the packs: the digit on the right, the period left of it.
RTL_NUMBER = " -qt-list-number-prefix: '.'; -qt-list-number-suffix: '';"


def safe_link(url: object) -> str | None:
    """`url` if it is an http, https or mailto address without spaces or control characters."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if len(url) > MAX_URL or not url.lower().startswith(SAFE_SCHEMES):
        return None
    if any(ord(c) < 33 or ord(c) == 127 or c in BIDI_CONTROLS for c in url):
        return None  # a bidi control makes an address read as another (found by review)
    return url


def plain_html(text: object) -> str:
    """Catalogue text as HTML that shows it literally (nothing in it is markup)."""
    return html.escape("" if text is None else str(text), quote=True)


def plain_paragraphs_html(text: str) -> str:
    """Catalogue text of several paragraphs (one per line) as literal HTML paragraphs."""
    return "".join(f"<p>{plain_html(line)}</p>" for line in paragraphs_of(text))


class _Cleaner(HTMLParser):
    """Rebuild HTML keeping the tags of `_KEPT`, links with a safe address, images as words."""

    def __init__(self, rtl: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[bool] = []
        self.code = 0
        self.lists = 0
        self.rtl = rtl
        self.cells: list[int] = []  # where each cell of the open row starts in `out`

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a":
            href = safe_link(html.unescape(found.get("href") or ""))
            self.links.append(href is not None)
            if href is not None:
                self.out.append(f'<a href="{html.escape(href, quote=True)}">')
        elif tag == "img":
            alt = found.get("alt") or ""
            self.out.append(f"[{html.escape(alt)}]" if alt else "[image]")
        elif tag in ("ul", "ol"):
            self.lists += 1
            self.out.append(self._list_tag(tag, found.get("start") or ""))
        elif tag in _KEPT:
            self.code += tag in ("code", "pre")
            if tag == "tr":
                self.cells = []
            elif tag in ("td", "th"):
                self.cells.append(len(self.out))
                self.out.append(f'<{tag} align="{self._cell_side(found.get("style") or "")}">')
                return
            if tag == "table":  # on the side the note reads from
                side = ' align="right"' if self.rtl else ""
                self.out.append(f"<table {TABLE}{side}>")
                return
            self.out.append(f"<{tag}>")

    def _cell_side(self, style: str) -> str:
        """Where a table cell's text sits: its column's alignment as written (`:---:`), else
        the side the note reads from, as in the packs (markdown_flow._table): "left" is the
        page's left in either direction."""
        found = _CELL_ALIGN.search(style)
        if found:
            return found.group(1)
        return "right" if self.rtl else "left"

    def _list_tag(self, tag: str, start: str) -> str:
        """The opening tag of a list, with the attributes this module sets (none from the note)."""
        style = f"-qt-list-indent: {MAX_LIST_INDENT};" if self.lists > MAX_LIST_INDENT else ""
        if tag == "ol" and self.rtl:
            style += RTL_NUMBER
        attributes = f' style="{style.strip()}"' if style else ""
        if tag == "ol" and start.isascii() and start.isdigit() and len(start) <= 9:  # as
            attributes += f' start="{int(start)}"'  # written, as the packs ("3." at 3)
        return f"<{tag}{attributes}>"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            if self.links and self.links.pop():
                self.out.append("</a>")
        elif tag in _KEPT and tag not in _VOID:
            self.code -= tag in ("code", "pre") and self.code > 0
            self.lists -= tag in ("ul", "ol") and self.lists > 0
            if tag == "tr" and self.rtl and self.cells:
                self._mirror_row()
            self.out.append(f"</{tag}>")

    def _mirror_row(self) -> None:
        """The open row's cells in reverse order: Qt lays a table's cells out left to right in
        any direction, and a right-to-left note's table reads from the right (as in the packs)."""
        bounds = [*self.cells, len(self.out)]
        cells = [self.out[a:b] for a, b in itertools.pairwise(bounds)]
        del self.out[bounds[0] :]
        for cell in reversed(cells):
            self.out += cell
        self.cells = []

    def handle_data(self, data: str) -> None:
        if self.code:  # Markdown escapes code itself, on top of our escaping of raw HTML
            data = html.unescape(data)
        self.out.append(html.escape(data, quote=False))


def clean_html(markup: str, rtl: bool = False) -> str:
    """`markup` reduced to the safe subset described in the module docstring; with `rtl`,
    each table row's cells in reverse order (see `_Cleaner._mirror_row`)."""
    cleaner = _Cleaner(rtl)
    cleaner.feed(markup)
    cleaner.close()
    return "".join(cleaner.out)


PREVIEW_LINES = 2000  # Qt lays out a long list in quadratic time: 60,000 items took 105 s
PREVIEW_CHARS = 200_000


def preview_part(source: str) -> tuple[str, bool]:
    """The beginning of a note a live preview shows (whole lines, at most PREVIEW_LINES and
    PREVIEW_CHARS), and whether that is less than the note."""
    part = source[:PREVIEW_CHARS]
    lines = part.split("\n", PREVIEW_LINES)
    if len(lines) > PREVIEW_LINES:
        part = "\n".join(lines[:PREVIEW_LINES])
    elif len(source) > PREVIEW_CHARS and "\n" in part:
        part = part[: part.rfind("\n")]
    return part, len(part.rstrip("\n")) < len(source.rstrip("\n"))


def markdown_html(source: str, rtl: bool = False) -> str:
    """A Markdown note as safe HTML for a preview; `rtl`, a right-to-left note's."""
    return clean_html(to_html(source), rtl)
