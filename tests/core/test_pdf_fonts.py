"""Fallback fonts: every character class drawn with a real glyph, embedded, and read back."""

import io
import struct
import subprocess
import sys

import pdfplumber
import pytest
import uharfbuzz as hb
from pypdf import PdfReader

from briefer.core.packs.fonts import load_fonts, unregister
from briefer.core.packs.nametable import KEPT_IDS, LICENCE_ID, slim_name_table
from briefer.core.packs.textlayout import ShapedParagraph, Span, TextStyle
from briefer.core.paths import resources_dir
from tests.core.pdf_readers import READERS
from tests.core.test_packs import layout_pdf, marked, render  # noqa: F401 - fixture

CLASSES = {
    "arrows": ("Aller → retour ←", "→←", "DejaVuSans"),
    "check and circled": ("Fait ✓ point ①", "✓①", "DejaVuSans"),
    "maths": ("a ≥ 1, b ≤ 2, c ≈ 3, d ≠ 4, e < ∞", "≥≤≈≠∞", "DejaVuSans"),
    "signs": ("Briefer™ dossier № 12", "™№", "DejaVuSans"),
    "bullet": ("• premier point", "•", "DejaVuSans"),
    "latin": ("Délégation du Sénégal", "Délégation", "Amiri-Regular"),
    "arabic": ("منتدى باريس للسلام", "منتدى", "Amiri-Regular"),
}


def _glyph_fonts(text: str, direction: str = "ltr") -> list[tuple[str, int]]:
    """(font name, glyph id) of each glyph the paragraph draws, spaces left out."""
    fonts = load_fonts("glyphs")
    try:
        shaped = ShapedParagraph([Span(text)], TextStyle(direction=direction), fonts)
        return [
            (g.font.face.name.decode(), g.font.face.charToGlyph[g.code])
            for run in shaped.glyphs
            for g in run
            if not text[g.cluster].isspace()
        ]
    finally:
        unregister(fonts)


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_each_character_class_has_a_real_glyph_from_the_right_font(name):
    text, sample, family = CLASSES[name]
    glyphs = _glyph_fonts(text)
    assert all(gid != 0 for _, gid in glyphs), glyphs  # glyph 0 is .notdef, the empty box
    data = layout_pdf([([Span(text)], "auto")])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    used = {c["text"]: c["fontname"].split("+")[-1] for c in chars}
    for ch in sample:
        assert used.get(ch) == family, (ch, used.get(ch))
    for reader in sorted(READERS):
        assert READERS[reader](data).split() == text.split(), reader


@pytest.mark.parametrize("reader", sorted(READERS))
def test_hebrew_is_drawn_from_the_fallback_and_extracts(reader):
    text = "שלום עולם"
    glyphs = _glyph_fonts(text, "rtl")
    assert {font for font, _ in glyphs} == {"DejaVuSans"} and all(gid for _, gid in glyphs)
    data = layout_pdf([([Span(text)], "rtl")])
    assert READERS[reader](data).split() == text.split()


@pytest.mark.parametrize("reader", sorted(READERS))
def test_cjk_without_a_bundled_font_is_a_visible_replacement_that_extracts(reader):
    text = "会议 中文 日本語"
    glyphs = _glyph_fonts(text)
    replacement = load_fonts("r")
    try:
        latin = replacement.fallback("DejaVuSans").face.charToGlyph[0xFFFD]
    finally:
        unregister(replacement)
    assert [gid for font, gid in glyphs if font == "DejaVuSans"].count(latin) == 7
    data = layout_pdf([([Span(text)], "ltr")])
    assert READERS[reader](data).split() == text.split()


