# ruff: noqa: F811 - `marked`, a fixture imported from test_docx_pack, is each test's argument
"""Found by a second review of the Word packs' XML: proofing languages per run, the
classification as one custom property, the table of contents, the Arabic pack's settings."""

import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from test_docx_pack import marked, write  # noqa: F401 - the fixture, and the writer

from briefer.core.marks import set_mark

BLUE = "ppf:ses-2021-blue-economy"  # a title in French only, in the bundled catalogue


def _languages(paragraph) -> set[tuple[str | None, str | None]]:
    """The (w:val, w:bidi) each text run of `paragraph` is tagged with; (None, None) untagged."""
    out = set()
    for run in paragraph._p.iter(qn("w:r")):
        if not "".join(t.text or "" for t in run.iter(qn("w:t"))).strip():
            continue
        rpr = run.find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        out.add((None, None) if lang is None else (lang.get(qn("w:val")), lang.get(qn("w:bidi"))))
    return out


def _paragraph(doc, starts: str, style: str | None = None):
    return next(
        p
        for p in doc.paragraphs
        if p.text.startswith(starts) and (style is None or p.style.name == style)
    )


def test_french_pack_tags_english_titles_abstracts_and_arabic_notes(store, marked, tmp_path):
    """The French pack tagged everything fr-FR through the defaults: English titles and
    abstracts (the catalogue's fallback) and the Arabic note as well."""
    doc = Document(write(store, marked, tmp_path, "fr"))
    title = _paragraph(doc, "Risking repeat", "Heading 2")  # ses-2021-101: English only
    assert _languages(title) == {("en-GB", None)}
    at = [p._p for p in doc.paragraphs].index(title._p)
    abstract = next(p for p in doc.paragraphs[at:] if len(p.text) > 150)
    assert _languages(abstract) == {("en-GB", None)}
    note = _paragraph(doc, "يصل الوفد")  # the Arabic free note
    assert _languages(note) == {("ar-SA", "ar-SA")}
    # French text stays on the defaults.
    assert _languages(_paragraph(doc, "Délégation")) == {(None, None)}


def test_arabic_pack_tags_a_french_title_french(store, marked, tmp_path):
    """The Arabic pack tagged a title the catalogue has only in French en-GB."""
    delegation, amina = marked
    set_mark(store, delegation, BLUE, "must", [amina])
    doc = Document(write(store, marked, tmp_path, "ar"))
    title = _paragraph(doc, "Développer", "Heading 2")
    assert _languages(title) == {("fr-FR", None)}
    english = _paragraph(doc, "Risking repeat", "Heading 2")
    assert _languages(english) == {("en-GB", None)}
    with zipfile.ZipFile(write(store, marked, tmp_path, "ar")) as package:
        assert 'w:val="en-GB"' in package.read("word/styles.xml").decode()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_classification_is_one_custom_property_shown_by_fields(store, marked, tmp_path, lang):
    """The classification was typed in the header, the footer, the cover and cp:keywords:
    a cabinet changing it had four places to edit."""
    out = write(store, marked, tmp_path, lang)
    with zipfile.ZipFile(out) as package:
        custom = package.read("docProps/custom.xml").decode()
        core = package.read("docProps/core.xml").decode()
        parts = {name: package.read(name).decode() for name in package.namelist()}
    assert 'name="Classification"><vt:lpwstr>RESTRICTED</vt:lpwstr>' in custom
    assert "RESTRICTED" not in core
    doc = Document(out)
    section = doc.sections[0]
    places = [section.header.paragraphs[0], section.footer.paragraphs[0]]
    places.append(next(p for p in doc.paragraphs if "RESTRICTED" in p.text))  # the cover's
    for paragraph in places:
        runs = list(paragraph._p.iter(qn("w:r")))
        instructions = [i.text for r in runs for i in r.iter(qn("w:instrText"))]
        assert " DOCPROPERTY Classification \\* MERGEFORMAT " in instructions
        # The field's cached result is the text, so it shows before fields are updated;
        # the text is nowhere else.
        kinds = []
        for run in runs:
            for node in run:
                if node.tag == qn("w:fldChar"):
                    kinds.append(node.get(qn("w:fldCharType")))
                elif node.tag == qn("w:t") and "RESTRICTED" in (node.text or ""):
                    kinds.append("text")
        at = kinds.index("text")
        assert kinds[at - 1] == "separate" and kinds[at + 1] == "end"
    typed = sum(
        part.count("RESTRICTED") for name, part in parts.items() if name.startswith("word/")
    )
    assert typed == 3


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_contents_cached_result_is_linked_entries_and_word_does_not_ask(
    store, marked, tmp_path, lang
):
    """<w:updateFields w:val="true"/> made Word ask on every opening; the cached contents were
    one paragraph of line breaks and typed spaces; the note on page numbers was printed."""
    doc = Document(write(store, marked, tmp_path, lang))
    assert doc.settings.element.find(qn("w:updateFields")) is None
    body = doc.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    entries = [p for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]
    headings = [p.text for p in doc.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert len(entries) >= 5
    assert {p.style.name for p in entries} == {"toc 1", "toc 2"}
    for entry in entries:
        assert entry._p.find(qn("w:r") + "/" + qn("w:br")) is None
        assert not entry.text.startswith(" ")
        assert entry.text in headings
        links = entry._p.findall(qn("w:hyperlink"))
        assert len(links) == 1 and links[0].get(qn("w:anchor")) in bookmarks
    # One TOC field around them: its begin in the first entry, its end in the last.
    kinds = [f.get(qn("w:fldCharType")) for p in entries for f in p._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert 'TOC \\o "1-2"' in entries[0]._p.xml
    styles = {s.get(qn("w:styleId")): s for s in doc.styles.element.iter(qn("w:style"))}
    assert styles["TOC1"].get(qn("w:customStyle")) is None  # Word's own "toc 1"
    # The note on page numbers is hidden text, its paragraph mark too: never printed.
    following = entries[-1]._p.getnext()
    note = next(p for p in doc.paragraphs if p._p is following)
    assert note.text.strip() and note.runs
    assert all(r._r.rPr.find(qn("w:vanish")) is not None for r in note.runs)
    assert note._p.pPr.find(qn("w:rPr")).find(qn("w:vanish")) is not None
