"""The detail pane shows an item's web links as clickable, escaped text."""

from __future__ import annotations

import re

from briefer.core.sync.sources import import_file

XML = """<?xml version="1.0"?>
<schedule><conference><title>Links</title><venue>Hall</venue><city>Brussels</city>
<start>2030-01-01</start><end>2030-01-01</end></conference>
<day index="1" date="2030-01-01"><room name="A"><event id="1"><start>10:00</start>
<duration>00:30</duration><room>A</room><title>Talk</title><links>
<link href="https://example.org/video?a=1&amp;b=2">&lt;img src=x&gt; recording</link>
<link href="javascript:alert(1)">click me</link>
</links></event></room></day></schedule>
"""


def test_detail_pane_lists_http_links_escaped(window, tmp_path):
    path = tmp_path / "links.xml"
    path.write_text(XML, encoding="utf-8")
    import_file(window.ctx.store, path)
    window.detail.show_item("links:event-1")
    browser = window.detail.browser
    assert not browser.openExternalLinks() and not browser.openLinks()  # confirmed first
    text = browser.toPlainText()
    assert "<img src=x> recording" in text and "Brussels" in text
    assert "click me" not in text
    assert "javascript:" not in browser.toHtml()
    assert "https://example.org/video?a=1&b=2" in anchors(browser.document())


def anchors(document) -> list[str]:
    """The link targets of a rich-text document, as Qt resolved them."""
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


def test_an_abstracts_paragraphs_are_paragraphs_in_the_detail_pane(window, tmp_path):
    """A frab abstract's paragraphs, separated by newlines, ran together in the pane."""
    abstract = "Lessons learned.\n\nThe presenter has 10 years.\nThird line."
    path = tmp_path / "lines.xml"
    path.write_text(
        XML.replace("<title>Talk</title>", f"<title>Talk</title><abstract>{abstract}</abstract>"),
        encoding="utf-8",
    )
    import_file(window.ctx.store, path)
    window.detail.show_item("links:event-1")
    blocks, block = [], window.detail.browser.document().begin()
    while block.isValid():
        blocks.append(block.text())
        block = block.next()
    at = blocks.index("Lessons learned.")
    assert blocks[at : at + 3] == [
        "Lessons learned.",
        "The presenter has 10 years.",
        "Third line.",
    ]


def test_the_french_detail_pane_puts_a_narrow_space_before_its_colons(window):
    """Found by review: « arabe: … » and « Source: https://… » in the French detail pane,
    where every other label reads « Langues : »."""
    window.set_language("fr")
    window.detail.show_item("ppf:ses-2021-armed-forces")  # a source, titles in two languages
    raw = window.detail.browser.document().toRawText()  # toPlainText makes U+202F a space
    lines = raw.replace("\u2029", "\n").replace("\u2028", "\n").splitlines()
    assert any(line.startswith("Source\u202f: ") for line in lines), lines
    others = [line for line in lines if line.startswith(("anglais", "français", "arabe"))]
    assert others and all(re.match(r"\w+\u202f: ", line) for line in others), others
