"""What a pack is printed on and with: paper, watermark, password, title."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, LETTER

PAPER = {"a4": A4, "letter": LETTER, "a5": A5}
MARGIN = 56.0


@dataclass(frozen=True)
class PackOptions:
    paper: str = "a4"
    watermark: str | None = None
    password: str | None = None
    title: str | None = None
