"""A second sync of a namespace leaves its unchanged rows in place and replaces the rest exactly:
the catalogue after it equals one written from scratch from the same feed."""

from __future__ import annotations

import sqlite3

from loopback import Route, feed_document, signed

from briefer.core.sync.sources import add_source, sync_source

TABLES = ("sessions", "people", "session_people", "rooms", "editions")


def with_speakers(version: int, title_102: str, speakers_101: list[str]) -> dict:
    doc = feed_document(version=version)
    doc["tables"]["sessions"][1]["title_en"] = title_102
    doc["tables"]["people"] = [
        {"id": f"ppf:person:{name.lower()}", "name": name} for name in ("Amina", "Jonas", "Leila")
    ]
    doc["tables"]["session_people"] = [
        {"session_id": "ppf:ses-2021-101", "person_id": f"ppf:person:{name.lower()}"}
        for name in speakers_101
    ] + [{"session_id": "ppf:ses-new", "person_id": "ppf:person:leila"}]
    return doc


def rows(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: sorted(conn.execute(f"SELECT * FROM [{t}] WHERE 1").fetchall(), key=repr)
            for t in TABLES
        }
    finally:
        conn.close()


def sync(store, server, keys, document) -> None:
    feed, signature = signed(document, keys["private"])
    server.routes["/feed.json.gz"] = Route(body=feed)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    assert sync_source(store, "official", force=True) is not None


def test_an_update_equals_a_fresh_sync_of_the_same_feed(store, server, keys, tmp_path):
    from briefer.core.store import open_store

    add_source(store, "official", server.url + "/feed.json.gz", "briefer", keys["public_text"])
    sync(store, server, keys, with_speakers(5, "A new panel", ["Amina", "Jonas"]))
    assert "ppf:ses-2021-101" in speakers_of(store, "amina")
    second = with_speakers(6, "A renamed panel", ["Jonas"])  # one title, one speaker changed
    sync(store, server, keys, second)
    with open_store(tmp_path / "fresh") as fresh:
        add_source(fresh, "official", server.url + "/feed.json.gz", "briefer", keys["public_text"])
        sync(fresh, server, keys, second)
        assert rows(store.catalogue_path) == rows(fresh.catalogue_path)
    speakers = store.query(
        "SELECT person_id FROM cat.session_people WHERE session_id = 'ppf:ses-2021-101'"
    )
    assert speakers == [{"person_id": "ppf:person:jonas"}]
    assert speakers_of(store, "renamed") == ["ppf:ses-new"]
    assert "ppf:ses-2021-101" not in speakers_of(store, "amina"), "her old index row is gone"
    assert "ppf:ses-2021-101" in speakers_of(store, "jonas")


def speakers_of(store, word: str) -> list[str]:
    """The items whose index row holds `word`."""
    found = store.query("SELECT item_id FROM cat.search_fts WHERE search_fts MATCH ?", (word,))
    return [row["item_id"] for row in found]
