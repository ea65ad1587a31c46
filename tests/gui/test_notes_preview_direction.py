"""Every paragraph of a note's preview in the note's direction, as the packs print it
(note_blocks.note_direction): not each paragraph's own by its first letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock

ARABIC = "فقرة عربية قصيرة في ملاحظة."
ENGLISH = "An English paragraph in a note."
LTR_NOTE = (
    f"{ENGLISH} Most of this note is written in English, with one paragraph in Arabic.\n\n"
    f"{ARABIC}\n\n- بند عربي\n- An English item\n\n"
    "| عمود | column |\n| --- | --- |\n| خلية | cell |\n"
)
RTL_NOTE = (
    f"{ARABIC} معظم هذه الملاحظة مكتوب بالعربية مع فقرة واحدة بالإنكليزية.\n\n"
    f"{ENGLISH}\n\n- An English item\n- بند عربي\n\n"
    "| column | عمود |\n| --- | --- |\n| cell | خلية |\n"
)


def _blocks(notes) -> list[QTextBlock]:
    found, block = [], notes.preview.document().begin()
    while block.isValid():
        if block.text():
            found.append(block)
        block = block.next()
    return found


def _gap(block: QTextBlock, rtl: bool) -> float:
    """Room between the block's first line and the side a paragraph of the note starts from."""
    line = block.layout().lineAt(0)
    text = line.naturalTextRect()
    return line.x() + line.width() - text.right() if rtl else text.left() - line.x()


@pytest.mark.parametrize(("note", "rtl"), [(LTR_NOTE, False), (RTL_NOTE, True)])
def test_every_paragraph_of_the_preview_reads_in_the_notes_direction(
    window, delegation, qtbot, note, rtl
):
    """Found by review: in a left-to-right note (the box unticked, as it starts) the preview
    laid its Arabic paragraph, list item and cell out right to left, the packs left to right."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText(note)
    qtbot.waitUntil(lambda: "cell" in notes.preview.toPlainText(), timeout=10_000)
    assert notes.rtl.isChecked() is rtl  # the dominant script's, as the packs compute it
    wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    blocks = _blocks(notes)
    shown = "|".join(b.text() for b in blocks)
    assert all(t in shown for t in (ARABIC, ENGLISH, "بند عربي", "An English item", "خلية", "cell"))
    assert {b.text(): b.layout().textOption().textDirection() for b in blocks} == {
        b.text(): wanted for b in blocks
    }
    assert {b.text(): _gap(b, rtl) < 1 for b in blocks} == {b.text(): True for b in blocks}


def test_the_writers_direction_lays_the_preview_out(window, delegation, qtbot):
    """The box ticked by hand sets every paragraph right to left, unticked again left to right."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText(LTR_NOTE)
    qtbot.waitUntil(lambda: "cell" in notes.preview.toPlainText(), timeout=10_000)
    for rtl in (True, False):
        notes.rtl.setChecked(rtl)
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert {b.layout().textOption().textDirection() for b in _blocks(notes)} == {wanted}
