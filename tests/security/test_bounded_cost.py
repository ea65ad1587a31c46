"""Bounded cost of a note's huge paragraph in a pack and of listing many marks.

Ratios of an input and one ten times larger within one run (linear: about 10), or a count of
SQL statements that must not grow with the input; no wall-clock limit. Figures: bench/README.md.
"""

from __future__ import annotations

import io
import time

from reportlab.platypus import SimpleDocTemplate

from briefer.cli import main
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import list_marks, mark_summaries
from briefer.core.packs.fonts import load_fonts, unregister
from briefer.core.packs.markdown_flow import markdown_flowables, paragraph_pieces
from briefer.core.packs.styles import make_styles
from briefer.core.packs.textlayout import Span

RATIO_LIMIT = 30


def _layout_cost(characters: int, fonts, styles) -> float:
    source = ("lorem ipsum dolor sit amet " * (characters // 27 + 1))[:characters]
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        SimpleDocTemplate(io.BytesIO()).build(markdown_flowables(source, styles, fonts))
        best = min(best, time.perf_counter() - started)
    return best


def test_a_huge_paragraph_costs_in_proportion_to_its_length():
    fonts = load_fonts("cost")
    try:
        styles = make_styles("en")
        _layout_cost(1_000, fonts, styles)
        ratio = _layout_cost(120_000, fonts, styles) / _layout_cost(12_000, fonts, styles)
    finally:
        unregister(fonts)
    assert ratio < RATIO_LIMIT, f"×{ratio:.0f} for ten times the paragraph"


def test_a_paragraph_is_cut_at_word_boundaries_and_keeps_every_character():
    spans = [Span("word " * 1000), Span("x" * 5000, bold=True), Span(" end")]
    pieces = paragraph_pieces(spans, limit=2000)
    assert "".join(s.text for p in pieces for s in p) == "".join(s.text for s in spans)
    assert all(sum(len(s.text) for s in p) <= 2000 for p in pieces)
    assert all(p[-1].text.endswith(" ") for p in pieces[:2])
    assert any(s.bold for p in pieces for s in p)
    assert paragraph_pieces([Span("short")]) == [[Span("short")]]


def _many_marks(store, count: int):
    delegation = create_delegation(store, f"D{count}", "SN")
    amina = add_delegate(store, delegation, f"Amina {count}")
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO marks (delegation_id, item_id, priority, status, created, modified)"
            " VALUES (?, ?, 'should', 'open', '2026-01-01', '2026-01-01')",
            [(delegation.id, f"zz:item-{i}") for i in range(count)],
        )
        store.conn.executemany(
            "INSERT INTO mark_delegates (delegation_id, item_id, delegate_id) VALUES (?, ?, ?)",
            [(delegation.id, f"zz:item-{i}", amina.id) for i in range(0, count, 2)],
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO item_snapshots (item_id, kind, title_en)"
            " VALUES (?, 'session', ?)",
            [(f"zz:item-{i}", f"Item {i}") for i in range(count)],
        )
    return delegation


def _statements(store, work) -> int:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        store.conn.set_trace_callback(None)
    return len(seen)


def test_listing_marks_issues_no_query_per_mark(store):
    small, large = _many_marks(store, 100), _many_marks(store, 1000)

    def listing(delegation):
        marks = list_marks(store, delegation)
        return mark_summaries(store, [m.item_id for m in marks], "en")

    assert _statements(store, lambda: listing(small)) <= 10
    assert _statements(store, lambda: listing(large)) <= 10
    marks = list_marks(store, large)
    assert len(marks) == 1000 and marks[0].delegates in ((), (f"Amina {1000}",))
    assert sum(1 for m in marks if m.delegates) == 500
    summary = mark_summaries(store, ["zz:item-7"], "en")
    assert summary == {"zz:item-7": {"title": "Item 7", "status": "not_in_catalogue"}}


def test_the_marks_command_lists_thousands_of_marks(store, data_dir, capsys):
    _many_marks(store, 3000)
    code = main(["--data-dir", str(data_dir), "marks"])
    out = capsys.readouterr().out
    assert code == 0 and "zz:item-2999" in out and "Item 2999" in out


def _style_reads(store, tmp_path, monkeypatch, stretches: int) -> int:
    """How often a Word pack reads a paragraph's style for a note of one long paragraph."""
    from docx.text.paragraph import Paragraph

    from briefer.core.notes import add_note
    from briefer.core.packs.service import make_pack

    delegation = create_delegation(store, f"Word {stretches}", "SN")
    add_note(store, delegation, None, " ".join(["اجتماع ثنائي **Paris** في"] * stretches))
    reads = []
    style = Paragraph.style

    def counted(paragraph):
        reads.append(1)
        return style.fget(paragraph)

    monkeypatch.setattr(Paragraph, "style", property(counted, style.fset))
    try:
        make_pack(store, delegation, None, tmp_path / f"{stretches}.docx", "ar", format="docx")
    finally:
        monkeypatch.undo()
    return len(reads)


def test_a_word_pack_reads_a_paragraph_style_once_whatever_its_length(store, tmp_path, monkeypatch):
    """Each style read walks the document's styles and the paragraph's runs: read per run,
    a 400,000-character note took 26 s and 800,000 took three minutes. (Runs no longer carry
    their style's size, so the writer need not read styles at all: none is fine.)"""
    short = _style_reads(store, tmp_path, monkeypatch, 10)
    long = _style_reads(store, tmp_path, monkeypatch, 2_000)
    assert long == short
