"""The QR codes printed in a pack: a phone reads each back as the brief's link."""

import pypdfium2
import pytest
import zxingcpp

from briefer.core.packs.qr import QrCode
from tests.core.test_packs import marked, render  # noqa: F401 - fixture


def _codes_on_pages(path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        found = []
        for page in pdf:
            image = page.render(scale=200 / 72).to_pil()  # 200 dpi, a phone camera's view
            found += [code.text for code in zxingcpp.read_barcodes(image)]
        return found
    finally:
        pdf.close()


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
