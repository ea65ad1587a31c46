"""The real main window, driven by pytest-qt offscreen."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from briefer.core.marks import find_mark
from briefer.core.notes import list_notes
from briefer.core.store import open_store
from briefer.gui.app import dispose_window, open_window
from briefer.gui.item_delegates import HtmlRole
from briefer.gui.models.sessions_model import COL_MARK, RecordRole

from .conftest import dispose, finish


def session_index(window, item_id: str) -> QModelIndex:
    view = window.views["programme"]
    model = view.model
    for day_row in range(model.rowCount()):
        day = model.index(day_row, 0)
        while model.canFetchMore(day):
            model.fetchMore(day)
        for row in range(model.rowCount(day)):
            index = model.index(row, 0, day)
            if index.data(RecordRole)["id"] == item_id:
                return index
    raise AssertionError(f"{item_id} not in the programme")


def test_window_opens_on_the_bundled_programme(window):
    model = window.views["programme"].model
    assert model.rowCount() == 4  # three forum days and "day to be announced"
    first_day = model.index(0, 0)
    assert "11 November 2021" in first_day.data()
    assert "6 sessions" in first_day.data()
    assert "Catalogue version" in window.status_catalogue.text()
    assert window.windowTitle().startswith("Briefer")


def test_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.views["programme"].model)
    qtmodeltester.check(window.views["projects"].model)


def test_mark_a_session_through_the_ui(window, delegation, qtbot):
    view = window.views["programme"]
    view.tree.setCurrentIndex(session_index(window, "ppf:ses-2021-101"))
    detail = window.detail
    assert "Risking repeat" in detail.browser.toPlainText()
    detail.priority.setCurrentIndex(detail.priority.findData("must"))
    detail.delegates.item(0).setCheckState(Qt.CheckState.Checked)
    detail.reason.setText("Santé mondiale")  # QTest types ASCII only
    qtbot.mouseClick(detail.save, Qt.MouseButton.LeftButton)
    mark = find_mark(window.ctx.store, delegation, "ppf:ses-2021-101")
    assert (mark.priority, mark.delegates, mark.reason) == (
        "must",
        ("Amina Diallo",),
        "Santé mondiale",
    )
    index = session_index(window, "ppf:ses-2021-101")
    assert index.siblingAtColumn(COL_MARK).data() == "must attend"


def test_search_in_arabic_as_you_type(window, qtbot):
    window.focus_search()
    window.search.setText("الصحه")  # as typed: QTest.keyClicks handles ASCII only
    window.search.textEdited.emit("الصحه")
    results = window.views["search"].results
    qtbot.waitUntil(lambda: results.topLevelItemCount() > 0, timeout=10_000)
    assert window.current_view() == "search"
    ids = [
        results.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole)
        for g in range(results.topLevelItemCount())
        for c in range(results.topLevelItem(g).childCount())
    ]
    assert "ppf:fd-theme-02" in ids
    first = results.topLevelItem(0).child(0)
    highlight = results.palette().color(QPalette.ColorRole.Highlight).name()
    assert f"background:{highlight}" in first.data(0, HtmlRole)
    assert "<" not in first.text(0)  # screen readers get plain text


def test_note_is_saved_when_the_window_closes(qtbot, tmp_path: Path):
    folder = tmp_path / "data"
    win = open_window(folder, "en")
    from briefer.core.delegations import create_delegation

    create_delegation(win.ctx.store, "D")
    win.ctx.changed()
    win.show_view("notes")
    notes = win.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText("# Arrivée\nملاحظة **مهمة**")
    win.close()
    dispose(win)
    with open_store(folder) as store:
        from briefer.core.delegations import current_delegation

        bodies = [n.body for n in list_notes(store, current_delegation(store))]
    assert bodies == ["# Arrivée\nملاحظة **مهمة**"]


def test_notes_autosave_while_typing(window, delegation, qtbot):
    notes = window.views["notes"]
    notes.start_note("ppf:ses-2021-102")
    qtbot.keyClicks(notes.editor, "Ask about mobility")
    qtbot.waitUntil(
        lambda: bool(list_notes(window.ctx.store, delegation, "ppf:ses-2021-102")), timeout=10_000
    )
    assert (
        "<p>Ask about mobility</p>" in notes.preview.toHtml()
        or "Ask about mobility" in notes.preview.toPlainText()
    )


def test_the_notes_preview_strikes_out_what_two_tildes_enclose(window, delegation, qtbot):
    notes = window.views["notes"]
    notes.start_note("ppf:ses-2021-102")
    qtbot.keyClicks(notes.editor, "Salle ~~A~~ B")
    qtbot.waitUntil(lambda: "B" in notes.preview.toPlainText(), timeout=10_000)
    assert notes.preview.toPlainText().strip() == "Salle A B"
    block = notes.preview.document().begin()
    fragments = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fragments.append((fragment.text(), fragment.charFormat().fontStrikeOut()))
        it += 1
    assert ("A", True) in fragments and not any(s for t, s in fragments if "Salle" in t)


def test_build_a_pack_in_the_background(window, delegation, qtbot, monkeypatch):
    """At each page the worker waits for the window's event loop to turn: a window that froze
    while the pack renders would leave the render waiting, and the test would fail."""
    from briefer.core.marks import set_mark
    from briefer.gui.jobs import Job

    store = window.ctx.store
    for row in store.query("SELECT id FROM cat.sessions UNION ALL SELECT id FROM cat.projects"):
        set_mark(store, delegation, row["id"], "should")
    window.ctx.changed()
    window.show_view("packs")
    turns = itertools.count()
    last_turn = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: last_turn.__setitem__(0, next(turns)))
    timer.start(5)
    answered: list[bool] = []
    report = Job._progress

    def wait_for_the_window(job, progress):
        seen = last_turn[0]
        deadline = time.monotonic() + 10
        while last_turn[0] <= seen + 1 and time.monotonic() < deadline:
            time.sleep(0.001)
        answered.append(last_turn[0] > seen + 1)
        report(job, progress)

    monkeypatch.setattr(Job, "_progress", wait_for_the_window)
    packs = window.views["packs"]
    job = packs.render()
    assert job is not None
    finish(qtbot, job, timeout=120_000)
    timer.stop()
    assert packs.last is not None and packs.last.exists()
    assert packs.last.read_bytes().startswith(b"%PDF")
    assert packs.preview.page_count() >= 3
    pages = len(PdfReader(packs.last).pages)
    assert pages > packs.preview.page_count(), "every item marked: more pages than previewed"
    tail = packs.preview.strip.tail
    assert f"first {packs.preview.page_count()} of {pages} pages" in tail
    assert len(answered) >= packs.preview.page_count(), "the render reports each page"
    assert all(answered), "the window's event loop stopped turning while the pack rendered"


def test_switch_to_arabic_mirrors_everything(window, qtbot):
    window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "البرنامج", timeout=10_000)
    assert window.views["programme"].title.text() == "البرنامج"
    day = "الخميس 11 تشرين الثاني/نوفمبر 2021"  # as the packs write it
    assert day in window.views["programme"].model.index(0, 0).data()
    window.views["programme"].tree.setCurrentIndex(session_index(window, "ppf:ses-2021-101"))
    assert day in window.detail.browser.toPlainText(), "the detail pane's day in words too"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "إلغاء"  # ours, a noun
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Projets", timeout=10_000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_sync_from_a_loopback_server_lists_the_change(window, delegation, server, qtbot):
    from loopback import Route

    from briefer.core.marks import set_mark
    from briefer.core.sync.sources import add_source

    xml = (
        b"<schedule><conference><acronym>demo</acronym><title>Illustrative demo</title>"
        b"<time_zone_name>Europe/Paris</time_zone_name></conference>"
        b"<day date='2030-11-11' index='1'><room name='Salle 1'>"
        b"<event guid='e1' id='1'><date>2030-11-11T09:00:00+01:00</date>"
        b"<start>09:00</start><duration>00:45</duration><room>Salle 1</room>"
        b"<title>Opening</title></event></room></day></schedule>"
    )
    server.routes["/p.xml"] = Route(body=xml)
    add_source(window.ctx.store, "demo", server.url + "/p.xml", "frab-xml")
    with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
        window.start_sync("demo")
    assert blocker.args == [True]
    store = window.ctx.store
    opening = store.query_one("SELECT id FROM cat.sessions WHERE title_en = 'Opening'")["id"]
    set_mark(store, delegation, opening, "must")
    server.routes["/p.xml"] = Route(
        body=xml.replace(b"<title>Opening</title>", b"<title>Opening plenary</title>")
    )
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        window.start_sync("demo")
    assert window.current_view() == "changes"
    # found by review: the sync said how many changes, not that a marked session was one
    assert "1 of your marked items changed." in window.statusBar().currentMessage()
    tree = window.views["changes"].tree
    texts = [tree.topLevelItem(i).text(5) for i in range(tree.topLevelItemCount())]
    assert "Opening plenary" in texts
    assert "Last synced" in window.status_sync.text()
    when = tree.topLevelItem(0).text(1)
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d UTC", when), when
    # The status line writes the time as the Changes view does (it was ISO: "2026-12-07 00:12").
    assert re.search(r"\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d UTC", window.status_sync.text())


def test_failing_sync_shows_a_message_and_loses_nothing(window, delegation, server, qtbot, boxes):
    from loopback import Route

    from briefer.core.marks import set_mark
    from briefer.core.sync.sources import add_source

    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    before = window.ctx.store.catalogue_path.read_bytes()
    shown = boxes.texts
    server.routes["/p.xml"] = Route(body=b"oops", status=503, headers={"Retry-After": "60"})
    add_source(window.ctx.store, "bad", server.url + "/p.xml", "frab-xml")
    with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
        window.start_sync("bad")
    assert blocker.args == [False]
    assert shown and "503" in shown[0] and "Try again in 60 seconds" in shown[0]
    assert "Sync › Remove a source" in shown[0]  # the window's remedy, as the CLI names its own
    assert window.ctx.store.catalogue_path.read_bytes() == before
    assert find_mark(window.ctx.store, delegation, "ppf:ses-2021-101").priority == "must"


def test_a_failing_sync_speaks_the_window_language(window, server, qtbot, boxes):
    from loopback import Route

    from briefer.core.sync.sources import add_source

    shown = boxes.texts
    window.set_language("ar")
    server.routes["/p.xml"] = Route(body=b"oops", status=503, headers={"Retry-After": "60"})
    add_source(window.ctx.store, "bad", server.url + "/p.xml", "frab-xml")
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        window.start_sync("bad")
    assert shown, "no message"
    assert "الخادم غير متاح مؤقتًا (HTTP 503)" in shown[0]
    assert "أعد المحاولة بعد 60 ثانيةً" in shown[0]
    assert "لم يُغيَّر شيء؛ بياناتك كما كانت" in shown[0]
    assert "Nothing was changed" not in shown[0]


def test_each_failing_source_is_named_with_french_typography(window, server, qtbot, boxes):
    """Found by review: « first: Le serveur est momentanément indisponible… », the colon
    glued to the name in French and a capital after it."""
    from loopback import Route

    from briefer.core.sync.sources import add_source

    window.set_language("fr")
    server.routes["/p.xml"] = Route(body=b"oops", status=503)
    for name in ("first", "second"):
        add_source(window.ctx.store, name, server.url + "/p.xml", "frab-xml")
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        window.start_sync(None)
    assert "first\u202f: le serveur est momentanément indisponible" in boxes.texts[0]
    assert "second\u202f: le serveur" in boxes.texts[0]


def test_window_state_is_restored(qtbot, tmp_path: Path):
    folder = tmp_path / "data"
    first = open_window(folder, "en")
    first.show()
    first.show_view("projects")
    first.splitter.setSizes([200, 500, 300])
    sizes = first.splitter.sizes()
    first.close()
    dispose(first)
    assert (folder / "window.ini").exists()
    second = open_window(folder)
    try:
        second.show()
        assert second.current_view() == "projects"
        # Offscreen, the screen is 800 px wide, so sizes are rescaled; what was saved is checked.
        assert second.settings.value("splitter") is not None and sizes[0] == 200
        assert second.settings.value("geometry") is not None
    finally:
        dispose(second)


def test_screenshot_command_renders_the_window(tmp_path: Path):
    from briefer.cli import main

    out = tmp_path / "shot.png"
    args = ["--data-dir", str(tmp_path / "data"), "screenshot", str(out), "--lang", "ar"]
    code = main([*args, "--view", "projects", "--size", "1200x800"])
    assert code == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() == 800
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_window_paints_first_then_fills_itself_in(qtbot, tmp_path):
    """The frame comes up before the programme is queried; the rest follows with no input."""
    win = open_window(tmp_path / "data", "en")
    try:
        assert "programme" not in win.views
        assert win.stack.currentWidget().text() == "Loading…"
        assert type(win.splitter.widget(2)).__name__ != "DetailPane"
        win.show()
        qtbot.waitUntil(
            lambda: "programme" in win.views and win.stack.currentWidget() is win.views["programme"]
        )
        assert win.views["programme"].model.rowCount() == 4
        qtbot.waitUntil(lambda: type(win.splitter.widget(2)).__name__ == "DetailPane")
        assert "Select a session" in win.detail.browser.toPlainText()
    finally:
        dispose(win)


def test_a_window_opened_in_english_after_an_arabic_one_reads_left_to_right(qtbot, tmp_path):
    arabic = open_window(tmp_path / "data", "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dispose_window(arabic)
    english = open_window(tmp_path / "data", "en")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        dispose(english)


def test_a_damaged_store_is_reported_in_the_chosen_language(qtbot, tmp_path):
    from briefer.core.errors import StoreError
    from briefer.gui.i18n import LanguageManager

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "user.db").write_bytes(b"not a database at all" * 100)
    try:
        with pytest.raises(StoreError) as caught:
            open_window(folder, "fr")
        assert "Vos données Briefer" in str(caught.value)
        assert "laissées telles quelles" in str(caught.value)
        assert (folder / "user.db").read_bytes() == b"not a database at all" * 100
    finally:
        LanguageManager(QApplication.instance()).set_language("en")


def test_a_long_changes_list_shown_and_closed_exits_cleanly(tmp_path: Path):
    """A process that showed 1,200 changes ends with status 0 (the command's own process).

    With PySide6 6.12.0 on Python 3.11 every call of a Qt method returning nothing took a
    reference from None: the interpreter aborted on exit, "deallocating None"."""
    import subprocess
    import sys

    from briefer.cli import main

    data = tmp_path / "data"
    for start in ("09:00", "11:00"):
        rows = [f"session,s{i},Session {i},2030-11-11,{start}," for i in range(1200)]
        path = tmp_path / f"p-{start[:2]}.csv"
        path.write_text("kind,id,title_en,day,start,end\n" + "\n".join(rows) + "\n")
        assert main(["--data-dir", str(data), "import", str(path), "--namespace", "demo"]) == 0
    out = tmp_path / "changes.png"
    args = ["--data-dir", str(data), "--lang", "ar", "screenshot", str(out), "--view", "changes"]
    done = subprocess.run(
        [sys.executable, "main.py", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size > 0


def test_qt_calls_returning_nothing_cannot_free_none(qapp):
    """The PySide6 bug above, directly: 6,000 such calls. Where they take references from
    None (PySide6 6.12.0, Python 3.11), None must have been made immortal first."""
    import sys

    from PySide6.QtWidgets import QLabel, QTreeWidgetItem

    from briefer.gui.pyside_fixes import IMMORTAL

    item, label = QTreeWidgetItem(["a"]), QLabel()
    before = sys.getrefcount(None)
    for _ in range(3000):
        item.setData(0, Qt.ItemDataRole.UserRole, "x")
        label.setText("x")
    if before - sys.getrefcount(None) > 100:  # this PySide6 leaks
        assert sys.getrefcount(None) > IMMORTAL // 2


def test_the_programmes_formats_are_in_the_display_language(window):
    """Found by review: the Arabic programme listed "closing ceremony" and "official opening
    ceremony (hybrid)" as the sources word them, in its table and its format filter."""
    from briefer.gui.models.sessions_model import COL_FORMAT

    window.set_language("ar")
    window.finish_startup()
    index = session_index(window, "ppf:ses-2021-105")
    assert index.siblingAtColumn(COL_FORMAT).data() == "حفل الختام"
    combo = window.views["programme"].format
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "حفل الختام" in shown and "closing ceremony" not in shown
    combo.setCurrentIndex(shown.index("حفل الختام"))
    assert combo.currentData() == "closing ceremony"  # the filter still matches the stored text


def test_every_view_of_the_sidebar_can_be_screenshot():
    """Found by review: `screenshot --view people` was refused, though People is a view."""
    from briefer.cli.gui_cmds import VIEWS as SHOTS
    from briefer.gui.mainwindow import VIEWS

    assert set(SHOTS) == set(VIEWS)


def test_a_search_of_punctuation_alone_asks_for_a_word(window, qtbot):
    """Found by review: "!!!" in the search field showed "0 résultat"; there is no word in it."""
    window.focus_search()
    view = window.views["search"]
    window.search.setText("!!!")
    window.search.textEdited.emit("!!!")
    qtbot.wait(view.timer.interval() + 100)
    assert view.results.topLevelItemCount() == 0
    assert view.summary.text().startswith("Type in the search field")


def test_the_sync_errors_remedy_is_in_the_menu_bars_sync_menu(window, boxes):
    """Found by review: a failed sync said « Synchronisation › Retirer une source », but the
    Sync menu had no such item: only the Sync button's drop-down held it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from briefer.core.sync.sources import add_source, list_sources

    add_source(window.ctx.store, "wrong", "https://example.invalid/p.xml", "frab-xml")
    for lang in ("fr", "ar", "en"):
        window.set_language(lang)
        QCoreApplication.processEvents()  # the menus retitled on the LanguageChange event
        remedy = QCoreApplication.translate(
            "MainWindow",
            "To stop syncing from a source that no longer answers: Sync › Remove a source.",
        )
        menu = window.sync_main_menu
        menu.aboutToShow.emit()
        removal = next(a.menu() for a in menu.actions() if a.menu())
        path = [m.title().replace("&", "") for m in (menu, removal)]
        assert any(sep.join(path) in remedy for sep in (" › ", " ← ")), (path, remedy)
        assert [a.text().strip("\u2066\u2068\u2069") for a in removal.actions()] == ["wrong"]
    boxes.answer = QMessageBox.StandardButton.Yes
    removal.actions()[0].trigger()
    assert list_sources(window.ctx.store) == []
    menu.aboutToShow.emit()
    assert not removal.isEnabled() and not removal.actions()


def test_a_source_is_removed_from_the_sync_menu_once_confirmed(window, boxes):
    """Found by review: a source added by mistake could be removed on the command line only,
    and every sync of it failed."""
    from PySide6.QtWidgets import QMessageBox

    from briefer.core.sync.sources import add_source, list_sources

    add_source(window.ctx.store, "wrong", "https://example.invalid/p.xml", "frab-xml")
    window._fill_sync_menu()
    removal = next(
        a.menu() for a in window.sync_menu.actions() if a.menu() and "Remove" in a.text()
    )
    assert [a.text().strip("\u2066\u2068\u2069") for a in removal.actions()] == ["wrong"]
    boxes.answer = QMessageBox.StandardButton.No
    removal.actions()[0].trigger()
    assert [s.name for s in list_sources(window.ctx.store)] == ["wrong"]
    boxes.answer = QMessageBox.StandardButton.Yes
    assert window.remove_source("wrong")
    assert "catalogue" in boxes.texts[-1] and list_sources(window.ctx.store) == []
    window._fill_sync_menu()
    assert not [a for a in window.sync_menu.actions() if a.menu()]
