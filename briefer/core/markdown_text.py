"""Markdown notes to HTML, with any raw HTML in them kept as literal text."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.fenced_code import FencedBlockPreprocessor, FencedCodeExtension
from markdown.extensions.sane_lists import (
    SaneListExtension,
    SaneOListProcessor,
    SaneUListProcessor,
)
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import SimpleTagInlineProcessor, SubstituteTagInlineProcessor
from markdown.treeprocessors import Treeprocessor

from briefer.core.phones import has_rtl_letters, ltr_phone_numbers

_local = threading.local()
MAX_NESTING = 64
MAX_LIST_INDENT = 8  # levels a list indents; deeper items align with those (window and packs)
_MARKER = re.compile(r"(?:[-*+]|\d+[.)])(?=[ \t]|$)|>")
_SPACE = re.compile(r"[ \t]+")
_FENCED = FencedBlockPreprocessor.FENCED_BLOCK_RE
_RULE = re.compile(r" {0,3}(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,})$")  # Markdown's


@dataclass(frozen=True)
class NoteTree:
    """What Markdown makes of a note before writing it out: its tree and the HTML its
    placeholders stand for (entities, fenced code); `root` None for a blank note, or for one
    shown as plain text (`plain`, its HTML)."""

    root: Element | None
    stash: tuple = ()
    plain: str = ""
    escaped: str = ""  # the source Markdown read


@lru_cache(maxsize=16)
def note_tree(source: str) -> NoteTree:
    """A note's Markdown tree: raw HTML in the source is escaped first, so it shows as text.

    A note Markdown cannot convert (lists or quotes nested more than MAX_NESTING deep, or
    anything else that makes it fail) is shown as its plain text, in paragraphs, rather than
    failing the window or the pack. The last few are kept: opening a note reads it for the
    preview (`to_html`) and for its direction (`markdown_events`).
    """
    escaped = nested_lists(_autolinks(source).replace("&", "&amp;").replace("<", "&lt;"))
    if _too_deep(escaped):
        return NoteTree(None, plain=_plain_html(escaped), escaped=escaped)
    converter = _converter()
    try:
        root = _parsed(converter, escaped)
        stash = converter.htmlStash
        return NoteTree(root, tuple(stash.rawHtmlBlocks[: stash.html_counter]), escaped=escaped)
    except Exception:
        _local.converter = None  # its parser state may be left half-way: start afresh
        return NoteTree(None, plain=_plain_html(escaped), escaped=escaped)
    except BaseException:
        _local.converter = None
        raise
    finally:
        converter.reset()


@lru_cache(maxsize=16)
def to_html(source: str) -> str:
    """HTML for a note (`note_tree`), as Markdown's `convert` writes it."""
    tree = note_tree(source)
    if tree.root is None:
        return tree.plain
    converter = _converter()
    try:
        return _serialised(converter, tree)
    except Exception:
        _local.converter = None
        return _plain_html(tree.escaped)
    except BaseException:
        _local.converter = None
        raise
    finally:
        converter.reset()


def _parsed(converter: Markdown, text: str) -> Element | None:
    """`Markdown.convert`'s steps up to its tree: preprocessors, block parser, treeprocessors."""
    if not text.strip():
        return None
    converter.lines = text.split("\n")
    for preprocessor in converter.preprocessors:
        converter.lines = preprocessor.run(converter.lines)
    root = converter.parser.parseDocument(converter.lines).getroot()
    for treeprocessor in converter.treeprocessors:
        replaced = treeprocessor.run(root)
        if replaced is not None:
            root = replaced
    return root


def _serialised(converter: Markdown, tree: NoteTree) -> str:
    """`Markdown.convert`'s steps after its tree: the serialiser, then the postprocessors with
    the tree's stash put back."""
    converter.htmlStash.rawHtmlBlocks[:] = tree.stash
    converter.htmlStash.html_counter = len(tree.stash)
    output = converter.serializer(tree.root)
    tag = converter.doc_tag
    try:
        output = output[output.index(f"<{tag}>") + len(tag) + 2 : output.rindex(f"</{tag}>")]
    except ValueError:
        if not output.strip().endswith(f"<{tag} />"):
            raise
        output = ""
    output = output.strip()
    for postprocessor in converter.postprocessors:
        output = postprocessor.run(output)
    return output.strip()


_CODE = re.compile(r"(^ {0,3}(?:```|~~~).*?^ {0,3}(?:```|~~~)[^\n]*$|(`+).*?\2)", re.M | re.S)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>()\[\]]+)>", re.IGNORECASE)
_ANGLED_ADDRESS = re.compile(r"\]\([ \t]*<([^<>\n]*)>")  # "[text](<address>)"


def _autolinks(source: str) -> str:
    """Markdown's autolinks ("<https://www.unicef.org>") as links whose text is the address,
    and a link's address written between angle brackets ("[a](<https://a.org/b c>)", which
    may hold spaces) without them: raw HTML is escaped, and they showed with their angle
    brackets, or the link was lost (found by review)."""
    if "<" not in source or (
        _AUTOLINK.search(source) is None and _ANGLED_ADDRESS.search(source) is None
    ):
        return source
    out, last = [], 0
    for code in _CODE.finditer(source):  # fences and code spans stay as written
        out += [_linked(source[last : code.start()]), code.group()]
        last = code.end()
    out.append(_linked(source[last:]))
    return "".join(out)


