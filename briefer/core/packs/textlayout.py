"""Bidirectional, shaped paragraphs for ReportLab: the part that makes Arabic right.

A paragraph is a list of styled spans. Its characters get bidi levels (UAX #9, `uax9`);
maximal same-level, same-style runs are shaped by HarfBuzz in their own direction; lines break
between logical words; each line's runs are reordered visually (rule L2); glyphs are drawn left
to right in visual order, as readers that rebuild the logical text from positions expect. Each
cluster's text goes to one glyph's ToUnicode entry (`fonts.ShapingFont`), and a cluster drawn
with several glyphs carries its text as ActualText; an Arabic word that holds marks, or whose
glyphs kerning sets apart or over each other (`_spaced`), carries its letters in spans of its
own instead, in the order poppler and PDFium each rebuild them (`_word_span`).

How the readers rebuild a line, as measured (tests/core/test_pdf_extraction.py, GAPS): pypdf reads
content order and prepends right-to-left characters glyph by glyph, keeping a glyph's
multi-character text as it is, and ignores ActualText; it gives the spaces and punctuation a string
opens with, before its first right-to-left letter, to the text before, so a run's trailing ones are
drawn after its letters (`_read_in_place`), and it takes « and » for Latin letters; poppler orders
by position, reverses a glyph's text or ActualText inside a right-to-left word unless it is all
right-to-left letters (so "أُ" came out "ُأ"), splits a mark drawn as its own glyph into a word,
and gives a neutral beside digits to the digits' side; PDFium sorts a line's text objects by
position, takes a line as right to left when its runs of R letters are at least as many as its runs
of L letters, then reverses the order of every run, so a Latin phrase's words come out reversed,
and it mirrors a right-to-left run's mirrored characters (brackets, < ≥) whether their text comes
from ToUnicode or ActualText, so "(" copies as ")". Reversed cluster text satisfies poppler and
PDFium but breaks pypdf; one glyph per character (HarfBuzz's MONOTONE_CHARACTERS clusters)
satisfies pypdf and PDFium for single marks but splits words in poppler; mirrored text for mirrored
characters satisfies PDFium and breaks the other two. No one drawing suits all three; ActualText
parts them: pypdf ignores it, poppler takes a /Span's (the standard's), PDFium the innermost
span's, whatever its tag. So a word carries its letters for poppler and PDFium in two nested
spans, and a mirrored character in a right-to-left run its mirror, for PDFium alone.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import uharfbuzz as hb
from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from briefer.core.nobreak import unbroken
from briefer.core.packs import uax9
from briefer.core.packs.fonts import REPLACEMENT, FontSet, ShapingFont
from briefer.core.packs.spans import Span
from briefer.core.packs.typography import hyphen_points, kept_spaces
from briefer.core.phones import LRM

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")  # line breaks too
_FEATURES = {"kern": True, "liga": True}
# Anything the steps of `clean_text` would change: most texts have none of it.
_TO_CLEAN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069«]" + r"| [:;?!»%€]|\d \d|° \d"
)


def clean_text(text: str) -> str:
    """Text from data, made safe to lay out: no embeddings or overrides, no control characters.

    A paragraph is one line of text: a newline left in it would be drawn as a missing glyph,
    so it becomes a space (texts with paragraphs are split first: `briefer.core.paragraphs`).

    A space written before : ; ? ! » or after « (French spacing in data and notes) is made a
    narrow no-break space, so a line never starts with ": retour d'expérience" or ends on "«".

    Embedding and override characters from the network could reorder a whole line of a printed
    brief; they are dropped. The marks (LRM, RLM, ALM) a writer uses are kept, and so are
    isolates, balanced within the text so that they cannot close an isolate around it.
    """
    if _TO_CLEAN.search(text) is None:
        return text
    text = _CONTROL.sub(" ", uax9.without_overrides(text).replace("\t", " "))
    return kept_spaces(text)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float = 14.0
    bold: bool = False
    color: Color = black
    align: str = "start"  # start | end | center | left | right
    direction: str = "auto"  # auto | rtl | ltr
    space_before: float = 0.0
    space_after: float = 4.0
    indent: float = 0.0
    hang: float = 0.0  # the lines after the first start this much further in (a list item's)
    lang: str = ""  # hyphenation dictionary for words longer than a line (fr, en)


@dataclass(slots=True)
class _Glyph:
    code: int
    font: ShapingFont
    cluster: int  # index of the first source character
    advance: float  # points
    x_offset: float
    y_offset: float


class _Word:
    """A word's glyphs as HarfBuzz shaped them, in visual order, held once per process for
    every word shaped without context: its clusters count from the word's start, and it knows
    no font object (each document has its own), only the glyph codes of the font's file."""

    __slots__ = (
        "advances",
        "char_widths",
        "clusters",
        "codes",
        "count",
        "length",
        "simple",
        "width",
        "x_offsets",
        "y_offsets",
    )

    def __init__(
        self,
        codes: tuple[int, ...],
        clusters: tuple[int, ...],
        advances: tuple[float, ...],
        offsets: tuple[tuple[float, ...], tuple[float, ...]],
        length: int,
    ) -> None:
        self.codes = codes
        self.clusters = clusters
        self.advances = advances
        self.x_offsets, self.y_offsets = offsets
        self.width = sum(advances)
        self.count = len(codes)  # glyphs
        self.length = length  # characters
        widths = [0.0] * length
        for cluster, advance in zip(self.clusters, self.advances, strict=True):
            widths[cluster] += advance
        self.char_widths = widths
        # Drawn a word at a time: no vertical offset, no cluster of several glyphs (ActualText).
        self.simple = not any(self.y_offsets) and len(set(self.clusters)) == len(self.clusters)

    def glyphs(
        self, start: int, font: ShapingFont, first: int = 0, end: int | None = None
    ) -> list[_Glyph]:
        """The glyphs `first` to `end` as drawn at `start` in a paragraph, in `font`."""
        return [
            _Glyph(self.codes[k], font, start + self.clusters[k], self.advances[k],
                   self.x_offsets[k], self.y_offsets[k])
            for k in range(first, len(self.codes) if end is None else end)
        ]  # fmt: skip


# A word on a line: its start in the paragraph, the word, and its glyphs first to end.
_Piece = tuple[int, _Word, int, int]


@dataclass
class _Segment:
    """The glyphs of one shaped run that fall on one line, a word (or part of one) at a time."""

    start: int
    level: int
    span: Span
    font: ShapingFont
    pieces: list[_Piece]  # visual order
    width: float = 0.0
    x: float = 0.0
    text: str = ""  # the logical text of the glyphs

    @property
    def glyphs(self) -> list[_Glyph]:
        """The segment's glyphs one by one, in visual order."""
        font = self.font
        return [g for at, word, i, j in self.pieces for g in word.glyphs(at, font, i, j)]


@dataclass
class Line:
    segments: list[_Segment]  # logical order
    width: float
    x: float = 0.0
    text: str = ""  # the line's logical text
    reordered: bool = False  # some glyphs run right to left


_NOT_RTL_ONLY = frozenset(
    {"L", "EN", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "NSM"}
)


def char_levels(text: str, direction: str) -> tuple[list[int], int]:
    """UAX #9 embedding levels of each character, and the paragraph level."""
    distinct = set(text)
    classes = {unicodedata.bidirectional(ch) for ch in distinct}
    rtl_letters = bool(classes & {"R", "AL"})
    if not rtl_letters and direction != "rtl" and "AN" not in classes:
        return [0] * len(text), 0
    if rtl_letters and direction != "ltr" and not classes & _NOT_RTL_ONLY:
        return [1] * len(text), 1  # only right-to-left letters and neutrals: all at level 1
    if classes <= uax9.RTL_NUMBER_CLASSES and (
        direction == "rtl" or (direction == "auto" and rtl_letters)
    ):
        return uax9.rtl_number_levels(text, distinct), 1  # and numbers, at level 2
    if direction == "auto":
        direction = uax9.auto_direction(text) or "ltr"
    return uax9.resolve_levels(text, 1 if direction == "rtl" else 0)


def _opener(text: str) -> str:
    """An isolated span's direction is that of "auto" ("COP26: موقف الوفد" is Arabic), as for
    notes and in the window: RLI or LRI rather than FSI's first strong letter."""
    return "\u2067" if uax9.auto_direction(text) == "rtl" else "\u2066"


def span_levels(spans: list[Span], direction: str) -> tuple[list[int], int]:
    """Levels of the paragraph made of `spans`, each isolated span inside FSI…PDI (UAX #9)."""
    levels, base, _ = span_levels_and_marks(spans, direction)
    return levels, base


