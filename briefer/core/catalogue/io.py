"""Writing a whole catalogue file atomically, with its search index."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefer.core.catalogue.indexpipe import IndexRows, insert_index_rows
from briefer.core.catalogue.keys import (
    KEY_COLUMNS,
    KEYS_FORMAT,
    KEYS_META,
    key_values,
    keys_format,
)
from briefer.core.catalogue.schema import (
    CATALOGUE_SCHEMA_VERSION,
    LANGS,
    SEARCH_FTS,
    TABLES,
    add_indexes,
    create_catalogue_schema,
)
from briefer.core.errors import StoreError
from briefer.core.i18n import translate
from briefer.core.paths import sqlite_uri
from briefer.core.progress import Progress, Reporter
from briefer.core.search.terms import write_search_terms
from briefer.core.search.textnorm import INDEX_FORMAT, index_text

Row = dict[str, Any]
# The meta entry saying which `textnorm.INDEX_FORMAT` wrote the file's search index (none: 1).
INDEX_META = "search_index"


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


def search_rows_of(data: CatalogueData, only: set[str] | None = None) -> list[Row]:
    """The search index rows of every item in `data`, or of the items in `only`."""
    return list(iter_search_rows(data, only))


def place_names(
    regions: list[Any], countries: list[Any], langs: tuple[str, ...] = LANGS
) -> list[str]:
    """A project's regions and countries as the source gives them and in `langs`, so that
    "لبنان", "Liban" and "Lebanon" find the project the source says works there."""
    if not regions and not countries:
        return []
    from briefer.core.catalogue.vocab import region_name
    from briefer.core.countries import country_shown

    regions = [r for r in regions if isinstance(r, str)]
    countries = [c for c in countries if isinstance(c, str)]
    shown = [region_name(r, lang) for r in regions for lang in langs]
    shown += [country_shown(c, lang) for c in countries for lang in langs]
    return list(dict.fromkeys([*regions, *countries, *shown]))


def vocab_names(format: str | None, track: str | None, langs: tuple[str, ...] = LANGS) -> list[str]:
    """A session's format and track as the source words them and in `langs` (`vocab`)."""
    if not format and not track:
        return []
    from briefer.core.catalogue.vocab import format_name, track_name

    words = [
        format,
        track,
        *(f(x, lang) for lang in langs for f, x in ((format_name, format), (track_name, track))),
    ]
    return list(dict.fromkeys(w for w in words if w))


def _index_row(
    item_id: str, kind: str, title: list[str], body: list[Any], who: list[Any], where: list[Any]
) -> Row:
    return {
        "item_id": item_id,
        "kind": kind,
        "title": index_text(*title),
        "body": index_text(*[b for b in body if isinstance(b, str)]),
        "people": index_text(*[w for w in who if isinstance(w, str)]),
        "places": index_text(*[p for p in where if isinstance(p, str)]),
    }


def iter_search_rows(data: CatalogueData, only: set[str] | None = None) -> Iterator[Row]:
    """`search_rows_of`, one row at a time: each is folded when it is asked for."""
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

    def wanted(item_id: str) -> bool:
        return only is None or item_id in only

    for s in t["sessions"]:
        if wanted(s["id"]):
            yield _index_row(
                s["id"],
                "session",
                _texts(s, "title"),
                [
                    *_texts(s, "abstract"),
                    *vocab_names(s.get("format"), s.get("track")),
                    *themes_of.get(s["id"], []),
                ],
                people_of.get(s["id"], []),
                [places.get(s.get("venue_id") or ""), places.get(s.get("room_id") or "")],
            )
    for p in t["projects"]:
        if wanted(p["id"]):
            regions = json.loads(p.get("regions") or "[]")
            countries = json.loads(p.get("countries") or "[]")
            yield _index_row(
                p["id"],
                "project",
                _texts(p, "name"),
                [*_texts(p, "summary"), p.get("actor_type"), *themes_of.get(p["id"], [])],
                [orgs.get(p.get("organisation_id") or "")],
                place_names(regions, countries),
            )
    for person in t["people"]:
        if wanted(person["id"]):
            yield _index_row(
                person["id"], "person", [person["name"]], [person.get("function")], [], []
            )
    for org in t["organisations"]:
        if wanted(org["id"]):
            yield _index_row(org["id"], "organisation", [org["name"]], [], [], [])
    for theme in t["themes"]:
        if wanted(theme["id"]):
            yield _index_row(
                theme["id"], "theme", _texts(theme, "name"), _texts(theme, "description"), [], []
            )
    for ed in t["editions"]:
        if wanted(ed["id"]):
            yield _index_row(
                ed["id"], "edition", _texts(ed, "name"), [ed.get("format")], [], [ed.get("venue")]
            )
    for venue in t["venues"]:
        if wanted(venue["id"]):
            where = [venue.get("city"), venue.get("address")]
            yield _index_row(venue["id"], "venue", _texts(venue, "name"), [], [], where)


