"""Add a source: one form with the kinds in words, the key or trust, and a test of the
address against a real loopback server before anything is saved."""

from __future__ import annotations

from loopback import Route, feed_document, signed
from PySide6.QtWidgets import QDialogButtonBox

from briefer.core.sync.signing import generate_keys, load_private
from briefer.core.sync.sources import get_source, list_sources
from briefer.gui.dialogs.sources import SourceDialog

from .test_operations import XML


def probe_result(dialog: SourceDialog, qtbot) -> str:
    job = dialog.start_test()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    return dialog.result.text()


def test_a_signed_feed_is_tested_then_added_with_its_key(window, server, qtbot, tmp_path):
    private, public = generate_keys(tmp_path / "publisher")
    feed, signature = signed(feed_document(version=5), load_private(private))
    server.routes["/feed.json.gz"] = Route(body=feed)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    dialog = window.add_source_dialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    offered = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert offered[0].startswith("Briefer feed") and "frab-xml" not in offered, "kinds in words"
    dialog.name.setText("ppf")
    dialog.url.setText(server.url + "/feed.json.gz")
    assert not ok.isEnabled(), "a feed needs its key or the user's trust"
    dialog.use_key(public)
    assert ok.isEnabled() and not dialog.trust.isEnabled()
    said = probe_result(dialog, qtbot)
    assert said == "Signed by the publisher's key. PPF 2021: 2 sessions, 0 projects."
    assert list_sources(window.ctx.store) == [], "a test saves nothing"
    ok.click()
    source = get_source(window.ctx.store, "ppf")
    assert source.public_key == public.read_text() and not source.trust_unsigned
    assert not dialog.isVisible()


def test_a_web_page_is_not_a_source_and_nothing_is_added(window, server, qtbot):
    server.routes["/portal"] = Route(
        body=b"<!DOCTYPE html><html><body>Hotel Wi-Fi login</body></html>",
        headers={"Content-Type": "text/html"},
    )
    dialog = window.add_source_dialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("hotel")
    dialog.url.setText(server.url + "/portal")
    dialog.kind.setCurrentIndex(dialog.kind.findData("frab-xml"))
    said = probe_result(dialog, qtbot)
    assert "web page" in said and "Traceback" not in said
    assert list_sources(window.ctx.store) == []


def test_a_schedule_is_tested_and_a_taken_name_keeps_the_form_open(window, server, qtbot):
    server.routes["/p.xml"] = Route(body=XML)
    dialog = window.add_source_dialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("frab-xml"))
    assert not dialog.form.isRowVisible(dialog.trust), "no key for a schedule"
    dialog.url.setText(server.url + "/p.xml")
    assert probe_result(dialog, qtbot) == "Not signed. Illustrative demo: 1 session, 0 projects."
    dialog.name.setText("demo")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert get_source(window.ctx.store, "demo").kind == "frab-xml"
    again = window.add_source_dialog()
    qtbot.addWidget(again)
    again.kind.setCurrentIndex(again.kind.findData("frab-xml"))
    again.name.setText("demo")
    again.url.setText(server.url + "/p.xml")
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert again.isVisible() and "already a source named 'demo'" in again.result.text()


def test_an_address_that_does_not_answer_is_said_plainly(window, qtbot):
    dialog = window.add_source_dialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ics"))
    dialog.url.setText("http://127.0.0.1:9/x")
    said = probe_result(dialog, qtbot)
    assert "refused" in said and "your data is as it was" not in said


def test_a_feed_without_its_signature_is_refused_by_the_test(window, server, qtbot, tmp_path):
    private, public = generate_keys(tmp_path / "publisher")
    feed, _signature = signed(feed_document(version=5), load_private(private))
    server.routes["/bare.json.gz"] = Route(body=feed)  # no .sig beside it
    dialog = window.add_source_dialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(server.url + "/bare.json.gz")
    dialog.use_key(public)
    said = probe_result(dialog, qtbot)
    assert "no signature" in said and list_sources(window.ctx.store) == []
