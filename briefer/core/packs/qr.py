"""A QR code flowable for the link of a brief."""

from __future__ import annotations

import segno
from reportlab.platypus import (
    Flowable,
)


class QrCode(Flowable):
    """A QR code drawn as one filled path: ReportLab's widget builds a shape per module."""

    _matrices: dict[str, list[list[bool]]] = {}  # noqa: RUF012 - shared cache by design

    def __init__(self, url: str, size: float = 72.0, align: str = "LEFT") -> None:
        super().__init__()
        self.url = url[:1000]
        self.size = size
        self.hAlign = align

    def matrix(self) -> list[list[bool]]:
        """The code's modules, dark as True: level L as before, encoded by segno (faster)."""
        found = self._matrices.get(self.url)
        if found is None:
            code = segno.make_qr(self.url, error="l", boost_error=False)
            found = [[bool(module) for module in row] for row in code.matrix]
            self._matrices[self.url] = found
        return found

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        if getattr(self.canv, "_briefer_dry", False):
            return
        rows = self.matrix()
        border = 2
        cell = self.size / (len(rows) + 2 * border)
        path = self.canv.beginPath()
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                run = c
                while run < len(row) and row[run]:
                    run += 1
                y = self.size - (r + border + 1) * cell
                path.rect((c + border) * cell, y, (run - c) * cell, cell)
                c = run
        self.canv.drawPath(path, stroke=0, fill=1)
