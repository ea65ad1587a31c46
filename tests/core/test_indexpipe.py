"""Index rows folded on a thread while SQLite inserts the previous chunk (catalogue/indexpipe)."""

from __future__ import annotations

import itertools
import sqlite3
import threading

import pytest
import sqlite_utils

from briefer.core.catalogue.indexpipe import IndexRows, insert_index_rows
from briefer.core.catalogue.schema import create_catalogue_schema
from briefer.core.errors import Cancelled
from briefer.core.progress import Reporter

TEXTS = ["Paix et santé", "السلام «المستدام»", 'quote " and \\ back', None, "", "ligne\nsuivante"]


def rows(n: int):
    for i in range(n):
        yield {
            "item_id": f"t:{i}",
            "kind": "session",
            "title": f"title {i} {TEXTS[i % len(TEXTS)] or ''}",
            "body": TEXTS[i % len(TEXTS)],
            "people": TEXTS[(i + 1) % len(TEXTS)],
            "places": TEXTS[(i + 2) % len(TEXTS)],
        }


@pytest.fixture
def conn(tmp_path):
    connection = sqlite3.connect(tmp_path / "c.db")
    create_catalogue_schema(sqlite_utils.Database(connection))
    yield connection
    connection.close()


def index(conn) -> list[tuple]:
    return conn.execute(
        "SELECT rowid, item_id, kind, title, body, people, places FROM search_fts ORDER BY rowid"
    ).fetchall()


def test_rows_arrive_whole_and_in_order_as_a_plain_insert_gives_them(conn, tmp_path) -> None:
    seen: list[int] = []
    with IndexRows(rows(1234), chunk=100) as made:
        assert insert_index_rows(conn, made, Reporter(lambda p: seen.append(p.done))) == 1234
    assert seen == [*range(100, 1201, 100), 1234]
    plain = sqlite3.connect(tmp_path / "plain.db")
    create_catalogue_schema(sqlite_utils.Database(plain))
    plain.executemany(
        "INSERT INTO search_fts (item_id, kind, title, body, people, places) "
        "VALUES (:item_id, :kind, :title, :body, :people, :places)",
        rows(1234),
    )
    assert index(conn) == index(plain)  # values, NULLs and order
    plain.close()
    match = conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'المستدام'")
    assert match.fetchone()[0] == sum(
        any("المستدام" in (v or "") for v in row.values()) for row in rows(1234)
    )


def test_an_error_while_folding_reaches_the_writer_and_the_thread_ends(conn) -> None:
    def failing():
        yield from rows(700)
        raise ValueError("a malformed regions list")

    made = IndexRows(failing(), chunk=100)
    with pytest.raises(ValueError, match="malformed"), made:
        insert_index_rows(conn, made, Reporter())
    assert not made._thread.is_alive()
    assert conn.execute("SELECT count(*) FROM search_fts").fetchone()[0] == 700


def test_a_cancelled_write_stops_the_folding_thread(conn) -> None:
    folded = itertools.count()

    def endless():
        for i in folded:
            yield next(rows(i + 1))

    def cancel_after_first(_progress) -> None:
        raise Cancelled("Cancelled.")

    made = IndexRows(endless(), chunk=50)
    with pytest.raises(Cancelled), made:
        insert_index_rows(conn, made, Reporter(cancel_after_first))
    assert not made._thread.is_alive()
    assert "briefer-index-rows" not in {t.name for t in threading.enumerate()}


def test_a_nul_character_does_not_cut_the_rest_of_a_text_off(conn) -> None:
    row = {"item_id": "t:nul", "kind": "session", "title": "alpha\x00bravo"}
    row |= {"body": "charlie", "people": None, "places": "x\x00"}
    with IndexRows([row]) as made:
        insert_index_rows(conn, made, Reporter())
    found = conn.execute("SELECT item_id FROM search_fts WHERE search_fts MATCH 'bravo'")
    assert found.fetchall() == [("t:nul",)]
    assert conn.execute("SELECT title FROM search_fts").fetchone() == ("alpha bravo",)
