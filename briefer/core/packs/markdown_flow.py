"""Markdown notes to pack flowables, from the blocks note_blocks.py reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Table, TableStyle

from briefer.core.packs import uax9
from briefer.core.packs.fonts import FontSet
from briefer.core.packs.note_blocks import (
    lines_of,
    markdown_blocks,
    note_direction,
    printed_blocks,
    starts_with_mark,
)
from briefer.core.packs.styles import Styles
from briefer.core.packs.textlayout import BidiParagraph, ShapedParagraph, Span, TextStyle

ParagraphMaker = Callable[[list[Span], TextStyle], Flowable]


def markdown_flowables(
    source: str,
    styles: Styles,
    fonts: FontSet,
    make: ParagraphMaker | None = None,
    direction: str | None = None,
) -> list[Flowable]:
    """Flowables for a Markdown note; `make` builds (and may cache) each paragraph. The note's
    paragraphs run in `direction` as its writer set it, else in its dominant script's."""
    make = make or (lambda spans, style: BidiParagraph(ShapedParagraph(spans, style, fonts)))
    blocks = printed_blocks(markdown_blocks(source))
    direction = direction or note_direction(blocks)
    out: list[Flowable] = []
    widest = _widest_bullets(blocks, styles, fonts)
    for number, item in enumerate(blocks):
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
        lines = lines_of(item.spans)
        if item.kind == "li":
            style = styles.list_item(item.depth)
            lines[0] = [Span(item.bullet + " "), *lines[0]]
            # Wrapped lines start under the text, not under the bullet; a narrower number
            # ("9." before "10.") starts further in, its text in the list's one column.
            bullet = _bullet_width(item.bullet, style, fonts)
            style = replace(style, indent=style.indent + widest[number] - bullet, hang=bullet)
            if not _list_goes_on(blocks, number):  # the text after a list stands apart from it
                style = replace(style, space_after=styles.note_body.space_after)
        if item.kind != "code" and not starts_with_mark(item.spans):
            style = replace(style, direction=direction)
        for at, line in enumerate(lines):
            out.extend(
                make(piece, _line_style(style, at, len(lines))) for piece in paragraph_pieces(line)
            )
    return out


def _line_style(style: TextStyle, at: int, count: int) -> TextStyle:
    """`style` for line `at` of a paragraph of `count` lines parted by hard line breaks: each
    a paragraph of its own, the paragraph's space before the first and after the last, the
    lines after the first where its wrapped lines start (under a list item's text). Found by
    review: a hard line break was printed as a space."""
    if count == 1:
        return style
    if at:
        style = replace(style, space_before=0, indent=style.indent + style.hang, hang=0)
    if at < count - 1:
        style = replace(style, space_after=0)
    return style


def _bullet_width(bullet: str, style: TextStyle, fonts: FontSet) -> float:
    """The width of `bullet` and the space after it as drawn in `style` (the bullet in the
    font that draws it), measured once per render: a few bullets serve every list item."""
    widths = fonts.__dict__.setdefault("_bullet_widths", {})
    key = (bullet, style)
    if key not in widths:
        # A line's last space is no part of its width: the bullet's is measured before a letter.
        spans = [Span(bullet + " "), Span("x")]
        lines = ShapedParagraph(spans, style, fonts).break_lines(10_000)
        letter = ShapedParagraph([Span("x")], style, fonts).break_lines(10_000)
        widths[key] = lines[0].width - letter[0].width
    return widths[key]


def _widest_bullets(blocks: tuple, styles: Styles, fonts: FontSet) -> dict[int, float]:
    """For each list item (by its place in `blocks`), the width of the widest bullet of its
    list: where the item text starts, as in a browser, whose numbers grow outward. Found by
    review: the text of items 10 and 11 started 5.6 points further in than that of 1 to 9."""
    lists: dict[int, list[int]] = {}  # depth -> the items of the list open at that depth
    members: list[list[int]] = []
    for number, item in enumerate(blocks):
        if isinstance(item, list) or item.kind != "li":
            lists.clear()
            continue
        for depth in [d for d in lists if d > item.depth]:
            del lists[depth]
        if item.first or item.depth not in lists:
            lists[item.depth] = []
            members.append(lists[item.depth])
        lists[item.depth].append(number)
    widest: dict[int, float] = {}
    for items in members:
        style = styles.list_item(blocks[items[0]].depth)
        width = max(_bullet_width(blocks[n].bullet, style, fonts) for n in items)
        widest.update(dict.fromkeys(items, width))
    return widest


def _list_goes_on(blocks: tuple, number: int) -> bool:
    after = blocks[number + 1] if number + 1 < len(blocks) else None
    return after is not None and not isinstance(after, list) and after.kind == "li"


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


def _cell_style(cell: list[Span], style: TextStyle, direction: str) -> TextStyle:
    """A cell's paragraph in its own text's direction, or, without a letter ("15:00–15:30"),
    in the table's (UAX #9's higher-level protocol), as the Word pack and the window set it.
    Found by review: an Arabic note's time range read left to right in the PDF alone."""
    if uax9.auto_direction("".join(s.text for s in cell)) is None:
        return replace(style, direction=direction)
    return style


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
    aligns = list(getattr(rows, "aligns", []))
    styles_by_column = [
        replace(styles.data_cell, align=(aligns[n] if n < len(aligns) else None) or side)
        for n in range(width)
    ]  # a column of figures set right (`---:`), as the writer asked
    data = [
        [
            [make(cell or [Span(" ")], _cell_style(cell, styles_by_column[n], direction))]
            for n, cell in enumerate(row)
        ]
        + [[""]] * (width - len(row))
        for row in rows
    ]
    if direction == "rtl":
        data = [list(reversed(row)) for row in data]
    # Space after it as after a paragraph: the vowel marks of the line below touched its border.
    table = Table(data, repeatRows=1, spaceAfter=styles.note_body.space_after + 4)
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