def test_every_font_of_a_pack_with_symbols_is_embedded(store, marked, tmp_path):  # noqa: F811
    from briefer.core.notes import add_note

    delegation, _ = marked
    add_note(store, delegation, None, "- Objectif ≥ 10 → ✓ ① № 5\n- שלום 中文")
    for lang in ("ar", "fr"):
        path = render(store, marked, tmp_path, lang)
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        rows = listing.splitlines()[2:]
        assert any("DejaVuSans" in row for row in rows), listing
        assert all(row.split()[-5] == "yes" for row in rows), listing
        text = READERS["poppler"](path.read_bytes())
        for ch in "≥→✓①№":
            assert ch in text


def test_a_style_the_document_does_not_draw_is_not_read():
    """Fonts are read on first use: a regular and bold paragraph reads no italic face."""
    probe = (
        "import io, sys\n"
        "from briefer.core.packs import fonts\n"
        "from briefer.core.packs.textlayout import Span\n"
        "from tests.core.test_packs import layout_pdf\n"
        "layout_pdf([([Span('Délégation '), Span('du Sénégal', bold=True)], 'ltr')])\n"
        "print(sorted(path.stem for path in fonts._parsed))\n"
    )
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root
    ).stdout
    assert out.strip() == "['Amiri-Bold', 'Amiri-Regular']"


def _descendants(page) -> list:
    """The CID fonts of a page's Type 0 fonts."""
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    return [f["/DescendantFonts"][0].get_object() for f in fonts if "/DescendantFonts" in f]


def _cids(font) -> list[int]:
    """The CIDs a CID font's /W array gives widths for."""
    widths, cids, index = font["/W"], [], 0
    while index < len(widths):
        cids += range(widths[index], widths[index] + len(widths[index + 1]))
        index += 2
    return cids


def _embedded_faces(path) -> dict[str, bytes]:
    reader = PdfReader(path)
    faces = {}
    for page in reader.pages:
        for font in _descendants(page):
            program = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            faces[str(font["/BaseFont"])] = program
    return faces


def test_embedded_subsets_keep_the_fonts_identity_but_not_their_licence_text(
    store,
    marked,  # noqa: F811
    tmp_path,
):
    """The subsets' `name` tables hold the copyright, names, version and licence address, and
    a licence notice where it is short (Amiri's), not a whole licence (DejaVu's)."""
    faces = _embedded_faces(render(store, marked, tmp_path, "fr"))
    assert any("DejaVuSans" in name for name in faces) and any("Amiri" in n for n in faces)
    whole = hb.Face(hb.Blob.from_file_path(str(resources_dir() / "fonts" / "DejaVuSans.ttf")))
    assert len(whole.get_name(hb.OTNameIdPredefined.LICENSE) or "") > 1000  # what goes
    for name, program in faces.items():
        face = hb.Face(hb.Blob(program))
        ids = {int(entry[0] if isinstance(entry, tuple) else entry) for entry in face.list_names()}
        assert ids <= KEPT_IDS | {LICENCE_ID} and {0, 1, 2, 6, 14} <= ids, name
        assert (LICENCE_ID in ids) == ("Amiri" in name), name
        assert "Copyright" in face.get_name(hb.OTNameIdPredefined.COPYRIGHT), name
        assert face.get_name(hb.OTNameIdPredefined.POSTSCRIPT_NAME) in name
    dejavu = next(p for n, p in faces.items() if "DejaVuSans" in n)
    assert len(dejavu) < 8000  # its licence text alone was 15 KB


def test_a_malformed_name_table_is_left_as_it_is():
    assert slim_name_table(b"\x00\x00\x00\x05\x00\x06") == b"\x00\x00\x00\x05\x00\x06"
    record = struct.pack(">HHH6H", 0, 1, 18, 3, 1, 0x409, 1, 400, 0)  # runs past the end
    assert slim_name_table(record + b"x") == record + b"x"


