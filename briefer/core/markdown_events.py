"""A note's Markdown tree read out to an HTML parser as the parser would read the note's HTML.

The packs and the snippets read a note through an `HTMLParser` (`note_blocks`,
`markdown_plain`): writing Markdown's tree out as HTML and parsing it back was a seventh of
the time a pack spent on its notes. `feed_note` makes the parser's calls from the tree
instead (start tags with their attributes, text, end tags), with the text and attributes as
the HTML would give them: escaped as Markdown's serialiser escapes them, placeholders and `&`
put back as its postprocessors put them, and read back as the parser reads them. A tree this
cannot read exactly (raw HTML in its placeholders, comments, scripts) goes through the HTML.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from xml.etree.ElementTree import HTML_EMPTY, Element

from markdown import util

try:  # Markdown's own escaping, private to it: a release without it reads notes as HTML
    from markdown.serializers import _escape_attrib_html, _escape_cdata
except ImportError:  # pragma: no cover - the pinned releases have both
    _escape_attrib_html = _escape_cdata = None  # type: ignore[assignment]

from briefer.core.markdown_text import NoteTree, note_tree, to_html

_PLACEHOLDER = re.compile(util.HTML_PLACEHOLDER % r"([0-9]+)")
_RAW_TEXT = frozenset({"script", "style"})  # the parser reads their text as written

_START, _EMPTY, _END, _DATA = range(4)


def feed_note(parser: HTMLParser, source: str) -> None:
    """Give `parser` what feeding it `to_html(source)` would, from the note's tree."""
    tree = note_tree(source)
    if _escape_cdata is None or tree.root is None or not _readable(tree):
        parser.feed(to_html(source))
        return
    events: list[tuple] = []
    _text(events, tree.root.text)
    for child in tree.root:
        _element(events, child)
    if events and events[0][0] == _DATA:  # Markdown strips its output, before and after its
        events[0] = (_DATA, events[0][1].lstrip())  # postprocessors (which add no blank here)
    if events and events[-1][0] == _DATA:
        events[-1] = (_DATA, events[-1][1].rstrip())
    for event in events:
        kind = event[0]
        if kind == _DATA:
            text = _restored(event[1], tree.stash)
            if text:
                parser.handle_data(unescape(text))
        elif kind == _START:
            parser.handle_starttag(event[1], _attributes(event[2], tree.stash))
        elif kind == _EMPTY:
            parser.handle_startendtag(event[1], _attributes(event[2], tree.stash))
        else:
            parser.handle_endtag(event[1])


def _readable(tree: NoteTree) -> bool:
    """Whether the tree's HTML holds no markup `feed_note` would have to parse: its stash only
    entities, its elements only ordinary tags."""
    if any(not isinstance(html, str) or "<" in html or util.STX in html for html in tree.stash):
        return False
    assert tree.root is not None
    tags = [element.tag for element in tree.root.iter()]
    return all(isinstance(tag, str) and tag.lower() not in _RAW_TEXT for tag in tags)


def _element(events: list[tuple], element: Element) -> None:
    tag = element.tag.lower()
    attributes = sorted(element.items())  # as the serialiser writes them
    if tag in HTML_EMPTY:  # "<br />": neither text nor children written
        events.append((_EMPTY, tag, attributes))
    else:
        events.append((_START, tag, attributes))
        _text(events, element.text)
        for child in element:
            _element(events, child)
        events.append((_END, tag))
    _text(events, element.tail)


def _text(events: list[tuple], text: str | None) -> None:
    if text:
        events.append((_DATA, _escape_cdata(text)))


def _restored(html: str, stash: tuple) -> str:
    """`html` after Markdown's postprocessors: placeholders replaced, then `&` put back."""
    if util.STX not in html:
        return html
    if stash:
        html = _PLACEHOLDER.sub(
            lambda m: stash[int(m[1])] if int(m[1]) < len(stash) else m[0], html
        )
    return html.replace(util.AMP_SUBSTITUTE, "&")


def _attributes(items: list[tuple[str, str | None]], stash: tuple) -> list[tuple[str, str | None]]:
    return [
        (name.lower(), None if value is None else _attribute(value, stash)) for name, value in items
    ]


def _attribute(value: str, stash: tuple) -> str:
    written = _restored(_escape_attrib_html(value), stash)
    return unescape(written) if written else written
