"""The Packs view's format choice: a Word pack kept in the packs folder, opened by the system."""

from __future__ import annotations

from docx import Document
from PySide6.QtGui import QDesktopServices

from briefer.core.marks import set_mark

from .conftest import finish


def _build(packs, qtbot) -> None:
    job = packs.render()
    assert job is not None
    finish(qtbot, job, timeout=60_000)


def test_a_word_pack_is_kept_and_opened_by_the_system(window, delegation, qtbot, monkeypatch):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    assert [packs.format.itemData(i) for i in range(packs.format.count())] == ["pdf", "docx"]
    packs.format.setCurrentIndex(packs.format.findData("docx"))
    assert "no preview" in packs.preview.strip.placeholder
    _build(packs, qtbot)

    assert packs.last is not None and packs.last.suffix == ".docx"
    assert packs.last.parent == window.ctx.folder / "packs"
    document = Document(str(packs.last))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings, "the Word pack has its headings as Word heading styles"
    assert packs.preview.page_count() == 0 and "Word pack ready" in packs.status.text()
    assert packs.open_button.isEnabled() and not packs.print_button.isEnabled()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert packs.open_document()
    assert [url.toLocalFile() for url in opened] == [str(packs.last)]

    packs.format.setCurrentIndex(packs.format.findData("pdf"))
    _build(packs, qtbot)
    assert packs.last.suffix == ".pdf" and packs.preview.page_count() > 0
    assert packs.print_button.isEnabled()


def test_a_day_sheet_is_always_a_pdf(window, delegation):
    window.show_view("packs")
    packs = window.views["packs"]
    packs.format.setCurrentIndex(packs.format.findData("docx"))
    packs.kind.setCurrentIndex(packs.kind.findData("daysheet"))
    assert not packs.form.isRowVisible(packs.format) and packs.pack_format() == "pdf"