@pytest.mark.parametrize("word", ["(2012-2018).", "127.0.0.53", "»)."])
def test_a_word_without_letters_takes_its_runs_script_not_amiris_arabic_forms(word):
    """Alone, "(2012-2018)." had no script, and Amiri drew its Arabic full stop and wide
    brackets in French and English text: a word is shaped as it would be in a Latin line."""
    from briefer.core.packs.textlayout import _shape_word, _shape_words

    fonts = load_fonts("script")
    try:
        font = fonts.get()
        alone = [c for _, w in _shape_words(word, 0, len(word), False, font, 10) for c in w.codes]
        line = f"Mandat {word}"
        in_line = list(_shape_word(line, 0, len(line), False, font, 10).codes)
        assert alone == in_line[-len(alone) :]
    finally:
        unregister(fonts)


def test_a_mark_the_base_font_lacks_is_not_a_missing_glyph_box():
    """The keycap of "2️⃣" (U+20E3) stayed in Amiri, its digit's font, which has no glyph; in
    another font it had no advance and covered the next word: it is the replacement."""
    fonts = load_fonts("keycap")
    try:
        text = "Étape 2\ufe0f\u20e3 et 3\u20e3"
        runs = fonts.font_runs(text, 0, len(text), False, False)
        marks = [run for run in runs if "\u20e3" in text[run[0] : run[1]]]
        assert marks
        for start, end, font, replaced in marks:
            assert replaced or "\u20e3" in _coverage_of(font), (text[start:end], font.fontName)
        data = layout_pdf([([Span(text)], "ltr")])
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            chars = pdf.pages[0].chars
        mark = next(c for c in chars if c["text"] in ("\u20e3", "\ufffd") and c["x0"] > 0)
        after = next(c for c in chars if c["text"] == "e" and c["x0"] > mark["x0"])
        assert mark["x1"] <= after["x0"] + 0.5  # it does not cover "et"
        selector = text.index("\ufe0f")  # a variation selector is not a replacement glyph
        assert not any(a <= selector < b and replaced for a, b, _, replaced in runs)
    finally:
        unregister(fonts)


def _coverage_of(font) -> frozenset[str]:
    from briefer.core.packs.fonts import _coverage

    return _coverage(font.path)


def test_a_short_text_embeds_only_the_glyphs_it_draws():
    """No ASCII-readable subsets: they embedded all 96 ASCII glyphs of each Latin style, and a
    one-note pack doubled (found by review)."""
    data = layout_pdf([([Span("Réunion à Genève.")], "ltr"), ([Span("منتدى باريس")], "rtl")])
    page = PdfReader(io.BytesIO(data)).pages[0]
    for reader in ("poppler", "pdfium", "pypdf"):
        assert READERS[reader](data).split() == "Réunion à Genève. منتدى باريس".split()
    codes = [len(_cids(font)) for font in _descendants(page)]
    assert len(codes) == 1 and codes[0] < 30, codes  # both directions, one font


def _glyphs(word) -> tuple:
    return word.codes, word.clusters, word.advances, word.x_offsets, word.y_offsets


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("سلام1", [(0, 4), (0, 3), (1, 4)]),  # the same text around runs of different lengths
        ("كوفيد-19 في عام 2021", [(0, 6), (6, 8), (8, 20), (0, 20)]),
        ("مرحبا.", [(0, 5), (5, 6)]),
        ("ـبـ", [(0, 1), (1, 2), (2, 3)]),  # joining across the run's ends
        ("ـب بـ", [(1, 2), (3, 4)]),  # the same letter, final then initial
    ],
)
def test_a_word_shaped_with_its_context_is_remembered_with_that_context(text, runs):
    """A word at a run's end is shaped with the text around it (Arabic joins across it) and
    remembered by as much of that text as HarfBuzz reads: from the cache, each comes out as
    shaping it afresh in the whole text does, the second time as the first."""
    from briefer.core.packs.textlayout import _shape_word, _shape_words, clear_caches

    fonts = load_fonts("context")
    try:
        font = fonts.get()
        clear_caches()
        for _ in range(2):
            for start, end in runs:
                words = _shape_words(text, start, end, True, font, 10)
                spans = sorted((at, at + len(word.char_widths)) for at, word in words)
                assert [a for a, _ in spans[1:]] == [b for _, b in spans[:-1]]
                assert (spans[0][0], spans[-1][1]) == (start, end)  # the run, word by word
                for at, word in words:
                    fresh = _shape_word(text, at, at + len(word.char_widths), True, font, 10)
                    assert _glyphs(word) == _glyphs(fresh), (text, start, end, at)
    finally:
        unregister(fonts)
        clear_caches()


