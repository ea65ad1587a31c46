"""The window's runner and its watch on the data folder: what a sync, a refusal or another
process changes shows in the open window, without a restart."""

from __future__ import annotations

import os
import subprocess
import sys

from loopback import Route, feed_document, signed

from briefer.core.marks import find_mark
from briefer.core.sync.signing import generate_keys, load_private
from briefer.core.sync.sources import add_source
from briefer.gui.dialogs.errors import ErrorDialog
from briefer.gui.models.sessions_model import RecordRole

from .test_window import session_index

XML = (
    b"<schedule><conference><acronym>demo</acronym><title>Illustrative demo</title>"
    b"<time_zone_name>Europe/Paris</time_zone_name></conference>"
    b"<day date='2030-11-11' index='1'><room name='Salle 1'>"
    b"<event guid='e1' id='1'><date>2030-11-11T09:00:00+01:00</date>"
    b"<start>09:00</start><duration>00:45</duration><room>Salle 1</room>"
    b"<title>Opening of the demo forum</title></event></room></day></schedule>"
)


def programme_titles(window) -> list[str]:
    model = window.views["programme"].model
    titles = []
    for day_row in range(model.rowCount()):
        day = model.index(day_row, 0)
        while model.canFetchMore(day):
            model.fetchMore(day)
        titles += [
            model.index(r, 0, day).data(RecordRole)["title_en"] for r in range(model.rowCount(day))
        ]
    return titles


def test_a_sync_shows_in_the_open_window_without_restart(window, server, qtbot):
    window.finish_startup()
    programme = window.views["programme"]
    before = window.ctx.store.catalogue_version()
    editions = [programme.edition.itemText(i) for i in range(programme.edition.count())]
    server.routes["/p.xml"] = Route(body=XML)
    add_source(window.ctx.store, "demo", server.url + "/p.xml", "frab-xml")
    with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
        window.start_sync("demo")
    assert blocker.args == [True]
    assert f"Catalogue version {before + 1}" in window.status_catalogue.text()
    offered = {
        programme.edition.itemData(i): programme.edition.itemText(i)
        for i in range(programme.edition.count())
    }
    new = [edition_id for edition_id in offered if edition_id.startswith("demo:")]
    assert new and offered[new[0]] not in editions
    programme.edition.setCurrentIndex(programme.edition.findData(new[0]))
    assert "Opening of the demo forum" in programme_titles(window)


def test_a_mark_made_on_the_command_line_shows_in_the_open_window(window, delegation, qtbot):
    window.finish_startup()
    index = session_index(window, "ppf:ses-2021-101")
    assert index.data(RecordRole)["priority"] is None
    command = [sys.executable, "-m", "briefer", "--data-dir", str(window.ctx.folder)]
    done = subprocess.run(
        [*command, "mark", "ppf:ses-2021-101", "--priority", "must"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert window.outside.timer.interval() <= 1000  # noticed within two seconds

    def shown() -> bool:
        return session_index(window, "ppf:ses-2021-101").data(RecordRole)["priority"] == "must"

    qtbot.waitUntil(shown, timeout=10_000)


def test_a_sync_by_another_process_reattaches_the_window_catalogue(window, server, qtbot):
    window.finish_startup()
    before = window.ctx.store.catalogue_version()
    server.routes["/p.xml"] = Route(body=XML)
    add_source(window.ctx.store, "demo", server.url + "/p.xml", "frab-xml")
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "--data-dir", str(window.ctx.folder), "sync", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(
        lambda: f"Catalogue version {before + 1}" in window.status_catalogue.text(),
        timeout=10_000,
    )
    assert window.ctx.store.catalogue_version() == before + 1


def test_a_refused_rollback_offers_apply_anyway(
    window, delegation, server, qtbot, monkeypatch, tmp_path
):
    window.finish_startup()
    private, public = generate_keys(tmp_path / "publisher")
    keys = {"private": load_private(private), "public_text": public.read_text()}
    store = window.ctx.store
    from briefer.core.marks import set_mark

    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    feed, signature = signed(feed_document(version=5), keys["private"])
    server.routes["/feed.json.gz"] = Route(body=feed)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    add_source(store, "ppf", server.url + "/feed.json.gz", "briefer", keys["public_text"])
    with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
        window.start_sync("ppf")
    assert blocker.args == [True]
    old_feed = feed_document(version=3)
    old_feed["tables"]["sessions"][1]["title_en"] = "The panel of version 3"
    feed, signature = signed(old_feed, keys["private"])
    server.routes["/feed.json.gz"] = Route(body=feed)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    asked = []

    def ask(parent, title, text, forcible):
        asked.append((text, forcible))
        return True

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    finished = []
    window.sync_finished.connect(finished.append)
    window.start_sync("ppf")
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    assert finished == [False, True]  # refused, then applied anyway
    assert asked and asked[0][1] is True
    assert "rollback" in asked[0][0] and "--force" not in asked[0][0]
    held = store.catalogue_meta()["sources"]["ppf"]["version"]
    assert held == 3
    assert "The panel of version 3" in programme_titles(window)
    assert find_mark(store, delegation, "ppf:ses-2021-101").priority == "must"


def test_the_window_import_can_be_forced(window, qtbot, monkeypatch, tmp_path):
    window.finish_startup()
    path = tmp_path / "empty.csv"
    path.write_text("kind,id,title_en\n", encoding="utf-8")
    before = window.ctx.store.catalogue_version()
    asked = []
    monkeypatch.setattr(
        ErrorDialog, "ask", classmethod(lambda cls, *a: asked.append(a[2:]) or True)
    )
    finished = []
    window.sync_finished.connect(finished.append)
    window.import_file(path)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    assert finished == [False, True], asked  # refused, then forced
    assert asked and "empty programme" in asked[0][0] and asked[0][1] is True
    assert f"Catalogue version {before + 1}" in window.status_catalogue.text()


def test_a_stalled_server_does_not_hold_a_write(window, server, qtbot, monkeypatch):
    from briefer.core.changes import Outcome
    from briefer.gui.jobs import Job

    window.finish_startup()
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, *a: False))
    server.routes["/p.xml"] = Route(body=XML * 50, mode="stall")
    add_source(window.ctx.store, "slow", server.url + "/p.xml", "frab-xml")
    window.start_sync("slow")
    assert window.runner.busy
    write = Job(window.ctx.folder, lambda store, reporter: Outcome(store.catalogue_version()))
    with qtbot.waitSignal(write.signals.succeeded, timeout=20_000):
        write.start(writes=True)
    assert window.runner.busy  # the sync still waits on the server; the write did not
    with qtbot.waitSignal(window.sync_finished, timeout=20_000):
        pass


