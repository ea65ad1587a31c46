"""A note's Markdown tree read out to an HTML parser: the calls its HTML would have made."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from briefer.core.markdown_events import feed_note
from briefer.core.markdown_text import MAX_NESTING, to_html

NOTES = [
    "## Points\n- one\n- **two**\n\n> quoted\n\n1. first\n2. *second*\n",
    "| A | B | C |\n|:---|:-:|--:|\n| COVID-19 | كوفيد-19 | x |\n",
    "Fish & chips &amp; peas &copy; &#169; &lt;tag> <b>bold</b> <!-- kept --> a > b",
    'A [link](https://example.org/?a=1&b=2 "T & t") and [ref][r].\n\n[r]: https://ex.org/r',
    "<https://www.unicef.org> and [x](<https://a.org/b c>) and <a@b.org>",
    "![alt & \"q\"](https://x.org/p.png 'title') ![](https://x.org/q.png)",
    "line one  \nline two\\\nline three",
    "- a\n  - b\n    - c\n\n3. three\n4. four\n\n1) one\n2) two",
    "Escapes \\*not em\\* \\_ \\` and `code & <b>` and ``a ` b``",
    "~~struck~~ **~~both~~** *it* _it_ __bold__",
    "Appelez le +33 1 23 45 67 89 — اتصل على ‎+212 5 37 00 00 00",
    "مُنْتَدَى باريس — **ملاحظة** [رابط](https://example.org/ar)\n\n> اقتباس",
    "# H1\n## H2\n### H3\n#### H4\n##### H5\n###### H6\n\n---\n\n***",
    "\x02wzxhzdk:0\x03 and \x02amp\x03 left by the writer",
    "[r]: https://only.a/reference",
]
# Blank, or nested deeper than Markdown is let go: their HTML, plain paragraphs, is fed.
PLAIN = ["   \n\n  ", "", "x <i>\n\n" + "- " * (MAX_NESTING + 5) + "deep"]
FENCED = "```python\ncode <b>kept</b> & escaped\n```\n\nAfter the fence."


class Recorder(HTMLParser):
    """Every call an `HTMLParser` gets, and how many times it was fed HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.calls: list[tuple] = []
        self.fed = 0

    def feed(self, data: str) -> None:
        self.fed += 1
        super().feed(data)

    def handle_starttag(self, tag, attrs):
        self.calls.append(("start", tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.calls.append(("empty", tag, attrs))

    def handle_endtag(self, tag):
        self.calls.append(("end", tag))

    def handle_data(self, data):
        self.calls.append(("data", data))

    def handle_comment(self, data):
        self.calls.append(("comment", data))


def _calls(source: str, from_tree: bool) -> Recorder:
    parser = Recorder()
    if from_tree:
        feed_note(parser, source)
    else:
        parser.feed(to_html(source))
    parser.close()
    return parser


@pytest.mark.parametrize("source", NOTES)
def test_a_notes_tree_makes_the_calls_its_html_makes(source):
    from_tree = _calls(source, True)
    assert from_tree.calls == _calls(source, False).calls
    assert from_tree.fed == 0  # read from the tree, not from HTML


def test_a_note_whose_html_holds_markup_is_read_from_its_html():
    from_tree = _calls(FENCED, True)
    assert from_tree.calls == _calls(FENCED, False).calls
    assert ("start", "pre", []) in from_tree.calls and from_tree.fed == 1


@pytest.mark.parametrize("source", PLAIN)
def test_a_blank_or_too_deep_note_gives_its_plain_html(source):
    assert _calls(source, True).calls == _calls(source, False).calls


def test_notes_made_of_random_markdown_make_the_same_calls():
    pieces = [
        *("# ", "- ", "1. ", "> ", "    ", "  \n", "\n", "\n\n", "**", "*", "_", "`", "~~"),
        *("&", "&amp;", "&#169;", "<", ">", "\\*", "\\\n", "| a | b |\n|---|---|\n| 1 | 2 |"),
        *("[a](https://x.org/?a&b)", "<https://ex.org>", "![i](p.png)", "text", "كلمة", "\t"),
    ]
    rng = random.Random(12)
    for _ in range(300):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert _calls(source, True).calls == _calls(source, False).calls, repr(source)


def test_placeholders_and_markdowns_ampersand_are_put_back_as_its_postprocessors_do():
    """Markdown writes "&" as a placeholder in obfuscated addresses (never reached while raw
    HTML is escaped); a placeholder beyond the stash stays as it is."""
    from briefer.core.markdown_events import _restored

    stash = ("&amp;",)
    left = "\x02wzxhzdk:7\x03"
    assert _restored(f"a \x02wzxhzdk:0\x03 b {left}", stash) == f"a &amp; b {left}"
    assert _restored("\x02amp\x03#109;ail", ()) == "&#109;ail"


def test_a_list_numbered_beyond_reason_is_read_not_refused():
    """Found by review: a list starting at a number of thousands of digits raised Python's
    int() limit in the preview and in the pack; such a list starts at 1, as past CommonMark's
    nine digits."""
    from briefer.core.packs.note_blocks import markdown_blocks
    from briefer.core.richtext import markdown_html

    source = "5" * 5000 + ". a"
    assert markdown_blocks(source)
    assert "start=" not in markdown_html(source)
    assert 'start="123456789"' in markdown_html("123456789. a")


def test_a_markdown_without_its_private_escaping_reads_notes_through_the_html(monkeypatch):
    """`feed_note` borrows Markdown's private escaping; a release that renamed it must still
    give the parser what the note's HTML gives."""
    from html.parser import HTMLParser

    import briefer.core.markdown_events as events
    from briefer.core.markdown_text import to_html

    class Calls(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.seen: list[tuple] = []

        def handle_starttag(self, tag, attrs):
            self.seen.append(("start", tag, tuple(attrs)))

        def handle_data(self, data):
            self.seen.append(("data", data))

    source = "## Points\n- **a** & b\n\n[x](https://example.org)"
    expected = Calls()
    expected.feed(to_html(source))
    monkeypatch.setattr(events, "_escape_cdata", None)
    got = Calls()
    events.feed_note(got, source)
    assert got.seen == expected.seen
