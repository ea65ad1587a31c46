"""The bundled fonts, shaped with HarfBuzz and embedded as subsets that extract to logical text.

ReportLab's own shaping maps glyphs without a code point (contextual forms, ligatures) to
private-use characters, and its ToUnicode table then maps them back to those private-use
characters, so copying Arabic from the PDF fails. `ShapingFont` gives each (glyph, source text)
pair its own code, and writes a ToUnicode entry from that code to the source text.

A face is embedded as one Type 0 font (Identity-H, two-byte CIDs): ReportLab's 8-bit subsets of
256 codes put a word's glyphs in two fonts once a document had used more, and pypdf cut the
line's text at each font change and put the pieces in the wrong order.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from briefer.core.packs.fontinfo import read_char_info
from briefer.core.packs.nametable import slim_name_table
from briefer.core.paths import resources_dir

FAMILY = "Amiri"
STYLES = {
    (False, False): "Amiri-Regular",
    (True, False): "Amiri-Bold",
    (False, True): "Amiri-Italic",
    (True, True): "Amiri-BoldItalic",
}
# The PDF width of a glyph drawn with no advance and no text (a mark inside a cluster); the
# drawing moves back over it. With no width its raised text object began a line of its own for
# PDFium, which then gave the word's ActualText twice (`test_pdf_extraction`): PDFium breaks a
# line where the rise passes half the wider glyph's width, and Amiri's marks move 0.46 em at most.
_MARK_WIDTH = 950
_PRIVATE_START = 0xF0000  # Supplementary Private Use Area-A: never in the fonts' cmaps
# Fonts for what Amiri lacks, tried in order: DejaVu Sans (arrows, maths, ™ №, circled digits,
# Hebrew, Latin bullets) then Noto Sans Symbols 2 (dingbats and other symbols).
LATIN = "DejaVuSans"
FALLBACKS = (LATIN, "NotoSansSymbols2-Regular")
# Amiri draws these as Arabic shapes (its bullet is the Arabic diamond dot): a Latin font's instead.
LATIN_FORCED = frozenset("•◦▪‣⁃")
# Drawn, where no bundled font has the character, in its place (the text still extracts).
REPLACEMENT = "\ufffd"


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class _Face(TTFontFace):
    """A face whose embedded subsets carry a `name` table cut to the font's identity, and whose
    character tables are read a table at a time (`fontinfo`)."""

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 - ReportLab's API
        super().extractInfo(0)
        if charInfo and not read_char_info(self):
            super().extractInfo(charInfo)

    def get_table(self, tag: str) -> bytes:
        data = super().get_table(tag)
        return slim_name_table(data) if tag == "name" else data


class _Parsed:
    """One font file read once per process: its tables, its HarfBuzz font and its glyph codes.

    The codes are shared by every document drawn with the file, so a code always stands for the
    same (glyph, text) pair in the shared tables; each document still embeds its own subsets.
    """

    def __init__(self, path: Path) -> None:
        self.face = _Face(str(path), validate=0)
        self.hb_face = hb.Face(hb.Blob.from_file_path(str(path)))
        self.upem = self.hb_face.upem
        self.hb_font = hb.Font(self.hb_face)
        self.codes: dict[tuple[int, str], int] = {}
        self.text_of: dict[int, str] = {}
        self.next_private = _PRIVATE_START
        self.lock = threading.Lock()

    def register(self, gid: int, text: str, advance: int) -> int:
        with self.lock:
            key = (gid, text)
            code = self.codes.get(key)
            if code is not None:
                return code
            face = self.face
            if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
                code = ord(text)
            else:
                code = self.next_private
                self.next_private += 1
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                # The glyph's own advance, not this drawing's: a width taken from the first
                # word shaped (kerned there) made every later document's kerning numbers, and
                # so its ActualText spans, depend on what the process had drawn before.
                natural = self.hb_font.get_glyph_h_advance(gid) if advance else 0
                width = natural * 1000 / self.upem if natural or text else _MARK_WIDTH
                face.charWidths[code] = width
                self.text_of[code] = text
            self.codes[key] = code
            return code


_parsed: dict[Path, _Parsed] = {}
_parsed_lock = threading.Lock()


def _parse(path: Path) -> _Parsed:
    with _parsed_lock:
        found = _parsed.get(path)
        if found is None:
            found = _parsed[path] = _Parsed(path)
        return found


class ShapingFont(TTFont):
    """A TrueType font drawn glyph by glyph from HarfBuzz output; its file is read once."""

    def __init__(self, name: str, path: Path) -> None:
        parsed = _parse(path)
        self.fontName = name
        self.face = parsed.face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        # Not ReportLab's ASCII-readable subsets: they embed all 96 ASCII glyphs of each Latin
        # style, used or not, and a one-page note's pack doubled (13 KB to 28 KB) to save 5 %
        # on a 90-page one.
        self._asciiReadable = False
        self.shapable = False
        self.path = path
        self.hb_face = parsed.hb_face
        self.upem = parsed.upem
        self.hb_font = parsed.hb_font
        self._parsed = parsed
        self.file = parsed  # the file, as a key: one object a process, hashed by identity
        self._covered: frozenset[str] | None = None
        self._codes = parsed.codes
        self._text_of = parsed.text_of

    def code_for(self, gid: int, text: str, advance: int) -> int:
        """A code point standing for glyph `gid` drawn for `text`, registered in the font."""
        code = self._codes.get((gid, text))
        if code is None:
            code = self._parsed.register(gid, text, advance)
        return code

    def text_of(self, code: int) -> str:
        return self._text_of.get(code, chr(code))

    def cid_bytes(self, code: int, doc: pdfdoc.PDFDocument) -> bytes:
        """The two bytes of the CID drawing glyph code `code` in `doc`."""
        state = self._embedding(doc)
        cid = state.cids.get(code)
        if cid is None:
            cid = state.add(code, self.face, self._text_of.get(code) == "")
        return cid

    def resource_name(self, doc: pdfdoc.PDFDocument) -> str:
        """The name of the face's one font resource in `doc`, as a PDF name."""
        state = self._embedding(doc)
        if state.name is None:
            state.name = f"F{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.fontName] = "/" + state.name
            doc.delayedFonts.append(self)
        return "/" + state.name

    def splitString(  # noqa: N802 - ReportLab's API, for text ReportLab draws itself
        self, text: str, doc: pdfdoc.PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        return [(0, b"".join(self.cid_bytes(ord(ch), doc) for ch in text))]

    def getSubsetInternalName(self, subset: int, doc: pdfdoc.PDFDocument) -> str:  # noqa: N802
        return self.resource_name(doc)

    def _embedding(self, doc: pdfdoc.PDFDocument) -> _Embedding:
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = _Embedding()
            # pypdf reads a gap as a space by the space's width, found through ToUnicode:
            # without a space in the font it guessed one and split "الأولوية:" at its colon.
            state.add(_SPACE, self.face, False)
        return state

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - ReportLab's API
        """Embed the face as one Type 0 font (Identity-H) over a subset of its glyphs."""
        state = self._embedding(doc)
        name = self.resource_name(doc)[1:]
        face_name = (self.face.name + self.face.subfontNameX).decode("pdfdoc")
        glyphs = state.glyph_order(self.face)
        base = f"{subset_tag(face_name, glyphs)}+{face_name}"
        to_unicode = _stream(doc, self._to_unicode(base, state.codes).encode("ascii"))
        font = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("Type0"),
                "BaseFont": pdfdoc.PDFName(base),
                "Encoding": pdfdoc.PDFName("Identity-H"),
                "DescendantFonts": pdfdoc.PDFArray(
                    [doc.Reference(self._cid_font(doc, base, glyphs))]
                ),
                "ToUnicode": doc.Reference(to_unicode, "toUnicodeCMap:" + base),
            }
        )
        font.__Comment__ = f"Font {self.fontName}"
        doc.idToObject["BasicFonts"].dict[name] = doc.Reference(font, name)
        del self.state[doc]

    def _cid_font(
        self, doc: pdfdoc.PDFDocument, base: str, glyphs: dict[int, int]
    ) -> pdfdoc.PDFDictionary:
        """The Type 0 font's descendant: the subset's program, its widths and glyph ids."""
        state = self.state[doc]
        cid_to_gid = _stream(doc, state.cid_to_gid(self.face, glyphs))
        system = {"Registry": pdfdoc.PDFString("Adobe"), "Ordering": pdfdoc.PDFString("Identity")}
        return pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("CIDFontType2"),
                "BaseFont": pdfdoc.PDFName(base),
                "CIDSystemInfo": pdfdoc.PDFDictionary({**system, "Supplement": 0}),
                "FontDescriptor": self.face.addSubsetObjects(doc, base, list(glyphs.values())),
                "W": pdfdoc.PDFArrayCompact(_widths(state.codes, self.face)),
                "CIDToGIDMap": doc.Reference(cid_to_gid, "cidToGid:" + base),
            }
        )

    def _to_unicode(self, name: str, codes: list[tuple[int, int]]) -> str:
        entries = [f"<{cid:04X}> <{_utf16_hex(self.text_of(code))}>" for cid, code in codes]
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
        ]
        for start in range(0, len(entries), 100):
            chunk = entries[start : start + 100]
            lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)


