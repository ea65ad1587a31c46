"""A numbered list in the preview: its items' text in one column whatever their number's width."""

from __future__ import annotations

import pytest

ITEMS = ["الخامس", "السادس", "السابع", "ثامن", "تاسع", "البند العاشر", "البند الحادي عشر"]


def _text_starts(document, rtl: bool) -> dict[str, float]:
    """Where each list item's text starts as laid out: the x of its edge beside the number."""
    layout = document.documentLayout()
    starts, markers = {}, []
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            markers.append(block.textList().itemText(block))
            text = block.layout().lineAt(0).naturalTextRect()
            edge = text.right() if rtl else text.left()
            starts[block.text()] = layout.blockBoundingRect(block).x() + edge
        block = block.next()
    assert markers == [f"{n}." for n in range(5, 12)]  # numbers of one and two digits
    return starts


@pytest.mark.parametrize("rtl", [True, False])
def test_list_items_past_nine_keep_their_text_in_one_column(window, delegation, qtbot, rtl):
    """Reported by review (« .10 » sticking out): the items' text stays in one column, the
    number growing away from it (its period beside the text), as in the lists of a browser."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText("".join(f"{n}. {t}\n" for n, t in enumerate(ITEMS, 5)))
    notes.rtl.setChecked(rtl)
    qtbot.waitUntil(lambda: ITEMS[-1] in notes.preview.toPlainText(), timeout=10_000)
    starts = _text_starts(notes.preview.document(), rtl)
    assert sorted(starts) == sorted(ITEMS)
    digit = notes.preview.fontMetrics().horizontalAdvance("0")
    assert max(starts.values()) - min(starts.values()) < digit / 2, starts
