"""How paragraphs are written into a page's content stream (issue 12: packs' speed and size)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from briefer.core.packs.textlayout import Span
from tests.core.test_packs import layout_pdf


def _page_content(data: bytes) -> bytes:
    return PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()


def test_a_paragraph_selects_its_font_and_colour_once_and_moves_relatively():
    text = "The forum brings together heads of state and civil society. " * 6
    content = _page_content(layout_pdf([([Span(text)], "ltr")], width=200)).decode("latin-1")
    content = content[content.index("cm\n") :]  # after the canvas's own opening font
    lines = content.count("BT")
    assert lines >= 5
    assert content.count(" Tf") == 1
    assert content.count(" rg") == 1
    assert " Tm" not in content
    moves = re.findall(r"(-?[\d.]+) (-?[\d.]+) Td", content)
    assert len(moves) == lines  # each line opens with one move, from the text object's origin
    ys = [float(y) for _, y in moves]
    assert ys == sorted(ys, reverse=True)  # line after line, down the page
