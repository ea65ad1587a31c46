"""The pack as an editable Word document, written from the same content model as the PDF.

Headings are Word's Heading styles (navigation pane, table of contents field), the agenda and the
changes are tables, notes' Markdown becomes Word formatting under the PDF's rules (raw HTML shown
as text, images never loaded, only http, https and mailto links), the classification is in the
header and footer, page numbers are PAGE/NUMPAGES fields, and Arabic is right-to-left: `w:bidi`
on paragraphs, tables and the section, `w:rtl` on Arabic runs; fonts and sizes, both
scripts', are the styles'.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefer import __version__
from briefer.core.catalogue.items import theme_names
from briefer.core.files import write_atomic
from briefer.core.nobreak import unbroken_names
from briefer.core.packs.content import Entry, PackContent
from briefer.core.packs.labels import (
    LABELS,
    MARK_STATUSES_PRINTED,
    change_field,
    change_value,
    label,
    note_dated,
    place_unknown,
    since_spans,
    when_label,
)
from briefer.core.packs.note_blocks import (
    markdown_blocks,
    note_direction,
    printed_blocks,
    starts_with_mark,
)
from briefer.core.packs.options import PackOptions
from briefer.core.packs.spans import Span, isolated, listed, name_list, separated
from briefer.core.packs.typography import (
    colon,
    hyphen_points,
    kept_spaces,
    moment_text,
    upper_first,
)
from briefer.core.packs.uax9 import auto_direction, run_directions
from briefer.core.paragraphs import paragraphs_of
from briefer.core.richtext import safe_link
from briefer.core.search.textnorm import has_arabic
from briefer.core.timefmt import day_name, local

ARABIC_FONT = "Amiri"
PAGE_SIZES = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4)), "a5": (Mm(148), Mm(210))}
RED = RGBColor(0xB0, 0x10, 0x10)
GREY = RGBColor(0x59, 0x59, 0x59)  # the PDF's GREY (0.35)
LINK = RGBColor(0x1F, 0x4E, 0x99)
CODE_FONT = "Courier New"
TABLE_TEXT = "Table Text"  # the paragraph style of the tables' cells
CODE = "Code"  # a note's code block
INLINE_CODE = "Inline Code"  # `code` in a note's line
_AR = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_RIGHT_TO_LEFT = re.compile(f"[{_AR}\u0590-\u05ff\u200f\u202b\u202e\u2067]")  # and Hebrew
# A value kept whole in a line of the other direction, ordered as the PDF orders it
# (textlayout._opener): "Délégation : ⁧وفد المملكة⁩ ⁦(MA)⁩".
_OPENERS = {"rtl": "\u2067", "ltr": "\u2066", None: "\u2068"}
_PDI = "\u2069"
_OPENERS_AND_PDI = "\u2066\u2067\u2068\u2069"
_EXPLICIT = re.compile("[\u200e\u200f\u061c\u2066-\u2069]")
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
# What Word and LibreOffice match a missing font by: Amiri's OS/2 panose, code pages and Unicode
# ranges (Arabic charset B2), with Times New Roman named as its nearest alternative.
_AMIRI_ENTRY = (
    b'<w:font w:name="Amiri"><w:altName w:val="Times New Roman"/>'
    b'<w:panose1 w:val="00000500000000000000"/><w:charset w:val="B2"/>'
    b'<w:family w:val="roman"/><w:pitch w:val="variable"/>'
    b'<w:sig w:usb0="A000206F" w:usb1="82002043" w:usb2="00000008" w:usb3="00000000" '
    b'w:csb0="000000D3" w:csb1="00080000"/></w:font>'
)
_WORD_LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}  # Latin text of an Arabic pack: English
_RUN_LANGUAGES = {**_WORD_LANGUAGES, "ar": "ar-SA"}  # else the catalogue's own code
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_FRENCH_WORDS = frozenset("le la les des du et est une pour dans sur avec au aux qui que".split())
_ENGLISH_WORDS = frozenset("the and of to is for in on with by that this are from".split())
_SEPARATORS = {"fr": (",", ";")}  # decimal symbol, list separator; else Word's "." and ","
_WORD = re.compile(r"[^\W\d_]+")
_UNBROKEN = re.compile(r"[^ \t\n]+")  # text a line cannot break inside but at a hyphen
_ADDRESS = re.compile(r"@|://|^www\.|\w\.\w")  # an e-mail, a web address, a domain: no hyphen
_CELL_MARGINS = 2 * 5.4  # points: Word's default left and right cell margins (0.075 in.)
_EM_PER_LETTER = 0.62  # a lower-case letter's width in em, bold and LibreOffice's fonts allowed
_EM_PER_CAPITAL = 0.8
# Characters XML 1.0 cannot hold (a control character in a catalogue title would stop the writer).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PLACEHOLDER = re.compile(r"\{(page|pages)\}")
_BODY_SIZE = 10.5

_PPR_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_TBLPR_AFTER_BIDI = (
    "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
    "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
    "w:tblCaption", "w:tblDescription", "w:tblPrChange",
)  # fmt: skip
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def bookmark_name(key: str) -> str:
    """A heading's bookmark, named from its `key` ("item-ppf:ses-2021-101"), so that a link
    written before the heading (the agenda's) names it: Word allows 40 letters, digits and
    underscores; a leading underscore hides it from the Bookmark dialog, as Word's _Toc."""
    return "_Briefer_" + hashlib.sha1(key.encode()).hexdigest()[:20]


# Word's own text-path shape type (Design › Watermark › Custom: "Text watermark").
_TEXT_PATH_TYPE = """<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136"
 adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>
<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>
<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>
<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>
<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom"
 o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight"
 xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>
</v:shapetype>"""
_VML_NAMESPACES = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
_WATERMARK_HEIGHT = 64  # points: the PDF's watermark size (`decoration._watermark`)


def watermark_run(text: str) -> Any:
    """A header's run holding `text` as Word's own text watermark: a VML text-path shape named
    PowerPlusWaterMarkObject, set at 315° (up to the right) in the page's middle, behind the
    text (negative z-index) and on every page as the header is; Word's Design › Watermark
    menu finds it by that name and removes or edits it. Grey as the PDF's (0.85), in Amiri
    bold as the PDF draws it, sized by Amiri's widths so the text-path is not stretched.
    Found by review: the watermark was a word at the start of the header."""
    text = xml_safe(text)
    height = _WATERMARK_HEIGHT
    width = max(height, _amiri_bold_width(text) * height)
    width = min(width, 640.0)  # across an A4 page's diagonal at most, as the PDF scales it
    style = (
        f"position:absolute;margin-left:0;margin-top:0;width:{width:.1f}pt;"
        f"height:{height}pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        "mso-position-vertical-relative:margin"
    )
    quoted = (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
    xml = (
        f"<w:r {nsdecls('w')} {_VML_NAMESPACES}><w:rPr><w:noProof/></w:rPr><w:pict>"
        f"{_TEXT_PATH_TYPE}"
        f'<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="{style}" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
        f'<v:textpath style="font-family:&quot;{ARABIC_FONT}&quot;;font-size:1pt;'
        f'font-weight:bold" string="{quoted}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )
    return parse_xml(xml)


def _amiri_bold_width(text: str) -> float:
    """`text`'s advance in em, shaped in Amiri Bold (the PDF's watermark font)."""
    import uharfbuzz as hb

    from briefer.core.packs.fonts import _parse, fonts_dir

    font = _parse(fonts_dir() / "Amiri-Bold.ttf")  # read once a process, as the PDF's fonts
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font.hb_font, buffer)
    return sum(p.x_advance for p in buffer.glyph_positions) / font.upem


def reads_right_to_left(text: str) -> bool:
    """Whether `text`, a paragraph left to "auto", is right-to-left (`uax9.auto_direction`)."""
    return auto_direction(text) == "rtl"


def logical_text(spans: list[Span]) -> str:
    """The paragraph's text with its isolated spans inside FSI…PDI, as the PDF orders them."""
    return "".join(f"\u2068{s.text}\u2069" if s.isolate else s.text for s in spans)


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _on(parent: Any, tag: str, after: tuple[str, ...]) -> None:
    if parent.find(qn(tag)) is None:
        parent.insert_element_before(OxmlElement(tag), *after)


def _sized(rpr: Any, size: float) -> None:
    """`size` (points) as a style's or a run's size, for Latin and complex script alike."""
    half_points = str(round(size * 2))
    sz = rpr.get_or_add_sz()
    sz.set(qn("w:val"), half_points)
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        sz.addnext(size_cs)
    size_cs.set(qn("w:val"), half_points)


def _complex_script_styles(styles: Any) -> None:
    """The complex-script font and size in the styles, as their Latin ones: Amiri (by name,
    where the template named a theme's Arabic font) and each style's size as `w:szCs`; the
    document defaults too. Found by review: every Arabic run carried Amiri and 10.5 pt of its
    own, so restyling Normal left the Arabic text as it was."""
    for fonts in styles.iter(qn("w:rFonts")):
        if qn("w:cstheme") in fonts.attrib or fonts.get(qn("w:cs")) is None:
            fonts.attrib.pop(qn("w:cstheme"), None)
            fonts.set(qn("w:cs"), ARABIC_FONT)
    for sz in list(styles.iter(qn("w:sz"))):
        _sized(sz.getparent(), int(sz.get(qn("w:val"))) / 2)


def _named_fonts(styles: Any) -> None:
    """Amiri, by name, wherever the template's styles take a theme's font: the Latin text of an
    Arabic pack is set as in its PDF, and not in a theme font a reader may lack."""
    for fonts in styles.iter(qn("w:rFonts")):
        themed = [qn(theme) for theme in _THEME_FONT_ATTRIBUTES if qn(theme) in fonts.attrib]
        if not themed and fonts.get(qn("w:ascii")) is not None:
            continue  # a font of its own (the template's Courier for macros)
        for theme in themed:
            del fonts.attrib[theme]
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), ARABIC_FONT)