# Bytes no CID holds: a literal string escapes them (textlayout._LITERAL).
_ESCAPED = frozenset(b"\x00\n\r()\\")
# CIDs for the glyphs drawn with no text of their own (a mark inside a cluster, the rest of a
# ligature): PDFium takes such a glyph's CID for its character when it guesses a run's direction,
# so these are characters of no direction (box drawing, shapes, symbols): an Arabic word read as
# left-to-right came out backwards.
_NEUTRAL = range(0x2500, 0x2800)
_SPACE = 0x20


def subset_tag(face_name: str, glyphs: Iterable[int]) -> str:
    """The six capital letters naming a subset of `face_name` holding glyph ids `glyphs`: the
    same for the same subset, so packs stay reproducible, and another for another subset."""
    digest = hashlib.sha256(face_name.encode()).digest()
    glyph_ids = sorted(glyphs)
    digest = hashlib.sha256(digest + b"".join(g.to_bytes(2, "big") for g in glyph_ids)).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


def _usable(cid: int) -> bool:
    return cid >> 8 not in _ESCAPED and cid & 0xFF not in _ESCAPED


def _neutral_cids() -> Iterator[int]:
    return (c for c in _NEUTRAL if _usable(c) and unicodedata.bidirectional(chr(c)) == "ON")


