"""Each view refreshes only for what an operation changed; the window's own writes are not
taken a second time for changes made outside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem

from briefer.core.marks import find_mark, set_mark
from briefer.core.queries.changes import last_pack
from briefer.core.store import open_store
from briefer.gui.models.sessions_model import COL_MARK

from .conftest import finish
from .test_window import session_index

ITEM = "ppf:ses-2021-101"


class Spy:
    """Counts calls (and signal emissions), keeping what each was given."""

    def __init__(self, then=None) -> None:
        self.calls: list[tuple] = []
        self.then = then

    def __call__(self, *args):
        self.calls.append(args)
        if self.then is not None:
            return self.then(*args)
        return None

    @property
    def count(self) -> int:
        return len(self.calls)


def test_a_mark_in_the_detail_pane_shows_in_the_programme_and_leaves_changes_alone(
    window, delegation, qtbot
):
    window.finish_startup()
    changes = window.views["changes"]
    projects = window.views["projects"]
    window.show_view("programme")
    changes_reload = Spy(changes.reload)
    changes.reload = changes_reload
    projects_reload = Spy(projects.reload)
    projects.reload = projects_reload
    everything = Spy()
    window.ctx.store_did_change.connect(everything)
    programme = window.views["programme"]
    programme.tree.setCurrentIndex(session_index(window, ITEM))
    detail = window.detail
    detail.priority.setCurrentIndex(detail.priority.findData("must"))
    qtbot.mouseClick(detail.save, Qt.MouseButton.LeftButton)
    assert find_mark(window.ctx.store, delegation, ITEM).priority == "must"
    assert session_index(window, ITEM).siblingAtColumn(COL_MARK).data() == "must attend"
    assert changes_reload.count == 0, "a mark does not reload the Changes view"
    assert projects_reload.count == 0, "the projects table updates its check boxes, no reload"
    assert everything.count == 0, "a mark is not 'everything changed'"
    assert not window.outside.check(), "the window's own write is not a change from outside"
    window.show_view("changes")
    assert changes_reload.count == 1, "shown again, the Changes view reads the new marks"


def test_a_pack_built_from_the_packs_view_leaves_exactly_one_refresh(window, delegation, qtbot):
    set_mark(window.ctx.store, delegation, ITEM, "must")
    window.ctx.changed()
    window.finish_startup()
    window.show_view("packs")
    packs = window.views["packs"]
    operations = Spy()
    everything = Spy()
    window.ctx.operation_did_execute.connect(operations)
    window.ctx.store_did_change.connect(everything)
    job = packs.render()
    assert job is not None
    assert window.outside.check() is False, "no refresh from outside while the pack is built"
    finish(qtbot, job, timeout=60_000)
    assert packs.last is not None and packs.last.exists()
    assert last_pack(window.ctx.store, delegation) is not None, "the pack is in the history"
    assert window.outside.check() is False, "the pack's own commit is not taken for outside"
    assert [args[0].names() for args in operations.calls] == [["packs"]]
    assert everything.count == 0
    assert packs.render_button.isEnabled() and packs.cancel.isVisibleTo(packs)


def test_a_day_sheet_changes_nothing_to_refresh(window, delegation, qtbot):
    set_mark(window.ctx.store, delegation, ITEM, "must")
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    packs.kind.setCurrentIndex(packs.kind.findData("daysheet"))
    operations = Spy()
    window.ctx.operation_did_execute.connect(operations)
    job = packs.render()
    assert job is not None
    finish(qtbot, job, timeout=60_000)
    assert packs.last is not None and packs.last.name.startswith("daysheet-")
    assert operations.count == 0


def test_a_change_made_outside_refreshes_everything_once(window, delegation, qtbot):
    window.finish_startup()
    window.outside.stop()  # checked by hand below, not by the timer
    operations = Spy()
    everything = Spy()
    window.ctx.operation_did_execute.connect(operations)
    window.ctx.store_did_change.connect(everything)
    other = open_store(window.ctx.folder)
    try:
        set_mark(other, delegation, ITEM, "should")
    finally:
        other.close()
    assert window.outside.check() is True
    assert window.outside.check() is False, "taken once"
    assert everything.count == 1 and operations.count == 0
    assert session_index(window, ITEM).siblingAtColumn(COL_MARK).data() == "should attend"


def _record_changes(window, title: str) -> None:
    """A time change and a room change of an item titled `title`, as a sync records them."""
    store = window.ctx.store
    with store.transaction():
        for field, old, new in (
            ("time", "2026-12-09 17:00", "2026-12-08 18:00"),
            ("room", "Salle Gémier", "Salon Lumière"),
        ):
            store.conn.execute(
                "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
                "VALUES (NULL, '2026-12-07T20:42:00Z', 'x:ses-1', 'session', ?, ?, ?, ?)",
                (field, old, new, title),
            )
    window.ctx.changed()


def _shown(tree, row: int, column: int) -> str:
    """The text of a cell as the view paints it in its column's width."""
    item = tree.topLevelItem(row)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(tree.indexFromItem(item, column))
    option.direction = tree.layoutDirection()
    option.textElideMode = tree.textElideMode()  # as the view gives it to its delegate
    index = tree.indexFromItem(item, column)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    style = tree.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    metrics = option.fontMetrics
    return metrics.elidedText(option.text, option.textElideMode, rect.width() - 2 * margin)


