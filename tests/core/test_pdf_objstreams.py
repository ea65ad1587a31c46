"""Packs written with object streams: the same document as ReportLab's classic file, smaller."""

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject, StreamObject
from reportlab import rl_config

from briefer.core.packs import document
from briefer.core.packs.content import SECTIONS, build_content
from briefer.core.packs.render import render_pack
from tests.core.pdf_readers import READERS
from tests.core.test_packs import marked  # noqa: F401 - fixture


def _render(store, marked, out, lang, compact: bool, monkeypatch, content=None):  # noqa: F811
    delegation, amina = marked
    if content is None:
        content = build_content(store, delegation, amina, lang, SECTIONS, "RESTRICTED")
    with monkeypatch.context() as m:
        m.setattr(rl_config, "invariant", 1)  # a fixed date and file identifier
        if not compact:
            m.setattr(document, "use_object_streams", lambda canvas: None)
        render_pack(content, out)
    return out


def _value(obj):
    """A PDF object as plain data: streams by their decoded bytes, references by number."""
    if isinstance(obj, IndirectObject):
        return ("ref", obj.idnum)
    if isinstance(obj, StreamObject):
        rest = {k: _value(v) for k, v in obj.items() if k not in ("/Length", "/Filter")}
        return ("stream", rest, obj.get_data())
    if isinstance(obj, dict):
        return {k: _value(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_value(v) for v in obj]
    return obj


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_object_is_the_one_the_classic_file_holds(store, marked, tmp_path, monkeypatch, lang):  # noqa: F811
    # One content for both: its time of printing is in every page's footer (built twice, the
    # two files differed when a minute turned between them: a failure seen once in CI).
    delegation, amina = marked
    content = build_content(store, delegation, amina, lang, SECTIONS, "RESTRICTED")
    classic = _render(store, marked, tmp_path / "classic.pdf", lang, False, monkeypatch, content)
    compact = _render(store, marked, tmp_path / "compact.pdf", lang, True, monkeypatch, content)
    old, new = PdfReader(classic, strict=True), PdfReader(compact, strict=True)
    assert b"/ObjStm" not in classic.read_bytes()  # the comparison is with the classic layout
    count = int(old.trailer["/Size"])
    assert count > 50
    for number in range(1, count):
        assert _value(new.get_object(number)) == _value(old.get_object(number)), number
    assert _value(new.trailer["/Root"]) == _value(old.trailer["/Root"])
    assert new.metadata == old.metadata and new.metadata.title
    assert compact.stat().st_size < 0.9 * classic.stat().st_size


def test_a_pack_reads_in_every_reader_without_complaint(store, marked, tmp_path, monkeypatch):  # noqa: F811
    path = _render(store, marked, tmp_path / "pack.pdf", "ar", True, monkeypatch)
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-1.5") and b"/Type /ObjStm" in raw and b"\nxref\n" not in raw
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler's pdfinfo is not installed (dev.py installs poppler-utils)")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert info.stderr == "" and "Pages:" in info.stdout
    texts = {name: read(raw) for name, read in READERS.items()}
    assert all("RESTRICTED" in text or "مقيد" in text for text in texts.values()), texts
    assert len(PdfReader(path).outline) > 0


def test_a_document_reportlab_encrypts_keeps_reportlabs_own_writer(tmp_path):
    """Encrypted strings are keyed to their object's number: no object streams then."""
    from reportlab.pdfgen.canvas import Canvas

    from briefer.core.packs.objstreams import use_object_streams

    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="secret")
    use_object_streams(canvas)
    canvas.drawString(72, 72, "Confidential line")
    canvas.showPage()
    canvas.save()
    reader = PdfReader(path)
    assert reader.is_encrypted and b"/ObjStm" not in path.read_bytes()
    reader.decrypt("secret")
    assert "Confidential line" in reader.pages[0].extract_text()
