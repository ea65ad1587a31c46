"""The window on a desktop: its icon, crash reports, Help, one window per data folder, files
given or dropped, portable mode, the first-start welcome."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from briefer.core.datafolder import DataFolder
from briefer.core.delegations import (
    add_delegate,
    create_delegation,
    current_delegation,
    list_delegates,
    list_delegations,
)
from briefer.core.logs import log_file, setup_logging
from briefer.core.marks import list_marks, set_mark
from briefer.core.notes import add_note
from briefer.core.queries.editions import list_editions
from briefer.core.selection import export_selection
from briefer.core.store import open_store
from briefer.gui.app import open_window, serve_instance
from briefer.gui.operations.files import FileActions

from .conftest import dispose, wait_idle

FOSDEM = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "schedules"
FOSDEM = FOSDEM / "fosdem2019.pentabarf.xml"
needs_fosdem = pytest.mark.skipif(not FOSDEM.exists(), reason=f"{FOSDEM} is not here")


def edition_names(window) -> list[str]:
    combo = window.views["programme"].edition
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_window_has_briefers_icon(window):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {16, 32, 256} <= {size.width() for size in icon.availableSizes()}
    assert not window.windowIcon().isNull()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_reported_logged_and_the_window_goes_on(window, qtbot):
    setup_logging(window.ctx.data)
    reporter = window.install_crash_reporter()

    def broken_slot() -> None:
        raise RuntimeError("the printer queue exploded")

    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        assert "RuntimeError: the printer queue exploded" in dialog.summary.text()
        assert "broken_slot" in dialog.details.toPlainText()
        assert "Briefer" in dialog.details.toPlainText().splitlines()[0]
        logged = log_file(window.ctx.data).read_text(encoding="utf-8")
        assert "Traceback" in logged and "broken_slot" in logged
        assert "the printer queue exploded" in logged
        dialog.close()
        window.show_view("projects")
        assert window.current_view() == "projects"
        window.act_diagnostics.trigger()
        assert QGuiApplication.clipboard().text().startswith("Briefer "), "it still answers"
    finally:
        reporter.uninstall()


def test_help_copies_diagnostics_and_shows_about(window):
    assert window.act_diagnostics in window.help_menu.actions()
    assert window.act_about_qt in window.help_menu.actions()
    window.act_diagnostics.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Briefer ")
    assert "Qt " in copied and f"Data folder: {window.ctx.data.root}" in copied
    assert f"Catalogue version: {window.ctx.store.catalogue_version()}" in copied
    dialog = window.about()
    try:
        text = dialog.text.text()
        assert "PySide6" in text and "SIL OFL" in text and "known offline" in text
        assert dialog.about_qt.text() == "About Qt"
    finally:
        dialog.close()


def test_portable_mode_is_shown_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    portable = DataFolder(tmp_path / "briefer-data", portable=True)
    monkeypatch.setattr(DataFolder, "locate", classmethod(lambda cls, *a, **k: portable))
    win = open_window(None, "en")
    try:
        win.show()
        assert win.ctx.data.portable
        assert win.status_portable.isVisible()
        assert "Portable" in win.status_portable.text()
    finally:
        dispose(win)


def test_the_status_bar_says_nothing_of_portable_otherwise(window):
    assert not window.status_portable.isVisible()


@needs_fosdem
def test_a_schedule_dropped_on_the_window_is_imported_after_saying_what_changes(
    window, qtbot, asked
):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FOSDEM))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert asked == ["Import FOSDEM 2019 (775 sessions) as a new edition."]
    wait_idle(window, qtbot)
    assert "FOSDEM 2019" in [e.name for e in list_editions(window.ctx.store, "en")]
    window.finish_startup()
    assert "FOSDEM 2019" in edition_names(window)


@needs_fosdem
def test_declined_the_file_changes_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(FileActions, "confirm", lambda *_: False)
    before = [e.id for e in list_editions(window.ctx.store, "en")]
    window.open_files([str(FOSDEM)])
    assert not window.runner.busy
    assert [e.id for e in list_editions(window.ctx.store, "en")] == before


def test_a_file_in_no_supported_format_is_refused_with_a_message(window, tmp_path, asked, boxes):
    junk = tmp_path / "holiday.txt"
    junk.write_text("not a programme", encoding="utf-8")
    window.open_files([str(junk)])
    shown = boxes.texts
    assert asked == [] and len(shown) == 1 and "Traceback" not in shown[0]


def test_a_colleagues_selection_file_says_what_it_brings_then_merges(
    window, delegation, qtbot, tmp_path, asked
):
    colleague = open_store(tmp_path / "colleague")
    try:
        theirs = create_delegation(colleague, "Délégation du Sénégal (Genève)", "SN")
        add_delegate(colleague, theirs, "Moussa Ndiaye", "Conseiller")
        for item in ("ppf:ses-2021-101", "ppf:ses-2021-102", "ppf:proj-2021-001"):
            set_mark(colleague, theirs, item, "must")
        add_note(colleague, theirs, "ppf:ses-2021-101", "Talking points")
        add_note(colleague, theirs, None, "Logistics")
        export_selection(colleague, theirs, tmp_path / "geneva")
    finally:
        colleague.close()
    shared = tmp_path / "geneva.briefer-selection"
    assert shared.exists(), "a path without extension gets the selection's own"
    window.open_files([str(shared)])
    assert len(asked) == 1
    assert asked[0].startswith("Merge 3 marks, 2 notes, 0 meetings and 0 contacts from ")
    assert "Délégation du Sénégal (Genève)" in asked[0] and "will be created" in asked[0]
    wait_idle(window, qtbot)
    store = window.ctx.store
    (geneva,) = [d for d in list_delegations(store) if d.name.endswith("(Genève)")]
    assert len(list_marks(store, geneva)) == 3
    assert current_delegation(store).name == "Délégation du Sénégal", "yours stays current"


def test_a_second_start_hands_its_file_to_the_first_window(window, qtbot, tmp_path, asked):
    """The second process finds the first window by its data folder, gives it the file and
    exits; the first window asks before importing it."""
    instance = serve_instance(window)
    given = tmp_path / "colleague.briefer-selection"
    other = open_store(tmp_path / "other")
    try:
        theirs = create_delegation(other, "Délégation d'Oman", "OM")
        set_mark(other, theirs, "ppf:ses-2021-101", "should")
        export_selection(other, theirs, given)
    finally:
        other.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BRIEFER_DATA_DIR", None)
    second = subprocess.Popen(
        [sys.executable, "-m", "briefer", "--data-dir", str(window.ctx.folder), "gui", str(given)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    _out, err = second.communicate()
    assert second.returncode == 0, err.decode()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert asked[0].startswith("Merge 1 marks, 0 notes") and "Délégation d'Oman" in asked[0]
    wait_idle(window, qtbot)
    instance.close()


def test_welcome_creates_the_delegation_and_its_delegates_then_says_what_next(
    window, qtbot, monkeypatch, boxes
):
    from briefer.gui.dialogs import welcome

    said = boxes.texts

    def fill_and_accept(dialog) -> int:
        dialog.name.setText("Délégation du Sénégal")
        dialog.country.setText("SN")
        dialog.delegates.setPlainText("Amina Diallo — Ambassadrice\n\nMoussa Ndiaye, Conseiller")
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", fill_and_accept)
    window.finish_startup()
    assert window.welcome_if_first_start() is True
    store = window.ctx.store
    delegation = current_delegation(store)
    assert delegation.name == "Délégation du Sénégal"
    assert [(d.name, d.function) for d in list_delegates(store, delegation)] == [
        ("Amina Diallo", "Ambassadrice"),
        ("Moussa Ndiaye", "Conseiller"),
    ]
    assert "Packs" in said[0] and "Délégation du Sénégal" in said[0]
    combo = window.views["programme"].delegate
    assert "Moussa Ndiaye" in [combo.itemText(i) for i in range(combo.count())]


def test_the_welcome_waits_for_the_window_and_its_rows(qtbot, tmp_path, monkeypatch):
    from briefer.gui.dialogs import welcome

    seen: list[bool] = []
    monkeypatch.setattr(
        welcome.WelcomeDialog, "exec", lambda d: seen.append("programme" in win.views) or 0
    )
    win = open_window(tmp_path / "data", "en")
    try:
        win.after_startup(win.welcome_if_first_start)
        assert seen == [], "not before the first paint"
        win.show()
        qtbot.waitUntil(lambda: seen == [True], timeout=10_000)
    finally:
        dispose(win)


@pytest.mark.parametrize("paints", [0, 1])
def test_a_window_that_stops_painting_still_finishes_its_start_up(
    qtbot, tmp_path, monkeypatch, paints
):
    """Started minimized (no paint), or minimized after its first paint: the views, the socket
    and the welcome come anyway."""
    from briefer.gui.dialogs import welcome

    opened: list[QDialog] = []
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", lambda d: opened.append(d) or 0)

    class Paints(QObject):
        def __init__(self, parent, allowed: int) -> None:
            super().__init__(parent)
            self.allowed = allowed

        def eventFilter(self, watched, event) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            self.allowed -= 1
            return self.allowed < 0

    win = open_window(tmp_path / "data", "en")
    only = Paints(win, paints)
    win.installEventFilter(only)  # the window is shown but paints at most `paints` times
    try:
        win.after_startup(win.welcome_if_first_start)
        win.show()
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
        assert "programme" in win.views and only.allowed <= 0  # its paints were held back
    finally:
        win.removeEventFilter(only)
        dispose(win)


def test_welcome_is_skipped_with_a_delegation_or_a_window_that_keeps_nothing(
    window, delegation, qtbot, tmp_path, monkeypatch
):
    from briefer.gui.dialogs import welcome

    opened: list[QDialog] = []
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", lambda d: opened.append(d) or 0)
    assert window.welcome_if_first_start() is False
    shot = open_window(tmp_path / "fresh", "en", persist=False)
    try:
        assert shot.welcome_if_first_start() is False
    finally:
        dispose(shot)
    assert opened == []


def test_selection_export_defaults_to_its_own_extension(tmp_path, monkeypatch):
    from briefer.cli import main

    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        create_delegation(store, "Délégation du Sénégal", "SN")
    finally:
        store.close()
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(folder), "selection", "export"]) == 0
    written = list(tmp_path.glob("*.briefer-selection"))
    assert [p.name for p in written] == ["delegation-du-senegal.briefer-selection"]
    assert main(["--data-dir", str(folder), "selection", "export", "mine"]) == 0
    assert (tmp_path / "mine.briefer-selection").exists()


def test_a_file_imported_beside_another_says_so_in_the_window(window, qtbot, tmp_path, boxes):
    """The import's note (the second calendar without a name goes beside the first, under its
    own file name) reached the command line only; in the status bar it was cut short behind
    the catalogue's version, so the window says it in a message box."""
    shown = boxes.texts
    for name, uid in (("side-a.ics", "a@a"), ("side-b.ics", "b@b")):
        (tmp_path / name).write_bytes(
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:"
            + uid.encode()
            + b"\r\nDTSTART:20301112T090000Z\r\nDTEND:20301112T100000Z\r\nSUMMARY:S\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        window.import_file(tmp_path / name)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert len(shown) == 1  # the first file went where such files go: nothing to say
    assert "'side-b'" in shown[0] and "side-a.ics" in shown[0]
    assert window.statusBar().currentMessage() == "1 change applied."