def write_catalogue(
    data: CatalogueData,
    path: Path,
    progress: Reporter | None = None,
    batch: int = 2000,
    search_rows: Iterable[Row] | None = None,
) -> None:
    """Write `data` as a complete catalogue file at `path`, replacing it atomically.

    The file is built beside the target and renamed over it only once complete and checked, so a
    crash at any moment leaves either the old file or the new one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    report = progress or Reporter()
    _written_beside(path, lambda tmp: _write_new(tmp, data, report, batch, search_rows))


def _written_beside(path: Path, write: Callable[[Path], None]) -> None:
    """The file `write` makes beside `path` flushed and renamed over it once complete: a crash,
    a stop or an error at any moment leaves `path` as it was, and no part-written file."""
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    _fsync_dir(path.parent)


@contextmanager
def _being_written(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the catalogue file being made at `path`, which nobody reads until it is
    put in place (`_written_beside`): no journal, no sync; its integrity checked at the end."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        yield conn
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise RuntimeError("the new catalogue file failed its integrity check")
    finally:
        conn.close()


def _write_new(
    tmp: Path, data: CatalogueData, report: Reporter, batch: int, search_rows: Iterable[Row] | None
) -> None:
    with _being_written(tmp) as conn:
        import sqlite_utils  # loaded when a catalogue is written, not at start-up

        db = sqlite_utils.Database(conn)
        with conn:
            create_catalogue_schema(db)
            _insert_rows(conn, data, report, batch)
            rows = iter_search_rows(data) if search_rows is None else search_rows
            with IndexRows(rows) as index_rows:
                insert_index_rows(conn, index_rows, report)
            meta = {**data.meta, INDEX_META: INDEX_FORMAT, KEYS_META: KEYS_FORMAT}
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()],
            )
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            write_search_terms(conn)


def index_format(meta: dict[str, Any]) -> int:
    """The `textnorm.INDEX_FORMAT` that wrote the search index of a catalogue of `meta`."""
    value = meta.get(INDEX_META, 1)
    return value if isinstance(value, int) else 1


def read_tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, list[Row]]:
    """Every catalogue table's rows, from the catalogue `schema` of `conn`."""
    tables: dict[str, list[Row]] = {}
    for name in TABLES:
        cursor = conn.execute(f"SELECT * FROM {schema}.[{name}]")
        names = [d[0] for d in cursor.description]
        tables[name] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return tables


def derived_formats(meta: dict[str, Any]) -> tuple[int, int]:
    """The formats of what a catalogue of `meta` holds besides its rows, each made from them
    when the file is written: its search index and its names' keys (`keys`)."""
    return index_format(meta), keys_format(meta)


def derived_current(meta: dict[str, Any]) -> bool:
    """Whether a catalogue of `meta` holds its search index and keys as this version writes
    them; else `reindex_catalogue` writes it again."""
    return index_format(meta) >= INDEX_FORMAT and keys_format(meta) >= KEYS_FORMAT


def reindex_catalogue(base: Path, path: Path, progress: Reporter | None = None) -> None:
    """`base` written again as `path`, atomically, for a file written before its search index's
    or its name keys' format changed: a copy with its index and its rows' keys (folded as the
    index is) written again when its keys have their columns, else the whole file written again
    (the same rows and meta)."""
    report = progress or Reporter()
    conn = sqlite3.connect(sqlite_uri(base, readonly=True), uri=True)
    try:
        meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        if keys_format(meta) < KEYS_FORMAT:
            data = CatalogueData(tables=read_tables(conn), meta=meta)
            indexed = conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    finally:
        conn.close()
    if keys_format(meta) < KEYS_FORMAT:
        write_catalogue(data, path, _as_one_count(report, data, indexed))
        return
    _replace_with_copy(base, path, lambda tmp: _write_index_again(tmp, report))


def _replace_with_copy(base: Path, path: Path, edit: Callable[[Path], None]) -> None:
    """`base` copied beside `path`, the copy changed by `edit`, put in place (`_written_beside`)."""

    def write(tmp: Path) -> None:
        shutil.copyfile(base, tmp)
        edit(tmp)

    _written_beside(path, write)


