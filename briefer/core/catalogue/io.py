"""Writing a whole catalogue file atomically, with its search index."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.catalogue.schema import LANGS, TABLES, create_catalogue_schema
from briefer.core.progress import Reporter
from briefer.core.search.terms import write_search_terms
from briefer.core.search.textnorm import index_text

Row = dict[str, Any]


@dataclass
class CatalogueData:
    """Rows for each catalogue table, and the catalogue's meta entries."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in TABLES})
    meta: dict[str, Any] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> None:
        self.tables[table].append(row)

    def item_count(self) -> int:
        return sum(len(self.tables[t]) for t in ("sessions", "projects"))


def _texts(row: Row, *fields: str) -> list[str]:
    out: list[str] = []
    for name in fields:
        for lang in (*LANGS, "other"):
            value = row.get(f"{name}_{lang}")
            if value:
                out.append(value)
    return out


def search_rows_of(data: CatalogueData) -> list[Row]:
    """The search index rows of every item in `data`."""
    return _search_rows(data)


def _search_rows(data: CatalogueData) -> list[Row]:
    t = data.tables
    theme_names = {row["id"]: " ".join(_texts(row, "name")) for row in t["themes"]}
    themes_of: dict[str, list[str]] = {}
    for link in t["item_themes"]:
        themes_of.setdefault(link["item_id"], []).append(theme_names.get(link["theme_id"], ""))
    people = {row["id"]: row for row in t["people"]}
    people_of: dict[str, list[str]] = {}
    for link in t["session_people"]:
        person = people.get(link["person_id"], {})
        people_of.setdefault(link["session_id"], []).extend(
            [person.get("name") or "", link.get("function") or person.get("function") or ""]
        )
    places = {
        row["id"]: " ".join([*_texts(row, "name"), row.get("city") or ""]).strip()
        for row in (*t["venues"], *t["rooms"])
    }
    orgs = {row["id"]: row["name"] for row in t["organisations"]}

    rows: list[Row] = []

    def add(item_id: str, kind: str, title: list[str], body: list[Any], who: list[Any], where):
        rows.append(
            {
                "item_id": item_id,
                "kind": kind,
                "title": index_text(*title),
                "body": index_text(*[b for b in body if isinstance(b, str)]),
                "people": index_text(*[w for w in who if isinstance(w, str)]),
                "places": index_text(*[p for p in where if isinstance(p, str)]),
            }
        )

    for s in t["sessions"]:
        add(
            s["id"],
            "session",
            _texts(s, "title"),
            [*_texts(s, "abstract"), s.get("format"), s.get("track"), *themes_of.get(s["id"], [])],
            people_of.get(s["id"], []),
            [places.get(s.get("venue_id") or ""), places.get(s.get("room_id") or "")],
        )
    for p in t["projects"]:
        regions = json.loads(p.get("regions") or "[]")
        countries = json.loads(p.get("countries") or "[]")
        add(
            p["id"],
            "project",
            _texts(p, "name"),
            [*_texts(p, "summary"), p.get("actor_type"), *themes_of.get(p["id"], [])],
            [orgs.get(p.get("organisation_id") or "")],
            [*regions, *countries],
        )
    for person in t["people"]:
        add(person["id"], "person", [person["name"]], [person.get("function")], [], [])
    for org in t["organisations"]:
        add(org["id"], "organisation", [org["name"]], [], [], [])
    for theme in t["themes"]:
        add(theme["id"], "theme", _texts(theme, "name"), _texts(theme, "description"), [], [])
    for ed in t["editions"]:
        add(ed["id"], "edition", _texts(ed, "name"), [ed.get("format")], [], [ed.get("venue")])
    for venue in t["venues"]:
        where = [venue.get("city"), venue.get("address")]
        add(venue["id"], "venue", _texts(venue, "name"), [], [], where)
    return rows


def write_catalogue(
    data: CatalogueData,
    path: Path,
    progress: Reporter | None = None,
    batch: int = 2000,
    search_rows: list[Row] | None = None,
) -> None:
    """Write `data` as a complete catalogue file at `path`, replacing it atomically.

    The file is built beside the target and renamed over it only once complete and checked, so a
    crash at any moment leaves either the old file or the new one.
    """
    report = progress or Reporter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        import sqlite_utils  # loaded when a catalogue is written, not at start-up

        db = sqlite_utils.Database(conn)
        with conn:
            create_catalogue_schema(db)
            total = sum(len(rows) for rows in data.tables.values())
            done = 0
            for name, rows in data.tables.items():
                columns = list(TABLES[name])
                sql = (
                    f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                for start in range(0, len(rows), batch):
                    chunk = rows[start : start + batch]
                    conn.executemany(sql, [[row.get(c) for c in columns] for row in chunk])
                    done += len(chunk)
                    report(done, total, "write")
            if search_rows is None:
                search_rows = _search_rows(data)
            report(0, len(search_rows), "index")
            conn.executemany(
                "INSERT INTO search_fts (item_id, kind, title, body, people, places) "
                "VALUES (:item_id, :kind, :title, :body, :people, :places)",
                search_rows,
            )
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in data.meta.items()],
            )
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            write_search_terms(conn)
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise RuntimeError("the new catalogue file failed its integrity check")
    finally:
        conn.close()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