def _linked(text: str) -> str:
    text = _ANGLED_ADDRESS.sub(lambda m: f"]({m.group(1).strip().replace(' ', '%20')}", text)
    return _AUTOLINK.sub(lambda m: f"[{m.group(1)}]({m.group(1)})", text)


def _too_deep(text: str) -> bool:
    """Whether a line may nest lists or quotes deeper than any note needs (Markdown's parser
    recurses once per level, and how deep it may go depends on the interpreter and the
    thread). The lines are those Markdown reads (its control characters removed, its line
    ends, its fenced code blocks found by its own pattern and left out); rules ("- - -") nest
    nothing. Anything else counts: a false alarm costs a note's formatting, a miss many
    seconds of Markdown's time."""
    text = text.replace("\x02", "").replace("\x03", "").replace("\r\n", "\n")
    text = text.replace("\r", "\n").expandtabs(4)
    if "```" in text or "~~~" in text:
        text = _FENCED.sub(lambda block: "\n" * block.group().count("\n"), text)
    for line in text.split("\n"):
        if _nesting(line) > MAX_NESTING and not _RULE.match(line):
            return True
    return False


def _nesting(line: str) -> int:
    """The levels a line's list and quote markers open, with its indentation (four columns a
    level) before and between them; 0 without a marker."""
    depth = markers = position = 0
    while depth <= MAX_NESTING:
        if space := _SPACE.match(line, position):
            depth += len(space.group().expandtabs(4)) // 4
            position = space.end()
        marker = _MARKER.match(line, position)
        if marker is None:
            break
        depth, markers, position = depth + 1, markers + 1, marker.end()
    return depth if markers else 0


def _plain_html(escaped: str) -> str:
    paragraphs = [p.strip() for p in escaped.replace("\r\n", "\n").split("\n\n")]
    return "\n".join(f"<p>{p.replace(chr(10), '<br />')}</p>" for p in paragraphs if p)


def _converter() -> Markdown:
    """This thread's converter, built on first use and kept while the thread's Python state
    lives (the window's thread; a job on a Qt pool thread builds its own).

    Extensions are given as objects: by name, Markdown looks each up among the installed
    packages' entry points, a scan of every package's metadata.
    """
    converter = getattr(_local, "converter", None)
    if converter is None:
        extensions = [
            TableExtension(),
            SaneListExtension(),
            ParenthesisListExtension(),
            FencedCodeExtension(),
            BackslashBreakExtension(),
            StrikethroughExtension(),
            PhoneNumberExtension(),
            ListKindExtension(),
        ]
        converter = _local.converter = Markdown(extensions=extensions)
    return converter


_BULLET_ITEM = re.compile(r" {0,3}[*+-] +\S")  # as Python-Markdown's sane lists read items
_NUMBER_ITEM = re.compile(r" {0,3}\d+[.)] +\S")
_FIRST_ITEM = re.compile(r" {0,3}1[.)] +\S")