def span_levels_and_marks(
    spans: list[Span], direction: str
) -> tuple[list[int], int, dict[int, tuple[int, int]]]:
    """`span_levels`, and for each isolated span (by index) the resolved levels of its FSI and
    PDI, which stay in the line's sequence for rule L2 (`_reorder`)."""
    if not any(s.isolate for s in spans):
        levels, base = char_levels("".join(s.text for s in spans), direction)
        return levels, base, {}
    text = "".join(f"{_opener(s.text)}{s.text}\u2069" if s.isolate else s.text for s in spans)
    levels, base = _isolates_apart(spans, text, direction) or char_levels(text, direction)
    out: list[int] = []
    marks: dict[int, tuple[int, int]] = {}
    pos = 0
    for index, span in enumerate(spans):
        if span.isolate:
            marks[index] = (levels[pos], levels[pos + 1 + len(span.text)])
            out += levels[pos + 1 : pos + 1 + len(span.text)]
            pos += len(span.text) + 2
        else:
            out += levels[pos : pos + len(span.text)]
            pos += len(span.text)
    return out, base, marks


# Classes for which an isolate's levels depend on more than its own text and its direction.
_ENTANGLED = frozenset({"S", "B", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_ISOLATE_CONTROLS = re.compile("[\u2066-\u2069]")


def _isolates_apart(spans: list[Span], text: str, direction: str) -> tuple[list[int], int] | None:
    """`char_levels(text, direction)` for a paragraph whose isolated spans are the only
    isolates outside them, resolved a piece at a time so that each piece can take a fast path.

    UAX #9 resolves an isolate's content as its own isolating run sequence, whose start and end
    take the isolate's own direction; outside it, the initiator and the PDI are neutrals and
    the content is skipped. So the content's levels are those of its text as a paragraph of
    the isolate's direction, raised to the isolate's level, and the rest's are those of the
    paragraph with two neutrals (U+FFFC) in place of each isolate; rule L1 then resets the
    whitespace and isolate controls ending the paragraph. None where this does not hold
    (separators, embeddings, removed characters, isolates of the spans' own) or where
    `char_levels` takes a fast path on the whole text anyway."""
    distinct = set(text)
    classes = {unicodedata.bidirectional(ch) for ch in distinct}
    rtl_letters = bool(classes & {"R", "AL"})
    if not rtl_letters and direction != "rtl" and "AN" not in classes:
        return None
    if classes & _ENTANGLED:
        return None
    if any(_ISOLATE_CONTROLS.search(s.text) for s in spans):
        return None
    if direction == "auto":
        direction = uax9.auto_direction(text) or "ltr"
    base = 1 if direction == "rtl" else 0
    outer = "".join("\ufffc\ufffc" if s.isolate else s.text for s in spans)
    outer_levels, _ = char_levels(outer, direction)
    levels: list[int] = []
    pos = 0
    for span in spans:
        if not span.isolate:
            levels += outer_levels[pos : pos + len(span.text)]
            pos += len(span.text)
            continue
        rtl = _opener(span.text) == "\u2067"  # as the isolate opens in `text`
        level = (base + 1) | 1 if rtl else (base + 2) & ~1
        inner, _ = char_levels(span.text, "rtl" if rtl else "ltr")
        raise_by = level - (1 if rtl else 0)
        levels.append(outer_levels[pos])
        levels += [v + raise_by for v in inner]
        levels.append(outer_levels[pos + 1])
        pos += 2
    for i in range(len(text) - 1, -1, -1):  # L1 at the paragraph's end
        if unicodedata.bidirectional(text[i]) not in ("WS", "LRI", "RLI", "FSI", "PDI"):
            break
        levels[i] = base
    return levels, base


_WORDS = re.compile(r"\S+\s*|\s+")
# Where an address too long for a line may be cut: after / & =, before . - _ ? # (a line
# ending in "-" is read as a hyphenated word: poppler joined "from-" and "financial" into
# "fromfinancial", and PDFium copied U+FFFE there).
_BREAK_AFTER = frozenset("/&=")
_BREAK_BEFORE = frozenset(".-_?#")
# Words for line breaking: no-break spaces (U+00A0, U+2007, U+202F) hold their words together.
_BREAKABLE = re.compile(r"((?:\S|[\u00a0\u2007\u202f])+)[^\S\u00a0\u2007\u202f]*|\s+")
# (font file, word, rtl, size) -> the word shaped (the file as `ShapingFont.file`, hashed by
# identity: a `Path` hashes in Python); a word shaped with its context is keyed by
# (font file, the text HarfBuzz reads, where the word starts in it, its length, rtl, size).
_shaped_words: dict[tuple, _Word] = {}
_CONTEXT = 5  # characters of context HarfBuzz keeps on each side of what it shapes
_SHAPED_WORDS_MAX = 50_000


def _shape_words(
    text: str,
    start: int,
    end: int,
    rtl: bool,
    font: ShapingFont,
    size: float,
    replaced: bool = False,
) -> list[tuple[int, _Word]]:
    """The words of `text[start:end]` shaped, each with its start, in visual order.

    A word with spaces or the paragraph's ends on both sides is shaped once per process and
    font, size and direction: no shaping feature the fonts use reaches across a space.
    """
    if replaced:
        return [(start, _shape_word(text, start, end, rtl, font, size, replaced))]
    words: list[tuple[int, _Word]] = []
    for match in _WORDS.finditer(text, start, end):
        a, b = match.span()
        # A word inside the run follows spaces and ends with them (`_WORDS`): only the run's
        # first and last words may meet text across its ends.
        if (a == start or b == end) and not _context_free(text, a, b):
            # Shaped with the text around it: as much of it as HarfBuzz reads is in the key.
            a0, b0 = _context(text, a, b)
            source, first = text[a0:b0], a - a0
            key: tuple = (font.file, source, first, b - a, rtl, size)
        else:
            source, first = text[a:b], 0
            key = (font.file, source, rtl, size)
        word = _shaped_words.get(key)
        if word is None:
            word = _shape_word(source, first, first + b - a, rtl, font, size)
            if len(_shaped_words) >= _SHAPED_WORDS_MAX:
                _shaped_words.clear()
            _shaped_words[key] = word
        words.append((a, word))
    if rtl:
        words.reverse()
    return words


def clear_caches() -> None:
    """Forget the shaped words (they may come from the user's notes)."""
    _shaped_words.clear()


def _context(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the text HarfBuzz reads around `text[a:b]` starts and ends: `_CONTEXT` characters
    each side, up to the first space on each (Arabic joining stops at a space, as every feature
    of the fonts does), so that "كوفيد-" before "19" is shaped once, whatever word follows."""
    start = max(0, a - _CONTEXT)
    for i in range(a, start - 1, -1):  # from the word's first character: it may be a space
        if text[i].isspace():
            start = i
            break
    end = min(len(text), b + _CONTEXT)
    for i in range(b - 1, end):  # from its last
        if text[i].isspace():
            end = i + 1
            break
    return start, end


def _context_free(text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]` shapes the same without the text around it (spaces or ends there)."""
    before = a == 0 or text[a - 1].isspace() or text[a].isspace()
    after = b == len(text) or text[b].isspace() or text[b - 1].isspace()
    return before and after


def _shape_word(
    text: str,
    start: int,
    end: int,
    rtl: bool,
    font: ShapingFont,
    size: float,
    replaced: bool = False,
) -> _Word:
    """HarfBuzz's glyphs of `text[start:end]`, shaped with the text around it as context."""
    buf = hb.Buffer()
    shaped_text = text
    if replaced:
        shaped_text = text[:start] + REPLACEMENT * (end - start) + text[end:]
    buf.add_str(shaped_text, item_offset=start, item_length=end - start)
    buf.guess_segment_properties()
    if buf.script is None:  # no letter ("(2012-2018).", "127.0.0.53"): the run's script, or
        buf.script = "Arab" if rtl else "Latn"  # Amiri draws Arabic punctuation in Latin text
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font.hb_font, buf, _FEATURES)
    scale = size / font.upem
    infos, positions = buf.glyph_infos, buf.glyph_positions
    clusters = [info.cluster for info in infos]
    bounds = sorted({*clusters, end})
    next_cluster = dict(itertools.pairwise(bounds))
    # The cluster's text goes to its first glyph in logical order, the others stand for nothing.
    carrier: set[int] = set()
    seen: set[int] = set()
    for index in range(len(infos) - 1, -1, -1) if rtl else range(len(infos)):
        if clusters[index] not in seen:
            seen.add(clusters[index])
            carrier.add(index)
    codes: list[int] = []
    advances: list[float] = []
    x_offsets: list[float] = []
    y_offsets: list[float] = []
    code_for = font.code_for
    for index, (info, pos, cluster) in enumerate(zip(infos, positions, clusters, strict=True)):
        advance = pos.x_advance
        source = text[cluster : next_cluster[cluster]] if index in carrier else ""
        codes.append(code_for(info.codepoint, source, advance))
        advances.append(advance * scale)
        x_offsets.append(pos.x_offset * scale)
        y_offsets.append(pos.y_offset * scale)
    return _Word(
        tuple(codes),
        tuple(cluster - start for cluster in clusters),
        tuple(advances),
        (tuple(x_offsets), tuple(y_offsets)),
        end - start,
    )


def _cleaned(spans: list[Span]) -> list[Span]:
    """`spans` with `clean_text` applied, empty ones left out; each span a distinct object, as
    the line's reordering tells spans apart by identity."""
    out: list[Span] = []
    seen: set[int] = set()
    for span in spans:
        text = clean_text(span.text)
        if not text:
            continue
        if text != span.text or id(span) in seen:
            span = Span(text, span.bold, span.italic, span.link, span.color, span.isolate)
        seen.add(id(span))
        out.append(span)
    return out


class ShapedParagraph:
    """A paragraph shaped once, when first laid out, and broken into lines for a given width.

    Shaping waits for the layout so that a long pack holds only the paragraphs of the pages
    being laid out, not all of them at once.
    """

    def __init__(self, spans: list[Span], style: TextStyle, fonts: FontSet) -> None:
        self.style = style
        self.fonts = fonts
        self.spans = _cleaned(spans)
        self.text = "".join(s.text for s in self.spans)
        self._lines: dict[float, list[Line]] = {}
        self._words: list[list[tuple[int, _Word]]] | None = None  # by run, visual order

    @property
    def levels(self) -> list[int]:
        self._ensure_shaped()
        return self._levels

    @property
    def base(self) -> int:
        self._ensure_shaped()
        return self._base

    @property
    def rtl(self) -> bool:
        return self.base == 1

    @property
    def span_of(self) -> list[int]:
        self._ensure_shaped()
        return self._span_of

    @property
    def glyphs(self) -> list[list[_Glyph]]:
        """Each run's glyphs one by one, in visual order."""
        self._ensure_shaped()
        return [
            [g for at, word in words for g in word.glyphs(at, font)]
            for words, font in zip(self._words, self._fonts, strict=True)
        ]

    @property
    def runs(self) -> list[tuple[int, int]]:
        self._ensure_shaped()
        return self._runs

    def _ensure_shaped(self) -> None:
        if self._words is not None:
            return
        self._span_of: list[int] = []
        for index, span in enumerate(self.spans):
            self._span_of += [index] * len(span.text)
        self._levels, self._base, self._marks = span_levels_and_marks(
            self.spans, self.style.direction
        )
        self._runs: list[tuple[int, int]] = []
        self._fonts: list[ShapingFont] = []
        self._words = self._shape_runs()

    def _shape_runs(self) -> list[list[tuple[int, _Word]]]:
        text, levels = self.text, self._levels
        out: list[list[tuple[int, _Word]]] = []
        for start, end, span in self._level_runs():
            rtl = levels[start] % 2 == 1
            bold = span.bold or self.style.bold
            runs = self.fonts.font_runs(text, start, end, bold, span.italic)
            for a, b, font, replaced in runs:
                self._runs.append((a, b))
                self._fonts.append(font)
                out.append(_shape_words(text, a, b, rtl, font, self.style.size, replaced))
        return out

    def _level_runs(self) -> list[tuple[int, int, Span]]:
        """The paragraph cut where the span or the bidi level changes: (start, end, span)."""
        levels = self._levels
        runs: list[tuple[int, int, Span]] = []
        start = 0
        for span in self.spans:
            end = start + len(span.text)
            if levels[start:end].count(levels[start]) == end - start:  # one level, most spans
                runs.append((start, end, span))
            else:
                a = start
                for i in range(start + 1, end):
                    if levels[i] != levels[a]:
                        runs.append((a, i, span))
                        a = i
                runs.append((a, end, span))
            start = end
        return runs

    def _char_widths(self) -> list[float]:
        self._ensure_shaped()
        widths = [0.0] * len(self.text)
        for words in self._words:
            for at, word in words:
                widths[at : at + word.length] = word.char_widths
        return widths

    def break_lines(self, width: float) -> list[Line]:
        """Lines of at most `width` points, broken between words (a long word is cut)."""
        cached = self._lines.get(width)
        if cached is None:
            cached = self._lines[width] = self._break_lines(width)
        return cached

    def _break_lines(self, width: float) -> list[Line]:
        if not self.text:
            return []
        widths = self._char_widths()
        lines: list[tuple[int, int]] = []
        hyphens: set[int] = set()  # line ends where a word is broken with a hyphen
        line_start, line_width = 0, 0.0
        # A line never breaks inside a phone number (split over two lines, it is misdialled)
        # nor after the first word of an Arabic compound name ("عبد الله").
        for match in _BREAKABLE.finditer(unbroken(self.text)):
            start, end = match.span()
            ink_end = match.end(1) if match.start(1) >= 0 else start
            while ink_end > start and self.text[ink_end - 1].isspace():
                ink_end -= 1  # a no-break space ending the word is not ink either
            ink_end = ink_end or end  # leading spaces only: all of them
            word_ink = sum(widths[start:ink_end])
            word_full = sum(widths[start:end])
            if line_width + word_ink > width and start > line_start:
                lines.append((line_start, start))
                line_start, line_width = start, 0.0
            if word_ink > width:
                points = self._hyphen_points(start, ink_end)
                cut = start
                for i in range(start, ink_end):
                    if line_width + widths[i] > width and i > line_start:
                        at = self._hyphen_at(points, line_start, i, widths, width)
                        soft = None if at is not None else self._soft_break(line_start, i)
                        if at is not None:
                            hyphens.add(at)
                            line_width = sum(widths[at:i])
                            lines.append((line_start, at))
                            line_start = at
                        elif soft is not None:
                            line_width = sum(widths[soft:i])
                            lines.append((line_start, soft))
                            line_start = soft
                        else:
                            lines.append((line_start, i))
                            line_start, line_width = i, 0.0
                    line_width += widths[i]
                    cut = i
                line_width += sum(widths[cut + 1 : end])
                continue
            line_width += word_full
        lines.append((line_start, len(self.text)))
        return [self._line(a, b, b in hyphens) for a, b in lines]

    def _hyphen_points(self, start: int, end: int) -> list[int]:
        """Where the word `text[start:end]` may take a hyphen (Latin words, by `style.lang`)."""
        if not self.style.lang or any(self.levels[i] % 2 for i in range(start, end)):
            return []
        word = self.text[start:end]
        core = word.strip(".,;:!?»«()[]\"'’ ")
        offset = start + word.index(core) if core else start
        return [offset + p for p in hyphen_points(core, self.style.lang)]

    def _soft_break(self, line_start: int, stop: int) -> int | None:
        """Where a word too long for a line (an address, a path) may go on without a hyphen:
        at its last separator before `stop` (after / & =, before . - _ ? #), in the line's
        second half; else None."""
        text = self.text
        for i in range(stop, (line_start + stop) // 2, -1):
            if text[i].isspace():
                continue
            if text[i - 1] in _BREAK_AFTER or (text[i] in _BREAK_BEFORE and i - 1 > line_start):
                return i
        return None

    def _hyphen_at(
        self, points: list[int], line_start: int, stop: int, widths: list[float], width: float
    ) -> int | None:
        """The last hyphenation point before `stop` where the line, hyphen included, fits."""
        hyphen = self._hyphen_width()
        for point in reversed(points):
            if line_start < point <= stop and sum(widths[line_start:point]) + hyphen <= width:
                return point
        return None

    def _hyphen_width(self) -> float:
        font = self.fonts.get(self.style.bold)
        return font.stringWidth("-", self.style.size)

    def _hyphen_segment(self, b: int) -> _Segment:
        """A hyphen drawn after `text[:b]`, in its font; it extracts as '-'."""
        span = self.spans[self.span_of[b - 1]]
        font = self.fonts.get(span.bold or self.style.bold, span.italic)
        ((_, word),) = _shape_words("-", 0, 1, False, font, self.style.size)
        pieces = [(b - 1, word, 0, len(word.codes))]
        return _Segment(b, self.levels[b - 1], span, font, pieces, word.width, text="-")

    def _isolate_marks(self) -> dict[int, tuple[int, int]]:
        return {id(self.spans[index]): levels for index, levels in self._marks.items()}

    def _line(self, a: int, b: int, hyphen: bool = False) -> Line:
        self._ensure_shaped()
        text, levels, spans, span_of = self.text, self._levels, self.spans, self._span_of
        while b > a and text[b - 1].isspace():
            b -= 1
        segments = []
        for (start, end), font, words in zip(self._runs, self._fonts, self._words, strict=True):
            if start >= b:
                break  # the runs are in logical order
            if end <= a:
                continue
            level = levels[start]
            pieces, width = _pieces(words, a, b, level % 2)
            if pieces:
                seg = _Segment(
                    max(start, a), level, spans[span_of[start]], font,
                    pieces, width, text=text[max(start, a) : min(end, b)],
                )  # fmt: skip
                segments.append(seg)
        if hyphen and b > a:
            segments.append(self._hyphen_segment(b))
        visual = _reorder(segments, self._isolate_marks() if self._marks else None)
        x = 0.0
        for seg in visual:
            seg.x = x
            x += seg.width
        reordered = any(seg.level % 2 for seg in segments)
        return Line(segments, x, text=self.text[a:b], reordered=reordered)


# What pypdf takes for right-to-left letters: its Arabic and Hebrew ranges but for the digits
# and separators in them, which it treats as neutral like spaces and ASCII punctuation.
_PYPDF_RTL = re.compile("[\u0590-\u065f\u066e-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _read_in_place(
    seg: _Segment, state: TextState, following: _Segment | None
) -> tuple[_Segment, ...]:
    """`seg`, or its letters and then what ends it where pypdf would read that in the wrong
    place; `state.rtl_read` follows what pypdf holds after each.

    pypdf reads a string as right to left only from its first right-to-left letter on, and
    gives what comes before it to the text before: a run's logical end, its visual left end,
    comes first in its string, so after a number, a Latin word or at a paragraph's start, the
    space went to the wrong side ("في11 نوفمبر", ".مرحبا"). Drawn after the letters, at its
    place, it reads in place. Not where PDFium would then misread the line: in a run with
    ActualText (a vowelled letter), or punctuation before a number ("ص. 12", "كوفيد-19");
    nor in a run holding a mark pypdf reads as a Latin letter and turns the run at (« » [ ])."""
    if not seg.level % 2:
        if "\u0660" <= seg.text[:1] <= "\u06f9" and _INDIC_DIGITS.fullmatch(seg.text):
            return _glyph_by_glyph(seg)
        if state.rtl_read and _PYPDF_LETTER.search(seg.text):
            state.rtl_read = False
        return (seg,)
    if state.rtl_read:
        return (seg,)
    if _PYPDF_RTL.search(seg.text) is None:
        return _in_logical_order(seg)
    state.rtl_read = True
    if not _may_split(seg):
        return (seg,)
    split = _split_tail(seg)
    return split if split and _tail_in_place(split[1].text, following) else (seg,)


# Arabic-Indic and Persian digits (and the Arabic decimal and thousands separators): a number
# is drawn left to right, but pypdf takes these for right-to-left letters and reverses a string
# of them ("٢٠٢١" came out "١٢٠٢"). Drawn a glyph at a time, each after its font is set, they
# are runs of their own to pypdf, read in the order drawn; poppler and PDFium read the same.
_INDIC_DIGITS = re.compile("[\u0660-\u066c\u06f0-\u06f9]+")


def _in_logical_order(seg: _Segment) -> tuple[_Segment, ...]:
    """A right-to-left run without a letter ("1. " after a list's number), its glyphs one by
    one from its logical start: pypdf, reading left to right there, takes them in that order."""
    if len(seg.text) > 4:
        return (seg,)
    return _glyph_by_glyph(seg)[::-1]


def _glyph_by_glyph(seg: _Segment) -> tuple[_Segment, ...]:
    """`seg` as one segment per glyph, in visual order (`seg` itself if a glyph is not simple)."""
    if not all(word.simple for _, word, _, _ in seg.pieces):
        return (seg,)
    parts = []
    x = seg.x
    for at, word, first, end in seg.pieces:
        for k in range(first, end):
            width = word.advances[k]
            i = at + word.clusters[k] - seg.start  # the first character of its cluster
            piece = [(at, word, k, k + 1)]
            text = seg.text[i : i + 1]
            parts.append(
                _Segment(seg.start + i, seg.level, seg.span, seg.font, piece, width, x, text)
            )
            x += width
    return tuple(parts)


def _may_split(seg: _Segment) -> bool:
    """Whether `seg`'s end may be drawn apart: not after a mark (poppler then read the stop as a
    word: "لِلسَّلَامِ ."), and no mark pypdf reads as a Latin letter (it turns the run round there
    anyway). A glyph set with a rise may be there since marks have a width (`fonts._MARK_WIDTH`):
    PDFium, cutting the line at the rise, read the vowelled word before twice."""
    text = seg.text
    end = len(text)
    while end and not _PYPDF_RTL.match(text, end - 1):
        end -= 1
    after_mark = end and unicodedata.combining(text[end - 1])
    return not after_mark and _PYPDF_LATIN.search(text) is None


def _tail_in_place(tail: str, following: _Segment | None) -> bool:
    """Whether a run's end `tail` may be drawn after its letters (`_read_in_place`): neutral to
    pypdf, and not punctuation before a number (PDFium)."""
    if _PYPDF_LETTER.search(tail):
        return False
    return tail.isspace() or following is None or not following.text[:1].isdigit()


_PYPDF_LETTER = re.compile("[^\x00-/:-@\u2000-\u21ff\\s]")  # not neutral to pypdf
# Marks pypdf reads as left-to-right letters though they are neutral (« » [ ] in Arabic text).
_PYPDF_LATIN = re.compile("[^\x00-/:-@\u2000-\u21ff\\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\\w]")


def _split_tail(seg: _Segment) -> tuple[_Segment, _Segment] | None:
    """`seg` (right to left) as its text up to its last right-to-left letter and the rest, or
    None if nothing follows that letter."""
    text = seg.text
    length = len(text)
    if _PYPDF_RTL.match(text, length - 1):
        return None
    while length and not _PYPDF_RTL.match(text, length - 1):
        length -= 1
    if not length:
        return None
    cut = seg.start + length
    tail: list[_Piece] = []
    head = list(seg.pieces)
    while head:  # visual order: the logical end comes first
        at, word, first, end = head[0]
        k = first
        while k < end and at + word.clusters[k] >= cut:
            k += 1
        if k == first:
            break
        tail.append((at, word, first, k))
        if k < end:
            head[0] = (at, word, k, end)
            break
        head.pop(0)
    if not head or not tail:
        return None
    width = sum(sum(word.advances[i:j]) for _, word, i, j in tail)
    return (
        _Segment(seg.start, seg.level, seg.span, seg.font, head, seg.width - width,
                 seg.x + width, seg.text[:length]),
        _Segment(cut, seg.level, seg.span, seg.font, tail, width, seg.x, seg.text[length:]),
    )  # fmt: skip


def _pieces(
    words: list[tuple[int, _Word]], a: int, b: int, rtl: bool = False
) -> tuple[list[_Piece], float]:
    """The glyphs of `words` whose characters lie in `a:b`, a word at a time, and their width.

    A word's clusters rise (or, right to left, fall) along its glyphs, so the glyphs of a word
    cut by the line's ends are one stretch of them. `words` are in visual order: from the
    run's start, or (`rtl`) from its end, so the words past the line's far end are not read."""
    pieces: list[_Piece] = []
    width = 0.0
    for at, word in words:
        stop = at + word.length
        if stop <= a:
            if rtl:
                break
            continue
        if at >= b:
            if not rtl:
                break
            continue
        if a <= at and stop <= b:
            pieces.append((at, word, 0, word.count))
            width += word.width
            continue
        inside = [k for k, c in enumerate(word.clusters) if a <= at + c < b]
        if inside:
            first, end = inside[0], inside[-1] + 1
            pieces.append((at, word, first, end))
            width += sum(word.advances[first:end])
    return pieces, width


@dataclass
class _Barrier:
    """An isolated span's FSI or PDI, kept in the sequence at its resolved level."""

    level: int


def _reorder(
    segments: list[_Segment], marks: dict[int, tuple[int, int]] | None = None
) -> list[_Segment]:
    """UAX #9 rule L2: reverse runs at each level from the highest down to the lowest odd one.

    `marks` gives, by span (its `id`), the resolved levels of the FSI and PDI around an
    isolated span: they stay in the sequence, so "⁨وفد⁩ ⁨(MA)⁩" in a left-to-right line
    (levels 1, then 2) is not reversed as one run ("(MA) وفد")."""
    marks = marks or {}
    order: list[Any] = []
    for k, seg in enumerate(segments):
        before = segments[k - 1] if k else None
        if before is not None and seg.span is not before.span:
            if id(before.span) in marks:
                order.append(_Barrier(marks[id(before.span)][1]))
            if id(seg.span) in marks:
                order.append(_Barrier(marks[id(seg.span)][0]))
        order.append(seg)
    if not order:
        return order
    highest = max(s.level for s in order)
    lowest_odd = min((s.level for s in order if s.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [seg for seg in order if not isinstance(seg, _Barrier)]


@dataclass
class TextState:
    """What a content stream has set for text, so that the lines of a paragraph repeat none of it.

    The font and colour hold across text objects (they are graphics state); the line matrix's
    origin, in hundredths of a point, is reset by each BT. A line's second and later segments
    set their font again all the same: pypdf keeps a line's runs apart only where a font is set,
    and without it reorders a mixed-direction line.
    """

    font: str = ""
    color: str = ""
    x: int = 0
    y: int = 0
    pen: float | None = None  # where the line's last run left the text matrix, if it is known
    level: int = 0  # the embedding level of the line's last run
    rtl_read: bool = False  # pypdf reads on right to left (`_read_in_place`)
    pdfium_rtl: bool = False  # PDFium takes the line as right to left (`_pdfium_reads_rtl`)
    rtl_line: bool = False  # nothing in the line is at the left-to-right base level
    strong_before: str | None = None  # PDFium's last strong direction before the segment
    strikes: list[tuple[float, float, float, Any]] = field(default_factory=list)  # drawn after ET

    def move(self, x: float, y: float) -> str:
        """A Td to (x, y) from the line matrix's origin, to a tenth of a point (0.035 mm, under
        half a 600-dpi printer's dot); positions add up exactly. Hundredths made the moves a
        fifth of a varied Arabic pack's compressed page streams, 2 % more of its size."""
        hx, hy = round(x * 10) * 10, round(y * 10) * 10
        dx, dy = hx - self.x, hy - self.y
        self.x, self.y = hx, hy
        return f"{_hundredths(dx)} {_hundredths(dy)} Td"


def _hundredths(n: int) -> str:
    if n % 100 == 0:
        return str(n // 100)
    return f"{n / 100:.2f}".rstrip("0")


def _fraction(value: float) -> str:
    """A colour component to three decimals, as short as it reads ("0", "0.05")."""
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _rgb(color: Any) -> str:
    """`color`'s components as a colour operator's operands."""
    return " ".join(map(_fraction, (color.red, color.green, color.blue)))


LINK_COLOR = Color(0.05, 0.25, 0.55)
_FILLS: dict[tuple[float, float, float], str] = {}  # a colour's `rg` operator


def draw_line(
    canvas: Any,
    line: Line,
    x: float,
    y: float,
    style: TextStyle,
    state: TextState | None = None,
    *,
    in_text: bool = False,
) -> list[tuple]:
    """Draw `line` with its left edge at `x` and baseline at `y`; return link rectangles.

    `state` is shared by the lines drawn one after the other in the same graphics state;
    `in_text`, the caller has opened the text object they share, so that each line moves
    from the one before (a paragraph's lines repeat one "0 -16 Td", which compresses away).
    """
    links = []
    code = canvas._code
    state = state or TextState()
    if not in_text:
        code.append("BT")
        state.x = state.y = 0
    state.pen = None
    drawn = 0
    segments = line.segments
    if line.reordered:
        state.pdfium_rtl = _pdfium_reads_rtl(segments)
        state.rtl_line = all(seg.level for seg in segments)
    else:
        state.pdfium_rtl = state.rtl_line = False
    strong = "R" if state.pdfium_rtl and _MIRRORED.search(line.text) else None
    state.strong_before = None
    whole = _reversed_without_letters(line)
    if whole:
        code.append(_actual_text(line.text))
    for index, seg in enumerate(segments):
        color = seg.span.color or (LINK_COLOR if seg.span.link else style.color)
        key = (color.red, color.green, color.blue)
        fill = _FILLS.get(key)
        if fill is None:
            fill = _FILLS[key] = _rgb(color) + " rg"
        following = segments[index + 1] if index + 1 < len(segments) else None
        for part in _read_in_place(seg, state, following):
            if strong is not None:
                state.strong_before = _last_strong(seg.text[: part.start - seg.start], strong)
            if drawn:
                state.font = ""  # see TextState
                if part.level % 2 != state.level % 2:
                    state.pen = None  # PDFium reverses a run it sees go on from one the other way
            drawn += 1
            state.level = part.level
            if fill != state.color:
                code.append(fill)
                state.color = fill
            _draw_segment(canvas, part, x + part.x, y, style.size, state)
        if strong is not None:
            strong = _last_strong(seg.text, strong)
        if seg.span.strike:
            state.strikes.append((x + seg.x, x + seg.x + seg.width, y + style.size * 0.28, color))
        if seg.span.link:
            links.append(
                (
                    seg.span.link,
                    x + seg.x,
                    y - style.size * 0.25,
                    x + seg.x + seg.width,
                    y + style.size * 0.8,
                )
            )
    if whole:
        code.append("EMC")
    if not in_text:
        code.append("ET")
        strike_out(canvas, state, style.size)
    return links


def _reversed_without_letters(line: Line) -> bool:
    """Whether `line` holds no letter and runs right to left with numbers drawn apart
    ("15:00–15:30", the start on the right, in an Arabic agenda or note table): poppler and
    PDFium read it as drawn, "15:30–15:00", so the line carries its text as written."""
    segments = line.segments
    return (
        line.reordered
        and len(segments) > 1
        and all(seg.level for seg in segments)
        and not _LETTER.search(line.text)
        and not _MIRRORED.search(line.text)  # brackets carry spans of their own for PDFium
    )


def strike_out(canvas: Any, state: TextState, size: float) -> None:
    """Draw the lines through the struck runs `state` holds (paths go outside a text object)."""
    if not state.strikes:
        return
    ops = [f"q {size * 0.06:.2f} w"]
    for x1, x2, y, color in state.strikes:
        ops.append(f"{_rgb(color)} RG")
        ops.append(f"{x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l S")
    ops.append("Q")
    canvas._code.append(" ".join(ops))
    state.strikes.clear()


class _TJArray:
    """The TJ arrays of one segment being written: the pending array's items, the glyph
    strings of its still open string, and the segment's size, baseline and text state."""

    __slots__ = ("code", "parts", "run", "scale", "size", "state", "y")

    def __init__(self, code: list[str], size: float, y: float, state: TextState) -> None:
        self.code = code
        self.parts: list[str] = []
        self.run: list[str] = []
        self.size, self.scale, self.y, self.state = size, 1000 / size, y, state

    def close_string(self) -> None:
        if self.run:
            self.parts.append("(" + "".join(self.run) + ")")
            self.run.clear()

    def number(self, gap: int) -> None:
        self.close_string()
        self.parts.append(str(gap))

    def flush(self) -> None:
        self.close_string()
        if self.parts:
            self.code.append(f"[{' '.join(self.parts)}] TJ")
            self.parts.clear()

    def place(
        self, name: str, current: str | None, pen: float | None, x: float, back: int = 0
    ) -> str:
        """Go on in font `name` with a glyph at `x`: in the open array where the font stays,
        after the kerning number from the pen. A segment's first glyph (`current` None) goes
        on from the last segment's pen, in a new array after its font is set, unless it is an
        em or more away (the segments of a mixed line are not drawn left to right) or the pen
        is not known (`draw_line`, `_exact_widths`); a line's first glyph, or a change of
        font inside a segment (poppler and PDFium misread the line without it), moves there
        with a Td. The pen is where the last array left the text matrix, as the kerning
        numbers inside an array count on; `back`, the width of a glyph drawn with no advance
        just before (a mark, `fonts._MARK_WIDTH`), is moved back over with the rest."""
        gap = 0 if pen is None else round((pen - x) * self.scale)
        if pen is None or (current and name != current) or not -_JUMP < gap < _JUMP + back:
            self.flush()
            self._select(name)
            self.code.append(self.state.move(x, self.y))
            return name
        if name != current:
            self.flush()
            self._select(name)
        if gap:
            self.number(gap)
        return name

    def _select(self, name: str) -> None:
        selected = f"{name} {self.size:g} Tf"
        if selected != self.state.font:
            self.code.append(selected)
            self.state.font = selected


_JUMP = 1000  # thousandths of an em: a longer way from the pen is a Td


def _exact_widths(font: ShapingFont) -> bool:
    """Whether `font`'s PDF widths are whole numbers, as readers may take them: a face of 2,048
    units (DejaVu Sans) has fractional ones, which PDFium truncates, so the next run would
    drift from where the pen really is (0.4 pt after 40 symbols); a Td puts it back."""
    return font.face.unitsPerEm == 1000


# A piece of a word as drawn in one document: its glyph strings by font resource (each with
# where its first glyph starts and the TJ items after it), the pen's end and the advance.
_Chunk = tuple[str, float, list[str | int]]
_Drawn = tuple[list[_Chunk], float, float]


def _draw_segment(
    canvas: Any, seg: _Segment, left: float, y: float, size: float, state: TextState
) -> None:
    """`_draw_words`; a left-to-right segment of a line PDFium reads right to left in a span
    of its text as PDFium rebuilds it (`_left_to_right_span`)."""
    span = _left_to_right_span(seg) if state.pdfium_rtl and not seg.level % 2 else ""
    if span:
        canvas._code.append(span)
    _draw_words(canvas, seg, left, y, size, state)
    if span:
        canvas._code.append("EMC")


def _draw_words(
    canvas: Any, seg: _Segment, left: float, y: float, size: float, state: TextState
) -> None:
    """`_draw_glyphs`, a word at a time: each piece of a word is encoded once per document.

    The output is `_draw_glyphs`'s: the same strings, kerning numbers and font changes."""
    pieces = seg.pieces
    rtl = seg.level % 2
    for _, word, _, _ in pieces:
        if not word.simple:
            _draw_glyphs(canvas, seg, left, y, size, state)
            return
    if rtl and _MIRRORED.search(seg.text):
        _draw_glyphs(canvas, seg, left, y, size, state)
        return
    tj = _TJArray(canvas._code, size, y, state)
    run, scale = tj.run, tj.scale
    font = seg.font
    rtl_line = state.rtl_line
    # (font, size, rtl_line) -> (word, first, end) -> the piece drawn
    by_font = canvas.__dict__.setdefault("_briefer_words", {})
    drawn_words = by_font.get((font, size, rtl_line))
    if drawn_words is None:
        drawn_words = by_font[(font, size, rtl_line)] = {}
    current = None
    pen = state.pen
    x = left
    for piece in pieces:
        key = piece[1:]
        drawn = drawn_words.get(key)
        if drawn is None:
            drawn = _drawn_piece(canvas, font, size, piece)
            if rtl:
                drawn = _with_actual_text(seg, piece, drawn, rtl_line)
            drawn = drawn_words[key] = _joined(drawn)
        chunks, pen_end, advance = drawn
        for name, start_x, items in chunks:
            gap = _JUMP if name != current or pen is None else round((pen - (x + start_x)) * scale)
            if -_JUMP < gap < _JUMP:  # `place`'s common case: the same font, near the pen
                if gap:
                    tj.number(gap)
            else:
                current = tj.place(name, current, pen, x + start_x)
            for item in items:
                kind = item.__class__
                if kind is str:
                    run.append(item)
                elif kind is int:
                    tj.number(item)
                else:  # an _Operator: the ActualText of a word drawn apart opens or closes
                    tj.flush()
                    tj.code.append(item)
        pen = x + pen_end
        x += advance
    tj.flush()
    state.pen = pen if _exact_widths(font) else None


def _joined(drawn: _Drawn) -> _Drawn:
    """`drawn` with each stretch of glyph strings between two kerning numbers (or operators)
    joined into one string: an open string's glyphs are joined when it closes all the same,
    so the output is unchanged, and a word's glyphs are added to it at once, not one by one."""
    chunks, pen_end, advance = drawn
    out: list[_Chunk] = []
    for name, start_x, items in chunks:
        joined: list[str | int] = []
        strings: list[str] = []
        for item in items:
            if item.__class__ is str:
                strings.append(item)
                continue
            if strings:
                joined.append("".join(strings))
                strings = []
            joined.append(item)
        if strings:
            joined.append("".join(strings))
        out.append((name, start_x, joined))
    return out, pen_end, advance


class _PdfiumClasses(dict):
    """A str.translate table: each character to the direction PDFium gives it when it
    rebuilds a line: L, R, W (weak: digits, their separators, marks) or N (neutral)."""

    def __missing__(self, code: int) -> str:
        bidi = unicodedata.bidirectional(chr(code))
        kind = "L" if bidi == "L" else "R" if bidi in ("R", "AL") else "N"
        if bidi in ("AN", "EN", "NSM", "CS", "ES", "ET", "BN"):
            kind = "W"
        self[code] = kind
        return kind


_PDFIUM_CLASSES = _PdfiumClasses()
_PDFIUM_RUN = re.compile("L+|R+|W+|N+")
_LETTER = re.compile(r"[^\W\d_]")


def _pdfium_runs(text: str) -> list[tuple[str, str]]:
    """`text` cut where the direction PDFium gives its characters changes."""
    kinds = text.translate(_PDFIUM_CLASSES)
    return [(m.group()[0], text[m.start() : m.end()]) for m in _PDFIUM_RUN.finditer(kinds)]


def _pdfium_reads_rtl(segments: list[_Segment]) -> bool:
    """Whether PDFium takes a line holding letters of both directions as right to left: when
    it holds more runs of R letters than of L letters, whatever its digits (measured: its
    published source says "at least as many", but a line with as many reads left to right).
    A left-to-right mark counts as an L letter (it holds a phone number left to right)."""
    latin = [seg.text for seg in segments if not seg.level % 2]
    if not any(_LETTER.search(text) or LRM in text for text in latin):
        return True
    kinds = "".join(seg.text for seg in segments).translate(_PDFIUM_CLASSES)
    right = len(re.findall("R+", kinds))
    return right > len(re.findall("L+", kinds))


def _last_strong(text: str, before: str) -> str:
    """The direction, L or R, of `text`'s last strong character to PDFium; `before` if none."""
    kinds = text.translate(_PDFIUM_CLASSES)
    last = max(kinds.rfind("L"), kinds.rfind("R"))
    return kinds[last] if last >= 0 else before


def _left_to_right_span(seg: _Segment) -> str:
    """A span (not /Span: poppler and pypdf read the glyphs) for a left-to-right segment in a
    line PDFium reads right to left. PDFium reverses the order of the line's runs and the
    letters of its neutral ones, so "COVID-19" came out "-19COVID" and "Paris Peace Forum"
    "Forum Peace Paris"; the span holds the text that this turns back into the segment's."""
    letters = _LETTER.search(seg.text)
    if not letters and " " not in seg.text.strip():
        return ""  # digits in one group ("2021", "14:30"): read as drawn
    runs = _pdfium_runs(seg.text)
    if letters:
        if not any(kind == "L" for kind, _ in runs) or _clusters(seg):
            return ""
    elif sum(kind == "W" for kind, _ in runs) < 2 or _clusters(seg):
        return ""  # digits apart ("+33 6 12"): their groups, not reordered
    text = "".join(chars if kind in "LW" else chars[::-1] for kind, chars in reversed(runs))
    return _actual_text(text, tag="RTLWord")


class _Operator(str):
    """A content-stream operator among a piece's glyph strings and kerning numbers."""


def _with_actual_text(seg: _Segment, piece: _Piece, drawn: _Drawn, rtl_line: bool) -> _Drawn:
    """`drawn`, a right-to-left word, with its letters in ActualText spans (`_word_span`)
    where its glyphs are drawn apart (`_spaced`) or, in a right-to-left line, it holds marks;
    the spaces and punctuation around it, drawn first and last, stay outside."""
    chunks, pen_end, advance = drawn
    span = _word_span(seg, piece)
    if span is None or not (rtl_line if span.marked else _spaced(chunks)):
        return drawn
    strings = sum(1 for _, _, items in chunks for item in items if item.__class__ is str)
    close_after = strings - span.after  # glyph strings drawn when the span closes
    seen = 0
    opened: list[_Chunk] = []
    for name, start_x, items in chunks:
        marked: list[str | int] = []
        for item in items:
            if item.__class__ is str:
                if seen == span.before:
                    marked.append(_Operator(span.opening))
                seen += 1
            marked.append(item)
            if item.__class__ is str and seen == close_after:
                marked.append(_Operator(span.closing))
        opened.append((name, start_x, marked))
    return opened, pen_end, advance


@dataclass(frozen=True)
class _WordSpan:
    """The ActualText of a right-to-left word's letters, and the glyphs drawn outside it."""

    opening: str
    closing: str
    before: int  # glyphs drawn before the span opens: the spaces and punctuation after the word
    after: int  # glyphs drawn after it closes: the punctuation before the word
    marked: bool  # the word holds marks (vowels, shadda, tanween)


def _word_span(seg: _Segment, piece: _Piece) -> _WordSpan | None:
    """The spans over a right-to-left word of Arabic letters (and marks), its text in the
    order the readers rebuild it; None for a piece holding anything else.

    poppler reads a span's text backwards in a right-to-left word, so its /Span holds the
    word reversed. PDFium reverses each run of letters in place and leaves each mark where it
    is: it reads the text of an inner span, tagged so that poppler and readers that follow
    the standard (ActualText belongs to /Span) keep the outer one. pypdf reads the glyphs."""
    parts = _word_parts(seg, piece)
    if parts is None:
        return None
    core, before, after = parts
    drawn = core[::-1]
    runs = "".join(run[::-1] for run in _MARK_RUNS.findall(core))
    if runs == drawn:
        return _WordSpan(_actual_text(drawn), "EMC", before, after, False)
    opening = _actual_text(drawn) + "\n" + _actual_text(runs, tag="RTLWord")
    return _WordSpan(opening, "EMC\nEMC", before, after, True)


def _spaced(chunks: list[_Chunk]) -> bool:
    """Whether a word's glyphs are drawn apart or over each other (kerning: Amiri sets و
    before ي 0.12 em apart, ذ under ك), or in two fonts.

    poppler and PDFium then split the word ("تمو يل", "الم ذكرة"): its letters go in an
    ActualText span, in the order they are drawn (both readers reorder a span's text with the
    line, as they do glyphs; pypdf reads the glyphs and is not affected)."""
    return len(chunks) > 1 or any(item.__class__ is int for item in chunks[0][2])


_ARABIC_LETTER = "\u0621-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
_ARABIC_MARK = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_ARABIC_STOP = "؛؟۔"  # Arabic semicolon, question mark, full stop: right-to-left letters to readers
_WORD = re.compile(
    "([(\\[«\"'“‘]*)"  # drawn last, right of the word
    f"([{_ARABIC_LETTER}][{_ARABIC_LETTER}{_ARABIC_MARK}]*[{_ARABIC_STOP}]*)"
    "([)\\]»\"'”’.,:;!?…،؛؟۔ ]*)"  # drawn first
)
_MARK_RUNS = re.compile(f"[{_ARABIC_LETTER}{_ARABIC_STOP}]+|[{_ARABIC_MARK}.,:،]+")
_WEAK_AFTER = re.compile("[.,:،]*")


def _word_parts(seg: _Segment, piece: _Piece) -> tuple[str, int, int] | None:
    """The Arabic letters and marks of `piece` if it holds nothing else but punctuation and
    spaces around them, with how many of its glyphs are drawn before them and after them.
    After a final mark, a colon, comma or full stop goes with the letters: outside the span,
    PDFium set the mark after it ("الأولُ:" came out "الأول:ُ")."""
    at, word, first, end = piece
    clusters = word.clusters[first:end]
    low = min(clusters)
    later = [c for c in word.clusters if c > max(clusters)]
    high = min(later) if later else len(word.char_widths)
    match = _WORD.fullmatch(seg.text, at + low - seg.start, at + high - seg.start)
    if match is None:
        return None
    start, stop = (offset - at + seg.start for offset in match.span(2))
    core = match.group(2)
    if unicodedata.combining(core[-1]):
        weak = _WEAK_AFTER.match(match.group(3)).group()
        core, stop = core + weak, stop + len(weak)
    before = sum(1 for c in clusters if c >= stop)
    after = sum(1 for c in clusters if c < start)
    letters = clusters[before : len(clusters) - after]
    if any(c >= stop or c < start for c in letters):
        return None  # punctuation drawn among the letters: no span
    return core, before, after


def _drawn_piece(canvas: Any, font: ShapingFont, size: float, piece: _Piece) -> _Drawn:
    """A piece of a word encoded for `canvas`'s document, its kerning numbers worked out as
    `_draw_glyphs` does from the piece's own start."""
    _, word, first, end = piece
    caches = canvas.__dict__.setdefault("_briefer_glyphs", {})
    fcache = caches.get((font, size))
    if fcache is None:
        fcache = caches[(font, size)] = {}
    scale = 1000 / size
    chunks: list[_Chunk] = []
    items: list[str | int] = []
    name = None
    x = 0.0
    pen = 0.0
    for k in range(first, end):
        glyph_code = word.codes[k]
        gx = x + word.x_offsets[k]
        x += word.advances[k]
        encoded = fcache.get(glyph_code)
        if encoded is None:
            glyph = _Glyph(glyph_code, font, 0, word.advances[k], 0.0, 0.0)
            encoded = fcache[glyph_code] = _encoded(glyph, canvas._doc, size)
        glyph_name, inner, width = encoded
        if glyph_name != name:
            name = glyph_name
            items = []
            chunks.append((name, gx, items))
        else:
            gap = round((pen - gx) * scale)
            if gap:
                items.append(gap)
        items.append(inner)
        pen = gx + width
    return chunks, pen, x


def _draw_glyphs(
    canvas: Any, seg: _Segment, left: float, y: float, size: float, state: TextState
) -> None:
    """One segment's glyphs as TJ runs: a font's glyph strings joined, kerning numbers between
    them (whole thousandths of an em: the error stays far below a printed dot), Ts for the
    vertical offsets of cursive attachment, and ActualText around multi-glyph clusters."""
    code = canvas._code
    doc = canvas._doc
    caches = canvas.__dict__.setdefault("_briefer_glyphs", {})
    clusters = _clusters(seg)
    glyphs = seg.glyphs
    opens, closes = _words_drawn_apart(seg, glyphs, clusters, caches, doc, size, state.rtl_line)
    mirrored, mirrored_ends = _mirrored_glyphs(seg, glyphs, clusters, state.strong_before)
    tj = _TJArray(code, size, y, state)
    current_font = None
    pen = state.pen
    rise = 0.0
    back = 0
    open_cluster = False
    x = left
    font = fcache = None
    for index, glyph in enumerate(glyphs):
        gx, gy = x + glyph.x_offset, glyph.y_offset
        x += glyph.advance
        if clusters:
            cluster = clusters.get(index)
            if cluster is not None:
                tj.flush()
                if open_cluster:
                    code.append("EMC")
                open_cluster = bool(cluster)
                if cluster:
                    code.append(_actual_text(cluster))
        if index in opens:  # a word with marks or drawn apart: its spans (`_word_span`)
            tj.flush()
            code.append(opens[index])
        elif index in mirrored:
            tj.flush()
            code.append(mirrored[index])
        if glyph.font is not font:
            font = glyph.font
            fcache = caches.get((font, size))
            if fcache is None:
                fcache = caches[(font, size)] = {}
        encoded = fcache.get(glyph.code)
        if encoded is None:
            encoded = fcache[glyph.code] = _encoded(glyph, doc, size)
        name, inner, advance = encoded
        current_font = tj.place(name, current_font, pen, gx, back)
        back = 0 if glyph.advance else round(advance * tj.scale)
        if gy != rise:
            tj.flush()
            code.append(f"{gy:.2f} Ts")
            rise = gy
        tj.run.append(inner)
        pen = gx + advance
        if index in closes:
            tj.flush()
            code.append(closes[index])
        elif index in mirrored_ends:
            tj.flush()
            code.append("EMC")
    if rise:
        tj.flush()
        code.append("0 Ts")
    tj.flush()
    if open_cluster:
        code.append("EMC")
    state.pen = pen if font is not None and _exact_widths(font) else None


def _words_drawn_apart(
    seg: _Segment,
    glyphs: list[_Glyph],
    clusters: dict[int, str],
    caches: dict,
    doc: Any,
    size: float,
    rtl_line: bool,
) -> tuple[dict[int, str], dict[int, str]]:
    """Where `_draw_glyphs` opens the ActualText spans of a right-to-left word (`_word_span`)
    that holds marks or whose glyphs are drawn apart (kerning, two fonts), as
    `_draw_segment` does (`_with_actual_text`), and after which glyph it closes them. A
    segment goes glyph by glyph when any of its words is not simple (a rise, a vowelled
    letter): "شريك" came out "شر يك" in poppler beside "محتمل". A word's spans replace its
    clusters' own (`clusters` is changed); a word of letters alone holding a cluster's own
    span is left as it is, and so is a word with marks in a line with left-to-right text at
    its base level (poppler then split a final mark off: "ُ الدوليّة")."""
    if not seg.level % 2:
        return {}, {}
    opens: dict[int, str] = {}
    closes: dict[int, str] = {}
    index = 0
    for piece in seg.pieces:
        stop = index + piece[3] - piece[2]
        span = _word_span(seg, piece)
        if span is not None:
            lead, last = index + span.before, stop - 1 - span.after
            if span.marked:
                wanted = (
                    rtl_line
                    and last >= lead
                    and not any(
                        clusters.get(k) for k in (*range(index, lead), *range(last + 1, stop))
                    )
                )
            else:
                wanted = (
                    last > lead
                    and not any(clusters.get(k) for k in range(index, stop))
                    and _apart(glyphs[lead : last + 1], caches, doc, size)
                )
            if wanted:
                opens[lead] = span.opening
                closes[last] = span.closing
                for k in range(lead, last + 1):
                    if k in clusters:
                        clusters[k] = ""
        index = stop
    return opens, closes


_MIRRORED = re.compile("[" + re.escape("".join(sorted(MIRRORED))) + "]")  # Bidi_Mirrored


def _mirrored_glyphs(
    seg: _Segment, glyphs: list[_Glyph], clusters: dict[int, str], strong_before: str | None
) -> tuple[dict[int, str], set[int]]:
    """Spans for the mirrored characters of a right-to-left segment (brackets, « », ≥) each
    drawn by a glyph of its own, and the glyphs after which they close.

    PDFium mirrors such a character in a right-to-left run whatever its text, so "(" copied as
    ")": an inner span (not /Span, so poppler and pypdf read the glyph) gives it the character
    PDFium mirrors back. PDFium also moved the space drawn after an opening bracket to its
    other side ("الأخبار( الكاذبة)"): that span takes the space along, before the bracket.
    In a line PDFium reads right to left it mirrors only what follows a right-to-left letter
    (`strong_before`): after a Latin word the glyph's own text stands ("(HTTP 503)")."""
    if not seg.level % 2 or not _MIRRORED.search(seg.text):
        return {}, set()
    counts: dict[int, int] = {}
    for glyph in glyphs:
        counts[glyph.cluster] = counts.get(glyph.cluster, 0) + 1
    chars = [
        seg.text[glyph.cluster - seg.start] if counts[glyph.cluster] == 1 else ""
        for glyph in glyphs
    ]
    opens: dict[int, str] = {}
    ends: set[int] = set()
    for index, char in enumerate(chars):
        if not _MIRRORED.fullmatch(char) or clusters.get(index):
            continue
        if strong_before is not None:
            at = glyphs[index].cluster - seg.start
            if _last_strong(seg.text[:at], strong_before) == "L":
                continue
        text, end = MIRRORED[char], index
        spaced = index + 1 < len(chars) and chars[index + 1] == " "
        if unicodedata.category(char) in ("Ps", "Pi") and spaced and not clusters.get(index + 1):
            text, end = " " + text, index + 1
        opens[index] = _actual_text(text, tag="RTLWord")
        ends.add(end)
    return opens, ends


def _apart(glyphs: list[_Glyph], caches: dict, doc: Any, size: float) -> bool:
    """Whether `_draw_glyphs` puts a kerning number or a font change between two of `glyphs`."""
    scale = 1000 / size
    before = None
    for glyph in glyphs:
        fcache = caches.setdefault((glyph.font, size), {})
        encoded = fcache.get(glyph.code)
        if encoded is None:
            encoded = fcache[glyph.code] = _encoded(glyph, doc, size)
        if before is not None:
            name, pen = before
            if encoded[0] != name or round((pen - glyph.x_offset) * scale):
                return True
        before = (encoded[0], encoded[2] - glyph.advance + glyph.x_offset)
    return False


def _encoded(glyph: _Glyph, doc: Any, size: float) -> tuple[str, str, float]:
    """A glyph's font resource name, its escaped string and its width at `size`, in `doc`."""
    if not getattr(doc, "_briefer_latin1", False):
        _write_latin1(doc)
    font = glyph.font
    name = font.resource_name(doc)
    byte = font.cid_bytes(glyph.code, doc)
    width = glyph.font.face.getCharWidth(glyph.code)
    return name, byte.decode("latin-1").translate(_LITERAL), width * size / 1000


def _write_latin1(doc: Any) -> None:
    """Make `doc` write its pages' streams in Latin-1 (`latin1_pages`) when it is saved."""
    doc._briefer_latin1 = True
    write = doc.format

    def format_latin1() -> bytes:
        latin1_pages(doc)
        return write()

    doc.format = format_latin1


def latin1_pages(doc: Any) -> None:
    """Each page's content stream as bytes, its glyph strings' raw bytes kept: ReportLab would
    write the stream in UTF-8. (A form's goes through PDFDocEncoding: see document.py.)"""
    for page in doc.Pages.pages:
        if isinstance(page.stream, str):
            page.stream = page.stream.encode("latin-1")


# A glyph string's bytes as they go in a literal string: raw, but for the three characters a
# literal string escapes and the line ends (and NUL) a reader may take for something else.
# ReportLab escapes every byte outside printable ASCII in four bytes ("\\001"): a tenth of
# the pages' compressed size.
_LITERAL = str.maketrans(
    {"\\": "\\\\", "(": "\\(", ")": "\\)", "\r": "\\r", "\n": "\\n", "\0": "\\000"}
)


def _clusters(seg: _Segment) -> dict[int, str]:
    """Where each cluster of several glyphs starts (its text) and where the next one starts ("")."""
    glyphs = seg.glyphs
    if len({g.cluster for g in glyphs}) == len(glyphs):
        return {}  # one glyph per cluster, the common case
    starts: dict[int, str] = {}
    index = 0
    while index < len(glyphs):
        end = index + 1
        while end < len(glyphs) and glyphs[end].cluster == glyphs[index].cluster:
            end += 1
        if end - index > 1:
            cluster = glyphs[index].cluster - seg.start
            stop = cluster + 1
            while stop < len(seg.text) and unicodedata.combining(seg.text[stop]):
                stop += 1
            starts[index] = seg.text[cluster:stop]
            starts.setdefault(end, "")
        index = end
    return starts


def _actual_text(text: str, tag: str = "Span") -> str:
    """A marked-content span giving the text of a cluster drawn with several glyphs.

    A base letter and its marks (أُ, دّ) extract as the cluster's text once, in logical order,
    instead of one copy per glyph.
    """
    actual = ("\ufeff" + text).encode("utf-16-be").decode("latin-1").translate(_LITERAL)
    return f"/{tag}<</ActualText({actual})>>BDC"  # raw bytes, as the glyph strings


@dataclass
class BidiParagraph(Flowable):
    """A ReportLab flowable for one paragraph of any script, left or right aligned by direction."""

    shaped: ShapedParagraph
    lines: list[Line] = field(default_factory=list)
    keep_with_next: bool = False
    outline: tuple[str, int, str] | None = None  # (title, level, key) for bookmarks and contents
    continued: bool = False  # the rest of a paragraph split at a page: no first line

    def __post_init__(self) -> None:
        Flowable.__init__(self)
        self.style = self.shaped.style
        self.spaceBefore = self.style.space_before
        self.spaceAfter = self.style.space_after
        self.keepWithNext = self.keep_with_next
        self._width = 0.0

    @property
    def rtl(self) -> bool:
        return self.shaped.rtl

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self.lines or self._width != availWidth:
            self._width = availWidth
            # Every line as wide as those after the first: the first, with its bullet, sits
            # `hang` further out (its end `hang` short of theirs, in a ragged edge).
            self.lines = self.shaped.break_lines(availWidth - self.style.indent - self.style.hang)
        self.width, self.height = availWidth, len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        if len(self.lines) >= 4 and fit < 2:
            return []
        first = BidiParagraph(
            self.shaped, self.lines[:fit], outline=self.outline, continued=self.continued
        )
        rest = BidiParagraph(self.shaped, self.lines[fit:], continued=True)
        first._width = rest._width = availWidth
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Flowable.drawOn without its translation: the lines' positions carry (x, y), so a
        page's paragraphs do not each write a `cm` of the frame's odd coordinates (1.3 % of an
        Arabic pack's compressed size)."""
        x = self._hAlignAdjust(x, _sW)
        canvas.saveState()
        self.canv = canvas
        try:
            self._draw_at(x, y)
        finally:
            del self.canv
            canvas.restoreState()

    def draw(self) -> None:
        self._draw_at(0.0, 0.0)

    def _draw_at(self, x: float, y: float) -> None:
        """Draw the lines with the paragraph's bottom left corner at (x, y)."""
        canvas = self.canv
        if getattr(canvas, "_briefer_dry", False):
            return
        size = self.style.size
        state = TextState()
        canvas._code.append("BT")
        for index, line in enumerate(self.lines):
            baseline = (
                (len(self.lines) - index - 1) * self.style.leading
                + (self.style.leading - size) / 2
                + size * 0.25
            )
            indent = self.style.indent + (self.style.hang if index or self.continued else 0.0)
            room = self._width - indent
            align = self.style.align
            if align in ("start", "end"):
                align = "right" if (align == "end") != self.rtl else "left"
            if align == "center":
                left = (room - line.width) / 2
            elif align == "right":
                left = room - line.width
            else:
                left = 0.0
            left += x if align == "right" else x + indent
            links = draw_line(canvas, line, left, y + baseline, self.style, state, in_text=True)
            for url, x1, y1, x2, y2 in links:
                if url.startswith("#"):
                    canvas.linkRect("", url[1:], (x1, y1, x2, y2), relative=1, thickness=0)
                else:
                    canvas.linkURL(url, (x1, y1, x2, y2), relative=1, thickness=0)
        canvas._code.append("ET")
        strike_out(canvas, state, size)