def _upright_arabic(styles: Any) -> None:
    """No style slants complex-script text (the template's Subtitle, Quote, Heading 4): Arabic
    typesetting keeps it upright; a writer's own emphasis still does (`directed_runs`)."""
    for slanted in list(styles.iter(qn("w:iCs"))):
        slanted.getparent().remove(slanted)


def _describe_arabic_font(part: Any) -> None:
    """Amiri in the font table, so that a machine without it takes a serif font with Arabic."""
    for rel in part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FONT_TABLE:
            table = rel.target_part
            if b'w:name="Amiri"' not in table.blob:
                table._blob = table.blob.replace(b"</w:fonts>", _AMIRI_ENTRY + b"</w:fonts>")


def mark_rtl_paragraph(paragraph: Paragraph) -> None:
    _on(paragraph._p.get_or_add_pPr(), "w:bidi", _PPR_AFTER_BIDI)


def directed_runs(paragraph: Paragraph, rtl: bool) -> None:
    """Each run of `paragraph` cut where its characters' direction changes, as UAX #9 resolves
    the paragraph (`uax9.run_directions`, from the text with its isolates, as the PDF orders
    it); a right-to-left piece carries `w:rtl` (and `w:iCs` if italic), a left-to-right one
    none. The isolates are then left out of the text: Word orders a run's neutrals and digits
    by the run's direction, so the runs do their work. A mark the text itself holds stays (the
    LRMs around a phone number: LibreOffice orders by the text alone, and reversed its digit
    groups without them; Find still finds the number between). Found by review: ": " after
    every label, " 45% ", " 2020)." sat in runs without `w:rtl` in Arabic lines, and 148 RLM,
    99 PDI, 79 LRI and 20 FSI were in an Arabic pack's text, in the way of Find and Replace.
    """
    texts = [t for t in paragraph._p.iter(qn("w:t")) if t.text]
    whole = "".join(t.text for t in texts)
    if not whole or not (rtl or _RIGHT_TO_LEFT.search(whole) or _EXPLICIT.search(whole)):
        return
    directions = run_directions(whole, 1 if rtl else 0)
    at = 0
    for node in texts:
        found = directions[at : at + len(node.text)]
        text, at = node.text, at + len(node.text)
        run = node.getparent()
        pieces: list[tuple[str, str]] = []  # (text, direction), controls left out
        for ch, direction in zip(text, found, strict=True):
            if direction is None:  # an isolate: the runs' directions do its work
                continue
            if pieces and pieces[-1][1] == direction:
                pieces[-1] = (pieces[-1][0] + ch, direction)
            else:
                pieces.append((ch, direction))
        alone = [child for child in run if child.tag != qn("w:rPr")] == [node]
        if not pieces:
            if alone:
                run.getparent().remove(run)
            else:
                node.text = ""
            continue
        if not alone:  # a run with a break or a field: one direction, its text's first
            node.text = "".join(piece for piece, _ in pieces)
            _directed(run, pieces[0][1])
            continue
        node.text = pieces[0][0]
        node.set(qn("xml:space"), "preserve")
        _directed(run, pieces[0][1])
        after = run
        for piece, direction in pieces[1:]:
            twin = copy.deepcopy(run)
            twin.find(qn("w:t")).text = piece
            _directed(twin, direction)
            after.addnext(twin)
            after = twin


def _directed(run: Any, direction: str) -> None:
    rpr = run.find(qn("w:rPr"))
    if direction == "rtl":
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run.insert(0, rpr)
        if rpr.find(qn("w:i")) is not None:
            rpr.get_or_add_iCs()
        rpr.get_or_add_rtl()
    elif rpr is not None:
        rpr._remove_rtl()


def latin_language(text: str) -> str:
    """A Latin-script text's language, French or English, by their commonest short words
    (English where neither shows)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    french = sum(w in _FRENCH_WORDS for w in words)
    return "fr" if french > sum(w in _ENGLISH_WORDS for w in words) else "en"


def tag_language(run: Any, lang: str) -> None:
    """`run`'s proofing language (`w:lang`), for Word's spelling and hyphenation: `lang`'s
    for its Latin text, and Arabic's for its complex-script text when it is Arabic."""
    rpr = run.get_or_add_rPr()
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = OxmlElement("w:lang")
        rpr.insert_element_before(node, *_RPR_AFTER_LANG)
    node.set(qn("w:val"), _RUN_LANGUAGES.get(lang, lang))
    if lang == "ar":
        node.set(qn("w:bidi"), "ar-SA")


