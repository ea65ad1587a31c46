"""The catalogue index's vocabulary, to turn a long prefix into the words it completes.

FTS5 answers a prefix of up to 4 letters from its prefix index, lazily; a longer prefix has no
index, so FTS5 first merges the whole doclist of every word it completes, which costs tens of
milliseconds on a large catalogue. The words are kept in a table beside the index; a long prefix
with few completions is searched as those words (`"securite" OR "security"`), read lazily.
"""

from __future__ import annotations

import sqlite3

INDEXED_PREFIX = 4  # the longest prefix the index keeps (schema: prefix = '2 3 4')
MAX_COMPLETIONS = 32


def write_search_terms(conn: sqlite3.Connection) -> None:
    """Store the distinct words of `search_fts` in `search_terms` (in the same database)."""
    conn.execute("DROP TABLE IF EXISTS search_terms")
    conn.execute("CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, 'row')")
    try:
        conn.execute("INSERT INTO search_terms (term) SELECT term FROM temp.search_vocab")
    finally:
        conn.execute("DROP TABLE temp.search_vocab")


def completions(conn: sqlite3.Connection, prefix: str, schema: str = "cat") -> list[str] | None:
    """The indexed words starting with `prefix`, or None when they are too many or unknown.

    None also when the catalogue file predates the terms table: the caller then keeps the prefix.
    """
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    try:
        rows = conn.execute(
            f"SELECT term FROM {schema}.search_terms WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, upper, MAX_COMPLETIONS + 1),
        ).fetchall()
    except sqlite3.OperationalError:
        return None
    if not rows or len(rows) > MAX_COMPLETIONS:
        return None
    return [row[0] for row in rows]
