"""Found by review of the Word packs' XML: a note's formatting as its writer typed it, in the
window's preview (core's Markdown), the PDF and the Word pack alike: hard line breaks, a list's
first number, "1)" lists, the space after a table."""

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from pdf_readers import READERS

from briefer.core.delegations import create_delegation
from briefer.core.markdown_text import to_html
from briefer.core.notes import add_note
from briefer.core.packs.service import make_pack
from briefer.core.richtext import markdown_html

NOTE = (
    "Ligne forcée  \nsuite de la ligne.\n\n"
    "Barre oblique\\\nà la ligne.\n\n"
    "3. troisième\n4. quatrième\n\n"
    "Parenthèses :\n\n1) premier point\n2) second point\n\n"
    "| A | B |\n|---|---|\n| 1 | 2 |\n\n"
    "Après le tableau."
)


@pytest.fixture
def noted(store):
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    add_note(store, delegation, None, NOTE)
    return delegation


def _pack(store, delegation, tmp_path, fmt: str) -> bytes:
    out = tmp_path / f"pack.{fmt}"
    make_pack(store, delegation, None, out, "fr", sections=["notes"], format=fmt)
    return out.read_bytes()


def test_core_markdown_reads_parenthesis_lists_and_backslash_breaks():
    html = to_html("1) premier\n2) second")
    assert html.count("<li>") == 2 and "<ol>" in html
    assert "<br" in to_html("a\\\nb") and "\\" not in to_html("a\\\nb")
    assert to_html("x\n\n3. c\n4. d").count('start="3"') == 1
    fenced = to_html("```\n1) a\n2) b\n```")  # code stays as written
    assert "<li>" not in fenced and "1) a" in fenced
    assert "<code>a\\</code>" in to_html("`a\\`\nb")  # a code span keeps its backslash
    assert '<ol start="3">' in markdown_html("x\n\n3. c\n4. d")  # the window's preview


def test_word_notes_keep_breaks_numbers_and_lists(store, noted, tmp_path):
    out = tmp_path / "pack.docx"
    out.write_bytes(_pack(store, noted, tmp_path, "docx"))
    doc = Document(out)
    texts = [p.text for p in doc.paragraphs]
    # A hard line break is a w:br inside the paragraph (python-docx reads it as "\n").
    assert "Ligne forcée\nsuite de la ligne." in texts
    assert "Barre oblique\nà la ligne." in texts
    # "3." starts at 3.
    third = next(p for p in doc.paragraphs if p.text == "troisième")
    num_id = third._p.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    num = numbering.num_having_numId(num_id)
    assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "3"
    # "1) … 2) …" are two list items.
    items = [p for p in doc.paragraphs if p.text in ("premier point", "second point")]
    assert [p.style.name for p in items] == ["List Number", "List Number"]
    assert items[0]._p.pPr.numPr.numId.val != num_id  # a list of its own, from 1
    # No empty paragraph after the table; the next one keeps its distance from it.
    table = doc.tables[-1]._tbl
    after = table.getnext()
    assert after.tag == qn("w:p")
    paragraph = next(p for p in doc.paragraphs if p._p is after)
    assert paragraph.text == "Après le tableau."
    assert paragraph.paragraph_format.space_before >= Pt(8)


def test_word_two_tables_in_a_row_stay_apart(store, tmp_path):
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    add_note(store, delegation, None, "| A |\n|---|\n| 1 |\n\n| B |\n|---|\n| 2 |")
    out = tmp_path / "pack.docx"
    out.write_bytes(_pack(store, delegation, tmp_path, "docx"))
    tables = Document(out).tables
    assert len(tables) == 2
    between = tables[0]._tbl.getnext()
    assert between.tag == qn("w:p")  # Word would make them one table


@pytest.mark.parametrize("reader", sorted(READERS))
def test_pdf_notes_keep_breaks_numbers_and_lists(store, noted, tmp_path, reader):
    text = READERS[reader](_pack(store, noted, tmp_path, "pdf"))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Ligne forcée" in lines and "suite de la ligne." in lines
    assert "Barre oblique" in lines and "à la ligne." in lines
    assert "3. troisième" in lines and "4. quatrième" in lines
    assert "1. premier point" in lines and "2. second point" in lines