def _complex_field(
    paragraph: Paragraph, instruction: str, cached: str, size: float | None = None
) -> list[Run]:
    """A field Word computes (PAGE, NUMPAGES, TOC), with `cached` shown until it does; its
    runs at `size`, where the field's result takes its size from (the footer's page numbers
    were at the body's size, larger than the words around them)."""
    runs = _field_start(paragraph, instruction)
    runs += [paragraph.add_run(cached), _field_end(paragraph)]
    if size:
        for run in runs:
            _sized(run._r.get_or_add_rPr(), size)
    return runs


def _field_start(paragraph: Paragraph, instruction: str) -> list[Any]:
    """A field's begin, instruction and separator (its runs), its result to follow after."""
    runs = []
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {text} "
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)
        runs.append(run)
    return runs


def _field_end(paragraph: Paragraph) -> Run:
    """A field's end (its run)."""
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run = paragraph.add_run()
    run._r.append(end)
    return run


def _hidden(paragraph: Paragraph) -> None:
    """`paragraph` as hidden text (`w:vanish`), its mark too: not printed, no empty line."""
    for run in paragraph._p.iter(qn("w:r")):
        run.get_or_add_rPr().get_or_add_vanish()
    ppr = paragraph._p.get_or_add_pPr()
    mark = ppr.find(qn("w:rPr"))
    if mark is None:
        mark = OxmlElement("w:rPr")
        ppr.insert_element_before(mark, "w:sectPr", "w:pPrChange")
    mark.append(OxmlElement("w:vanish"))


def _breaks_at_its_hyphens(chunk: str, room: float) -> bool:
    """Whether a compound ("RENDEZ-VOUS", "peut-être") fits `room` broken at its own hyphens:
    then it is not hyphenated inside a part as well (« REN-DEZ-VOUS »)."""
    parts = chunk.split("-")
    return len(parts) > 1 and all(_em_width(part + "-") <= room for part in parts)


def _em_width(text: str) -> float:
    """A generous guess at `text`'s width in em, bold allowed for, in whatever font Word or
    LibreOffice substitutes."""
    return sum(_EM_PER_CAPITAL if ch.isupper() else _EM_PER_LETTER for ch in text)


def soft_hyphens(run: Any, lang: str, room: float) -> None:
    """Word's optional hyphens (`w:softHyphen`) where pyphen breaks `run`'s words, in each
    stretch without a breaking space that may be wider than `room` (in em), as the PDF breaks
    a word too long for its cell ("incontournable" in the agenda's priority column came out
    "inconto|urnable"). Word breaks there only when a line must."""
    text_node = run.find(qn("w:t"))
    rpr = run.find(qn("w:rPr"))
    if text_node is None or not text_node.text:
        return
    if rpr is not None and rpr.find(qn("w:rtl")) is not None:  # Arabic: not hyphenated
        return
    text = text_node.text
    cuts = [
        chunk.start() + word.start() + point
        for chunk in _UNBROKEN.finditer(text)  # "chevauche\u202f:" is one
        if _em_width(chunk.group()) > room
        and not _ADDRESS.search(chunk.group())
        and not _breaks_at_its_hyphens(chunk.group(), room)
        for word in _WORD.finditer(chunk.group())
        for point in hyphen_points(word.group(), lang)
    ]
    if not cuts:
        return
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    text_node.text = pieces[0]
    text_node.set(qn("xml:space"), "preserve")
    after = text_node
    for piece in pieces[1:]:
        hyphen = OxmlElement("w:softHyphen")
        after.addnext(hyphen)
        after = OxmlElement("w:t")
        after.set(qn("xml:space"), "preserve")
        after.text = piece
        hyphen.addnext(after)


def _cell_direction(spans: list[Span], text: str) -> str | None:
    """A cell paragraph's own direction; None (the table's) for a list of isolated values,
    such as names, whose words outside the isolates are only separators."""
    if any(s.isolate for s in spans) and not any(
        ch.isalpha() for s in spans if not s.isolate for ch in s.text
    ):
        return None
    return auto_direction(text)


