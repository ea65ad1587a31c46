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
def test_arabic_runs_take_their_font_and_size_from_the_styles(store, marked, tmp_path, lang):  # noqa: F811
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
def test_agenda_titles_link_to_their_briefs_bookmarks(store, marked, tmp_path, lang):  # noqa: F811
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
