"""The catalogue index's vocabulary: the words a prefix completes, and how many items hold them.

FTS5 answers a prefix of up to 4 letters from its prefix index, lazily; a longer prefix has no
index, so FTS5 first merges the whole doclist of every word it completes, which costs tens of
milliseconds on a large catalogue. And bm25 counts, for every term of a query, all the items that
hold it (its IDF), whatever the LIMIT: the cost grows with the catalogue. The words and their
item counts are kept in a table beside the index, so that a long prefix with few completions is
searched as those words (`"securite" OR "security"`), read lazily, and the engine knows before
ranking how much ranking would cost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

INDEXED_PREFIX = 4  # the longest prefix the index keeps (schema: prefix = '2 3 4')
MAX_COMPLETIONS = 32
SCAN_LIMIT = 2000  # completions read to count a short prefix's items; past it, "too many"


def write_search_terms(conn: sqlite3.Connection) -> None:
    """Store the distinct words of `search_fts`, with their item counts, in `search_terms`."""
    conn.execute("DROP TABLE IF EXISTS search_terms")
    conn.execute(
        "CREATE TABLE search_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
    )
    conn.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, 'row')")
    try:
        conn.execute(
            "INSERT INTO search_terms (term, docs) SELECT term, doc FROM temp.search_vocab"
        )
    finally:
        conn.execute("DROP TABLE temp.search_vocab")


@dataclass(frozen=True)
class TermInfo:
    """What the vocabulary says of a query term."""

    words: list[str] | None  # the words a prefix completes, when at most MAX_COMPLETIONS
    postings: int | None  # items summed over those words; None when past SCAN_LIMIT words


def term_info(
    conn: sqlite3.Connection, term: str, prefix: bool = True, schema: str = "cat"
) -> TermInfo | None:
    """The completions and item count of `term` (a prefix, or a whole word), or None.

    None when the catalogue file predates the terms table: the caller then searches as before.
    """
    if prefix:
        upper = term[:-1] + chr(ord(term[-1]) + 1)
        sql = f"SELECT term, docs FROM {schema}.search_terms WHERE term >= ? AND term < ? LIMIT ?"
        params: tuple = (term, upper, SCAN_LIMIT + 1)
    else:
        sql = f"SELECT term, docs FROM {schema}.search_terms WHERE term = ?"
        params = (term,)
    from briefer.core.crypto import operational_errors  # SQLCipher's are a hierarchy of their own

    try:
        rows = conn.execute(sql, params).fetchall()
    except operational_errors():
        return None
    words = [row[0] for row in rows] if len(rows) <= MAX_COMPLETIONS else None
    postings = sum(row[1] for row in rows) if len(rows) <= SCAN_LIMIT else None
    return TermInfo(words, postings)
