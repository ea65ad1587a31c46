"""Typography per language, read back from the PDF: French spacing, dates, hyphenation."""

import itertools
import re
from datetime import UTC, date, datetime

import pytest

from briefer.core.packs.textlayout import Span
from briefer.core.packs.typography import day_text, french_spacing, moment_text
from tests.core.pdf_readers import READERS
from tests.core.test_packs import layout_pdf, lines_of, marked, render  # noqa: F401 - fixture

MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


def test_french_spacing_before_high_punctuation_and_inside_guillemets():
    assert french_spacing("Délégation: Sénégal") == "Délégation\u202f: Sénégal"
    assert french_spacing("Vraiment ? Oui ! Non ; « citation »") == (
        "Vraiment\u202f? Oui\u202f! Non\u202f; «\u202fcitation\u202f»"
    )
    assert french_spacing("à 14:30, https://example.org") == "à 14:30, https://example.org"


def test_dates_per_language_with_the_forums_arabic_month_names():
    moment = datetime(2026, 12, 1, 19, 47, tzinfo=UTC)
    assert moment_text(moment, "fr") == "1er décembre 2026 à 19:47 UTC"
    assert moment_text(moment, "en") == "1 December 2026, 19:47 UTC"
    # France Diplomatie's Arabic page of the forum: "من 11 إلى 13 تشرين الثاني/نوفمبر 2021".
    assert day_text(date(2021, 11, 11), "ar") == "الخميس 11 تشرين الثاني/نوفمبر 2021"
    assert day_text(date(2021, 3, 2), "ar").endswith(" آذار/مارس 2021")
    assert day_text(date(2021, 11, 11), "fr") == "jeudi 11 novembre 2021"


@pytest.mark.parametrize("reader", sorted(READERS))
def test_french_pack_labels_and_dates_read_back(store, marked, tmp_path, reader):  # noqa: F811
    text = READERS[reader](render(store, marked, tmp_path, "fr").read_bytes())
    if reader == "poppler":  # pdftotext writes every kind of space as a space
        text = text.replace(" :", "\u202f:")
    assert "Délégation\u202f: Délégation du Sénégal" in text
    assert "Destinataire\u202f: Amina Diallo" in text and "Délégué(e)" not in text
    assert re.search(rf"Imprimé le (1er|\d\d?) ({MONTHS_FR}) 20\d\d à \d\d:\d\d UTC", text)
    assert not re.search(r"20\d\d-\d\d-\d\d", text)  # no ISO date left


def test_arabic_pack_writes_months_as_the_forum_does(store, marked, tmp_path):  # noqa: F811
    text = READERS["pdfium"](render(store, marked, tmp_path, "ar").read_bytes())
    assert "تشرين الثاني/نوفمبر 2021" in text
    assert not re.search(r"20\d\d-\d\d-\d\d", text)


def test_a_word_longer_than_its_cell_is_hyphenated_not_cut(store, marked, tmp_path):  # noqa: F811
    from dataclasses import replace

    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.styles import make_styles
    from briefer.core.packs.textlayout import ShapedParagraph

    style = replace(make_styles("fr").cell, size=9)
    fonts = load_fonts("hyphen")
    try:
        lines = ShapedParagraph([Span("incontournable")], style, fonts).break_lines(45)
        drawn = ["".join(s.text for s in line.segments) for line in lines]
    finally:
        unregister(fonts)
    assert len(drawn) == 2 and drawn[0].endswith("-"), drawn
    assert "".join(d.removesuffix("-") for d in drawn) == "incontournable"
    assert drawn[0] in ("in-", "incon-", "incontour-")  # at a syllable, as pyphen has it


def test_hyphenated_agenda_priority_reads_back_from_the_pdf(store, marked, tmp_path):  # noqa: F811
    import pdfplumber

    path = render(store, marked, tmp_path, "fr")
    with pdfplumber.open(path) as pdf:
        words = [w["text"] for w in pdf.pages[2].extract_words()]
    assert "incontour-" in words and "nable" in words
    assert "incontourna" not in words
    data = layout_pdf([([Span("Un point incontournable")], "ltr")], width=70)
    assert [len(line) for line in lines_of(data)]  # laid out
    assert "incontour" in READERS["poppler"](data)


def test_a_colon_written_after_a_space_never_starts_a_line():
    """Catalogue data and notes write French spacing with a plain space: a line could start
    with ": retour d'expérience"; the space is made a narrow no-break space."""
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.textlayout import ShapedParagraph, Span, TextStyle

    fonts = load_fonts("colon")
    try:
        text = "Numérique : retour d'expérience « à chaud » ?"
        shaped = ShapedParagraph([Span(text)], TextStyle(size=10), fonts)
        word = shaped.break_lines(10_000)[0].width
        for width in range(70, int(word) + 5, 3):  # wider than its longest unbreakable word
            for line in shaped.break_lines(float(width)):
                assert not line.text.lstrip().startswith((":", "?", "»")), (width, line.text)
                assert not line.text.rstrip().endswith("«"), (width, line.text)
    finally:
        unregister(fonts)


