"""Notes to HTML through one reused converter per thread: the same HTML as a fresh one."""

from __future__ import annotations

import threading

import markdown

from briefer.core.markdown_text import to_html

NOTES = [
    "## Points\n- one\n- **two**\n\n> quoted\n\n1. first\n2. *second*\n",
    "| A | B |\n|---|---|\n| COVID-19 | كوفيد-19 |\n",
    "```\ncode <b>kept</b> & escaped\n```\n\nAfter the fence.",
    "A [link](https://example.org) and a reference [ref][r].\n\n[r]: https://example.org/r",
    "Raw <script>alert(1)</script> & <b>bold</b> stay text.",
    "3. starts at three\n4. four\n\n* a\n* b\n",
    "",
    "مُنْتَدَى باريس — **ملاحظة** [رابط](https://example.org/ar)",
]


def _fresh(source: str) -> str:
    escaped = source.replace("&", "&amp;").replace("<", "&lt;")
    return markdown.markdown(escaped, extensions=["tables", "sane_lists", "fenced_code"])


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
    deep = "- " * 500 + "x <b>\n\nAfter the list."
    html = to_html(deep)  # Markdown's block parser runs out of recursion on this one
    assert html.startswith("<p>- - - ") and "x &lt;b>" in html
    assert html.endswith("<p>After the list.</p>")
    for note in NOTES:
        assert to_html(note) == _fresh(note)


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