def test_a_changed_time_keeps_its_time_when_the_changes_view_cuts_it(window):
    """Found by review: in the Arabic Changes view a time change read "الخميس 11 تشرين الثاني/
    نوفمبر 2021، ...1", its new time cut off, the only thing that had changed. A changed time
    is never cut, even in a narrow window."""
    window.set_language("ar")
    window.resize(900, 600)
    _record_changes(window, "حوكمة الذكاء الاصطناعي معاً")
    window.finish_startup()
    window.show_view("changes")
    tree = window.views["changes"].tree
    row = next(r for r in range(tree.topLevelItemCount()) if "2026" in tree.topLevelItem(r).text(4))
    for column in (1, 4, 5):
        text = tree.topLevelItem(row).text(column)
        assert _shown(tree, row, column) == text, (column, text)


def test_the_changes_item_column_takes_the_width_and_cuts_titles_at_their_end(window):
    """Found by review: « Déjeun...ophone »: the French Changes view cut its items' titles in
    their middle while « Quand (UTC) » took the width. The item column stretches, a title too
    long for it is cut at its end, and the time column is as wide as its times."""
    title = (
        "Financement climatique pour les plus vulnérables : instruments, garanties et "
        "mobilisation du secteur privé"
    )
    window.set_language("fr")
    window.resize(1400, 900)
    _record_changes(window, title)
    window.finish_startup()
    window.show_view("changes")
    tree = window.views["changes"].tree
    for row in range(tree.topLevelItemCount()):
        shown = _shown(tree, row, 2)
        assert shown != title and shown.endswith("…") and shown.startswith("Financement climat")
        assert _shown(tree, row, 1) == tree.topLevelItem(row).text(1)  # the time whole
    header = tree.header()
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    # The title takes all the width the times leave (whole times before and after a change
    # come first, found by a later review): the columns fill the view, none scrolls past it.
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != 2)
    assert header.sectionSize(2) == tree.viewport().width() - others
    assert header.sectionSize(2) >= tree.fontMetrics().horizontalAdvance("x" * 15)


def test_the_changes_view_sets_in_bold_what_the_last_pack_does_not_show(
    window, delegation, tmp_path
):
    """Found by review: "0 changes since the pack printed…" stood above a table of changes with
    nothing to tell the ones since that pack from the ones it printed."""
    from briefer.core.meetings import add_meeting, edit_meeting
    from briefer.core.packs.service import make_pack

    store = window.ctx.store
    meeting = add_meeting(store, delegation, "Bilatérale", day="2021-11-11", start="09:00").value
    edit_meeting(store, delegation, meeting.id, start="10:00")  # before the pack
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    make_pack(store, delegation, None, tmp_path / "p.pdf", "en")
    edit_meeting(store, delegation, meeting.id, start="11:00")  # after it
    window.ctx.changed()
    window.finish_startup()
    window.show_view("changes")
    tree = window.views["changes"].tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    bold = [r.font(4).bold() for r in rows if r.text(3)]
    # Its addition and first edit (before the pack) plain, the second edit bold.
    assert sorted(bold) == [False, False, True], [(r.text(4), r.text(5)) for r in rows]