def test_a_numbers_groups_and_its_percent_sign_stay_on_one_line():
    """Found by review: a French note's "3 500 km" broke as "3" / "500 km", and "12 %" could
    leave the sign alone; the spaces inside them are made narrow no-break spaces, in the PDF
    and the Word pack (`kept_spaces`). Years side by side and small numbers stay apart."""
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.textlayout import ShapedParagraph, Span, TextStyle
    from briefer.core.packs.typography import kept_spaces

    assert kept_spaces("à 3 500 km, 1 000 000 de personnes, 12 %") == (
        "à 3\u202f500 km, 1\u202f000\u202f000 de personnes, 12\u202f%"
    )
    assert kept_spaces("2021 2022 2023, 10 20 30") == "2021 2022 2023, 10 20 30"
    fonts = load_fonts("groups")
    try:
        text = "la côte est à 3 500 km et la part est de 12 % cette année"
        shaped = ShapedParagraph([Span(text)], TextStyle(size=10), fonts)
        for width in range(60, 400, 3):
            for line in shaped.break_lines(float(width)):
                assert not line.text.lstrip().startswith(("500", "%")), (width, line.text)
    finally:
        unregister(fonts)


def test_an_address_too_long_for_its_line_goes_on_at_a_slash_or_before_a_hyphen():
    """Found by review: a source address was cut anywhere ("numerique-l" / "a-diplomatie");
    it goes on at one of its own separators, without a hyphen of Briefer's: after / & =, and
    before . - _ ? # (a line ending in "-" was copied as a hyphenated word, joined)."""
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.textlayout import ShapedParagraph, TextStyle

    url = "https://www.rtl.be/info/monde/france/numerique-la-diplomatie-d-emmanuel-macron-elargie"
    fonts = load_fonts("url")
    try:
        shaped = ShapedParagraph([Span(url, link=url)], TextStyle(size=10), fonts)
        for width in (120.0, 160.0, 220.0):
            lines = [line.text for line in shaped.break_lines(width)]
            assert "".join(lines) == url and len(lines) > 1, width
            breaks = itertools.pairwise(lines)
            assert all(a[-1] in "/&=" or b[0] in ".-_?#" for a, b in breaks), (width, lines)
            assert not any(line.endswith("-") for line in lines), (width, lines)
    finally:
        unregister(fonts)
    data = layout_pdf([([Span(url, link=url)], "ltr")], width=170)
    for name, read in READERS.items():  # copied back whole: no hyphen dropped, no U+FFFE
        copied = re.sub(r"\s+", "", read(data))
        assert copied == url, (name, copied)


def test_a_number_keeps_its_euro_sign_and_n_degree_its_number():
    """Found by review: "salon n° / 4" and "40 / €" were broken at a line's end; a phone
    number's spaces are the writer's ("+962 6 500 1234" is no "6 500")."""
    from briefer.core.packs.typography import kept_spaces

    assert kept_spaces("salon n° 4, N° 12, 40 € par personne") == (
        "salon n°\u202f4, N°\u202f12, 40\u202f€ par personne"
    )
    assert (
        kept_spaces("tél. +962 6 500 1234 ou 6 500 €")
        == "tél. +962 6 500 1234 ou 6\u202f500\u202f€"
    )


def test_a_phone_number_is_never_split_over_two_lines():
    """Found looking at a day sheet: "(+223 20 22" / "33 44)" in a narrow cell, its first half
    read with its groups reversed in Arabic. The drawn text keeps the writer's spaces."""
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.textlayout import ShapedParagraph, TextStyle

    fonts = load_fonts("phone")
    try:
        for text in (
            "Contact sur place : M. Keïta (+223 20 22 33 44)",
            "السيد كيتا (+223 20 22 33 44)",
        ):
            shaped = ShapedParagraph([Span(text)], TextStyle(size=10), fonts)
            for width in range(90, 260, 4):
                lines = [line.text for line in shaped.break_lines(float(width))]
                assert any("+223 20 22 33 44" in line for line in lines), (width, lines)
    finally:
        unregister(fonts)


def test_data_laid_out_keeps_n_degree_and_euro_with_their_number_too():
    """Found by review: a meeting's place "salle n° 4" broke on a day sheet: only notes had the
    no-break space (`clean_text` did not look for these)."""
    from briefer.core.packs.textlayout import clean_text

    assert clean_text("Salon Vauban, salle n° 4") == "Salon Vauban, salle n°\u202f4"
    assert clean_text("Déjeuner à 40 €") == "Déjeuner à 40\u202f€"


@pytest.mark.parametrize("name", ["محمد بن عبد الله العلوي", "سفارة أبو ظبي في باريس"])
def test_a_line_never_breaks_inside_an_arabic_compound_name(name):
    """Found by review: a day sheet's narrow cell set "محمد بن عبد" on one line and "الله
    العلوي" on the next; a native reader does not accept "عبد" parted from "الله"."""
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.textlayout import ShapedParagraph, TextStyle

    fonts = load_fonts("names")
    try:
        paragraph = ShapedParagraph([Span(name)], TextStyle(size=10, direction="rtl"), fonts)
        full = paragraph.break_lines(10_000)[0].width
        breaks = set()
        for step in range(55, 100):  # a compound (half of the name) fits on a line
            lines = paragraph.break_lines(full * step / 100)
            breaks |= {line.text.split()[-1] for line in lines[:-1]}
        assert breaks, "the widths tried break the name somewhere"
        assert not breaks & {"عبد", "أبو", "بن"}, breaks
    finally:
        unregister(fonts)
