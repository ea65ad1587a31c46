"""Search index rows folded on a thread while SQLite writes the ones before them.

Folding an item's texts for the index (search/textnorm.py) is Python; FTS5 tokenizing the
folded rows is C, and Python's sqlite3 releases the interpreter lock while a statement runs.
A catalogue write therefore folds the next chunk of rows on a thread while the connection's
thread inserts the previous chunk, and deletes the index rows it replaces meanwhile.

Each chunk goes to SQLite as one multi-row INSERT, its values bound as parameters: with one
statement per row, the writing thread would need the lock back between rows and wait for the
folding thread at each of them. (Chunks were JSON arrays read back with json_each and
json_extract: encoding and parsing 17 MB of JSON for the bench feed cost about 8 % of a first
sync's instructions.)
"""

from __future__ import annotations

import functools
import queue
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from briefer.core.progress import Reporter

COLUMNS = ("item_id", "kind", "title", "body", "people", "places")
CHUNK = 500
_DONE = object()


@functools.lru_cache(maxsize=8)
def insert_sql(rows: int) -> str:
    """One INSERT of `rows` index rows, their values bound in COLUMNS order, row after row."""
    one = f"({', '.join('?' * len(COLUMNS))})"
    return f"INSERT INTO search_fts ({', '.join(COLUMNS)}) VALUES {', '.join([one] * rows)}"


class IndexRows:
    """The rows of an iterable folded in chunks by a thread, as soon as this is made."""

    def __init__(self, rows: Iterable[dict[str, Any]], chunk: int = CHUNK) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=8)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._produce, args=(rows, chunk), name="briefer-index-rows", daemon=True
        )
        self._thread.start()

    def _produce(self, rows: Iterable[dict[str, Any]], chunk: int) -> None:
        try:
            batch: list[Any] = []
            count = 0
            for row in rows:
                batch += [_text_safe(row[c]) for c in COLUMNS]
                count += 1
                if count == chunk:
                    if not self._put((count, batch)):
                        return
                    batch, count = [], 0
            if count and not self._put((count, batch)):
                return
            self._put(_DONE)
        except BaseException as exc:  # handed to the writing thread, which raises it
            self._put(exc)

    def _put(self, item: Any) -> bool:
        """Queue `item` for the writer; False once the writer has stopped."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def chunks(self) -> Iterator[tuple[int, list[Any]]]:
        """(row count, the rows' values one after another) in order; raises what the folding
        raised."""
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        """Stop the thread (a write that failed or was cancelled) and wait for it."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> IndexRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _text_safe(value: Any) -> Any:
    """`value`, its NUL characters as spaces (as the index has always held them)."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", " ")
    return value


def insert_index_rows(conn: sqlite3.Connection, rows: IndexRows, report: Reporter) -> int:
    """Insert `rows` into the connection's search_fts; the number of rows inserted."""
    width = len(COLUMNS)
    most = max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width)  # 32766 params
    done = 0
    for count, chunk in rows.chunks():
        for start in range(0, count, most):
            part = chunk[start * width : (start + most) * width]
            conn.execute(insert_sql(len(part) // width), part)
        done += count
        report(done, None, "index")
    return done
