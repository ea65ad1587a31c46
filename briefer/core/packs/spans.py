"""Runs of text as notes and packs hand them to the writers: no ReportLab, no shaping, so the
window can read a note's blocks (and their direction) without loading either."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rgb:
    """A colour as ReportLab's `Color` gives it to the drawing (red, green, blue in 0..1)."""

    red: float
    green: float
    blue: float


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    color: Any = None  # a ReportLab Color, or an Rgb
    isolate: bool = False  # ordered on its own, as a neutral unit, in its dominant direction
