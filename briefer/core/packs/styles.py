"""The only place pack text styles are defined."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from reportlab.lib.colors import Color

from briefer.core.markdown_text import MAX_LIST_INDENT
from briefer.core.packs.textlayout import TextStyle

NAVY = Color(0.08, 0.16, 0.33)
GREY = Color(0.35, 0.35, 0.35)
RED = Color(0.7, 0.05, 0.05)


@dataclass(frozen=True)
class Styles:
    rtl: bool
    body: TextStyle
    small: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    title: TextStyle
    h1: TextStyle
    h2: TextStyle
    note_h1: TextStyle
    note_h2: TextStyle
    note_h3: TextStyle
    quote: TextStyle
    code: TextStyle
    toc1: TextStyle
    toc2: TextStyle
    flag: TextStyle
    data: TextStyle
    data_cell: TextStyle
    band: TextStyle

    def list_item(self, depth: int) -> TextStyle:
        """A list item's style, indented by its depth up to MAX_LIST_INDENT levels: deeper
        items align with those (at 12 points a level, 40 levels left no room for a word)."""
        depth = min(depth, MAX_LIST_INDENT)
        made = self._list_items.get(depth)
        if made is None:
            indent = 12.0 * depth
            made = self._list_items[depth] = replace(
                self.body, direction="auto", indent=indent, space_after=2
            )
        return made

    @cached_property
    def _list_items(self) -> dict[int, TextStyle]:
        return {}

    @cached_property
    def note_body(self) -> TextStyle:
        """Made once (a note's every paragraph asks for it)."""
        return replace(self.body, direction="auto")


def make_styles(lang: str) -> Styles:
    """Styles for a pack in `lang`: Arabic packs are right-to-left throughout."""
    direction = "rtl" if lang == "ar" else "ltr"
    side = "right" if lang == "ar" else "left"
    body = TextStyle(size=10.5, leading=16, direction=direction, space_after=5, lang=lang)
    note = replace(body, direction="auto")
    return Styles(
        rtl=lang == "ar",
        body=body,
        small=replace(body, size=8.5, leading=12, color=GREY, space_after=2),
        cell=replace(body, size=9, leading=13, space_after=0),
        cell_bold=replace(body, size=9, leading=13, space_after=0, bold=True),
        title=replace(body, size=26, leading=36, bold=True, color=NAVY, space_after=12),
        h1=replace(
            body, size=18, leading=26, bold=True, color=NAVY, space_before=4, space_after=10
        ),
        h2=replace(
            body, size=13.5, leading=20, bold=True, color=NAVY, space_before=10, space_after=4
        ),
        note_h1=replace(note, size=13, leading=19, bold=True, space_before=6),
        note_h2=replace(note, size=12, leading=17, bold=True, space_before=5),
        note_h3=replace(note, size=11, leading=16, bold=True, space_before=4),
        quote=replace(note, indent=14, color=GREY),
        code=replace(note, size=9, leading=13, color=Color(0.35, 0.1, 0.1)),
        toc1=replace(body, size=11, leading=18, bold=True, space_after=0),
        toc2=replace(body, size=10, leading=15, indent=14, space_after=0),
        flag=replace(body, size=9, leading=13, bold=True, color=RED, space_after=0),
        data=replace(body, direction="auto", align=side),
        data_cell=replace(body, size=9, leading=13, space_after=0, direction="auto", align=side),
        # The pack's direction: its spans are isolated, so "auto" found no letter and read
        # an Arabic header left to right (delegation, then delegate, from the left).
        band=replace(body, size=8.5, leading=12, color=GREY, space_after=2),
    )
