"""Font faces read a table at a time (issue 12: a process's first pack) give ReportLab's values."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from briefer.core.packs import fontinfo
from briefer.core.packs.fonts import _Face
from briefer.core.paths import resources_dir

FONTS = sorted((resources_dir() / "fonts").glob("*.ttf"))
READ = ("charToGlyph", "glyphToChar", "charWidths", "defaultWidth", "hmetrics", "glyphPos")


def _same_as_reportlab(path) -> None:
    ours, theirs = _Face(str(path), validate=0), TTFontFace(str(path), validate=0)
    for name in READ:
        mine, reference = getattr(ours, name), getattr(theirs, name)
        assert mine == reference, name
        if isinstance(reference, dict):
            assert list(mine) == list(reference), name  # same order, as code points are drawn
            assert [type(v) for v in mine.values()] == [type(v) for v in reference.values()]
    assert ours.name == theirs.name and ours.unitsPerEm == theirs.unitsPerEm


def test_the_bundled_fonts_are_all_read():
    assert {p.stem for p in FONTS} >= {"Amiri-Regular", "DejaVuSans", "NotoSansSymbols2-Regular"}


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.stem)
def test_a_face_reads_as_reportlab_reads_it(path):
    _same_as_reportlab(path)


def _reportlab_reads(monkeypatch) -> list[int]:
    """The charInfo of each call of ReportLab's extractInfo made for a `_Face` of Amiri."""
    calls: list[int] = []
    original = TTFontFace.extractInfo

    def counted(self, charInfo=1):  # noqa: N803 - ReportLab's name
        calls.append(charInfo)
        return original(self, charInfo)

    with monkeypatch.context() as patch:
        patch.setattr(TTFontFace, "extractInfo", counted)
        _Face(str(resources_dir() / "fonts" / "Amiri-Regular.ttf"), validate=0)
    return calls


def test_reportlab_reads_only_the_headers_of_a_face_read_here(monkeypatch):
    assert _reportlab_reads(monkeypatch) == [0]


def test_a_face_whose_cmap_is_not_read_here_is_left_to_reportlab(monkeypatch):
    monkeypatch.setattr(fontinfo, "_CMAP_FORMATS", ())
    assert _reportlab_reads(monkeypatch) == [0, 1]  # the headers, then all of it
    _same_as_reportlab(resources_dir() / "fonts" / "Amiri-Regular.ttf")
