"""A pack's pages: none blank, a footer that keeps room for the page number, a watermark seen
and never copied."""

import shutil

import pdfplumber
import pypdfium2 as pdfium
import pytest

from briefer.core.delegations import create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note, update_note
from briefer.core.packs.options import MARGIN, PackOptions
from briefer.core.packs.service import make_daysheet, make_pack
from tests.core.pdf_readers import pdfium as pdfium_text
from tests.core.pdf_readers import poppler
from tests.core.pdf_readers import pypdf as pypdf_text


def blank_pages(path) -> list[int]:
    """The pages whose body (between the header's and the footer's rules) holds no text."""
    doc = pdfium.PdfDocument(str(path))
    try:
        blank = []
        for number, page in enumerate(doc, 1):
            width, height = page.get_size()
            body = page.get_textpage().get_text_bounded(0, MARGIN, width, height - MARGIN)
            if not body.strip():
                blank.append(number)
        return blank
    finally:
        doc.close()


@pytest.mark.parametrize("sections", ["sessions", "notes"])
def test_a_section_that_fills_its_last_page_leaves_no_blank_page(store, tmp_path, sections):
    """The space after an item never goes to a page of its own (it did when a section's last
    item ended at the page's foot, and the page break after it left that page blank)."""
    delegation = create_delegation(store, "Delegation of Senegal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    note = add_note(store, delegation, "ppf:ses-2021-101" if sections == "sessions" else None, "x")
    found = []
    for lines in range(30, 60):
        body = "\n".join(f"- Point {n}: a line of the brief" for n in range(lines))
        update_note(store, note.id, body)
        out = tmp_path / f"{lines}.pdf"
        make_pack(store, delegation, None, out, "en", options=PackOptions(), sections=[sections])
        found += [(lines, page) for page in blank_pages(out)]
    assert found == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_long_classification_leaves_the_page_number_readable(store, tmp_path, lang):
    """The footer's classification and printing date took the whole width and were drawn
    over the page number, which is drawn at the footer's start once the count is known."""
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "day.pdf"
    marking = "DIFFUSION RESTREINTE — SPÉCIAL FRANCE — NE PAS DIFFUSER"
    make_daysheet(store, delegation, None, "2021-11-11", out, lang, classification=marking)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        foot = [w for w in page.extract_words() if w["top"] > page.height - MARGIN]
    number = [w for w in foot if w["text"] in ("1", "Page", "صفحة", "الصفحة")]
    marked = [w for w in foot if w["text"] in ("DIFFUSION", "DIFFUSER", "NE")]
    assert number and marked, foot
    if lang == "ar":  # the number at the right, the rest to its left
        assert max(w["x1"] for w in marked) < min(w["x0"] for w in number)
    else:
        assert max(w["x1"] for w in number) < min(w["x0"] for w in marked)


def _dark_pixels(pdf, page: int) -> int:
    """The pixels of `page` darker than white, as poppler renders it in grey at 20 dpi."""
    import subprocess

    data = subprocess.run(
        ["pdftoppm", "-gray", "-r", "20", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    _header, pixels = data.split(b"\n255\n", 1)  # P5 width height 255, then one byte a pixel
    return sum(1 for value in pixels if value < 250)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) not installed")
def test_the_watermark_is_seen_on_every_page_and_copied_with_none(store, tmp_path):
    """Drawn as outlines, not text: readers began each page's text with it, and poppler put
    its letters between the body's lines (once reversing two lines of an address)."""
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    paths = {}
    for mark in ("", "PROJET مسودة"):
        paths[mark] = tmp_path / f"{len(mark)}.pdf"
        make_pack(store, delegation, None, paths[mark], "fr", options=PackOptions(watermark=mark))
    data = paths["PROJET مسودة"].read_bytes()
    for text in (pdfium_text(data), pypdf_text(data), poppler(data)):
        assert "PROJET" not in text and "مسودة" not in text
        assert not any(letter in text for letter in "مسودة")  # no letter of it either
    pages = len(pdfium.PdfDocument(data))
    for page in range(1, pages + 1):
        assert _dark_pixels(paths["PROJET مسودة"], page) > _dark_pixels(paths[""], page) + 100


def _illustrative_programme(store) -> None:
    """An ILLUSTRATIVE programme of the namespace `demo`, applied beside the forum's."""
    from briefer.core.catalogue.io import CatalogueData
    from briefer.core.sync.apply import apply_catalogue

    data = CatalogueData()
    data.add("editions", {"id": "demo:e", "year": 2030, "name_en": "Demo forum"})
    data.add(
        "sessions",
        {"id": "demo:s", "edition_id": "demo:e", "title_en": "Demo session",
         "day": "2030-11-11", "timezone": "Europe/Paris", "status": "scheduled"},
    )  # fmt: skip
    data.meta = {"source_name": "demo", "illustrative": True}
    apply_catalogue(store, "demo", data, source="demo.json", kind="file")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_only_a_pack_holding_illustrative_items_says_so(store, tmp_path, fmt):
    """Found by review: one illustrative file imported beside the forum's programme labelled
    every page of a pack of the forum's own, sourced sessions "ILLUSTRATIVE DATA" (and the
    footers lost their printing date)."""
    from docx import Document

    _illustrative_programme(store)
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")

    def text(out) -> str:
        if fmt == "docx":
            doc = Document(str(out))
            parts = [p.text for p in doc.paragraphs]
            parts += [p.text for s in doc.sections for p in s.header.paragraphs]
            return "\n".join(parts)
        return poppler(out.read_bytes())

    forum = tmp_path / f"forum.{fmt}"
    make_pack(store, delegation, None, forum, "en", format=fmt)
    assert "ILLUSTRATIVE" not in text(forum)
    if fmt == "pdf":
        assert "Printed" in text(forum)
    set_mark(store, delegation, "demo:s", "must")
    mixed = tmp_path / f"mixed.{fmt}"
    make_pack(store, delegation, None, mixed, "en", format=fmt)
    assert "ILLUSTRATIVE" in text(mixed)
    if fmt == "pdf":  # on every page, beside the printing date
        pages = poppler(mixed.read_bytes()).split("\f")
        assert all("ILLUSTRATIVE" in p and "Printed" in p for p in pages if p.strip())


def test_a_long_watermark_is_set_smaller_to_stay_on_the_page(store, tmp_path):
    """Found by review: « PROJET CONFIDENTIEL NE PAS DIFFUSER » ran off an A5 day sheet at
    both ends (its first letter lost): it is set smaller to fit the page's diagonal."""
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "day.pdf"
    long = "PROJET CONFIDENTIEL NE PAS DIFFUSER"
    make_daysheet(store, delegation, None, "2021-11-11", out, "fr", watermark=long)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        grey = [
            c for c in page.curves if c["fill"] and tuple(c["non_stroking_color"]) == (0.85,) * 3
        ]
        assert grey
        assert min(c["x0"] for c in grey) >= 0 and max(c["x1"] for c in grey) <= page.width
        assert min(c["top"] for c in grey) >= 0 and max(c["bottom"] for c in grey) <= page.height
