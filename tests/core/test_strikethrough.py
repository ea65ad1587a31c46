"""`~~text~~` in a note is struck out in the window, the PDF and the Word pack (found by
review: the tildes were printed), and stays text everywhere it is not Markdown's."""

from __future__ import annotations

import pdfplumber
import pytest
from docx import Document

from briefer.core.delegations import create_delegation
from briefer.core.markdown_text import to_html
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.packs.note_blocks import markdown_blocks
from briefer.core.packs.service import make_pack
from briefer.core.richtext import markdown_html

NOTE = "Réunion ~~annulée~~ maintenue.\n\n~~إلغاء الاجتماع~~ الاجتماع مؤكد\n\nGarder `~~ceci~~`."


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("a ~~b c~~ d", "<p>a <del>b c</del> d</p>"),
        ("**~~gras barré~~**", "<p><strong><del>gras barré</del></strong></p>"),
        ("x ~~ y ~~ z", "<p>x ~~ y ~~ z</p>"),  # spaces inside the marks: not a strike
        ("`~~x~~`", "<p><code>~~x~~</code></p>"),
        ("~~~", "<p>~~~</p>"),
        ("<del>typed</del>", "<p>&lt;del&gt;typed&lt;/del&gt;</p>"),  # raw HTML stays text
    ],
)
def test_markdown_strikes_what_two_tildes_enclose(source, html):
    assert to_html(source) == html


def test_the_window_keeps_the_strike_and_nothing_else_new():
    assert "<del>annulée</del>" in markdown_html(NOTE)
    assert "<del>" not in markdown_html("<del onclick=x>typed</del>")


def test_a_struck_span_is_marked_for_the_packs():
    blocks = markdown_blocks(NOTE)
    spans = [s for b in blocks for s in b.spans]
    struck = {s.text for s in spans if s.strike}
    assert struck == {"annulée", "إلغاء الاجتماع"}
    assert any(s.text == "~~ceci~~" and not s.strike for s in spans)


@pytest.fixture
def noted(store):
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(store, delegation, "ppf:ses-2021-101", NOTE)
    return delegation


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_pdf_pack_draws_a_line_through_the_struck_words_only(store, noted, tmp_path, lang):
    out = tmp_path / f"pack-{lang}.pdf"
    make_pack(store, noted, None, out, lang)
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if "annulée" in (p.extract_text() or ""))
        words = page.extract_words()
        lines = [ln for ln in page.lines if ln["top"] == ln["bottom"]]
        text = page.extract_text()
    assert "~~annulée~~" not in text and "~~ceci~~" in text
    from tests.core.pdf_readers import READERS

    for name, read in READERS.items():  # the words as each reader copies them, marks gone
        copied = read(out.read_bytes()).split()
        assert "annulée" in copied and "~~ceci~~." in copied and "~~annulée~~" not in copied, name

    def struck(word: dict) -> bool:
        return any(
            ln["x0"] <= word["x0"] + 1
            and word["x1"] - 1 <= ln["x1"]
            and word["top"] < ln["top"] < word["bottom"]
            for ln in lines
        )

    by_text = {w["text"]: w for w in words}
    assert struck(by_text["annulée"]) and not struck(by_text["maintenue."])
    rows: dict[int, list[dict]] = {}
    for w in words:
        if any("\u0600" <= ch <= "\u06ff" for ch in w["text"]):
            rows.setdefault(round(w["top"]), []).append(w)
    below = by_text["annulée"]["top"]
    note_line = rows[min(top for top in rows if top > below)]  # the note's next paragraph
    read = sorted(note_line, key=lambda w: -w["x1"])  # right to left: the order it is read
    assert [struck(w) for w in read[:3]] == [True, True, False]  # "إلغاء الاجتماع" only
    assert not any(struck(w) for w in read[2:])


def test_a_word_pack_strikes_the_runs(store, noted, tmp_path):
    out = tmp_path / "pack.docx"
    make_pack(store, noted, None, out, "fr", format="docx")
    runs = [r for p in Document(out).paragraphs for r in p.runs]
    assert any(r.font.strike and "annulée" in r.text for r in runs)
    assert not any(r.font.strike and "maintenue" in r.text for r in runs)
