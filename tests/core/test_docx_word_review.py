# ruff: noqa: F811 - `marked`, a fixture imported from test_docx_pack, is each test's argument
"""Found by a review of the Word packs' XML (a cabinet's reading): formatting from styles,
links, direction of neutrals, watermark, invisible characters, languages, notes, headings,
the classification as a property, the table of contents."""

import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from test_docx_pack import marked, write  # noqa: F401 - the fixture, and the writer

ARABIC = re.compile("[\u0600-\u06ff]")


def _inherited(doc, paragraph, tag: str, attr: str = "w:val") -> str | None:
    """`tag`'s `attr` as a paragraph's style chain, then the document defaults, give it."""
    style = paragraph.style
    while style is not None:
        rpr = style.element.rPr
        found = rpr.find(qn(tag)) if rpr is not None else None
        if found is not None and found.get(qn(attr)) is not None:
            return found.get(qn(attr))
        style = style.base_style
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    found = defaults.find(qn("w:rPr")).find(qn(tag))
    return None if found is None else found.get(qn(attr))


def _all_paragraphs(doc):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_arabic_runs_take_their_font_and_size_from_the_styles(store, marked, tmp_path, lang):
    """214 of 215 Arabic runs carried Amiri and 10.5 pt of their own: restyling Normal to
    14 pt left the Arabic text at 10.5."""
    doc = Document(write(store, marked, tmp_path, lang))
    arabic = [
        (paragraph, run)
        for paragraph in _all_paragraphs(doc)
        for run in paragraph.runs
        if ARABIC.search(run.text) and not paragraph._p.xpath(".//w:fldChar")
    ]  # the table of contents' cached result apart: Word writes it anew
    assert len(arabic) > 5
    own_size = 0
    for paragraph, run in arabic:
        rpr = run._r.rPr
        assert rpr.find(qn("w:rtl")) is not None, run.text
        assert rpr.find(qn("w:rFonts")) is None, run.text
        sizes = [rpr.find(qn(tag)) for tag in ("w:sz", "w:szCs")]
        if sizes != [None, None]:  # a line's own size (small print): both scripts'
            own_size += 1
            assert sizes[0].get(qn("w:val")) == sizes[1].get(qn("w:val")), run.text
        assert _inherited(doc, paragraph, "w:rFonts", "w:cs") == "Amiri"
        assert _inherited(doc, paragraph, "w:szCs") == _inherited(doc, paragraph, "w:sz")
    assert own_size <= len(arabic) // 4
    # Every style sized for Latin text is sized alike for complex script.
    for sz in doc.styles.element.iter(qn("w:sz")):
        size_cs = sz.getparent().find(qn("w:szCs"))
        assert size_cs is not None and size_cs.get(qn("w:val")) == sz.get(qn("w:val"))
    # The reviewer's test: Normal at 14 pt, and the body's Arabic follows.
    normal = doc.styles["Normal"].element.rPr
    for tag in ("w:sz", "w:szCs"):
        normal.find(qn(tag)).set(qn("w:val"), "28")
    body = [p for p, _ in arabic if p.style.name == "Normal"]
    assert body and all(_inherited(doc, p, "w:szCs") == "28" for p in body)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_agenda_titles_link_to_their_briefs_bookmarks(store, marked, tmp_path, lang):
    """The agenda was written before the briefs' bookmarks existed: no title was a link in
    Word (0 w:anchor) where the PDF's are."""
    doc = Document(write(store, marked, tmp_path, lang))
    body = doc.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    agenda = doc.tables[0]._tbl
    anchors = [link.get(qn("w:anchor")) for link in agenda.iter(qn("w:hyperlink"))]
    assert len(anchors) >= 4 and set(anchors) <= bookmarks
    for link in agenda.iter(qn("w:hyperlink")):
        text = "".join(t.text for t in link.iter(qn("w:t")))
        name = link.get(qn("w:anchor"))
        start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)
        heading = start.getparent()
        assert "".join(t.text for t in heading.iter(qn("w:t"))) == text
        assert len(name) <= 40 and re.fullmatch(r"_\w+", name)
    # Every internal link of the document reaches a bookmark.
    every = {link.get(qn("w:anchor")) for link in body.iter(qn("w:hyperlink"))} - {None}
    assert every <= bookmarks


def _directed_line(texts: list[str], rtl: bool) -> list[tuple[str, str]]:
    from docx.oxml import OxmlElement

    from briefer.core.packs.docx_writer import directed_runs

    paragraph = Document().add_paragraph()
    for text in texts:
        paragraph.add_run(text)
    paragraph._p.append(OxmlElement("w:r"))  # a run with no text
    directed_runs(paragraph, rtl)
    out = []
    for run in paragraph.runs:
        rpr = run._r.rPr
        if not run.text:
            continue
        out.append(
            ("rtl" if rpr is not None and rpr.find(qn("w:rtl")) is not None else "ltr", run.text)
        )
    return out