def _tooltips(combo) -> dict[str, str]:
    from PySide6.QtCore import Qt

    return {
        combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        for i in range(combo.count())
    }


def test_each_edition_says_who_published_it_and_whether_it_was_signed(
    window, server, qtbot, tmp_path
):
    window.finish_startup()
    programme = window.views["programme"]
    projects = window.views["projects"]
    bundled = _tooltips(programme.edition)
    assert bundled and all(text.startswith("Bundled with Briefer") for text in bundled.values())
    private, public = generate_keys(tmp_path / "publisher")
    feed, signature = signed(feed_document(version=5), load_private(private))
    server.routes["/feed.json.gz"] = Route(body=feed)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    server.routes["/p.xml"] = Route(body=XML)
    store = window.ctx.store
    add_source(store, "ppf", server.url + "/feed.json.gz", "briefer", public.read_text())
    add_source(store, "demo", server.url + "/p.xml", "frab-xml")
    for name in ("ppf", "demo"):
        with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
            window.start_sync(name)
        assert blocker.args == [True]
    for combo in (programme.edition, projects.edition):
        shown = _tooltips(combo)
        assert shown["ppf:edition-2021"] == "Published by ppf; signature checked"
        demo = [text for edition_id, text in shown.items() if edition_id.startswith("demo:")]
        assert demo == ["Published by demo; not signed"]
    programme.edition.setCurrentIndex(programme.edition.findData("ppf:edition-2021"))
    assert programme.edition.toolTip() == "Published by ppf; signature checked"


def test_an_arabic_window_syncs_twice_under_windows_file_rules(
    window, server, qtbot, windows_files
):
    """The window holds the catalogue while its job swaps it (Windows refuses a rename over
    an open file): both syncs land, the Arabic window shows each, and one file remains."""
    window.set_language("ar")
    window.finish_startup()
    programme = window.views["programme"]
    add_source(window.ctx.store, "demo", server.url + "/p.xml", "frab-xml")
    for title in ("Opening of the demo forum", "Opening, moved to the Grande Halle"):
        server.routes["/p.xml"] = Route(
            body=XML.replace(b"Opening of the demo forum", title.encode())
        )
        before = window.ctx.store.catalogue_version()
        with qtbot.waitSignal(window.sync_finished, timeout=20_000) as blocker:
            window.start_sync("demo")
        assert blocker.args == [True]
        assert window.ctx.store.catalogue_version() == before + 1
        assert f"الكتالوج \u2068{before + 1}\u2069" in window.status_catalogue.text()
        programme.edition.setCurrentIndex(programme.edition.findData("demo:demo"))
        assert title in programme_titles(window)
    held = [p.name for _, p in window.ctx.store.data.catalogue_files()]
    assert held[-1] == window.ctx.store.catalogue_path.name and len(held) <= 2


def test_the_progress_and_cancel_show_beside_the_running_operations_message(
    window, qtbot, tmp_path
):
    """Found while adding the index rebuild: the status bar's message hid the progress bar and
    Cancel (Qt hides its other widgets while a message shows), so neither was ever seen."""
    window.finish_startup()
    path = tmp_path / "demo.xml"
    path.write_bytes(XML)
    finished = []
    window.sync_finished.connect(finished.append)
    window.import_file(path)
    assert window.statusBar().currentMessage() == "Importing…"
    assert window.sync_progress.isVisible() and window.sync_cancel.isVisible()
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
    assert not window.sync_progress.isVisible() and not window.sync_cancel.isVisible()
