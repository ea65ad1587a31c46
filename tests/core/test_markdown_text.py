"""Notes to HTML through one reused converter per thread: the same HTML as a fresh one."""

from __future__ import annotations

import threading

import markdown

from briefer.core.markdown_text import (
    MAX_NESTING,
    StrikethroughExtension,
    to_html,
)
from briefer.core.phones import ltr_phone_numbers

NOTES = [
    "## Points\n- one\n- **two**\n\n> quoted\n\n1. first\n2. *second*\n",
    "| A | B |\n|---|---|\n| COVID-19 | كوفيد-19 |\n",
    "```\ncode <b>kept</b> & escaped\n```\n\nAfter the fence.",
    "A [link](https://example.org) and a reference [ref][r].\n\n[r]: https://example.org/r",
    "Raw <script>alert(1)</script> & <b>bold</b> stay text.",
    "3. starts at three\n4. four\n\n* a\n* b\n",
    "",
    "مُنْتَدَى باريس — **ملاحظة** [رابط](https://example.org/ar)",
    "Réunion ~~annulée~~ maintenue, ~~**salle A**~~ `~~code~~`",
]


def _fresh(source: str) -> str:
    escaped = source.replace("&", "&amp;").replace("<", "&lt;")
    extensions = ["tables", "sane_lists", "fenced_code", StrikethroughExtension()]
    return markdown.markdown(escaped, extensions=extensions)


def test_reused_converter_gives_a_fresh_converters_html_in_any_order():
    for order in (NOTES, list(reversed(NOTES)), NOTES * 2):
        for note in order:
            assert to_html(note) == _fresh(note)


def test_a_reference_definition_does_not_leak_into_the_next_note():
    to_html("[r]: https://example.org/secret")
    assert "secret" not in to_html("See [the file][r].")