class DocxPack:
    """One pack's Word document, section by section, in the order of the content model."""

    def __init__(
        self,
        content: PackContent,
        options: PackOptions | None = None,
        edition_names: dict[str, str] | None = None,
    ) -> None:
        self.c = content
        self.options = options or PackOptions()
        self.lang = content.lang
        self.rtl = content.lang == "ar"
        self.edition_names = edition_names or {}
        self.doc = Document()
        self._bookmarks: dict[str, str] = {}
        self._numbering: dict[int, int] = {}  # list depth: the Word numbering of its ordered list
        self._note_tables: list[Any] = []  # notes' tables (`_space_after_note_tables`)
        self._languages = self._text_languages()  # a catalogue text: the language it is in
        self._note_language: str | None = None  # the note being written's
        self._setup(self.options.paper)

    def _text_languages(self) -> dict[str, str]:
        """The catalogue's titles, abstracts and summaries of the pack (each paragraph), by
        the language each is in (`content.text_languages`) where it is not the pack's: a
        title may fall back to English in a French pack, or to French in an Arabic one.
        Found by review: all were tagged in the pack's language through the defaults."""
        found: dict[str, str] = {}
        for entry in (*self.c.sessions, *self.c.projects):
            d = entry.detail
            for key, lang in (d.get("languages") or {}).items():
                if not lang or lang == self.lang or not d.get(key):
                    continue
                texts = [d[key]] if key == "title" else paragraphs_of(d[key])
                for text in texts:
                    found.setdefault(unbroken_names(kept_spaces(xml_safe(text))), lang)
        return found

    def L(self, key: str) -> str:  # noqa: N802 - short on purpose: used for every label
        return label(key, self.lang)

    def names(self, items: Iterable[str]) -> list[Span]:
        """Who attends, each name in its own direction (`PackBuilder.names`)."""
        return name_list(items, self.lang) or [Span(self.L("whole_delegation"))]

    def join(self, items: Iterable[str]) -> str:
        items = [i for i in items if i]
        arabic = self.rtl and any(has_arabic(i) for i in items)
        return ("، " if arabic else ", ").join(items)

    # Document frame: page, styles, header and footer, settings.

    def _setup(self, paper: str) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAGE_SIZES.get(paper, PAGE_SIZES["a4"])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        if self.rtl:
            _on(section._sectPr, "w:bidi", _SECTPR_AFTER_BIDI)
        styles = self.doc.styles
        styles["Normal"].font.size = Pt(_BODY_SIZE)
        styles["Heading 3"].font.size = Pt(12)
        styles["Heading 4"].font.size = Pt(11)
        for name in ("Header", "Footer"):
            styles[name].font.size = Pt(8)
        cells = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        cells.base_style = styles["Normal"]
        cells.font.size = Pt(9)
        cells.paragraph_format.space_after = Pt(0)
        cells.paragraph_format.line_spacing = 1.0
        code = styles.add_style(CODE, WD_STYLE_TYPE.PARAGRAPH)
        code.base_style = styles["Normal"]
        code.font.name = CODE_FONT
        code.font.size = Pt(9)
        inline = styles.add_style(INLINE_CODE, WD_STYLE_TYPE.CHARACTER)
        inline.font.name = CODE_FONT
        inline.font.color.rgb = RGBColor(0x59, 0x1A, 0x1A)
        for style in (code, inline):
            style.element.rPr.rFonts.set(qn("w:cs"), CODE_FONT)
        for name in ("Title", "Subtitle"):  # the template's letter spacing cut Arabic joins
            rpr = self.doc.styles[name].element.rPr
            spacing = None if rpr is None else rpr.find(qn("w:spacing"))
            if spacing is not None:
                rpr.remove(spacing)
        if self.rtl:
            _named_fonts(self.doc.styles.element)
            _upright_arabic(self.doc.styles.element)
        _complex_script_styles(self.doc.styles.element)
        _describe_arabic_font(self.doc.part)
        self._language()
        self._header_footer(section)
        settings = self.doc.settings.element
        # No w:updateFields: Word asked on every opening whether to update the fields "that
        # may refer to other files" (found by review). The contents' cached result is the
        # entries themselves (`contents`); PAGE and NUMPAGES update on their own.
        for update in settings.findall(qn("w:updateFields")):
            settings.remove(update)
        # Found by review: the template said spelling and grammar were checked ("clean"), so
        # Word showed no mark until an edit; and its separators were English in a French pack.
        for proof in settings.findall(qn("w:proofState")):
            settings.remove(proof)
        decimal, separator = _SEPARATORS.get(self.lang, (".", ","))
        for tag, value in (("w:decimalSymbol", decimal), ("w:listSeparator", separator)):
            node = settings.find(qn(tag))
            if node is None:
                node = OxmlElement(tag)
                settings.append(node)
            node.set(qn("w:val"), value)
        props = self.doc.core_properties
        who = self.c.delegate.name if self.c.delegate else self.L("whole_delegation")
        props.title = xml_safe(f"{self.L('pack_title')} — {self.c.delegation.name} — {who}")
        props.language = self.lang
        self._custom_properties()  # the classification, once (not in the keywords too)
        # python-docx's template says it wrote the file, in 2013: the pack's own facts instead.
        props.author = props.last_modified_by = xml_safe(self.c.delegation.name)
        props.subject = xml_safe(self.L("pack_title"))
        props.comments = f"Briefer {__version__}"
        props.created = props.modified = self.c.printed_at.replace(tzinfo=None)
        props.revision = 1
        package = self.doc.part.package  # and not the template's picture of another document
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                package.rels.pop(rid)
            elif rel.reltype == RELATIONSHIP_TYPE.EXTENDED_PROPERTIES:
                rel.target_part._blob = _APP_XML  # not "Microsoft Macintosh Word", "1 page"

    def _language(self) -> None:
        """The document's languages, for Word's spelling and hyphenation: the pack's for Latin
        text (the template said US English), Arabic for right-to-left text."""
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        rpr = rpr.find(qn("w:rPr")) if rpr is not None else None
        if rpr is None:
            return
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), _WORD_LANGUAGES.get(self.lang, "en-GB"))
        lang.set(qn("w:bidi"), "ar-SA")

    def _header_footer(self, section: Any) -> None:
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        delegate = self.c.delegate.name if self.c.delegate else None
        named = (self.c.classification, self.c.delegation.name, delegate)
        parts = [p for p in named if p]
        if self._illustrative():
            parts.append(self.L("illustrative"))
        bold = bool(self.c.classification)
        spans = [replace(p, bold=bold) for p in separated(parts, " — ")]
        if self.c.classification:  # the property's field, then " — " and the names
            mixed = self.rtl or any(_RIGHT_TO_LEFT.search(part) for part in parts)
            self._classification(head, bold=True, isolate=mixed and len(parts) > 1)
            spans = spans[1:]
        self.runs(head, spans)
        self._finish(head)
        if self.options.watermark:
            head._p.append(watermark_run(self.options.watermark))
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lead = []
        if self.c.classification:
            self._classification(foot)
            lead.append(Span(" · "))
        printed = moment_text(self.c.printed_at, self.lang)
        lead += [Span(self.L("printed") + " "), Span(printed, isolate=True)]
        self.runs(foot, [*lead, Span(" · ")])
        wording = self.L("page_of")
        at = 0
        for match in _PLACEHOLDER.finditer(wording):
            self.runs(foot, [Span(wording[at : match.start()])])
            field = "PAGE" if match.group(1) == "page" else "NUMPAGES"
            _complex_field(foot, field, "1")
            at = match.end()
        self.runs(foot, [Span(wording[at:])])
        self._finish(foot)

    # Paragraphs and runs.

    def runs(
        self, paragraph: Paragraph, spans: Iterable[Span], size: float | None = None
    ) -> Paragraph:
        """Add `spans` to `paragraph`, a run each (`directed_runs` cuts them by direction once
        the paragraph's is known), links as links."""
        spans = [span for span in spans if span.text]
        # A left-to-right document's paragraph with no right-to-left letter is not reordered:
        # isolates there would only reach a copy, or Word's Find, as invisible characters.
        mixed = self.rtl or any(_RIGHT_TO_LEFT.search(span.text) for span in spans)
        # The isolates order the text as the PDF's do; `directed_runs` turns them into runs.
        for span in spans:
            target = self._link_target(span.link)
            text = unbroken_names(kept_spaces(xml_safe(span.text)))  # as the PDF's clean_text
            if span.isolate and len(spans) > 1 and mixed:
                text = f"{_OPENERS[auto_direction(text)]}{text}{_PDI}"
            run = paragraph.add_run(text)
            lang = self._languages.get(text.strip(_OPENERS_AND_PDI)) or self._note_language
            if lang and lang != self.lang:
                tag_language(run._r, lang)
            run.bold = span.bold or None
            if span.bold:  # digits in a right-to-left line take the complex script's
                run._r.get_or_add_rPr().get_or_add_bCs()  # bold (LibreOffice)
            run.italic = span.italic or None
            run.font.strike = span.strike or None
            if size:  # a run's own size (the cover's classification), both scripts'
                _sized(run._r.get_or_add_rPr(), size)
            if span.color is not None:
                run.style = self.doc.styles[INLINE_CODE]
            if target and target[0] == "url":  # an agenda's title, black as the PDF's
                run.font.color.rgb = LINK
                run.underline = True
            if target:
                self._wrap_link(paragraph, [run], target)
        return paragraph

    def _link_target(self, link: str | None) -> tuple[str, str] | None:
        if not link:
            return None
        if link.startswith("#"):  # a heading's, written later maybe (`_unanchored`)
            return ("anchor", bookmark_name(link[1:]))
        return ("url", link) if safe_link(link) else None

    def _wrap_link(self, paragraph: Paragraph, runs: list[Run], target: tuple[str, str]) -> None:
        link = OxmlElement("w:hyperlink")
        kind, value = target
        if kind == "anchor":
            link.set(qn("w:anchor"), value)
        else:
            rel = paragraph.part.relate_to(value, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link.set(qn("r:id"), rel)
        runs[0]._r.addprevious(link)
        for run in runs:
            link.append(run._r)

    def _finish(
        self,
        paragraph: Paragraph,
        text: str = "",
        *,
        data: bool = False,
        direction: str | None = None,
        side: str | None = None,
    ) -> Paragraph:
        """Mark `paragraph` right-to-left: in an Arabic pack, and for Arabic text anywhere.

        A paragraph of `data` (an abstract, an item's title) takes the direction of its
        dominant script (`uax9.auto_direction`), so an English abstract reads left to right in
        an Arabic pack; a note's paragraph takes the note's `direction`, as in the PDF. With a
        `side` ("left" or "right"), it sits there whatever its direction, as the PDF's data."""
        if direction is not None:
            rtl = direction == "rtl"
        elif data and text.strip():
            rtl = reads_right_to_left(text)
        else:
            rtl = self.rtl or bool(text and reads_right_to_left(text))
        if rtl:
            mark_rtl_paragraph(paragraph)
        directed_runs(paragraph, rtl)
        if side is not None and side != ("right" if rtl else "left"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # Word's "right" is the flow's end
        return paragraph

    @property
    def side(self) -> str:
        """The side the pack's data sits on: right in an Arabic pack."""
        return "right" if self.rtl else "left"

    def para(
        self,
        spans: str | list[Span],
        style: str | None = None,
        *,
        size: float | None = None,
        data: bool = False,
        direction: str | None = None,
        side: str | None = None,
    ) -> Paragraph:
        spans = [Span(spans)] if isinstance(spans, str) else spans
        paragraph = self.doc.add_paragraph(style=style)
        self.runs(paragraph, spans, size)
        return self._finish(
            paragraph, logical_text(spans), data=data, direction=direction, side=side
        )

    def heading(self, text: str, level: int, key: str | None = None) -> Paragraph:
        """A Heading `level` paragraph; `key` makes it a bookmark the agenda links to.

        A section's heading takes the pack's direction; an item's, its own (as in the PDF)."""
        item = level > 1
        paragraph = self.para(
            text, f"Heading {min(level, 9)}", data=item, side=self.side if item else None
        )
        if key is not None:
            number = len(self._bookmarks) + 1
            name = bookmark_name(key)
            self._bookmarks[key] = name
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), str(number))
            start.set(qn("w:name"), name)
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), str(number))
            paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
            paragraph._p.append(end)
        return paragraph

    def section_heading(self, key: str) -> Paragraph:
        paragraph = self.heading(self.L(key), 1, f"sec-{key}")
        paragraph.paragraph_format.page_break_before = True
        return paragraph

    def field(self, name: str, value: str | list[Span] | None) -> None:
        if not value:
            return
        values = [Span(value)] if isinstance(value, str) else value
        self.para([Span(self.L(name) + colon(self.lang), bold=True), *isolated(values)])

    def subheading(self, key: str) -> None:
        paragraph = self.para([Span(self.L(key), bold=True)])
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(6)

    # Tables.

    def table(
        self,
        header: list[str],
        rows: list[list[list[Span] | _Lines] | _DayRow] | list[list[list[Span]] | _DayRow],
        fractions: list[float] | None = None,
        rtl: bool | None = None,
        aligns: list[str | None] | None = None,
    ) -> Table:
        """A table, its columns right to left in an Arabic pack, or as `rtl` says (a note's);
        a `_DayRow` is one cell across the table, heading the rows after it."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        rtl = self.rtl if rtl is None else rtl
        if rtl:
            _on(table._tbl.tblPr, "w:bidiVisual", _TBLPR_AFTER_BIDI)
        side = "right" if rtl else "left"
        head = table.rows[0]
        head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        aligns = [*(aligns or []), *([None] * len(header))][: len(header)]
        for cell, text, align in zip(head.cells, header, aligns, strict=True):
            self._cell(cell, [[Span(text, bold=True)]], side, align)
        headings = []
        for row in rows:
            cells = table.add_row().cells
            if isinstance(row, _DayRow):
                heading = cells[0].merge(cells[-1])
                self._cell(heading, [row.spans], side)
                for paragraph in heading.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
                headings.append(heading)
                continue
            for cell, value, align in zip(cells, row, aligns, strict=True):
                if isinstance(value, _Lines):
                    self._cell(cell, value.paragraphs, side, align)
                    value.tint(cell)
                else:
                    self._cell(cell, [value], side, align)
        self._widths(table, fractions or [1 / len(header)] * len(header))
        for heading in headings:
            heading.width = sum(column.width for column in table.columns)
        return table

    def _widths(self, table: Table, fractions: list[float]) -> None:
        """Each column's share of the text width; long Latin words in a narrow column get
        optional hyphens (French and English packs, as the PDF hyphenates)."""
        section = self.doc.sections[0]
        available = section.page_width - section.left_margin - section.right_margin
        for column, fraction in zip(table.columns, fractions, strict=True):
            width = int(available * fraction)
            column.width = width
            room = (width / 12700 - _CELL_MARGINS) / 9  # in em of the cells' 9 points
            for cell in column.cells:
                if cell._tc.grid_span > 1:
                    continue  # a heading across the table (`_DayRow`): its own width
                cell.width = width
                if self.lang in ("fr", "en"):
                    for run in cell._tc.iter(qn("w:r")):
                        soft_hyphens(run, self.lang, room)

    def _cell(
        self, cell: Any, paragraphs: list[list[Span]], side: str, align: str | None = None
    ) -> None:
        """A cell's paragraphs, each in its own direction, on the table's `side`, as the PDF's
        data cells, or where a note's column is aligned (`align`: left, right or center)."""
        first = cell.paragraphs[0]
        for number, spans in enumerate(paragraphs):
            paragraph = first if number == 0 else cell.add_paragraph()
            paragraph.style = self.doc.styles[TABLE_TEXT]  # 9 pt, both scripts
            self.runs(paragraph, isolated(spans))
            text = logical_text(spans)
            table = "rtl" if side == "right" else "ltr"
            own = _cell_direction(spans, text) or table  # a time, a dash: the table's
            self._finish(paragraph, text, direction=own, side=align or side)
            if align == "center":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # The document.

    def build(self) -> None:
        self.cover()
        self.contents()
        builders = {
            "changes": self.changes,
            "agenda": self.agenda,
            "meetings": self.meeting_briefs,
            "sessions": self.session_briefs,
            "projects": self.project_briefs,
            "people": self.whos_who,
            "roster": self.roster,
            "notes": self.notes,
        }
        for section in self.c.printed_sections():
            builders[section]()
        self._space_after_note_tables()
        self._unanchored()

    def _unanchored(self) -> None:
        """A link to a heading the pack does not have (its brief not printed) left as text."""
        names = set(self._bookmarks.values())
        for link in list(self.doc.element.body.iter(qn("w:hyperlink"))):
            if link.get(qn("w:anchor")) not in (None, *names):
                for run in list(link):
                    link.addprevious(run)
                link.getparent().remove(link)

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def cover(self) -> None:
        c = self.c
        self.para(self.L("pack_title"), "Title")
        self.para(self._edition_name(), "Subtitle")
        self.field("delegation", c.delegation_line())
        delegate = (
            c.delegate.name + (f" — {c.delegate.function}" if c.delegate.function else "")
            if c.delegate
            else self.L("for_whole_delegation")
        )
        self.field("prepared_for", delegate)  # the PDF cover's words
        self.field("language", self.L("language_name"))
        self.field("printed_date", moment_text(c.printed_at, self.lang))
        self.field("catalogue_version", str(c.catalogue_version))
        if c.classification:
            paragraph = self.doc.add_paragraph()
            self._classification(paragraph, bold=True, size=16, color=RED)
            self._finish(paragraph, c.classification)
        if self._illustrative():
            self.para([Span(self.L("illustrative"), bold=True)])
        if c.catalogue_meta.get("partial"):
            self.para(self.L("partial_catalogue"), size=9)

    def _classification(
        self,
        paragraph: Paragraph,
        *,
        bold: bool = False,
        size: float | None = None,
        color: RGBColor | None = None,
        isolate: bool = False,
    ) -> None:
        """The classification as a DOCPROPERTY field of the custom property it is stored in
        once (`_custom_properties`), its current text as the field's result, so it shows
        before any field is updated. Found by review: it was typed in the header, the footer,
        the cover and the keywords; a cabinet changing it had four places to find."""
        text = xml_safe(self.c.classification)
        cached = f"{_OPENERS[auto_direction(text)]}{text}{_PDI}" if isolate else text
        instruction = f"DOCPROPERTY {CLASSIFICATION_PROPERTY} \\* MERGEFORMAT"
        for run in _complex_field(paragraph, instruction, cached, size):
            run.bold = bold or None
            if bold:
                run._r.get_or_add_rPr().get_or_add_bCs()
            if color is not None:
                run.font.color.rgb = color

    def _custom_properties(self) -> None:
        """docProps/custom.xml with the classification, which the pack's fields show."""
        if not self.c.classification:
            return
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        package = self.doc.part.package
        part = Part(
            PackURI("/docProps/custom.xml"),
            CONTENT_TYPE.OFC_CUSTOM_PROPERTIES,
            custom_properties_xml({CLASSIFICATION_PROPERTY: self.c.classification}),
            package,
        )
        package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)

    def _illustrative(self) -> bool:
        """The PDF's rule (`PackContent.illustrative`)."""
        return self.c.illustrative

    def _edition_name(self) -> str:
        return self.c.edition_title(self.edition_names)

    def contents(self) -> None:
        """Contents as a TOC field whose cached result is what Word writes when it updates it:
        a "toc 1" or "toc 2" paragraph per heading, a link to the heading's bookmark. The
        page numbers are Word's to add (References › Update Table): the pack cannot know
        them, and writes no PAGEREF without a number; a note says so, as hidden text, on
        screen with formatting marks and never printed. Found by review: the cached result
        was one paragraph of line breaks and typed spaces, and the note was printed."""
        paragraph = self.para(self.L("contents"), "TOC Heading")
        paragraph.paragraph_format.page_break_before = True
        entries = self._planned_headings() or [(1, "", None)]
        for number, (level, title, key) in enumerate(entries):
            entry = self.doc.add_paragraph(style=self._toc_style(level))
            if number == 0:
                _field_start(entry, 'TOC \\o "1-2" \\h \\z \\u')
            self.runs(entry, [Span(title, link=f"#{key}" if key else None)])
            item = level > 1
            self._finish(entry, title, data=item, side=self.side if item else None)
            if number == len(entries) - 1:
                _field_end(entry)
        note = self.para([Span(self.L("toc_pending"), italic=True)], size=8)
        _hidden(note)

    def _toc_style(self, level: int) -> Any:
        """Word's own "toc 1" and "toc 2" styles (latent in the template), as Word's update
        sets the entries in."""
        name = f"toc {level}"
        try:
            return self.doc.styles[name]
        except KeyError:
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.element.set(qn("w:styleId"), f"TOC{level}")
            style.element.attrib.pop(qn("w:customStyle"), None)  # Word's built-in one
            style.base_style = self.doc.styles["Normal"]
            style.next_paragraph_style = self.doc.styles["Normal"]
            style.paragraph_format.space_after = Pt(5)
            style.paragraph_format.left_indent = Pt(11 * (level - 1))
            style.element.get_or_add_pPr()  # `uiPriority` and `semiHidden` as Word's own
            style.priority = 39
            style.unhide_when_used = True
            return style

    def _planned_headings(self) -> list[tuple[int, str, str | None]]:
        """The headings of levels 1 and 2 the pack will write: (level, text, bookmark key)."""
        planned: list[tuple[int, str, str | None]] = []
        for section in self.c.printed_sections():
            planned.append((1, self.L(section), f"sec-{section}"))
            items = {
                "meetings": self._meetings,
                "sessions": self._sessions,
                "projects": lambda: self.c.projects,
            }.get(section)
            for e in items() if items else []:
                planned.append((2, e.detail["title"], f"item-{e.id}"))
        return planned

    def _sessions(self) -> list[Entry]:
        return [e for _, entries in self.c.days() for e in entries if not e.own]

    def _meetings(self) -> list[Entry]:
        return [e for _, entries in self.c.days() for e in entries if e.own]

    def _flags(self, entry: Entry) -> list[str]:
        return [self.L(key) for key in entry.flag_keys()]

    def _flag_paragraph(self, entry: Entry) -> None:
        flags = self._flags(entry)
        if flags:
            paragraph = self.para([Span(" ".join(flags), bold=True)])
            for run in paragraph.runs:
                run.font.color.rgb = RED

    def changes(self) -> None:
        if not self.c.changes:
            return
        self.section_heading("changes")
        since = since_spans(self.c.changes_since, self.lang)
        if since:
            self.para(since).paragraph_format.keep_with_next = True
        titles = {e.id: e.detail["title"] for e in (*self.c.sessions, *self.c.projects)}
        rows = [
            [
                [Span(titles.get(ch["item_id"]) or ch.get("title") or ch["item_id"])],
                [Span(change_field(ch["field"], self.lang, ch.get("kind"), ch.get("shown_in")))],
                *(
                    [Span(change_value(ch["field"], ch.get(side), ch.get("kind"), self.lang))]
                    for side in ("old", "new")
                ),
            ]
            for ch in self.c.changes
        ]
        self.table(
            [self.L(k) for k in ("item", "field", "before", "after")],
            rows,
            [0.4, 0.15, 0.225, 0.225],
        )

    def agenda(self) -> None:
        self.section_heading("agenda")
        if not self.c.sessions and not self.c.meetings:
            self.para(self.L("nothing_marked"))
            return
        # As the PDF's: an item's flags, kind and conflicts in its session cell (found by
        # review: Word had a column of flags of its own, the PDF none).
        header = [self.L(k) for k in ("time", "place", "session", "priority", "attends")]
        rows: list[list[list[Span] | _Lines] | _DayRow] = []
        for day, entries in self.c.days():
            rows.append(_DayRow([Span(upper_first(day_label(day, self.lang)), bold=True)]))
            for e in entries:
                d = e.detail
                rows.append(
                    [
                        [Span(self._time(d))],
                        [Span(self._place(d))],
                        self._session_cell(e),
                        [Span(self.L(e.priority_key) if e.priority_key else "—")],
                        self.names(e.mark.delegates),
                    ]
                )
        self.table(header, rows, [0.14, 0.17, 0.39, 0.13, 0.17])  # "10:00–10:45" on one line

    def _session_cell(self, e: Entry) -> _Lines:
        """The agenda's session cell, as the PDF's: flags, the title (a link to its brief),
        its kind or format, what it conflicts with."""
        d = e.detail
        lines = _Lines()
        flags = self._flags(e)
        if flags:
            lines.add([Span(" ".join(flags), bold=True)], RED)
        brief = "meetings" if e.own else "sessions"
        link = f"#item-{e.id}" if brief in self.c.sections else None
        lines.add([Span(d["title"], bold=True, link=link)])
        kind = self.L(e.kind_key) if e.kind_key else d.get("format")
        if kind:
            lines.add([Span(upper_first(kind))], GREY, 8)
        if e.conflicts_with:
            others = listed([self._title_of(i) for i in e.conflicts_with], self.lang)
            lines.add([Span(self.L("conflict_with") + colon(self.lang)), *others], RED, 8)
        return lines

    def _title_of(self, item_id: str) -> str:
        return self.c.title_of(item_id)

    def meeting_briefs(self) -> None:
        self.section_heading("meetings")
        for e in self._meetings():
            self.heading(e.detail["title"], 2, f"item-{e.id}")
            first = len(self.doc.paragraphs)
            self._flag_paragraph(e)
            d = e.detail
            self.field(
                "time", when_label(d.get("day"), self._time(d), self.lang, self.join, day_label)
            )
            self.field("place", self._place(d))
            for key, value in self.c.meeting_fields(e):
                self.field(key, value)
            if e.conflicts_with:
                others = [self._title_of(i) for i in e.conflicts_with]
                self.field("conflict_with", listed(others, self.lang))
            # A meeting's fields on one page: its last line went to the next page alone.
            for paragraph in self.doc.paragraphs[first:-1]:
                paragraph.paragraph_format.keep_with_next = True
            if e.notes:
                self.subheading("our_notes")
                for note in e.notes:
                    self.markdown(note.body, base_level=3, direction=note.direction)

    def whos_who(self) -> None:
        self.section_heading("people")
        for who in self.c.people:
            name = self.para([Span(who.name, bold=True)], size=12)
            name.paragraph_format.keep_with_next = True
            name.paragraph_format.space_before = Pt(8)
            self.field("role", who.line_spans(self.lang))
            self.field(who.language_key(), name_list(who.languages, self.lang))
            self.field("meets", listed(list(who.meets), self.lang))
            self.field("speaks", listed(list(who.speaks), self.lang))
            if who.notes:
                self.subheading("our_notes")
                for body, direction in who.notes:
                    self.markdown(body, base_level=4, direction=direction)

    def roster(self) -> None:
        self.section_heading("roster")
        # As the PDF's: a day's row across the table, the delegate named on their first row.
        # A day column repeated the date on every row, and left the time column too narrow
        # for "10:00–10:45", which LibreOffice broke inside a number ("10:0" / "0–10:45").
        rows: list[list[list[Span]] | _DayRow] = []
        for day, lines in self.c.roster():
            rows.append(_DayRow([Span(upper_first(day_label(day, self.lang)), bold=True)]))
            for name, entries in lines:
                for number, e in enumerate(entries):
                    rows.append(
                        [
                            [Span(name if number == 0 else "", bold=True)],
                            [Span(self._time(e.detail))],
                            [Span(e.detail["title"])],
                        ]
                    )
        header = [self.L(k) for k in ("who", "time", "item")]
        self.table(header, rows, [0.27, 0.2, 0.53])

    def _time(self, d: dict[str, Any]) -> str:
        if not d.get("start"):
            return self.L("tba")
        start = local(d["start"], d.get("timezone"))
        end = local(d.get("end"), d.get("timezone"))
        assert start is not None
        # No word joiners (found by review: 34 in a French pack, in the way of Find): the
        # range broke after its dash in an Arabic cell because its digits were set at the
        # complex script's 11 pt; at the cell style's 9 pt, for both scripts, it fits the
        # agenda's column (47 pt of Amiri in 56 pt on A4), and a column too narrow for it
        # (A5) is best broken at the dash.
        until = ("–" + end.strftime("%H:%M")) if end else ""
        return start.strftime("%H:%M") + until

    def _place(self, d: dict[str, Any]) -> str:
        parts = [p for p in (d.get("room"), d.get("venue")) if p]
        if d.get("online_url"):
            parts.append(f"{self.L('online')}{colon(self.lang)}{d['online_url']}")
        return self.join(parts) or place_unknown(d, self.lang)

    def _briefs(self, section: str, entries: list[Entry], body: Any) -> None:
        self.section_heading(section)
        for e in entries:
            self.heading(e.detail["title"], 2, f"item-{e.id}")
            body(e)
            self._mark_and_notes(e)
            self._source(e.detail)

    def session_briefs(self) -> None:
        self._briefs("sessions", self._sessions(), self._session_body)

    def _session_body(self, e: Entry) -> None:
        d = e.detail
        self._flag_paragraph(e)
        self.field("time", when_label(d.get("day"), self._time(d), self.lang, self.join, day_label))
        self.field("place", self._place(d))
        self.field("format", d.get("format"))
        self.field("track", d.get("track"))
        self.field("themes", self.join(theme_names(d)))
        if e.conflicts_with:
            others = [self._title_of(i) for i in e.conflicts_with]
            self.field("conflict_with", listed(others, self.lang))
        people = d.get("people") or []
        if people:
            self.subheading("speakers")
            for p in people:
                text = p["name"] + (f" — {p['function']}" if p.get("function") else "")
                if p.get("role") == "moderator":
                    text += f" ({self.L('moderator')})"
                if self.rtl or _RIGHT_TO_LEFT.search(text):  # see `runs`
                    text = f"{_OPENERS[auto_direction(text)]}{text}{_PDI}"
                self.para(text, "List Bullet", direction="rtl" if self.rtl else "ltr")
        self._text_block("abstract", d.get("abstract"))

    def project_briefs(self) -> None:
        self._briefs("projects", self.c.projects, self._project_body)

    def _project_body(self, e: Entry) -> None:
        d = e.detail
        self.field("organisation", d.get("organisation"))
        self.field("themes", self.join(t["name"] or "" for t in d.get("themes", [])))
        self.field("regions", self.join(d.get("regions") or []))
        self.field("countries", self.join(d.get("countries") or []))
        self._text_block("summary", d.get("summary"))
        url = d.get("url")
        if url:
            self.field("link", [Span(url, link=url)])

    def _text_block(self, key: str, text: str | None) -> None:
        paragraphs = paragraphs_of(text or "")
        if paragraphs:
            self.subheading(key)
            for paragraph in paragraphs:
                self.para(paragraph, data=True, side=self.side)

    def _mark_and_notes(self, e: Entry) -> None:
        self.subheading("mark")
        who = self.names(e.mark.delegates)
        self.field("priority", [Span(self.L(e.mark.priority)), Span(" — "), *who])
        if e.mark.status in MARK_STATUSES_PRINTED:
            self.field("mark_status", self.L(f"mark_{e.mark.status}"))
        self.field("reason", e.mark.reason)
        if e.notes:
            self.subheading("our_notes")
            for note in e.notes:
                self.markdown(note.body, base_level=3, direction=note.direction)

    def _source(self, d: dict[str, Any]) -> None:
        value = d.get("source_url")
        if not value:
            return
        self.field("source", [Span(value, link=value)])
        certainty = d.get("certainty")
        key = f"certainty_{certainty}"
        self.field("certainty", label(key, self.lang) if key in LABELS else certainty)

    def notes(self) -> None:
        self.section_heading("notes")
        for note in self.c.free_notes:
            dated = note_dated(note.modified, self.lang)
            if dated:  # where each note begins, as in the PDF: they ran together
                paragraph = self.para([replace(span, bold=True) for span in dated])
                paragraph.paragraph_format.keep_with_next = True
                paragraph.paragraph_format.space_before = Pt(8)
            self.markdown(note.body, base_level=2, direction=note.direction)

    def markdown(self, source: str, base_level: int, direction: str | None = None) -> None:
        """A note as Word paragraphs: its headings become Heading styles from `base_level` on;
        in `direction` as its writer set it, else in its dominant script's."""
        blocks = printed_blocks(markdown_blocks(source))
        note = direction or note_direction(blocks)
        note_rtl = note == "rtl"
        try:
            self._note_blocks(blocks, base_level, note, note_rtl)
        finally:
            self._note_language = None

    def _latin_language_of_note(self, blocks: tuple) -> str:
        """The language of a note's Latin-script text: the pack's, or in an Arabic pack French
        or English by their commonest words."""
        if self.lang != "ar":
            return self.lang
        words = [s.text for b in blocks if not isinstance(b, list) for s in b.spans]
        return latin_language(" ".join(words))

    def _language_of_note_part(self, item: Any, latin: str) -> str:
        """A note's paragraph's (or table's) language, by its dominant script, not by the
        direction its writer may have set: Arabic, else the note's `latin` language. Found by
        review: a French pack's Arabic note was tagged French, through the defaults."""
        return "ar" if note_direction((item,), "ltr") == "rtl" else latin

    def _note_blocks(self, blocks: tuple, base_level: int, note: str, note_rtl: bool) -> None:
        # Found by review: "### Objectifs" in a meeting's note was a Heading 4 right under
        # the meeting's Heading 2. A note whose headings are all h3 or h4 starts at
        # `base_level`, one level under its item, as one with h1 or h2 does.
        kinds = {item.kind for item in blocks if not isinstance(item, list)}
        shift = 0 if kinds & {"h1", "h2"} else 1
        latin = self._latin_language_of_note(blocks)
        for item in blocks:
            self._note_language = self._language_of_note_part(item, latin)
            if isinstance(item, list):
                width = max((len(r) for r in item), default=1)
                rows = [[*row, *([[Span("")]] * (width - len(row)))] for row in item[1:]]
                header = ["".join(s.text for s in c) for c in item[0]] if item else []
                header += [""] * (width - len(header))
                table = self.table(header, rows, rtl=note_rtl, aligns=getattr(item, "aligns", None))
                self._note_tables.append(table._tbl)
                continue
            kind = item.kind
            direction = None if starts_with_mark(item.spans) else note  # as the PDF sets it
            if kind in ("h1", "h2", "h3", "h4"):
                level = base_level + (0 if kind in ("h1", "h2") else 1 - shift)
                self._finish_heading(item.spans, level, direction)
            elif kind == "li":
                self._list_item(item.spans, item.bullet, item.depth, direction, item.first)
            elif kind == "quote":
                self.para(item.spans, "Quote", data=True, direction=direction)
            elif kind == "code":
                self._code(item.spans)
            else:
                self.para(item.spans, data=True, direction=direction)

    def _space_after_note_tables(self) -> None:
        """Space between a note's table and what follows it, as the PDF leaves (Word set the
        next paragraph against the table's border): the paragraph after it starts 8 points
        further down. Found by review: it was an empty paragraph after every table, a line
        a reader deleted by hand. A table right after another, or ending the document, still
        has one (Word would join two tables, and ends a document with a paragraph)."""
        for table in self._note_tables:
            after = table.getnext()
            if after is not None and after.tag == qn("w:p"):
                spacing = Paragraph(after, self.doc._body).paragraph_format
                spacing.space_before = max(spacing.space_before or 0, Pt(8))
                continue
            gap = OxmlElement("w:p")
            table.addnext(gap)
            gap_format = Paragraph(gap, self.doc._body).paragraph_format
            gap_format.space_after = Pt(0)
            gap_format.line_spacing = Pt(6)

    def _list_item(
        self,
        spans: list[Span],
        bullet: str,
        depth: int,
        direction: str | None = None,
        first: bool = False,
    ) -> None:
        """A Word list paragraph (List Bullet or List Number, by depth); each ordered list
        starts again at its first number, as in the note ("3." at 3: found by review, it was
        1.)."""
        ordered = bullet.endswith(".")
        depth = min(max(depth, 1), 3)
        style = ("List Number" if ordered else "List Bullet") + ("" if depth == 1 else f" {depth}")
        paragraph = self.para(spans, style, data=True, direction=direction)
        if not ordered:
            return
        if first or depth not in self._numbering:
            start = bullet[:-1]
            self._numbering[depth] = self._new_numbering(style, int(start) if start else 1)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self._numbering[depth]

    def _new_numbering(self, style: str, start: int = 1) -> int:
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles[style].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def _finish_heading(self, spans: list[Span], level: int, direction: str | None) -> None:
        paragraph = self.doc.add_paragraph(style=f"Heading {min(level, 9)}")
        self.runs(paragraph, spans)
        self._finish(paragraph, logical_text(spans), data=True, direction=direction)

    def _code(self, spans: list[Span]) -> None:
        text = xml_safe("".join(s.text for s in spans))
        paragraph = self.doc.add_paragraph(style=CODE)
        for number, line in enumerate(text.split(" ⏎ ")):
            run = paragraph.add_run()
            if number:
                run.add_break()
            run.add_text(line)
        self._finish(paragraph, text, data=True)


