"""Rich text in the window loads nothing and opens only web and mail links, after asking.

Checked offscreen on the real widgets: a canary image on disk must never become a resource of
any document (a plain QTextBrowser, as a control, does load it), for a hostile note, a hostile
catalogue title and hostile links.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.conftest import delegation, window  # noqa: F401 - the window's fixtures
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from briefer.core.richtext import markdown_html, safe_link
from briefer.core.sync.sources import import_file
from briefer.gui import safe_text
from briefer.gui.safe_text import SafeTextBrowser, open_link

CANARY_SIZE = 7


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    image = QImage(CANARY_SIZE, CANARY_SIZE, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return path


def loaded(document: QTextDocument, canary: Path) -> bool:
    """Whether `document` holds the canary as an image resource (it was read from disk)."""
    for url in (QUrl.fromLocalFile(str(canary)), QUrl(str(canary))):
        found = document.resource(QTextDocument.ResourceType.ImageResource.value, url)
        if found is not None and found.width() == CANARY_SIZE:
            return True
    return False


def anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            fragments += 1
        block = block.next()
    return found


def test_a_plain_browser_would_load_the_canary_and_the_safe_one_does_not(qtbot, canary):
    page = f'<p>x<img src="{canary}"><img src="file://{canary}"></p>'
    plain = QTextBrowser()
    qtbot.addWidget(plain)
    plain.setHtml(page)
    assert loaded(plain.document(), canary)  # the control: the check can fail
    safe = SafeTextBrowser()
    qtbot.addWidget(safe)
    safe.setHtml(page)
    assert not loaded(safe.document(), canary)


def hostile_note(canary: Path) -> str:
    return (
        f"# Plan\n\n![p]({canary}) and ![q](file://{canary})\n\n"
        f'<img src="{canary}"> [passwd](file:///etc/passwd) [run](javascript:alert(1)) '
        "[forum](https://parispeaceforum.org/a?b=1&c=2) [mail](mailto:desk@example.org)"
    )


def test_markdown_becomes_safe_html(canary):
    page = markdown_html(hostile_note(canary))
    assert "<img" not in page and "file:" not in page and "javascript:" not in page
    assert "&lt;img" in page and "[p]" in page
    assert 'href="https://parispeaceforum.org/a?b=1&amp;c=2"' in page


def test_a_hostile_note_in_the_preview_loads_nothing(window, delegation, canary):  # noqa: F811
    window.show_view("notes")
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.setPlainText(hostile_note(canary))
    document = notes.preview.document()
    assert not loaded(document, canary)
    assert "<img" in notes.preview.toPlainText()  # shown as the text it is
    assert anchors(document) == [
        "https://parispeaceforum.org/a?b=1&c=2",
        "mailto:desk@example.org",
    ]
    assert not notes.preview.openLinks() and not notes.preview.openExternalLinks()


def test_a_hostile_catalogue_title_is_text_everywhere(window, delegation, canary, tmp_path):  # noqa: F811
    title = f"<img src={canary}> Session"
    path = tmp_path / "hostile.csv"
    path.write_text(
        "kind,id,title_en,day,start,end,timezone,status,url,abstract_en\n"
        f"session,s1,{title},2030-11-11,09:00,10:00,,,,<img src={canary}>\n",
        encoding="utf-8",
    )
    import_file(window.ctx.store, path, namespace="hostile")
    item = "hostile:s1"
    window.detail.show_item(item)
    assert title in window.detail.browser.toPlainText()
    assert not loaded(window.detail.browser.document(), canary)
    window.show_view("notes")
    notes = window.views["notes"]
    notes.start_note(item)
    assert title in notes.heading.text()
    assert notes.heading.textFormat().name == "PlainText"
    tips = tooltips(window.views["programme"].model)
    assert tips and all("<img" not in tip for tip in tips)
    assert any(f"&lt;img src={canary}&gt; Session" in tip for tip in tips)


def tooltips(model) -> list[str]:
    """Every tooltip a tree model gives, walking all its rows."""
    from PySide6.QtCore import QModelIndex, Qt

    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if tip:
                    found.append(tip)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "smb://host/share", "https://a b", "ftp://x/y"],
)
def test_unsafe_links_are_never_opened(qtbot, monkeypatch, boxes, url):
    opened, told = [], boxes.texts
    monkeypatch.setattr(safe_text.QDesktopServices, "openUrl", lambda u: opened.append(u))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    assert open_link(browser, QUrl(url), ask=lambda *_: True) is False
    assert opened == [] and told and "http" in told[0]
    assert safe_link(url) is None


def test_a_web_link_is_opened_after_the_user_saw_the_full_address(qtbot, monkeypatch):
    opened, asked = [], []
    monkeypatch.setattr(safe_text.QDesktopServices, "openUrl", lambda u: opened.append(u) or True)
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    url = "https://parispeaceforum.org/programme?day=2&lang=fr"

    def ask(parent, shown: str) -> bool:
        asked.append(shown)
        return len(asked) > 1  # no the first time, yes the second

    assert open_link(browser, QUrl(url), ask=ask) is False and opened == []
    assert open_link(browser, QUrl(url), ask=ask) is not False
    assert asked == [url, url] and [u.toString() for u in opened] == [url]


def test_a_click_in_the_browser_goes_through_the_check(qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(safe_text, "open_link", lambda parent, url: seen.append(url.toString()))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert seen == [] or seen == ["file:///etc/passwd"]


def test_a_deeply_nested_list_stays_in_the_preview_width(qtbot):
    """Found by review of the packs: each list level indents, and 64 levels made the preview
    2,580 pixels wide; past MAX_LIST_INDENT levels lists indent no further, as in the packs.
    The only style the sanitised HTML carries is that one, set here, never from the note."""
    from briefer.core.markdown_text import MAX_LIST_INDENT

    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(500, 400)
    html = markdown_html("- " * 64 + "mot64fin")
    assert html.count("style=") == 64 - MAX_LIST_INDENT
    assert "<ul style" not in markdown_html('<ul style="x: 1"><li>a</li></ul>\n\n- b')
    browser.setHtml(html)
    document = browser.document()
    document.setTextWidth(500)
    last = document.lastBlock()
    assert last.text() == "mot64fin"
    assert last.textList().format().indent() == MAX_LIST_INDENT
    assert document.size().width() <= 500  # 2,580 with an indent per level


def test_names_and_titles_in_message_boxes_are_plain_text(window, delegation, boxes):  # noqa: F811
    """Found by review: a meeting titled with a link, or a delegate named with tags, showed a
    live link (opened without the link check) or bold type in the confirmation boxes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from briefer.core.delegations import add_delegate
    from briefer.core.meetings import add_meeting
    from briefer.gui.dialogs.meeting import cancel_meeting_action, delete_meeting_action

    store = window.ctx.store
    title = '<a href="javascript:alert(1)">Click</a><img src=x> dinner'
    meeting = add_meeting(store, delegation, title, day="2021-11-11", start="20:00").value
    add_delegate(store, delegation, "Karim <b>Alaoui</b>")
    window.ctx.changed()
    boxes.answer = QMessageBox.StandardButton.No
    assert not cancel_meeting_action(window, window.ctx, meeting.id)
    assert not delete_meeting_action(window, window.ctx, meeting.id)
    view = window.views["delegation"]
    view.reload()
    rows = [view.delegates.item(i).text() for i in range(view.delegates.count())]
    view.delegates.setCurrentRow(next(i for i, t in enumerate(rows) if "Karim" in t))
    view.remove_selected()
    assert len(boxes.shown) == 3
    for box in boxes.shown:
        assert box.format == Qt.TextFormat.PlainText, box.title
    assert title in boxes.texts[0] and title in boxes.texts[1]
    assert "Karim <b>Alaoui</b>" in boxes.texts[2]
    assert "Delete meeting" in boxes.shown[1].title  # a title, not a function's text