def _other_cids() -> Iterator[int]:
    return (c for c in range(0x0101, 0x10000) if _usable(c) and c not in _NEUTRAL)


class _Embedding:
    """One document's use of a face: a two-byte code (CID) for each glyph code drawn."""

    __slots__ = ("by_glyph", "cids", "codes", "name", "neutral", "other")

    def __init__(self) -> None:
        self.cids: dict[int, bytes] = {}  # glyph code -> its CID's two bytes
        self.codes: list[tuple[int, int]] = []  # (CID, glyph code), in the order drawn
        self.by_glyph: dict[int, bytes] = {}  # glyph id -> the first CID drawing it
        self.name: str | None = None
        self.neutral = _neutral_cids()
        self.other = _other_cids()

    def add(self, code: int, face: TTFontFace, textless: bool) -> bytes:
        """A CID for `code`; once the code space is full, one drawing the same glyph."""
        gid = face.charToGlyph.get(code, 0)
        cid = next(self.neutral, None) if textless else None
        if cid is None:
            cid = next(self.other, None)
        if cid is None:
            found = self.by_glyph.get(gid, self.cids[self.codes[0][1]])
        else:
            found = cid.to_bytes(2, "big")
            self.codes.append((cid, code))
            self.by_glyph.setdefault(gid, found)
        self.cids[code] = found
        return found

    def glyph_order(self, face: TTFontFace) -> dict[int, int]:
        """A code for each glyph drawn but .notdef, by glyph id, in the order first drawn: the
        subset's glyph ids are 1, 2, … in this order (ReportLab's `makeSubset`)."""
        order: dict[int, int] = {}
        for _, code in self.codes:
            gid = face.charToGlyph.get(code, 0)
            if gid and gid not in order:
                order[gid] = code
        return order

    def cid_to_gid(self, face: TTFontFace, glyphs: dict[int, int]) -> bytes:
        new_gid = {gid: index for index, gid in enumerate(glyphs, 1)}
        table = bytearray(2 * (max(cid for cid, _ in self.codes) + 1))
        for cid, code in self.codes:
            gid = new_gid.get(face.charToGlyph.get(code, 0), 0)
            table[2 * cid : 2 * cid + 2] = gid.to_bytes(2, "big")
        return bytes(table)


def _widths(codes: list[tuple[int, int]], face: TTFontFace) -> list[Any]:
    """The /W array: each run of consecutive CIDs as its first CID and its widths."""
    runs: list[tuple[int, list[float]]] = []
    last = -2
    for cid, code in sorted(codes):
        if cid != last + 1:
            runs.append((cid, []))
        runs[-1][1].append(face.getCharWidth(code))
        last = cid
    return [item for cid, run in runs for item in (cid, pdfdoc.PDFArrayCompact(run))]


