"""A shaped line drawn as its glyphs' outlines: seen and printed as text, never read as text.

The watermark was drawn as text: pypdf and PDFium began every page's text with it ("DRAFT"),
and poppler put its letters between the body's lines, once between the two lines of an
address, which it then read in the wrong order. As paths it is in no reader's text.
"""

from __future__ import annotations

from typing import Any

Point = tuple[float, float]


class _PathPen:
    """A pen (fontTools' protocol, as HarfBuzz draws) writing PDF path operators."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.origin: Point = (0.0, 0.0)
        self.scale = 1.0
        self._current: Point = (0.0, 0.0)

    def _xy(self, point: Point) -> str:
        x, y = point
        return f"{self.origin[0] + x * self.scale:.2f} {self.origin[1] + y * self.scale:.2f}"

    def moveTo(self, point: Point) -> None:  # noqa: N802 - the pen protocol's names
        self.ops.append(self._xy(point) + " m")
        self._current = point

    def lineTo(self, point: Point) -> None:  # noqa: N802
        self.ops.append(self._xy(point) + " l")
        self._current = point

    def curveTo(self, *points: Point) -> None:  # noqa: N802
        for at in range(0, len(points) - 2, 3):
            one, two, end = points[at : at + 3]
            self.ops.append(f"{self._xy(one)} {self._xy(two)} {self._xy(end)} c")
            self._current = end

    def qCurveTo(self, *points: Point) -> None:  # noqa: N802
        """Quadratic segments (TrueType's, with implied on-curve points) as cubic ones."""
        *controls, end = points
        for index, control in enumerate(controls):
            if index + 1 < len(controls):
                after = controls[index + 1]
                target = ((control[0] + after[0]) / 2, (control[1] + after[1]) / 2)
            else:
                target = end
            start = self._current
            one = (
                start[0] + 2 / 3 * (control[0] - start[0]),
                start[1] + 2 / 3 * (control[1] - start[1]),
            )
            two = (
                target[0] + 2 / 3 * (control[0] - target[0]),
                target[1] + 2 / 3 * (control[1] - target[1]),
            )
            self.ops.append(f"{self._xy(one)} {self._xy(two)} {self._xy(target)} c")
            self._current = target
        if not controls:
            self.lineTo(end)

    def closePath(self) -> None:  # noqa: N802
        self.ops.append("h")

    def endPath(self) -> None:  # noqa: N802
        pass


def line_outlines(line: Any, x: float, y: float, size: float) -> str:
    """The path operators that fill `line` (a `textlayout.Line` set at `size`) with its left
    edge at `x` and baseline at `y`, glyph by glyph where `draw_line` would draw them (a
    glyph's code is the font's code for it; the outline is its glyph's)."""
    pen = _PathPen()
    for segment in line.segments:
        pen_x = x + segment.x
        for glyph in segment.glyphs:
            font = glyph.font
            pen.origin = (pen_x + glyph.x_offset, y + glyph.y_offset)
            pen.scale = size / font.upem
            font.hb_font.draw_glyph_with_pen(font.face.charToGlyph[glyph.code], pen)
            pen_x += glyph.advance
    return "\n".join([*pen.ops, "f"]) if pen.ops else ""
