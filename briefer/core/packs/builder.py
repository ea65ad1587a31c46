"""The pack builder: shared state and paragraph helpers of one render."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from briefer.core.packs.content import PackContent
from briefer.core.packs.daysheet import DaySheetSection
from briefer.core.packs.decoration import PageDecoration
from briefer.core.packs.document import LateText, fill_marks
from briefer.core.packs.fonts import FontSet
from briefer.core.packs.labels import label
from briefer.core.packs.options import MARGIN, PackOptions
from briefer.core.packs.sections import PackSections
from briefer.core.packs.spans import isolated, name_list
from briefer.core.packs.styles import Styles, make_styles
from briefer.core.packs.textlayout import (
    BidiParagraph,
    ShapedParagraph,
    Span,
    TextStyle,
    draw_line,
)
from briefer.core.packs.typography import colon
from briefer.core.progress import Reporter
from briefer.core.search.textnorm import has_arabic

_SHAPED_KEPT = 500  # paragraphs kept for reuse (the header and footer bands of every page)


class PackBuilder(PageDecoration, PackSections, DaySheetSection):
    """Everything one render needs: content, options, fonts, styles and shaped paragraphs."""

    def __init__(
        self,
        content: PackContent,
        options: PackOptions,
        fonts: FontSet,
        report: Reporter,
        edition_names: dict[str, str],
    ) -> None:
        self.c = content
        self.edition_names = edition_names
        self.options = options
        self.fonts = fonts
        self.lang = content.lang
        self.s: Styles = make_styles(content.lang)
        self.report = report
        self.pages: dict[str, int] = {}
        self.total = 0
        self.headings: list[tuple[str, int, str]] = []
        self.illustrative = content.illustrative
        self.shaped: dict[tuple, ShapedParagraph] = {}
        self.margin = 34.0 if options.paper == "a5" else MARGIN
        self.dry = False
        self.day: str | None = None
        # Texts drawn when the layout is done: name -> (its spans, style, where it was placed).
        self.late: dict[str, tuple[Callable[[Any], list[Span]], TextStyle, LateText | None]] = {}

    def join(self, items: Iterable[str]) -> str:
        """A list as a reader of the pack expects: with the Arabic comma where Arabic is written."""
        items = [i for i in items if i]
        arabic = self.lang == "ar" and any(has_arabic(i) for i in items)
        return ("، " if arabic else ", ").join(items)

    def names(self, items: Iterable[str]) -> list[Span]:
        """Who attends, each name in its own direction within the pack's (the whole delegation
        when no one is named)."""
        return name_list(items, self.lang) or [Span(self.L("whole_delegation"))]

    def progress(self, page: int) -> None:
        self.report(page, self.total or None, "render")

    def L(self, key: str) -> str:  # noqa: N802 - short on purpose: used for every label
        return label(key, self.lang)

    def para(
        self,
        text: str | list[Span],
        style: TextStyle | None = None,
        *,
        outline: tuple[str, int, str] | None = None,
        keep: bool = False,
    ) -> BidiParagraph:
        spans = [Span(text)] if isinstance(text, str) else text
        style = style or self.s.body
        key = (
            tuple((s.text, s.bold, s.italic, s.link, id(s.color), s.isolate) for s in spans),
            id(style),
        )
        shaped = self.shaped.get(key)
        if shaped is None:
            if len(self.shaped) >= _SHAPED_KEPT:
                self.shaped.clear()  # a long pack: keep memory flat, the bands come back at once
            shaped = self.shaped[key] = ShapedParagraph(spans, style, self.fonts)
        return BidiParagraph(shaped, outline=outline, keep_with_next=keep)

    def late_text(
        self, name: str, fill: Callable[[Any], list[Span]], style: TextStyle, link: str | None
    ) -> LateText:
        """A line whose text `fill(doc)` gives once the whole pack is laid out."""
        flowable = LateText(name, style.leading, link)
        self.late[name] = (fill, style, flowable)
        return flowable

    def fill_late(self, canvas: Any, doc: Any) -> None:
        """Draw the late texts where the pages left their marks, now that the layout is done."""
        drawn = {
            name: self._late_drawing(canvas, fill(doc), style, flowable)
            for name, (fill, style, flowable) in self.late.items()
        }
        fill_marks(canvas, drawn)

    def _late_drawing(
        self, canvas: Any, spans: list[Span], style: TextStyle, flowable: LateText | None
    ) -> str:
        """The content-stream code of one late line, from the origin its mark was left at."""
        shaped = ShapedParagraph(spans, style, self.fonts)
        lines = shaped.break_lines(10_000)
        if not lines:
            return ""
        line = lines[0]
        room = flowable.width if flowable else 0.0
        align = style.align
        if align in ("start", "end"):
            align = "right" if (align == "end") != shaped.rtl else "left"
        left = {"center": (room - line.width) / 2, "right": room - line.width}
        baseline = (style.leading - style.size) / 2 + style.size * 0.25 if flowable else 0
        page_code, canvas._code = canvas._code, []
        try:
            draw_line(canvas, line, left.get(align, 0.0), baseline, style)
            return "\n".join(canvas._code)
        finally:
            canvas._code = page_code

    def heading(self, text: str, level: int, key: str | None = None) -> BidiParagraph:
        key = key or f"h{len(self.headings)}"
        self.headings.append((text, level, key))
        style = (
            self.s.h1
            if level == 0
            else replace(self.s.h2, direction="auto", align=self.s.data.align)
        )
        return self.para(text, style, outline=(text, level, key), keep=True)

    def field(self, name: str, value: str | list[Span] | None) -> BidiParagraph | None:
        if not value:
            return None
        spans = [Span(self.L(name) + colon(self.lang), bold=True)]
        values = [Span(value)] if isinstance(value, str) else value
        spans += isolated(values)
        return self.para(spans)