def test_the_status_line_calls_an_import_an_import_and_changes_say_one_sentence(
    window, delegation, tmp_path
):
    """Found by review: after a file import the status line read « Dernière synchro … »,
    and the Changes view « 0 changement depuis le dossier imprimé le … Aucun changement
    enregistré. »."""
    from briefer.core.packs.service import make_pack
    from briefer.core.sync.sources import import_file

    store = window.ctx.store
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    window.finish_startup()
    assert window.status_sync.text() == "Never synced: bundled data"
    make_pack(store, delegation, None, tmp_path / "p.pdf", "en")
    window.ctx.changed()
    window.show_view("changes")
    summary = window.views["changes"].since_pack.text()
    assert summary.startswith("No change since the pack printed on ") and summary.count(".") == 1
    path = tmp_path / "side.csv"
    path.write_text(
        "kind,id,title_en,day,start,end\nsession,s1,Side event,2021-11-11,10:00,11:00\n"
    )
    import_file(store, path)
    window.update_status()
    assert "from an imported file" in window.status_sync.text()
    assert "synced" not in window.status_sync.text()


def test_the_arabic_changes_view_fits_its_width_with_two_whole_times(window):
    """Found by review: at 1400 px the Arabic Changes view scrolled sideways, « الآن » cut at
    the left edge (« السبت 13 تشرين الثاني/نوفمبر 2021، 00 », « igital commons workshop »):
    Qt's minimum column width kept "★" as wide as a title. The table fits, times whole."""
    window.set_language("ar")
    window.setFont(_app_font())  # Qt's minimum width comes from the font's widest glyph
    window.resize(1400, 900)
    _record_changes(window, "تمويل التحول المناخي في أفريقيا: الأدوات والضمانات")
    window.finish_startup()
    window.show_view("changes")
    tree = window.views["changes"].tree
    assert tree.header().length() <= tree.viewport().width()
    assert tree.horizontalScrollBar().maximum() == 0
    row = next(r for r in range(tree.topLevelItemCount()) if "2026" in tree.topLevelItem(r).text(4))
    for column in (1, 4, 5):
        assert _shown(tree, row, column) == tree.topLevelItem(row).text(column), column


def _app_font():
    """The font `make_app` gives the window: the system's, then IBM Plex Sans Arabic."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import UI_FONT, resources_dir

    for name in ("IBMPlexSansArabic-Regular.ttf", "IBMPlexSansArabic-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = QApplication.font()
    font.setFamilies([font.family(), UI_FONT])
    return font


def test_the_chosen_session_and_project_stay_chosen_when_their_lists_reload(
    window, delegation, qtbot
):
    """Found by review: a reload of the Programme or the Projects (a catalogue written again, a
    mark saved in the detail pane) left no row current, the user's place in the list lost."""
    from briefer.core.changes import OpChanges

    window.finish_startup()
    programme, projects = window.views["programme"], window.views["projects"]
    window.show_view("projects")
    projects.table.setCurrentIndex(projects.model.index(2, 0))
    project = projects.current_item_id()
    window.show_view("programme")
    programme.tree.setCurrentIndex(session_index(window, ITEM))
    window.ctx.apply_changes(OpChanges(catalogue=True))
    assert programme.current_item_id() == ITEM
    assert projects.current_item_id() == project is not None
    detail = window.detail
    assert detail.item_id == ITEM  # not the project the other list made current again
    detail.priority.setCurrentIndex(detail.priority.findData("must"))
    qtbot.mouseClick(detail.save, Qt.MouseButton.LeftButton)
    assert find_mark(window.ctx.store, delegation, ITEM).priority == "must"
    assert programme.current_item_id() == ITEM
