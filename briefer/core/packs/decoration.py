"""Page decoration: the header and footer bands and the watermark."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.colors import Color

from briefer.core.packs.document import late_mark, shown_form
from briefer.core.packs.outlines import line_outlines
from briefer.core.packs.styles import GREY, RED
from briefer.core.packs.textlayout import ShapedParagraph, Span, TextStyle, draw_line
from briefer.core.packs.typography import moment_text

BAND_GAP = 12.0  # points between the two ends of a header or footer
BAND_MIN_SIZE = 6.0


def _cut_spans(spans: list[Span], keep: int) -> list[Span]:
    """The first `keep` characters of `spans` and "…" at the cut, inside the span cut (so an
    Arabic name cut shows it at its own end, not at its beginning)."""
    out = []
    for span in spans:
        if keep <= 0:
            break
        out.append(replace(span, text=span.text[:keep]))
        keep -= len(span.text)
    if out:
        out[-1] = replace(out[-1], text=out[-1].text.rstrip() + "…")
    return out


class PageDecoration:
    """Header, footer and watermark drawn on every page (a mixin of PackBuilder)."""

    _number_width: float | None = None

    def _band(
        self,
        canvas: Any,
        spans_start: list[Span],
        spans_end: list[Span],
        y: float,
        style: TextStyle,
        start_room: float = 0.0,
    ) -> None:
        """One line at each end of a header or footer. Where the two do not fit side by side,
        a side takes the room the other leaves, then a smaller size, then is cut with "…":
        a long classification or delegate's name is never dropped without a sign.
        `start_room` is kept at the start for what is drawn there later (the page number)."""
        width = canvas._pagesize[0]
        room = width - 2 * self.margin - BAND_GAP
        sides = [(spans_start, True), (spans_end, False)]
        natural = [self._one_line(spans, style).width if spans else 0.0 for spans, _ in sides]
        natural[0] = natural[0] or start_room
        for (spans, at_start), own, other in zip(sides, natural, natural[::-1], strict=True):
            if not spans:
                continue
            share = room - min(other, room / 2)
            line, fitted = self._fitted(spans, style, share) if own > share else (None, style)
            line = line or self._one_line(spans, style)
            left_side = at_start != self.s.rtl
            x = self.margin if left_side else width - self.margin - line.width
            draw_line(canvas, line, x, y, fitted)

    def _one_line(self, spans: list[Span], style: TextStyle) -> Any:
        lines = self.para(spans, style).shaped.break_lines(100_000)
        return lines[0] if lines else self.para([Span(" ")], style).shaped.break_lines(9)[0]

    def _fitted(self, spans: list[Span], style: TextStyle, room: float) -> tuple[Any, TextStyle]:
        """`spans` on one line at most `room` wide: smaller, down to BAND_MIN_SIZE, then cut."""
        natural = self._one_line(spans, style).width
        size = max(BAND_MIN_SIZE, style.size * room / natural)
        small = replace(style, size=size, leading=style.leading * size / style.size)
        line = self._one_line(spans, small)
        keep = sum(len(s.text) for s in spans)
        while line.width > room and keep > 1:
            keep = max(1, int(keep * room / line.width) - 1)
            line = self._one_line(_cut_spans(spans, keep), small)
        return line, small

    def decorate(self, canvas: Any, doc: Any) -> None:
        """The page's header and footer. The header, rules and watermark are the same on
        every page: drawn once, as a form. The footer stays in the page, the last text before
        the page's body; a right-to-left page's number comes after the body (`decorate_end`):
        pypdf runs together texts of one line each set further left ("من 86بيانات")."""
        canvas.saveState()
        shown_form(canvas, "BrieferHead", lambda: self._head(canvas))
        if not self.s.rtl:
            self._page_number(canvas, doc.page, self.margin - 20, self.s.band)
        self._foot(canvas)
        canvas.restoreState()

    def decorate_end(self, canvas: Any, doc: Any) -> None:
        """A right-to-left page's number, after its body (see `decorate`)."""
        if self.s.rtl:
            self._page_number(canvas, doc.page, self.margin - 20, self.s.band)

    def _head(self, canvas: Any) -> None:
        width, height = canvas._pagesize
        if self.options.watermark:
            self._watermark(canvas, width, height)
        head_start = [Span(self.c.delegation.name, bold=True, isolate=True)]
        if self.c.delegate:
            head_start += [Span(" — "), Span(self.c.delegate.name, isolate=True)]
        head_end = (
            [Span(self.c.classification, bold=True, color=RED, isolate=True)]
            if self.c.classification
            else []
        )
        self._band(canvas, head_start, head_end, height - self.margin + 6, self.s.band)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.line(
            self.margin, height - self.margin + 2, width - self.margin, height - self.margin + 2
        )
        canvas.line(self.margin, self.margin - 8, width - self.margin, self.margin - 8)

    def _foot(self, canvas: Any) -> None:
        printed = moment_text(self.c.printed_at, self.lang)
        foot_end = [Span(self.L("printed") + " "), Span(printed, isolate=True)]
        if self.illustrative:  # said, beside when it was printed
            foot_end = [Span(self.L("illustrative"), bold=True, color=RED), Span(" · "), *foot_end]
        if self.c.classification:  # marked at the foot of each page as at its head
            marking = Span(self.c.classification, bold=True, color=RED, isolate=True)
            foot_end = [marking, Span(" · "), *foot_end]
        self._band(canvas, [], foot_end, self.margin - 20, self.s.band, self._number_room())

    def _number_room(self) -> float:
        """The width the page number takes at most ("Page 888 of 888"), measured once."""
        if self._number_width is None:
            text = self.L("page_of").format(page=888, pages=888)
            self._number_width = self._one_line([Span(text, isolate=True)], self.s.band).width
        return self._number_width

    def _page_number(self, canvas: Any, page: int, y: float, style: TextStyle) -> None:
        """The page number and count at the footer start, drawn once the count is known."""
        left_side = not self.s.rtl
        name = f"BrieferPage{page}"

        def fill(doc: Any) -> list[Span]:
            return [Span(self.L("page_of").format(page=page, pages=doc.page), isolate=True)]

        self.late[name] = (fill, replace(style, align="left" if left_side else "right"), None)
        x = self.margin if left_side else canvas._pagesize[0] - self.margin
        canvas.saveState()
        canvas.translate(x, y)
        late_mark(canvas, name)
        canvas.restoreState()

    def decorate_cover(self, canvas: Any, doc: Any) -> None:
        self.decorate(canvas, doc)

    def _watermark(self, canvas: Any, width: float, height: float) -> None:
        """The watermark across the page, as outlines: in no reader's text (`outlines`)."""
        style = TextStyle(
            size=64, leading=70, bold=True, color=Color(0.85, 0.85, 0.85), direction="auto"
        )
        shaped = ShapedParagraph([Span(self.options.watermark or "")], style, self.fonts)
        lines = shaped.break_lines(10_000)
        if not lines:
            return
        room = 0.85 * min(width, height) * 2**0.5  # set at 45°, inside the page both ways
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        if lines[0].width > room:  # a long one ran off the page at both ends (A5 day sheets)
            canvas.scale(room / lines[0].width, room / lines[0].width)
        canvas.setFillColor(style.color)
        canvas._code.append(line_outlines(lines[0], -lines[0].width / 2, -20, style.size))
        canvas.restoreState()