def test_threads_convert_at_the_same_time_without_mixing_notes():
    results: dict[int, list[str]] = {}

    def work(index: int) -> None:
        note = NOTES[index % len(NOTES)] + f"\n\nnote {index}"
        results[index] = [to_html(note) for _ in range(30)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, outputs in results.items():
        expected = _fresh(NOTES[index % len(NOTES)] + f"\n\nnote {index}")
        assert outputs == [expected] * 30


def test_a_note_markdown_cannot_convert_shows_as_text_and_spoils_no_later_note():
    for deep in ("- " * 500, "> " * 500, "1. " * 70, "    " * 70 + "- ", "- > " * 40):
        html = to_html(deep + "x <b>\n\nAfter the list.")
        assert html.startswith(f"<p>{deep.strip()[:5]}") and "x &lt;b>" in html, deep[:12]
        assert html.endswith("<p>After the list.</p>")
    for note in NOTES:
        assert to_html(note) == _fresh(note)


def test_lists_nested_as_deep_as_a_note_may_go_still_convert():
    html = to_html("- " * MAX_NESTING + "x")
    assert html.count("<ul>") == MAX_NESTING and "<p>" not in html
    stairs = "".join("    " * level + "- step\n" for level in range(MAX_NESTING))
    assert to_html(stairs).count("<ul>") == MAX_NESTING
    assert to_html(stairs + "    " * MAX_NESTING + "- step").startswith("<p>- step<br />")


def test_a_deeply_indented_line_of_text_is_not_nesting():
    html = to_html("- item\n\n" + " " * 400 + "code")
    assert html.startswith("<ul>") and "<pre><code>" in html


def test_a_note_markdown_fails_on_shows_as_text(monkeypatch):
    from markdown.blockparser import BlockParser

    from briefer.core.packs.note_blocks import markdown_blocks

    def fail(self, lines):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(BlockParser, "parseDocument", fail)
    assert to_html("# Title <i>\n\nBody") == "<p># Title &lt;i></p>\n<p>Body</p>"
    blocks = markdown_blocks("# Title <b>\n\nBody")
    assert [(b.kind, "".join(s.text for s in b.spans)) for b in blocks] == [
        ("p", "# Title <b>"),
        ("p", "Body"),
    ]
    monkeypatch.undo()
    assert to_html("# Title again") == "<h1>Title again</h1>"


def test_a_note_markdown_fails_to_write_out_shows_as_text(monkeypatch):
    from briefer.core import markdown_text

    def fail(converter, tree):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(markdown_text, "_serialised", fail)
    assert to_html("# Heading <i>\n\nText") == "<p># Heading &lt;i></p>\n<p>Text</p>"
    monkeypatch.undo()
    assert to_html("# Heading again") == "<h1>Heading again</h1>"


def test_a_pack_with_such_a_note_renders(tmp_path):
    from briefer.core.delegations import create_delegation
    from briefer.core.marks import set_mark
    from briefer.core.notes import add_note
    from briefer.core.packs.service import make_pack
    from briefer.core.store import open_store

    with open_store(tmp_path / "data") as store:
        delegation = create_delegation(store, "Deep notes")
        item = store.query("SELECT id FROM cat.sessions ORDER BY id LIMIT 1")[0]["id"]
        set_mark(store, delegation, item, "must")
        add_note(store, delegation, item, "- " * 500 + "x\n\nAfter the list.")
        for fmt in ("pdf", "docx"):
            make_pack(store, delegation, None, tmp_path / f"pack.{fmt}", "fr", format=fmt)
            assert (tmp_path / f"pack.{fmt}").stat().st_size > 0


def test_fenced_code_and_rules_nest_nothing():
    """Found by review: a code line of 70 ">" or a rule of 70 spaced dashes turned the whole
    note into plain text."""
    code = "## Journal\n\n```\n" + ">" * 70 + " start\n```\n\n- point un"
    html = to_html(code)
    assert "<h2>Journal</h2>" in html and "<pre><code>" in html and "<li>point un</li>" in html
    assert "<hr />" in to_html("Avant\n\n" + "- " * 70 + "-\n\nAprès")


def test_indentation_inside_quotes_and_wide_gaps_count_as_nesting():
    """Found by review: indentation after ">" and two spaces between markers went uncounted,
    and Markdown took seconds to run out of recursion on such a note."""
    stairs = "".join("> " + " " * (4 * level) + f"- n{level}\n" for level in range(200))
    for note in (stairs, ">  " * 200 + "x"):
        assert to_html(note).startswith("<p>>  ") or to_html(note).startswith("<p>> - n0")


def test_nesting_is_counted_on_the_lines_markdown_reads():
    """Found by a second review: fences Markdown does not take as fences (unclosed, indented,
    with text after them), its control characters and lone carriage returns, numbers of ten
    digits and dashes three spaces apart let 200–1,000 levels through (17–21 s of Markdown)."""
    stairs = "\n".join("    " * level + "- a" for level in range(200))
    for note in (
        "```\n\n" + stairs,
        "``` not a fence\n\n" + stairs + "\n```",
        "  ```\n\n" + stairs + "\n  ```",
        "```inline```\n\n" + stairs + "\n```",
        "\n".join("\x02" + "    " * level + "- a" for level in range(200)),
        stairs.replace("\n", "\r"),
        "1234567890. " * 200 + "x",
        "-   " * 200 + "-",
    ):
        html = to_html(note)
        assert "<ul>" not in html and "<ol>" not in html, note[:20]
    fenced = "```\n" + "    " * 100 + "- inside code\n```\n\n- after"
    assert "<pre><code>" in to_html(fenced) and "<li>after</li>" in to_html(fenced)


LRM = "\u200e"


def test_international_phone_numbers_are_held_left_to_right():
    """UAX #9 sets "+33 6 12 34 56 78" in an Arabic line as "78 56 34 12 6 +33" (found by
    review): a number to dial wrong. Each international number goes between LRMs."""
    for number in ("+33 6 12 34 56 78", "+1 (212) 555-0100", "+971-4-123-4567", "+44 20.7946.0000"):
        assert ltr_phone_numbers(f"الهاتف: {number} للتواصل") == (
            f"الهاتف: {LRM}{number}{LRM} للتواصل"
        )
    for text in ("2+2 = 4", "+5 ans", "C++ 20 11", "x+33 6 12", "+33"):
        assert ltr_phone_numbers(text) == text
    html = to_html("- الهاتف: +33 6 12 34 56 78\n- `+33 1 23 45` و +1 (212) 555-0100")
    assert f"{LRM}+33 6 12 34 56 78{LRM}" in html
    assert "<code>+33 1 23 45</code>" in html  # code as written
    assert f"{LRM}+1 (212) 555-0100{LRM}" in html  # the text after a code span too


def test_a_phone_number_the_writer_marked_gets_no_second_mark():
    """Found by review: a number the writer had put after an LRM copied from the PDF with two
    marks before its "+", which a phone may fail to dial."""
    number = "+33 1 45 20 69 35"
    assert ltr_phone_numbers(f"الهاتف: {LRM}{number} للتواصل") == (
        f"الهاتف: {LRM}{number}{LRM} للتواصل"
    )
    assert ltr_phone_numbers(f"الهاتف: {LRM}{number}{LRM}") == f"الهاتف: {LRM}{number}{LRM}"


def test_lists_nested_by_two_spaces_nest_in_preview_and_print():
    """Found by review: a list nested by two spaces (GitHub's, most editors'), or by three
    under "1.", printed and previewed flat; Python-Markdown wants four a level."""
    from briefer.core.markdown_text import nested_lists
    from briefer.core.packs.note_blocks import markdown_blocks

    note = "- a\n  - b\n    - c\n  - d\n- e\n\ntexte\n\n1. un\n   1. sous\n2. deux"
    depths = [(b.depth, "".join(s.text for s in b.spans)) for b in markdown_blocks(note)]
    # A list's own items are at depth 1, the items of a list inside them at 2, and so on.
    assert [d for d in depths if d[1] in "abcde"] == [
        (1, "a"),
        (2, "b"),
        (3, "c"),
        (2, "d"),
        (1, "e"),
    ]
    assert (2, "sous") in depths and (1, "deux") in depths
    four = "- a\n    - b\n\n```\n  - not a list\n```"
    assert nested_lists(four) == four  # four spaces a level, and code, as written
    html = to_html("- a\n  - b\n\n```\n  - kept\n```")
    assert "<li>a<ul>" in html and "  - kept" in html


def test_an_autolink_is_a_link_and_code_keeps_its_text():
    """Found by review: "<https://www.unicef.org>" printed and previewed with its angle
    brackets, as raw HTML escaped; inside code it is text as written."""
    html = to_html("voir <https://www.unicef.org> et `<https://code>`")
    assert '<a href="https://www.unicef.org">https://www.unicef.org</a>' in html
    assert "[https://code]" not in html and "https://code" in html
    from briefer.core.packs.note_blocks import markdown_blocks

    (block,) = markdown_blocks("voir <https://www.unicef.org>")
    spans = [(s.text, s.link) for s in block.spans]
    assert ("https://www.unicef.org", "https://www.unicef.org") in spans
    assert not any("(www.unicef.org)" in text for text, _ in spans)  # not printed twice


def test_a_list_item_of_the_other_kind_starts_a_new_list():
    """Found by review: "- a" then "1. b" (no blank line between) printed and previewed as
    one bullet "a 1. b"; CommonMark starts a numbered list there, and a bulleted one after
    a numbered item. A numbered line not starting at 1 stays in the item (CommonMark too)."""
    assert to_html("- a.\n1. b.\n2. c.") == (
        "<ul>\n<li>a.</li>\n</ul>\n<ol>\n<li>b.</li>\n<li>c.</li>\n</ol>"
    )
    assert to_html("1. a\n2. b\n- c\n- d") == (
        "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n<ul>\n<li>c</li>\n<li>d</li>\n</ul>"
    )
    nested = to_html("- a\n  - b\n  1. c\n- d")
    assert "<li>a<ul>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n</li>\n<li>d</li>" in nested
    assert to_html("- a\n2. b") == "<ul>\n<li>a\n2. b</li>\n</ul>"
    assert "<pre><code>- a\n1. b\n</code></pre>" in to_html("```\n- a\n1. b\n```")