def test_neutrals_and_digits_of_an_arabic_line_take_its_direction_as_uax9_resolves():
    """`": "` after every label, `" 45% "`, `" 2020)."` sat in runs without `w:rtl` in Arabic
    lines: Word orders neutrals and numbers by their run's direction."""
    # A label, its colon and a Latin value (isolated, as the PDF writes it).
    assert _directed_line(["المكان: ", "\u2066Salle B\u2069"], True) == [
        ("rtl", "المكان: "),
        ("ltr", "Salle B"),
    ]
    # A percentage and a year in brackets at a sentence's end.
    assert _directed_line(["الميزانية 12,5 مليون (أي 45% أكثر من 2020)."], True) == [
        ("rtl", "الميزانية 12,5 مليون (أي 45% أكثر من 2020)."),
    ]
    # Latin words inside: their letters only are left to right; the space and the
    # conjunction between them, and the full stop, are the Arabic line's.
    assert _directed_line(["مع OCDE و WHO."], True) == [
        ("rtl", "مع "), ("ltr", "OCDE"), ("rtl", " و "), ("ltr", "WHO"), ("rtl", "."),
    ]  # fmt: skip
    # A phone number held left to right by its marks: a run of its own.
    assert _directed_line(["رقم الهاتف \u200e+212 5 37 76 11 23\u200e."], True) == [
        ("rtl", "رقم الهاتف "),
        ("ltr", "\u200e+212 5 37 76 11 23\u200e"),
        ("rtl", "."),
    ]
    # A left-to-right line with an Arabic name: the name alone is right to left.
    assert _directed_line(["Interlocuteur : ", "\u2067محمد العلوي\u2069"], False) == [
        ("ltr", "Interlocuteur : "),
        ("rtl", "محمد العلوي"),
    ]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_isolate_mark_or_joiner_is_left_in_the_text(store, marked, tmp_path, lang):
    """Word joiners in time ranges (34 in a French pack) and RLM, PDI, LRI, FSI in an Arabic
    pack's text broke Find and Replace; run properties carry the direction instead."""
    doc = Document(write(store, marked, tmp_path, lang))
    section = doc.sections[0]
    paragraphs = [*_all_paragraphs(doc), *section.header.paragraphs, *section.footer.paragraphs]
    texts = [p.text for p in paragraphs]
    assert not any(re.search("[\u2060\u2066-\u2069\u200f\u061c]", t) for t in texts)
    # LRMs only around phone numbers (`phones.ltr_phone_numbers`), for LibreOffice.
    marked = [t for t in texts if "\u200e" in t]
    assert all(re.search("\u200e\\+[\\d ]+\u200e", t) for t in marked), marked
    assert any(re.search(r"\d\d:\d\d–\d\d:\d\d", t) for t in texts)


VML = "urn:schemas-microsoft-com:vml"


@pytest.mark.parametrize(("lang", "text"), [("fr", "PROJET"), ("ar", "مسودة")])
def test_the_watermark_is_words_own_text_watermark_in_the_header(
    store, marked, tmp_path, lang, text
):
    """The PDF draws a diagonal watermark; Word only put the word before the header's text."""
    doc = Document(write(store, marked, tmp_path, lang, watermark=text))
    header = doc.sections[0].header
    assert not header.is_linked_to_previous
    assert text not in header.paragraphs[0].text  # not a word of the header line
    shapes = list(header._element.iter(f"{{{VML}}}shape"))
    assert len(shapes) == 1
    shape = shapes[0]
    # The name Word's Design › Watermark looks for, its text-path type, set diagonally
    # behind the text (a negative z-index) in the middle of the page.
    assert shape.get("id").startswith("PowerPlusWaterMarkObject")
    assert shape.get("type") == "#_x0000_t136"
    style = dict(part.split(":", 1) for part in shape.get("style").split(";"))
    assert style["rotation"] == "315" and int(style["z-index"]) < 0
    assert style["mso-position-horizontal"] == style["mso-position-vertical"] == "center"
    path = shape.find(f"{{{VML}}}textpath")
    assert path.get("string") == text
    types = [t.get("id") for t in header._element.iter(f"{{{VML}}}shapetype")]
    assert types == ["_x0000_t136"]
    width, height = (float(style[k].removesuffix("pt")) for k in ("width", "height"))
    assert height == 64 and width > height  # the PDF's 64 pt, the word's own proportions


def test_a_meeting_notes_headings_sit_one_level_under_the_meeting(store, tmp_path):
    """ "### Objectifs" in a meeting's note became Heading 4 right under the meeting's
    Heading 2."""
    from briefer.core.delegations import create_delegation
    from briefer.core.meetings import add_meeting
    from briefer.core.notes import add_note
    from briefer.core.packs.service import make_pack

    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    meeting = add_meeting(
        store, delegation, "Entretien bilatéral", day="2021-11-12", start="11:00",
        end="11:45", kind="bilateral",
    ).value  # fmt: skip
    add_note(store, delegation, meeting.id, "### Objectifs\n\n1. Obtenir un soutien")
    out = tmp_path / "pack.docx"
    make_pack(store, delegation, None, out, "fr", sections=["meetings"], format="docx")
    found = [(p.style.name, p.text) for p in Document(out).paragraphs]
    at = found.index(("Heading 2", "Entretien bilatéral"))
    levels = [s for s, _ in found[at:] if s.startswith("Heading")]
    assert levels == ["Heading 2", "Heading 3"]


@pytest.mark.parametrize(("lang", "decimal", "separator"), [("fr", ",", ";"), ("en", ".", ",")])
def test_settings_claim_no_proofing_and_use_the_languages_separators(
    store, marked, tmp_path, lang, decimal, separator
):
    """The template's proofState said spelling and grammar were "clean" (Word then showed no
    mistake until an edit), and its separators were "." and "," in a French pack."""
    settings = Document(write(store, marked, tmp_path, lang)).settings.element
    assert settings.find(qn("w:proofState")) is None
    assert settings.find(qn("w:decimalSymbol")).get(qn("w:val")) == decimal
    assert settings.find(qn("w:listSeparator")).get(qn("w:val")) == separator
