"""How paragraphs are written into a page's content stream (issue 12: packs' speed and size)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from briefer.core.packs.fonts import load_fonts, unregister
from briefer.core.packs.textlayout import BidiParagraph, ShapedParagraph, Span, TextStyle
from tests.core.test_packs import layout_pdf, lines_of


def _page_content(data: bytes) -> bytes:
    return PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()


def _after_opening(content: str) -> str:
    """`content` after the canvas's own opening text object (its initial font)."""
    return content.split(" TL ET", 1)[1]


def test_a_paragraph_selects_its_font_and_colour_once_and_moves_relatively():
    text = "The forum brings together heads of state and civil society. " * 6
    content = _page_content(layout_pdf([([Span(text)], "ltr")], width=200)).decode("latin-1")
    content = _after_opening(content)
    assert " cm" not in content  # the paragraph's position is in its first move
    assert content.count("BT") == 1  # one text object for the paragraph's lines
    lines = content.count("] TJ")
    assert lines >= 5
    assert content.count(" Tf") == 1
    assert content.count(" rg") == 1
    assert " Tm" not in content
    moves = re.findall(r"(-?[\d.]+) (-?[\d.]+) Td", content)
    assert len(moves) == lines  # each line opens with one move, from the line before
    assert float(moves[0][1]) > 0
    assert len(set(moves[1:])) == 1 and moves[1][0] == "0"  # one move down, line after line


def _edges(data: bytes) -> list[tuple[float, float]]:
    """Each line's left and right edge, top to bottom, from the glyphs' boxes (pdfplumber)."""
    return [(min(c["x0"] for c in line), max(c["x1"] for c in line)) for line in lines_of(data)]


def test_paragraphs_are_drawn_where_the_frame_and_a_table_cell_put_them():
    """Paragraphs carry their position in their first move instead of a translation of their
    own: a left-to-right one starts at the frame's left edge, a right-to-left one ends at its
    right edge, and in a table cell (itself translated) each keeps to its cell's padding."""
    from reportlab.platypus import SimpleDocTemplate, Table

    fonts = load_fonts("test")

    def para(text: str, direction: str) -> BidiParagraph:
        style = TextStyle(size=14, leading=22, direction=direction)
        return BidiParagraph(ShapedParagraph([Span(text)], style, fonts))

    buffer = io.BytesIO()
    try:
        doc = SimpleDocTemplate(buffer, pagesize=(340, 400), leftMargin=20, rightMargin=20)
        row = [para("Paris", "ltr"), para("منتدى باريس", "rtl")]
        cells = Table([row], colWidths=[100, 180], hAlign="LEFT")
        doc.build([para("Paris Peace Forum", "ltr"), para("منتدى باريس للسلام", "rtl"), cells])
    finally:
        unregister(fonts)
    data = buffer.getvalue()
    frame_left, frame_right = 20 + 6, 340 - 20 - 6  # margins and the frame's padding
    (first, second, row) = _edges(data)
    near = 0.051  # a move is written to a tenth of a point (`TextState.move`)
    assert abs(first[0] - frame_left) < near
    assert abs(second[1] - frame_right) < near
    assert abs(row[0] - (frame_left + 6)) < near  # the cell's left padding
    assert abs(row[1] - (frame_left + 280 - 6)) < near  # the second cell's right padding
    content = _page_content(data).decode("latin-1")
    assert _after_opening(content).count(" cm") == 1  # the table's own, none for its cells


def test_glyph_strings_hold_raw_bytes_that_a_parser_reads_back():
    """Each of the 256 byte values written as `_LITERAL` writes it reads back as that byte (a
    literal string escapes only \\, ( and ), and line ends a reader would turn into LF)."""
    from pypdf.generic import ContentStream, DecodedStreamObject

    from briefer.core.packs.textlayout import _LITERAL

    everything = bytes(range(256))
    literal = everything.decode("latin-1").translate(_LITERAL)
    assert len(literal) < 256 + 2 * 6  # no four-byte escapes but six
    stream = DecodedStreamObject()
    stream.set_data(f"BT ({literal}) Tj ET".encode("latin-1"))
    reader = PdfReader(io.BytesIO(layout_pdf([([Span("x")], "ltr")])))
    operations = ContentStream(stream, reader).operations
    (operands,) = [op[0] for op in operations if op[1] == b"Tj"]
    assert bytes(operands[0].original_bytes) == everything


def test_an_arabic_page_writes_its_glyph_codes_as_raw_bytes():
    """ReportLab writes a byte outside printable ASCII in four ("\\201"); the pages carry it as
    itself, in Latin-1, also past the first 128 codes of a subset."""
    words = "المملكة العربية السعودية تدعم معاهدة الجائحة في منتدى باريس للسلام"
    data = layout_pdf([([Span(words)], "rtl")] * 3)
    content = _page_content(data)
    strings = re.findall(rb"\((.*?)(?<!\\)\)", content, re.S)
    assert strings and not any(re.search(rb"\\[0-7]{3}", s.replace(b"\\000", b"")) for s in strings)
    assert any(byte < 32 for s in strings for byte in s)


def test_a_mixed_line_goes_on_from_the_pen_between_its_runs_and_reads_right():
    """A line's runs are each set with their font (pypdf needs it) but move with a Td only
    where they do not meet the last run's end, or the last run's widths are not whole
    numbers; every reader reads the line."""
    from tests.core.pdf_readers import READERS

    text = "Étape 1 → étape 2 ✓ terminée, puis ≥ 3 réunions"  # symbols from a fallback font
    data = layout_pdf([([Span(text)], "ltr")])
    content = _page_content(data).decode("latin-1")
    content = _after_opening(content)
    assert content.count(" Tf") == 7  # text, symbol, text, symbol, text, symbol, text
    assert content.count(" Td") == 4  # the line's start, and after each symbol (see below)
    for name, read in READERS.items():
        assert read(data).split() == text.split(), name


def test_a_run_after_fractional_widths_or_the_other_direction_moves_with_a_td():
    """Found by review: DejaVu Sans (2,048 units an em) has fractional PDF widths, which PDFium
    truncates, so runs going on from its pen drifted (0.4 pt after 40 symbols); and PDFium
    reversed an Arabic word that went on from a left-to-right run's pen."""
    import ctypes

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = layout_pdf([([Span("a ✓ " * 40)], "ltr")])
    page = pdfium.PdfDocument(data)[0].get_textpage()
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_x = []
    for k in range(page.count_chars()):
        if page.get_text_range(k, 1).strip():
            pdfium_c.FPDFText_GetCharOrigin(page, k, x, y)
            pdfium_x.append(x.value)
    with pdfplumber.open(io.BytesIO(data)) as pdf:  # pdfminer reads the widths as written
        miner_x = [char["x0"] for char in pdf.pages[0].chars if char["text"].strip()]
    assert len(pdfium_x) == len(miner_x) == 80
    assert max(abs(a - b) for a, b in zip(pdfium_x, miner_x, strict=True)) < 0.01

    mixed = _page_content(layout_pdf([([Span("Le mot بِسْمِ est écrit")], "ltr")]))
    assert mixed.decode("latin-1").count(" Td") == 3  # one per run: ltr, rtl, ltr
