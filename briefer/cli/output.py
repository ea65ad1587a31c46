"""Printing for the command line: aligned plain text by default, JSON with --json."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from collections.abc import Collection, Sequence
from typing import Any


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def width(text: str) -> int:
    """Terminal columns taken by `text` (combining marks take none, wide characters two)."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        total += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return total


def clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


WHOLE_COLUMNS = frozenset({"id", "session", "overlaps", "note", "url"})


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
            ("" if c is None else " ".join(str(c).split()))
            if k
            else clip("" if c is None else str(c), max_width)
            for c, k in zip(row, keep, strict=True)
        ]
        for row in rows
    ]
    widths = [width(h) for h in headers]
    for row in cells:
        widths = [max(w, width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True))

    print(line(list(headers)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row).rstrip())


def print_fields(pairs: Sequence[tuple[str, Any]]) -> None:
    """Label: value lines, labels aligned."""
    shown = [(k, v) for k, v in pairs if v not in (None, "", [], {})]
    pad = max((width(k) for k, _ in shown), default=0)
    for key, value in shown:
        if isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        print(f"{key}{' ' * (pad - width(key))}  {value}")