@dataclass
class _Lines:
    """A table cell of several paragraphs, some in a colour and size of their own (an agenda
    item's flags in red, its kind in grey, as the PDF's)."""

    paragraphs: list[list[Span]] = field(default_factory=list)
    looks: list[tuple[RGBColor | None, float | None]] = field(default_factory=list)

    def add(self, spans: list[Span], color: RGBColor | None = None, size: float | None = None):
        self.paragraphs.append(spans)
        self.looks.append((color, size))

    def tint(self, cell: Any) -> None:
        for paragraph, (color, size) in zip(cell.paragraphs, self.looks, strict=True):
            for run in paragraph.runs:
                if color is not None and run.font.color.rgb != LINK:
                    run.font.color.rgb = color
                if size is not None:
                    _sized(run._r.get_or_add_rPr(), size)


@dataclass(frozen=True)
class _DayRow:
    """A row of one cell across a table: the day the rows after it fall on."""

    spans: list[Span]


def day_label(day: str | None, lang: str) -> str:
    return day_name(day, lang) if day else label("day_tba", lang)


CLASSIFICATION_PROPERTY = "Classification"  # the custom property the pack's fields show
_CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_USER_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # Word's, for user properties


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    """docProps/custom.xml holding `properties` as text (File › Properties › Custom)."""
    from xml.sax.saxutils import escape, quoteattr

    entries = "".join(
        f'<property fmtid="{_USER_PROPERTY_FMTID}" pid="{number}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(xml_safe(value))}</vt:lpwstr></property>"
        for number, (name, value) in enumerate(properties.items(), 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_PROPERTIES}" xmlns:vt="{_VT}">{entries}</Properties>'
    ).encode()


_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Briefer</Application><DocSecurity>0</DocSecurity></Properties>"
)


def write_docx(
    content: PackContent,
    out: Path,
    options: PackOptions | None = None,
    edition_names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Write `content` to the Word file `out` (atomically); return what it contains."""
    pack = DocxPack(content, options or PackOptions(), edition_names)
    pack.build()
    write_atomic(out, pack.save())
    return {"pages": None, "format": "docx"}
