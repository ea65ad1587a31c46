"""A note's table in the preview: each column where its writer aligned it, as the packs set
it (markdown_flow._table), in either direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable

from briefer.core.richtext import TABLE, clean_html

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
CENTER = Qt.AlignmentFlag.AlignHCenter
NOTE = (
    "| الوفد | الموعد | ملاحظة | البند |\n"
    "| :--- | :---: | ---: | --- |\n"
    "| السنغال | 15:00 | لقاء ثنائي | مذكرة |\n"
)


def _preview_table(notes, qtbot, rtl: bool) -> QTextTable:
    notes.rtl.setChecked(rtl)
    qtbot.waitUntil(lambda: "مذكرة" in notes.preview.toPlainText(), timeout=10_000)
    frames = notes.preview.document().rootFrame().childFrames()
    tables = [f for f in frames if isinstance(f, QTextTable)]
    assert len(tables) == 1
    return tables[0]


def _sides(table: QTextTable, row: int) -> dict[str, Qt.AlignmentFlag]:
    """Each cell's text in `row` and where it sits, as the preview lays it out."""
    sides = {}
    for column in range(table.columns()):
        block = table.cellAt(row, column).firstCursorPosition().block()
        sides[block.text()] = block.blockFormat().alignment() & (LEFT | RIGHT | CENTER)
    return sides


@pytest.mark.parametrize("rtl", [True, False])
def test_a_notes_table_keeps_its_column_alignment_in_the_preview(window, delegation, qtbot, rtl):
    """Found by review: the preview centred every heading and set every cell on the note's
    side, whatever `| :--- | :---: | ---: |` asked; the packs keep it. "left" is the page's
    left in an Arabic note too, as in the PDF; a column not aligned reads from the note's side."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText(NOTE)
    table = _preview_table(notes, qtbot, rtl)
    start = RIGHT if rtl else LEFT
    assert _sides(table, 0) == {"الوفد": LEFT, "الموعد": CENTER, "ملاحظة": RIGHT, "البند": start}
    body = _sides(table, 1)
    assert body == {"السنغال": LEFT, "15:00": CENTER, "لقاء ثنائي": RIGHT, "مذكرة": start}


@pytest.mark.parametrize(
    ("attributes", "kept"),
    [
        ('style="text-align: justify"', '<td align="left">'),
        ('style="text-align: center; color: red"', '<td align="center">'),
        ('style="text-align: rightwards"', '<td align="left">'),
        ('align="right" style="background: url(http://x)"', '<td align="left">'),
        ("onclick=\"alert('x')\" style='text-align:right'", '<td align="right">'),
    ],
)
def test_a_cells_alignment_is_all_its_attributes_kept(attributes, kept):
    """Only left, center or right of a cell's style reaches the window, as the sanitiser's other
    rules go: the cell's own attributes never do."""
    assert clean_html(f"<table><tr><td {attributes}>x</td></tr></table>") == (
        f"<table {TABLE}><tr>{kept}x</td></tr></table>"
    )
