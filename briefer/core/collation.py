"""The order names and titles are listed in, in the three languages: one key for every list.

Found by review: lists sorted by code point (or SQLite's NOCASE, ASCII only) put
« Œdipe Lœwenbruck » after « Ursula von der Leyen », « Appel de Paris… » before « Appel à
l'action… » and « Réponse coordonnée… » after « Roadmap… ». `sort_key` compares first as
search folds text (`textnorm.fold`: case, accents, œ and æ as oe and ae, Arabic letter
variants, tashkeel and tatweel), with apostrophes and other punctuation ignored and words
compared word by word; then by accents and case; then by the text itself, so that the order is
total. A name is sorted as written, its first word first: surnames are not guessed.

SQL sorts with the same key by a column that holds it (`stored_key`, written with the row:
`ORDER BY sort_key`, in SQLite's own byte order, with an index), or through the collation
`COLLATE_NAME`, registered on every connection of a `Store` (`register`), for a text SQL makes
as it reads (`ORDER BY x COLLATE briefer`): that calls Python at each comparison.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata

from briefer.core.search.textnorm import fold

COLLATE_NAME = "briefer"

_APOSTROPHES = re.compile("['\u2019\u02bc\u2018`´]")
_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=8192)
def sort_key(text: str | None) -> tuple[str, str, str]:
    """The key `text` sorts by (None and "" first): see the module docstring."""
    if not text:
        return ("", "", "")
    folded = fold(_APOSTROPHES.sub("", text))
    primary = " ".join(_WORD.findall(folded))
    # Second: the accents (« cote » before « côte »), without case; third: case, then as is.
    accented = " ".join(_WORD.findall(unicodedata.normalize("NFD", text.casefold())))
    return (primary, accented, text)


# Between the parts of a stored key: below any character of its first two parts (words and
# spaces), so that the parts compare one after the other as the tuple's do.
_PARTS = "\x01"


def stored_key(text: str | None) -> str | None:
    """`sort_key` as one text that sorts as the key does by code point, as SQLite's BINARY
    order does (None stays None, which SQL sorts first, as it does NULL names)."""
    if text is None:
        return None
    return _PARTS.join(sort_key(text)) if text else ""


def _compare(a: str | None, b: str | None) -> int:
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def register(conn: sqlite3.Connection) -> None:
    """Let SQL on `conn` sort by `sort_key`: `ORDER BY x COLLATE briefer`."""
    conn.create_collation(COLLATE_NAME, _compare)
