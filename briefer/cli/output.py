"""Printing for the command line: aligned plain text by default, JSON with --json."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import sys
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from briefer.core.directions import NO_OVERRIDES, OVERRIDE_CODES
from briefer.core.i18n import QT_TRANSLATE_NOOP, translate
from briefer.core.localize import listed


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    text = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    for code in OVERRIDE_CODES:  # the data as it is, escaped: a terminal applies them raw
        text = text.replace(chr(code), f"\\u{code:04x}")
    sys.stdout.write(text + "\n")


class _Inert:
    """A text stream that writes no embedding or override character: a name holding one
    (found by review: "Added Evil \u202eNAME\u202c Person") would reverse the rest of the
    line in a terminal that applies them. Isolates and marks, which Briefer writes, stay."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(text.translate(NO_OVERRIDES))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def overrides_inert() -> Iterator[None]:
    """Standard output and errors through `_Inert` while the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Inert(out), _Inert(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def width(text: str) -> int:
    """Terminal columns taken by `text` (combining marks take none, wide characters two)."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        total += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return total


_BREAKS = re.compile(r"[ \t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """`text` with its runs of line breaks and ordinary spaces made one space (the no-break
    spaces of French typography, U+00A0 and U+202F, stay where they are), and no embedding or
    override of its own (found by review: a delegate named with U+202E reversed the rest of
    the line in a terminal that applies them, as the window and the packs do not)."""
    from briefer.core.packs.uax9 import without_overrides  # not at start-up: `gui` too

    return without_overrides(_BREAKS.sub(" ", text).strip(" "))


def pad(text: str, columns: int) -> str:
    """`text` followed by spaces to `columns` terminal columns (marks take none: an Arabic
    "يُعلَن لاحقًا" padded by code points came out short)."""
    return text + " " * max(0, columns - width(text))


_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDI = "\u2069"


def apart(before: str, after: str, limit: int) -> tuple[str, str]:
    """Two values as a table shows them side by side, each begun shortly before where they
    first differ when that is past `limit` columns: "Enabling media markets to work for demo…"
    twice said nothing of a changed title's end."""
    same = 0
    for a, b in zip(before, after, strict=False):
        if a != b:
            break
        same += 1
    if same < limit - 10 or before == after:
        return before, after
    cut = before.rfind(" ", 0, same - 10) + 1 or same - 10
    return "…" + before[cut:], "…" + after[cut:]


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut with "…" to `limit` columns; an isolate cut open is closed
    after the ellipsis (a terminal would carry its direction on to the line's end)."""
    text = one_line(str(text))
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    space = out.rstrip().rfind(" ")
    if space > len(out) * 2 // 3:  # end on a word (found by review: « …harmful cont… »)
        out = out[:space].rstrip()
    depth = 0
    for ch in out:
        if ch in _OPENERS:
            depth += 1
        elif ch == _PDI and depth:
            depth -= 1
    return out + "…" + _PDI * depth


# Headings of tables and labels of fields, in English; shown through the catalogue (`heading`).
# A test checks that every literal heading of a command is listed here, for lupdate.
HEADINGS = (
    QT_TRANSLATE_NOOP("Cli", "edition"),
    QT_TRANSLATE_NOOP("Cli", "id"),
    QT_TRANSLATE_NOOP("Cli", "from"),
    QT_TRANSLATE_NOOP("Cli", "to"),
    QT_TRANSLATE_NOOP("Cli", "venue"),
    QT_TRANSLATE_NOOP("Cli", "sessions"),
    QT_TRANSLATE_NOOP("Cli", "known sessions"),
    QT_TRANSLATE_NOOP("Cli", "carrying organisation"),
    QT_TRANSLATE_NOOP("Cli", "of"),
    QT_TRANSLATE_NOOP("Cli", "selected"),
    QT_TRANSLATE_NOOP("Cli", "all projects"),
    QT_TRANSLATE_NOOP("Cli", "published by"),
    QT_TRANSLATE_NOOP("Cli", "signature"),
    QT_TRANSLATE_NOOP("Cli", "kind"),
    QT_TRANSLATE_NOOP("Cli", "title"),
    QT_TRANSLATE_NOOP("Cli", "snippet"),
    QT_TRANSLATE_NOOP("Cli", "status"),
    QT_TRANSLATE_NOOP("Cli", "in the catalogue"),
    QT_TRANSLATE_NOOP("Cli", "day"),
    QT_TRANSLATE_NOOP("Cli", "time"),
    QT_TRANSLATE_NOOP("Cli", "your time"),
    QT_TRANSLATE_NOOP("Cli", "place"),
    QT_TRANSLATE_NOOP("Cli", "city"),
    QT_TRANSLATE_NOOP("Cli", "format"),
    QT_TRANSLATE_NOOP("Cli", "file format"),
    QT_TRANSLATE_NOOP("Cli", "track"),
    QT_TRANSLATE_NOOP("Cli", "catalogue"),
    QT_TRANSLATE_NOOP("Cli", "organisation"),
    QT_TRANSLATE_NOOP("Cli", "regions"),
    QT_TRANSLATE_NOOP("Cli", "countries"),
    QT_TRANSLATE_NOOP("Cli", "link"),
    QT_TRANSLATE_NOOP("Cli", "links"),
    QT_TRANSLATE_NOOP("Cli", "themes"),
    QT_TRANSLATE_NOOP("Cli", "people"),
    QT_TRANSLATE_NOOP("Cli", "abstract"),
    QT_TRANSLATE_NOOP("Cli", "summary"),
    QT_TRANSLATE_NOOP("Cli", "source"),
    QT_TRANSLATE_NOOP("Cli", "certainty"),
    QT_TRANSLATE_NOOP("Cli", "source notes"),
    QT_TRANSLATE_NOOP("Cli", "name"),
    QT_TRANSLATE_NOOP("Cli", "priority"),
    QT_TRANSLATE_NOOP("Cli", "delegates"),
    QT_TRANSLATE_NOOP("Cli", "country"),
    QT_TRANSLATE_NOOP("Cli", "function"),
    QT_TRANSLATE_NOOP("Cli", "delegate"),
    QT_TRANSLATE_NOOP("Cli", "session"),
    QT_TRANSLATE_NOOP("Cli", "item"),
    QT_TRANSLATE_NOOP("Cli", "overlaps"),
    QT_TRANSLATE_NOOP("Cli", "time (forum)"),
    QT_TRANSLATE_NOOP("Cli", "given in"),
    QT_TRANSLATE_NOOP("Cli", "counterparts"),
    QT_TRANSLATE_NOOP("Cli", "other version"),
    QT_TRANSLATE_NOOP("Cli", "languages"),
    QT_TRANSLATE_NOOP("Cli", "notes"),
    QT_TRANSLATE_NOOP("Cli", "meetings"),
    QT_TRANSLATE_NOOP("Cli", "when"),
    QT_TRANSLATE_NOOP("Cli", "field"),
    QT_TRANSLATE_NOOP("Cli", "before"),
    QT_TRANSLATE_NOOP("Cli", "now"),
    QT_TRANSLATE_NOOP("Cli", "trust"),
    QT_TRANSLATE_NOOP("Cli", "url"),
    QT_TRANSLATE_NOOP("Cli", "last sync"),
    QT_TRANSLATE_NOOP("Cli", "origin"),
    QT_TRANSLATE_NOOP("Cli", "printed"),
    QT_TRANSLATE_NOOP("Cli", "for"),
    QT_TRANSLATE_NOOP("Cli", "language"),
    QT_TRANSLATE_NOOP("Cli", "pages"),
    QT_TRANSLATE_NOOP("Cli", "file"),
)


def said(message: str) -> str:
    """ "briefer: message", as the display language writes a program's message."""
    return translate("Cli", "briefer: {message}").format(message=message)


def heading(name: str) -> str:
    """`name` (a table heading or field label) in the display language."""
    return translate("Cli", name) if name else name


WHOLE_COLUMNS = frozenset({"id", "session", "item", "overlaps", "note", "url"})


def print_table(
    rows: Sequence[Sequence[Any]],
    headers: Sequence[str],
    max_width: int = 60,
    whole: Collection[str] = WHOLE_COLUMNS,
) -> None:
    """Rows in aligned columns, each column clipped at `max_width` except those named in `whole`.

    Ids (and links) are never cut, so that they can be copied into the next command.
    """
    keep = [h in whole for h in headers]
    cells = [
        [
            ("" if c is None else one_line(str(c)))
            if k
            else clip("" if c is None else str(c), max_width)
            for c, k in zip(row, keep, strict=True)
        ]
        for row in rows
    ]
    shown = [heading(h) for h in headers]
    widths = [width(h) for h in shown]
    for row in cells:
        widths = [max(w, width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True))

    print(line(shown).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row).rstrip())


def print_fields(pairs: Sequence[tuple[str, Any]]) -> None:
    """Label: value lines, labels aligned."""
    shown = [(heading(k), v) for k, v in pairs if v not in (None, "", [], {})]
    pad = max((width(k) for k, _ in shown), default=0)
    for key, value in shown:
        if isinstance(value, list | tuple):
            value = listed([str(v) for v in value], strong=True)
        print(f"{key}{' ' * (pad - width(key))}  {value}")  # overrides: `overrides_inert`


def print_conflicts(found: Sequence[Any], item_id: str) -> None:
    """The conflicts (`marks.Conflict`) an item is in, one line each, as `mark` reports them."""
    text = translate("Cli", "Conflict for {delegate}: overlaps {other}.")
    for c in found:
        print(text.format(delegate=c.delegate, other=c.other(item_id)))