def test_a_word_at_a_runs_end_is_shaped_once_whatever_lies_past_a_space():
    """ "كوفيد-" before "19" was shaped again for each word before and after it (its key held
    five characters each side): 320 times in the Arabic bench pack. HarfBuzz's context stops
    at a space, and each comes out as shaping it afresh in the whole text does."""
    from briefer.core.packs import textlayout
    from briefer.core.packs.textlayout import _shape_word, _shape_words, clear_caches

    fonts = load_fonts("context-space")
    try:
        font = fonts.get()
        clear_caches()
        for before, after in (("في", "عام"), ("بعد", "جائحة"), ("ثم", "و")):
            text = f"{before} كوفيد-19 {after}"
            end = text.index("19")  # the right-to-left run ends before the digits
            for at, word in _shape_words(text, 0, end, True, font, 10):
                fresh = _shape_word(text, at, at + len(word.char_widths), True, font, 10)
                assert _glyphs(word) == _glyphs(fresh), (text, at)
        keys = [key for key in textlayout._shaped_words if "كوفيد" in key[1]]
        assert len(keys) == 1, keys
    finally:
        unregister(fonts)
        clear_caches()


def test_a_document_drawing_more_codes_than_a_face_has_cids_is_still_written(monkeypatch):
    """Past the face's last CID a code takes one drawing the same glyph: the page is drawn."""
    from briefer.core.packs import fonts

    monkeypatch.setattr(fonts, "_neutral_cids", lambda: iter(()))
    monkeypatch.setattr(fonts, "_other_cids", lambda: iter(range(0x0101, 0x0106)))
    data = layout_pdf([([Span("Genève Genève Genève")], "ltr")])
    (font,) = _descendants(PdfReader(io.BytesIO(data)).pages[0])
    assert _cids(font) == list(range(0x0101, 0x0106))
    assert READERS["poppler"](data).split()[0].startswith("Gen")


def _subset_names(data: bytes) -> dict[str, str]:
    """Each embedded face's subset tag, by face name ("AMIRI+Amiri-Regular" gives AMIRI)."""
    names: dict[str, str] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            base = str(font.get_object()["/BaseFont"])[1:]
            if "+" in base:
                tag, face = base.split("+", 1)
                names[face] = tag
    return names


def test_each_embedded_subset_has_its_own_tag(store, marked, tmp_path):  # noqa: F811
    """Every subset was tagged AAAAAA+, though a tag is to name one subset (PDF 32000,
    9.6.4): pdffonts listed the same tag for each face of the pack (found by review)."""
    data = render(store, marked, tmp_path, "ar").read_bytes()
    tags = _subset_names(data)
    assert {"Amiri-Regular", "Amiri-Bold", "DejaVuSans"} <= set(tags), tags
    assert len(set(tags.values())) == len(tags), tags
    assert all(len(tag) == 6 and tag.isascii() and tag.isupper() for tag in tags.values()), tags


def test_a_subset_tag_follows_the_glyphs_it_holds():
    """The same text embeds the same tags (packs stay reproducible); other glyphs, another."""
    first = _subset_names(layout_pdf([([Span("منتدى باريس للسلام")], "rtl")]))
    again = _subset_names(layout_pdf([([Span("منتدى باريس للسلام")], "rtl")]))
    other = _subset_names(layout_pdf([([Span("سد فجوة التضامن")], "rtl")]))
    assert first == again
    assert first["Amiri-Regular"] != other["Amiri-Regular"]
