"""The Changes view's columns fit the texts of the language the window is shown in."""

from __future__ import annotations

from briefer.core.directions import FSI, LRI, PDI, RLI

from .test_refresh import _shown


def _record_room_changes(window) -> None:
    """Room changes between Latin room names, as a sync records them."""
    store = window.ctx.store
    with store.transaction():
        for n, (old, new) in enumerate((("Stage C", "Salle Gémier"), ("Before", "Starting"))):
            store.conn.execute(
                "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
                "VALUES (NULL, '2026-12-07T20:42:00Z', ?, 'session', 'room', ?, ?, ?)",
                (f"x:ses-{n}", old, new, f"الجلسة رقم {n} حول الصمود"),
            )
    window.ctx.changed()


def test_latin_values_stay_whole_after_switching_from_french_to_arabic(window):
    """Found by review: back from French to Arabic, the Changes view's « قبل » column shrank to
    30 px (« B… », « St… »): a Latin text in the Arabic view was measured cut to nothing.
    The columns are fitted to the new language's texts, each value whole."""
    window.set_language("fr")
    window.resize(1366, 768)
    _record_room_changes(window)
    window.finish_startup()
    window.show_view("changes")
    window.set_language("ar")
    tree = window.views["changes"].tree
    assert tree.topLevelItemCount() == 2
    for row in range(2):
        for column in (2, 4, 5):
            text = tree.topLevelItem(row).text(column)
            shown = _shown(tree, row, column).strip(LRI + RLI + FSI + PDI)  # isolated, not cut
            assert shown == text, (row, column, text)
    metrics = tree.fontMetrics()
    assert tree.header().sectionSize(4) > metrics.horizontalAdvance("Stage C")