def _write_keys_again(conn: sqlite3.Connection, tables: dict[str, list[Row]]) -> None:
    """Each row's key columns (`keys.KEY_COLUMNS`) made again: they are folded as the search
    index is (`textnorm.fold`), so a new index format may change them too."""
    for name, columns in KEY_COLUMNS.items():
        sets = ", ".join(f"[{c}] = ?" for c in columns)
        conn.executemany(
            f"UPDATE [{name}] SET {sets} WHERE id = ?",
            [(*key_values(name, row), row["id"]) for row in tables[name]],
        )


def _write_index_again(tmp: Path, report: Reporter) -> None:
    with _being_written(tmp) as conn:
        data = CatalogueData(tables=read_tables(conn))
        indexed = conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        with conn:
            add_indexes(conn)
            _write_keys_again(conn, data.tables)
            conn.execute("DROP TABLE search_fts")  # not DELETE: that folds every old row again
            conn.execute(SEARCH_FTS)
            with IndexRows(iter_search_rows(data)) as index_rows:
                insert_index_rows(conn, index_rows, _as_reindex(report, indexed))
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (INDEX_META, json.dumps(INDEX_FORMAT)),
            )
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            write_search_terms(conn)


def _as_one_count(report: Reporter, data: CatalogueData, indexed: int) -> Reporter:
    """`report` told of a whole rewrite as one count, stage "reindex": the rows written, then
    the `indexed` index rows (as many as the old file held)."""
    rows = sum(len(r) for r in data.tables.values())

    def step(progress: Progress) -> None:
        done = progress.done + (rows if progress.stage == "index" else 0)
        report(done, rows + indexed, "reindex")

    return Reporter(step)


def _as_reindex(report: Reporter, indexed: int) -> Reporter:
    """`report` told of the index rows written as one count, stage "reindex", out of the
    `indexed` rows the old file held (the new index has as many, give or take)."""

    def step(progress: Progress) -> None:
        report(min(progress.done, indexed), indexed, "reindex")

    return Reporter(step)


def _insert(conn: sqlite3.Connection, name: str, rows: list[Row]) -> None:
    """Insert `rows` into the table `name`, each with its key columns (`keys.KEY_COLUMNS`)."""
    columns = [*TABLES[name], *KEY_COLUMNS.get(name, ())]
    sql = (
        f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    plain = list(TABLES[name])
    conn.executemany(sql, [[*(row.get(c) for c in plain), *key_values(name, row)] for row in rows])


def _insert_rows(
    conn: sqlite3.Connection, data: CatalogueData, report: Reporter, batch: int = 2000
) -> None:
    """Insert every table's rows, reporting the rows written (found by review: an import of
    40,000 rows showed 0 % for the whole write)."""
    total = sum(len(rows) for rows in data.tables.values())
    done = 0
    report(done, total, "write")
    for name, rows in data.tables.items():
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            _insert(conn, name, chunk)
            done += len(chunk)
            report(done, total, "write")


def owned_sql(column: str) -> str:
    """SQL true for ids of the namespace `:ns` (the part before the first colon)."""
    return f"([{column}] = :ns OR substr([{column}], 1, length(:ns) + 1) = :ns || ':')"


def can_patch(base: Path) -> bool:
    """Whether `base` is a catalogue file of this format, with the key columns, so that a copy
    of it can be patched."""
    try:
        conn = sqlite3.connect(sqlite_uri(base, readonly=True), uri=True)
    except sqlite3.Error:
        return False
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != CATALOGUE_SCHEMA_VERSION:
            return False
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEYS_META,)).fetchone()
        return row is not None and keys_format({KEYS_META: json.loads(row[0])}) == KEYS_FORMAT
    except (sqlite3.Error, ValueError):
        return False
    finally:
        conn.close()


