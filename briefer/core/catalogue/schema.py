"""Schema of the catalogue database: what the forum publishes, replaceable as a whole.

The catalogue lives in its own SQLite file, attached to the user's database as `cat`. Nothing in
it is written by the user, so a sync or an app update swaps the file and cannot touch user data.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

CATALOGUE_SCHEMA_VERSION = 2
LANGS = ("ar", "fr", "en")


def _trilingual(*fields: str) -> dict[str, type]:
    cols: dict[str, type] = {}
    for field in fields:
        for lang in LANGS:
            cols[f"{field}_{lang}"] = str
        cols[f"{field}_other"] = str
    return cols


_PROVENANCE = {"source_url": str, "also_sources": str, "certainty": str, "notes": str}

TABLES: dict[str, dict[str, type]] = {
    "editions": {
        "id": str,
        "year": int,
        "number": int,
        **_trilingual("name"),
        "start_date": str,
        "end_date": str,
        "venue": str,
        "location": str,
        "format": str,
        "timezone": str,
        "other_lang": str,
        **_PROVENANCE,
    },
    "facts": {
        "id": str,
        "edition_id": str,
        "label": str,
        "value": str,
        **_PROVENANCE,
    },
    "themes": {
        "id": str,
        "edition_id": str,
        "type": str,
        "key": str,
        **_trilingual("name", "description"),
        "other_lang": str,
        **_PROVENANCE,
    },
    "venues": {
        "id": str,
        **_trilingual("name"),
        "other_lang": str,
        "city": str,
        "address": str,
    },
    "rooms": {"id": str, "venue_id": str, **_trilingual("name"), "other_lang": str},
    "organisations": {"id": str, "name": str, "source_url": str},
    "people": {"id": str, "name": str, "function": str, "organisation": str, **_PROVENANCE},
    "sessions": {
        "id": str,
        "edition_id": str,
        **_trilingual("title", "abstract"),
        "other_lang": str,
        "day": str,
        "start": str,
        "end": str,
        "timezone": str,
        "venue_id": str,
        "room_id": str,
        "online_url": str,
        "format": str,
        "track": str,
        "status": str,
        "language": str,
        **_PROVENANCE,
    },
    "session_people": {
        "session_id": str,
        "person_id": str,
        "role": str,
        "function": str,
        "position": int,
    },
    "projects": {
        "id": str,
        "edition_id": str,
        "catalogue": str,
        **_trilingual("name", "summary"),
        "other_lang": str,
        "organisation_id": str,
        "actor_type": str,
        "regions": str,
        "countries": str,
        "url": str,
        **_PROVENANCE,
    },
    "item_themes": {"item_id": str, "theme_id": str},
    "links": {"item_id": str, "url": str, "title": str, "kind": str, "position": int},
}

PRIMARY_KEYS = {
    "session_people": ("session_id", "person_id", "role"),
    "item_themes": ("item_id", "theme_id"),
    "links": ("item_id", "url"),
}

ITEMS_VIEW = """
CREATE VIEW items AS
  SELECT id, 'session' AS kind, edition_id, title_ar, title_fr, title_en, title_other
    FROM sessions
  UNION ALL SELECT id, 'project', edition_id, name_ar, name_fr, name_en, name_other FROM projects
  UNION ALL SELECT id, 'theme', edition_id, name_ar, name_fr, name_en, name_other FROM themes
  UNION ALL SELECT id, 'edition', id, name_ar, name_fr, name_en, name_other FROM editions
  UNION ALL SELECT id, 'person', NULL, NULL, NULL, name, NULL FROM people
  UNION ALL SELECT id, 'organisation', NULL, NULL, NULL, name, NULL FROM organisations
  UNION ALL SELECT id, 'venue', NULL, name_ar, name_fr, name_en, name_other FROM venues
"""

SEARCH_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
  item_id UNINDEXED, kind UNINDEXED, title, body, people, places,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'
)
"""


def create_catalogue_schema(db: sqlite_utils.Database) -> None:
    """Create the empty catalogue tables, view and search index in `db`."""
    from briefer.core.catalogue.keys import KEY_COLUMNS, KEY_INDEXES

    for name, columns in TABLES.items():
        pk = PRIMARY_KEYS.get(name, "id")
        db[name].create({**columns, **dict.fromkeys(KEY_COLUMNS.get(name, ()), str)}, pk=pk)
    db["meta"].create({"key": str, "value": str}, pk="key")
    db.execute(ITEMS_VIEW)
    db.execute(SEARCH_FTS)
    db["sessions"].create_index(["day", "start"])
    db["sessions"].create_index(["edition_id", "day", "start", "id"])
    db["projects"].create_index(["edition_id"])
    db["session_people"].create_index(["person_id"])
    db["item_themes"].create_index(["theme_id"])
    db["links"].create_index(["item_id", "position"])
    for sql in KEY_INDEXES:
        db.execute(sql)
    add_indexes(db.conn)
    db.execute(f"PRAGMA user_version = {CATALOGUE_SCHEMA_VERSION}")


# Indexes added within format 2: made in new files and in a file a sync or an import patches.
ADDED_INDEXES = (
    # The programme's format filter reads the distinct formats of an edition from this alone.
    "CREATE INDEX IF NOT EXISTS idx_sessions_edition_id_format ON sessions (edition_id, format)",
)


def add_indexes(conn: sqlite3.Connection) -> None:
    for sql in ADDED_INDEXES:
        conn.execute(sql)


def upgrade_catalogue(conn: sqlite3.Connection) -> bool:
    """Bring a format 1 catalogue to this format in place (venues' city and address, links).

    Returns whether the file was changed. Other formats are left for the caller to judge.
    """
    if conn.execute("PRAGMA user_version").fetchone()[0] != 1:
        return False
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    with conn:
        for column in ("city", "address"):
            conn.execute(f"ALTER TABLE venues ADD COLUMN [{column}] TEXT")
        db["links"].create(TABLES["links"], pk=PRIMARY_KEYS["links"])
        db["links"].create_index(["item_id", "position"])
        conn.execute(f"PRAGMA user_version = {CATALOGUE_SCHEMA_VERSION}")
    return True
