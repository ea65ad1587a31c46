"""The QR codes printed in a pack: a phone reads each back as the brief's link."""

from urllib.parse import unquote

import pypdfium2
import pytest
import zxingcpp

from briefer.core.marks import set_mark
from briefer.core.packs.qr import QrCode, ascii_url
from tests.core.test_packs import marked, render  # noqa: F401 - fixture


def _symbols_on_pages(path) -> list:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        found = []
        for page in pdf:
            image = page.render(scale=200 / 72).to_pil()  # 200 dpi, a phone camera's view
            found += zxingcpp.read_barcodes(image)
        return found
    finally:
        pdf.close()


def _codes_on_pages(path) -> list[str]:
    return [symbol.text for symbol in _symbols_on_pages(path)]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_each_project_link_prints_as_a_qr_code_that_reads_back(store, marked, tmp_path, lang):  # noqa: F811
    path = render(store, marked, tmp_path, lang)
    url = store.query_one("SELECT url FROM cat.projects WHERE id = 'ppf:proj-2021-001'")["url"]
    assert url and url.startswith("https://")
    assert _codes_on_pages(path) == [url]


def test_a_long_link_fits_a_code_that_reads_back(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    url = "https://parispeaceforum.org/projects/" + "a-very-long-project-slug-" * 12
    out = tmp_path / "qr.pdf"
    canvas = Canvas(str(out))
    QrCode(url, size=160).drawOn(canvas, 100, 500)
    canvas.save()
    assert _codes_on_pages(out) == [url]


def test_an_arabic_link_is_encoded_as_an_ascii_address_any_scanner_reads(store, tmp_path):
    """A project's own page whose address is written in Arabic letters (a path and a domain):
    the code holds its ASCII form, which every scanner and browser opens."""
    from factories import make_catalogue, project, session

    from briefer.core.delegations import create_delegation
    from briefer.core.packs.service import make_pack

    url = "https://مثال.إختبار/مشاريع/جنين"
    make_catalogue(
        tmp_path / "c.db",
        [session("s", "Opening plenary")],
        [project("p", "Jenin project", url=url, name_ar="مشروع جنين")],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "وفد")
    set_mark(store, delegation, "test:p", "should")
    out = tmp_path / "pack-ar.pdf"
    make_pack(store, delegation, None, out, "ar")
    symbols = _symbols_on_pages(out)
    assert len(symbols) == 1
    read = symbols[0].text
    assert read == ascii_url(url) and read.isascii() and unquote(read).startswith("https://")
    assert all(s.symbology_identifier == "]Q1" for s in symbols)  # no ECI: no code page to guess


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/plain?a=1#x", "https://example.org/plain?a=1#x"),
        ("https://example.org/a%20b/é", "https://example.org/a%20b/%C3%A9"),
        ("https://مثال.إختبار/طريق", "https://xn--mgbh0fb.xn--kgbechtv/%D8%B7%D8%B1%D9%8A%D9%82"),
        ("https://user@bücher.de:8080/x?é=1", "https://user@xn--bcher-kva.de:8080/x?%C3%A9=1"),
    ],
)
def test_ascii_url(url, expected):
    assert ascii_url(url) == expected


def test_a_long_code_grows_so_a_module_stays_half_a_millimetre_and_an_overlong_one_is_left_out():
    from briefer.core.packs.qr import BORDER, MIN_MODULE

    short = QrCode("https://parispeaceforum.org/")
    assert short.wrap(500, 500) == (72.0, 72.0)
    arabic = QrCode("https://www.janobiyat.com/news/" + "منتدى-باريس-للسلام-" * 6)
    side, _ = arabic.wrap(500, 500)
    assert side > 72.0 and side / (len(arabic.matrix()) + 2 * BORDER) >= MIN_MODULE
    overlong = QrCode("https://example.org/" + "سلام" * 600)  # over 2,953 bytes once escaped
    assert overlong.matrix() == [] and overlong.wrap(500, 500) == (0.0, 0.0)
    malformed = QrCode("https://[مثال/x")  # urlsplit refuses the unclosed IPv6 bracket
    assert malformed.wrap(500, 500) == (0.0, 0.0)
