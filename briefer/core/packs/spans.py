"""Runs of text as notes and packs hand them to the writers: no ReportLab, no shaping, so the
window can read a note's blocks (and their direction) without loading either."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
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
    strike: bool = False  # struck out (Markdown's ~~text~~)


def isolated(spans: list[Span]) -> list[Span]:
    """`spans` each isolated, with the spaces at either end of one left outside it: the space
    that parts two values ("وفد المملكة المغربية", " (MA)") stays between them instead of going
    to the far side of the second with it."""
    out: list[Span] = []
    for span in spans:
        core = span.text.strip()
        if not core:
            out.append(span)
            continue
        lead = span.text[: len(span.text) - len(span.text.lstrip())]
        tail = span.text[len(span.text.rstrip()) :]
        if lead:
            out.append(replace(span, text=lead, isolate=False, link=None))
        out.append(replace(span, text=core, isolate=True))
        if tail:
            out.append(replace(span, text=tail, isolate=False, link=None))
    return out


def separated(texts: Iterable[str], separator: str) -> list[Span]:
    """`texts` one after the other, each isolated in its own direction, `separator` between:
    one Arabic name among Latin ones no longer turns the whole list round."""
    spans: list[Span] = []
    for text in texts:
        if not text:
            continue
        if spans:
            spans.append(Span(separator))
        spans.append(Span(text, isolate=True))
    return spans


def listed(texts: Iterable[str], lang: str) -> list[Span]:
    """Titles, with the language's semicolon (a title may hold a comma): a narrow no-break
    space before it in French."""
    return separated(texts, {"ar": "؛ ", "fr": "\u202f; "}.get(lang, "; "))


def name_list(texts: Iterable[str], lang: str) -> list[Span]:
    """Names, with the language's comma; with its semicolon where a name holds a comma
    ("Dupont, Jean"), as `listed`. Counterparts were always set apart by semicolons
    (« جان دوبون؛ Amina J. Mohammed ») where delegates had commas (found by review)."""
    texts = list(texts)
    if any("," in text or "،" in text for text in texts):
        return listed(texts, lang)
    return separated(texts, "، " if lang == "ar" else ", ")