def write_catalogue_patched(
    base: Path,
    path: Path,
    namespace: str,
    incoming: CatalogueData,
    owner_keys: dict[str, str],
    search_rows: Iterable[Row],
    kept_index: set[str] | None = None,
    progress: Reporter | None = None,
    changed: dict[str, set[str]] | None = None,
    expected_version: int | None = None,
) -> None:
    """`base` with the rows of `namespace` replaced by `incoming`, written as `path` atomically.

    The cost follows the namespace, not the catalogue: `base` (a catalogue file is never written
    in place, only replaced whole) is copied, the namespace's rows are deleted from the copy and
    the new ones inserted, and the copy is checked, flushed and renamed over `path`. The index
    rows of the items in `kept_index` stay as they are; `search_rows` hold the others'.
    `owner_keys` names, for a link table, the column whose id says who owns the row. With
    `changed` (per table, the owners whose rows differ), only those owners' rows are replaced:
    the others are the same in `incoming` as in `base`. With `expected_version`, a copy of
    another catalogue version (another window or command wrote in between) raises StoreError.
    """
    report = progress or Reporter()

    def edit(tmp: Path) -> None:
        if expected_version is not None:
            _check_version(tmp, expected_version)
        _patch(
            tmp, namespace, incoming, owner_keys, search_rows, kept_index or set(), report, changed
        )

    _replace_with_copy(base, path, edit)


def _patch(
    tmp: Path,
    namespace: str,
    incoming: CatalogueData,
    owner_keys: dict[str, str],
    search_rows: Iterable[Row],
    kept_index: set[str],
    report: Reporter,
    changed: dict[str, set[str]] | None = None,
) -> None:
    with _being_written(tmp) as conn:
        ns = {"ns": namespace}
        with conn:
            add_indexes(conn)
            if changed is None:
                for name in TABLES:
                    owned = owned_sql(owner_keys.get(name, "id"))
                    conn.execute(f"DELETE FROM [{name}] WHERE {owned}", ns)
            else:
                _delete_owners(conn, owner_keys, changed)
                incoming = _changed_rows(incoming, namespace, owner_keys, changed)
            _insert_rows(conn, incoming, report)
            kept = sorted(kept_index)
            conn.execute("CREATE TEMP TABLE kept (item_id TEXT PRIMARY KEY) WITHOUT ROWID")
            conn.executemany("INSERT INTO temp.kept VALUES (?)", [(k,) for k in kept])
            with IndexRows(search_rows) as index_rows:  # folded while the old rows go
                conn.execute(
                    f"DELETE FROM search_fts WHERE {owned_sql('item_id')} "
                    "AND item_id NOT IN (SELECT item_id FROM temp.kept)",
                    ns,
                )
                conn.execute("DROP TABLE temp.kept")
                insert_index_rows(conn, index_rows, report)
            conn.execute("DELETE FROM meta")
            # The base's index and keys are of this format: an older index is written whole
            # (apply.write_next); a file without keys is not patched (`can_patch`).
            meta = {**incoming.meta, INDEX_META: INDEX_FORMAT, KEYS_META: KEYS_FORMAT}
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()],
            )
            write_search_terms(conn)


def _check_version(copy: Path, expected: int) -> None:
    """Refuse a copy whose catalogue version is not the one the write was computed from."""
    conn = sqlite3.connect(copy)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_version'").fetchone()
    finally:
        conn.close()
    found = int(json.loads(row[0]) or 0) if row else 0
    if found != expected:
        raise StoreError(
            translate(
                "Sync",
                "The catalogue was changed by another window or command while this ran. "
                "Nothing was changed: try again.",
            ),
            kind="catalogue_changed",
            facts={"expected": expected, "found": found},
        )


def _delete_owners(
    conn: sqlite3.Connection, owner_keys: dict[str, str], changed: dict[str, set[str]]
) -> None:
    """Delete, table by table, the rows whose owner is in `changed`."""
    conn.execute("CREATE TEMP TABLE changed (owner TEXT PRIMARY KEY) WITHOUT ROWID")
    for name in TABLES:
        owners = changed.get(name)
        if not owners:
            continue
        conn.execute("DELETE FROM temp.changed")
        conn.executemany("INSERT INTO temp.changed VALUES (?)", [(o,) for o in owners])
        key = owner_keys.get(name, "id")
        conn.execute(f"DELETE FROM [{name}] WHERE [{key}] IN (SELECT owner FROM temp.changed)")
    conn.execute("DROP TABLE temp.changed")


def _changed_rows(
    incoming: CatalogueData,
    namespace: str,
    owner_keys: dict[str, str],
    changed: dict[str, set[str]],
) -> CatalogueData:
    """The rows of `incoming` to insert: those of changed owners, and any outside `namespace`."""
    out = CatalogueData(meta=incoming.meta)
    for name, rows in incoming.tables.items():
        key, owners = owner_keys.get(name, "id"), changed.get(name, set())
        out.tables[name] = [
            row for row in rows if row[key] in owners or row[key].split(":", 1)[0] != namespace
        ]
    return out


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
