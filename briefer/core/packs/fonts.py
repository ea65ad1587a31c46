"""The bundled fonts, shaped with HarfBuzz and embedded as subsets that extract to logical text.

ReportLab's own shaping maps glyphs without a code point (contextual forms, ligatures) to
private-use characters, and its ToUnicode table then maps them back to those private-use
characters, so copying Arabic from the PDF fails. `ShapingFont` gives each (glyph, source text)
pair its own code, and writes a ToUnicode entry from that code to the source text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from briefer.core.paths import resources_dir

FAMILY = "Amiri"
STYLES = {
    (False, False): "Amiri-Regular",
    (True, False): "Amiri-Bold",
    (False, True): "Amiri-Italic",
    (True, True): "Amiri-BoldItalic",
}
_PRIVATE_START = 0xF0000  # Supplementary Private Use Area-A: never in the fonts' cmaps


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class ShapingFont(TTFont):
    """A TrueType font drawn glyph by glyph from HarfBuzz output."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path), asciiReadable=False, shapable=False)
        self.path = path
        self.hb_face = hb.Face(hb.Blob.from_file_path(str(path)))
        self.upem = self.hb_face.upem
        self.hb_font = hb.Font(self.hb_face)
        self._codes: dict[tuple[int, str], int] = {}
        self._text_of: dict[int, str] = {}
        self._next_private = _PRIVATE_START
        self._advance: dict[int, int] = {}

    def code_for(self, gid: int, text: str, advance: int) -> int:
        """A code point standing for glyph `gid` drawn for `text`, registered in the font."""
        key = (gid, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            code = ord(text)
        else:
            code = self._next_private
            self._next_private += 1
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = advance * 1000 / self.upem
            self._text_of[code] = text
        self._codes[key] = code
        return code

    def text_of(self, code: int) -> str:
        return self._text_of.get(code, chr(code))

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - ReportLab's API
        """Embed the used subsets, with ToUnicode entries mapping to the source text."""
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode(
                "pdfdoc"
            )
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = self._to_unicode(base, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        entries = [f"<{i:02X}> <{_utf16_hex(self.text_of(c))}>" for i, c in enumerate(subset)]
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
        ]
        for start in range(0, len(entries), 100):
            chunk = entries[start : start + 100]
            lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)


@dataclass(frozen=True)
class FontSet:
    """The four styles of the pack family, registered with ReportLab."""

    fonts: dict[tuple[bool, bool], ShapingFont]

    def get(self, bold: bool = False, italic: bool = False) -> ShapingFont:
        return self.fonts[(bold, italic)]


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def _font_file(name: str) -> Path:
    path = fonts_dir() / f"{name}.ttf"
    if not path.exists():
        raise FileNotFoundError(f"The bundled font {path} is missing; reinstall Briefer.")
    return path


def load_fonts(tag: str) -> FontSet:
    """Fresh font objects for one document (their subsets belong to it), registered as `tag`-*."""
    fonts = {}
    for key, name in STYLES.items():
        font = ShapingFont(f"{name}-{tag}", _font_file(name))
        pdfmetrics.registerFont(font)
        fonts[key] = font
    return FontSet(fonts)


def unregister(fonts: FontSet) -> None:
    for font in fonts.fonts.values():
        font.unregister()