def _stream(doc: pdfdoc.PDFDocument, content: bytes) -> pdfdoc.PDFStream:
    stream = pdfdoc.PDFStream(content=content)
    if doc.compression:
        stream.filters = [pdfdoc.PDFZCompress]
    return stream


@dataclass
class FontSet:
    """The four styles of the pack family, registered with ReportLab, and the fallback fonts.

    A style or a fallback is loaded (its file read once a process) and embedded only when the
    document uses it: most packs draw no bold italic. Both directions draw from a style's one
    font object: it is one Type 0 font, whose code space no document fills.
    """

    fonts: dict[tuple[bool, bool], ShapingFont]
    tag: str = ""
    fallbacks: dict[str, ShapingFont] = field(default_factory=dict)

    def get(self, bold: bool = False, italic: bool = False) -> ShapingFont:
        font = self.fonts.get((bold, italic))
        if font is None:
            name = STYLES[(bold, italic)]
            font = ShapingFont(f"{name}-{self.tag}", _font_file(name))
            self.fonts[(bold, italic)] = font
            pdfmetrics.registerFont(font)
        return font

    def fallback(self, name: str) -> ShapingFont:
        font = self.fallbacks.get(name)
        if font is None:
            font = self.fallbacks[name] = ShapingFont(f"{name}-{self.tag}", _font_file(name))
            pdfmetrics.registerFont(font)
        return font

    def font_runs(
        self, text: str, start: int, end: int, bold: bool, italic: bool
    ) -> list[tuple[int, int, ShapingFont, bool]]:
        """`text[start:end]` cut where the font changes: (start, end, font, replaced).

        A mark or an invisible control stays in its base character's font; a character no bundled
        font has is `replaced` (drawn as REPLACEMENT from the Latin fallback).
        """
        primary = self.get(bold, italic)
        covered = primary._covered
        if covered is None:
            covered = primary._covered = _primary_coverage(primary.path)
        chunk = text[start:end]
        if set(chunk) <= covered:
            return [(start, end, primary, False)]
        runs: list[tuple[int, int, ShapingFont, bool]] = []
        current: tuple[ShapingFont, bool] | None = None
        for index in range(start, end):
            choice = self._choose(text[index], primary, covered, current)
            if runs and choice == current:
                runs[-1] = (runs[-1][0], index + 1, *choice)
            else:
                runs.append((index, index + 1, *choice))
            current = choice
        return runs

    def _choose(
        self,
        ch: str,
        primary: ShapingFont,
        covered: frozenset[str],
        current: tuple[ShapingFont, bool] | None,
    ) -> tuple[ShapingFont, bool]:
        if ch in LATIN_FORCED:
            return self.fallback(LATIN), False
        if ch in covered:
            return primary, False
        kind = unicodedata.category(ch)
        if current is not None and kind == "Cf":
            return current
        if current is not None and kind in ("Mn", "Me"):
            font, replaced = current
            if replaced or ch in _coverage(font.path) or _VARIATION.match(ch):
                return current  # a mark stays in its base's font where that font has it
            # A mark from another font has no advance and lands on the next word (the keycap
            # of "2️⃣" covered "et"); Amiri drew a missing-glyph box: the visible replacement.
            return self.fallback(LATIN), True
        if unicodedata.category(ch) in ("Cf", "Zs", "Cc"):
            return primary, False
        for name in FALLBACKS:
            if ch in _coverage(_font_file(name)):
                return self.fallback(name), False
        return self.fallback(LATIN), True


_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")  # drawn with no width


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def _coverage(path: Path) -> frozenset[str]:
    """The characters the font at `path` maps to a glyph."""
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    return frozenset(chr(u) for u in face.unicodes)


@cache
def _primary_coverage(path: Path) -> frozenset[str]:
    """What the pack family draws itself: its characters but the ones a Latin font draws."""
    return _coverage(path) - LATIN_FORCED


@cache
def _font_file(name: str) -> Path:
    path = fonts_dir() / f"{name}.ttf"
    if not path.exists():
        raise FileNotFoundError(f"The bundled font {path} is missing; reinstall Briefer.")
    return path


def load_fonts(tag: str) -> FontSet:
    """Font objects for one document (their subsets belong to it), registered as `tag`-*.

    Each style is registered when the document first draws with it; the files behind them are
    read once a process (`_parse`).
    """
    fonts = FontSet({}, tag)
    fonts.get()  # the regular style: every document draws with it
    return fonts


def unregister(fonts: FontSet) -> None:
    for font in (*fonts.fonts.values(), *fonts.fallbacks.values()):
        font.unregister()