class _ListKindChange(BlockProcessor):
    """A list item of the other kind ends a list, as CommonMark reads it: "- a" then "1. b"
    is a bulleted list, then one numbered 1 (a numbered list interrupting a line starts at
    1, CommonMark's rule); "1. a" then "- b" a numbered list, then a bulleted one. With sane
    lists Python-Markdown took the other kind's lines into the item above without a blank
    line between (found by review). Items nested in an item are read alike, as Markdown
    parses each item's content on its own; fenced code is a placeholder by then."""

    def test(self, parent: Element, block: str) -> bool:
        return self._split(block) is not None

    def run(self, parent: Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        lines = block.split("\n")
        at = self._split(block)
        assert at is not None
        blocks[:0] = ["\n".join(lines[:at]), "\n".join(lines[at:])]

    @staticmethod
    def _split(block: str) -> int | None:
        """The index of the first line starting a list of the other kind, in a block starting
        with a list item; None if none does."""
        if _BULLET_ITEM.match(block):
            other = _FIRST_ITEM
        elif _NUMBER_ITEM.match(block):
            other = _BULLET_ITEM
        else:
            return None
        for index, line in enumerate(block.split("\n")[1:], 1):
            if other.match(line) and not _RULE.match(line):
                return index
        return None


class ListKindExtension(Extension):
    """`_ListKindChange` before Markdown's own list processors (its olist is 40, hr 50)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.parser.blockprocessors.register(_ListKindChange(md.parser), "list_kind", 45)


def _indented_item(tab: int) -> re.Pattern[str]:
    """An item one level in, either kind, either numbered marker (Markdown's INDENT_RE)."""
    return re.compile(rf"^[ ]{{{tab},{tab * 2 - 1}}}((\d+[.)])|[*+-])[ ]+.*")


class _OrderedList(SaneOListProcessor):
    """Sane lists' numbered items, with CommonMark's other marker as well: "1) a" then "2) b"
    was one paragraph, "1) a 2) b", in the preview, the PDF and the Word pack (found by
    review). Either marker continues a list; the items are numbered "1.", "2.". Fenced code
    is a placeholder by the time block processors run, so its lines stay as written."""

    def __init__(self, parser: Any) -> None:
        super().__init__(parser)
        tab = self.tab_length
        self.RE = re.compile(rf"^[ ]{{0,{tab - 1}}}\d+[.)][ ]+(.*)")
        self.CHILD_RE = re.compile(rf"^[ ]{{0,{tab - 1}}}((\d+[.)]))[ ]+(.*)")
        self.INDENT_RE = _indented_item(tab)


class _BulletList(SaneUListProcessor):
    """Sane lists' bulleted items, reading a nested "1)" item as one (`_OrderedList`)."""

    def __init__(self, parser: Any) -> None:
        super().__init__(parser)
        self.INDENT_RE = _indented_item(self.tab_length)


class ParenthesisListExtension(Extension):
    """`_OrderedList` and `_BulletList` in place of sane lists' own (same names, same
    priorities: olist 40, ulist 30)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.parser.blockprocessors.register(_OrderedList(md.parser), "olist", 40)
        md.parser.blockprocessors.register(_BulletList(md.parser), "ulist", 30)


class BackslashBreakExtension(Extension):
    """A backslash ending a line as a hard line break (CommonMark's other one, besides two
    spaces): it was printed, "forcée\\ suite". Before Markdown's escapes (180), after code
    spans (190), which keep it."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.inlinePatterns.register(SubstituteTagInlineProcessor(r"\\\n", "br"), "backslash_br", 185)


_STRUCK = r"(~~)(?![~\s])(.+?)(?<![~\s])~~"  # no space or third tilde inside the marks


class StrikethroughExtension(Extension):
    """`~~text~~` as <del>, as GitHub and most Markdown editors write a struck-out passage
    (Python-Markdown has no such syntax; the tildes were printed). Code spans keep theirs."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.inlinePatterns.register(SimpleTagInlineProcessor(_STRUCK, "del"), "del", 40)


class _PhoneNumbers(Treeprocessor):
    def run(self, root: Element) -> None:
        """Marks in a note holding right-to-left letters anywhere (a paragraph of a number
        alone is set in the note's direction); none in a note without any."""
        rtl = has_rtl_letters("".join(root.itertext()))
        for element in root.iter():
            if element.text and element.tag not in ("code", "pre"):
                element.text = ltr_phone_numbers(element.text, rtl)
            if element.tail:
                element.tail = ltr_phone_numbers(element.tail, rtl)


class PhoneNumberExtension(Extension):
    """International phone numbers of a note's text (not its code) kept left to right, in the
    window's preview, the PDF and the Word pack alike (`ltr_phone_numbers`)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.treeprocessors.register(_PhoneNumbers(md), "phone_numbers", 5)


_ITEM = re.compile(r"( *)([-*+]|\d{1,9}[.)])( {1,4}|$)")
_SHORT_NESTING = re.compile(r"^(?: {4})* {1,3}(?:[-*+]|\d{1,9}[.)])(?: |$)", re.M)
_FENCE = re.compile(r" {0,3}(```|~~~)")


def nested_lists(text: str) -> str:
    """`text` with lists nested by two or three spaces (GitHub's, most editors') indented four
    spaces a level, as Python-Markdown reads them: such a note printed and previewed flat
    (found by review). An item is inside the one above while it starts at or past that item's
    text (CommonMark's rule); its continuation lines follow it. Notes nested by four spaces,
    and fenced code, are left as written."""
    if _SHORT_NESTING.search(text) is None:
        return text
    out: list[str] = []
    open_items: list[tuple[int, int]] = []  # each open item: (its text's column, as written; then)
    fence = None
    blank_before = True
    for line in text.split("\n"):
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        opening = fence is None and _FENCE.match(line)
        if opening and (not open_items or indent < open_items[-1][0]):
            fence = opening.group(1)  # code outside the lists: they end, and it stays as it is
            open_items.clear()
            out.append(line)
            continue
        if fence is not None:
            if body.startswith(fence):
                fence = None
            out.append(line)
            continue
        item = _ITEM.match(line)
        if item and body:
            while open_items and indent < open_items[-1][0]:
                open_items.pop()
            level = len(open_items)
            marker = len(item.group(2)) + max(1, len(item.group(3)))
            open_items.append((indent + marker, 4 * (level + 1)))
            out.append(" " * (4 * level) + body)
        elif not body:
            out.append(line)
        elif indent and open_items:
            while len(open_items) > 1 and indent < open_items[-1][0]:
                open_items.pop()
            column, now = open_items[-1]
            out.append(" " * (now + max(0, indent - column)) + body)
        else:
            if blank_before:
                open_items.clear()
            out.append(line)
        blank_before = not body
    return "\n".join(out)
