"""Schema versions of the user's database, as frozen SQL, applied in order.

`PRAGMA user_version` holds the number of migrations applied. A migration is never edited once
released: a change to the schema is a new entry at the end of `MIGRATIONS`.
"""

from __future__ import annotations

import sqlite3

V1 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE delegations (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT,
  created TEXT NOT NULL
);
CREATE TABLE delegates (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  function TEXT,
  created TEXT NOT NULL,
  UNIQUE (delegation_id, name)
);
CREATE TABLE marks (
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  kind TEXT,
  priority TEXT NOT NULL DEFAULT 'should',
  status TEXT NOT NULL DEFAULT 'open',
  reason TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  PRIMARY KEY (delegation_id, item_id)
);
CREATE TABLE mark_delegates (
  delegation_id INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  delegate_id INTEGER NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
  PRIMARY KEY (delegation_id, item_id, delegate_id),
  FOREIGN KEY (delegation_id, item_id) REFERENCES marks(delegation_id, item_id) ON DELETE CASCADE
);
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  item_id TEXT,
  body TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE INDEX notes_item ON notes (delegation_id, item_id);
"""

V2 = """
ALTER TABLE notes ADD COLUMN conflict_with TEXT;
ALTER TABLE notes ADD COLUMN origin TEXT;
ALTER TABLE marks ADD COLUMN import_conflict TEXT;
CREATE TABLE item_snapshots (
  item_id TEXT PRIMARY KEY,
  kind TEXT,
  title_ar TEXT, title_fr TEXT, title_en TEXT, title_other TEXT,
  day TEXT, start TEXT, "end" TEXT,
  catalogue_version INTEGER
);
CREATE VIRTUAL TABLE notes_fts USING fts5(
  note_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TABLE packs (
  id INTEGER PRIMARY KEY,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  delegate_id INTEGER,
  created TEXT NOT NULL,
  catalogue_version INTEGER,
  lang TEXT,
  path TEXT,
  contents TEXT
);
CREATE TABLE syncs (
  id INTEGER PRIMARY KEY,
  source TEXT,
  started TEXT NOT NULL,
  finished TEXT,
  version_before INTEGER,
  version_after INTEGER,
  status TEXT,
  message TEXT
);
CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  sync_id INTEGER REFERENCES syncs(id),
  at TEXT NOT NULL,
  item_id TEXT NOT NULL,
  kind TEXT,
  field TEXT NOT NULL,
  old TEXT,
  new TEXT
);
CREATE INDEX changes_item ON changes (item_id);
CREATE INDEX changes_at ON changes (at);
"""


V3 = """
CREATE TABLE sources (
  name TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  kind TEXT NOT NULL,
  public_key TEXT,
  trust_unsigned INTEGER NOT NULL DEFAULT 0,
  namespace TEXT,
  etag TEXT,
  last_modified TEXT,
  last_checked TEXT,
  last_status TEXT,
  created TEXT NOT NULL
);
ALTER TABLE syncs ADD COLUMN kind TEXT;
ALTER TABLE syncs ADD COLUMN namespace TEXT;
ALTER TABLE changes ADD COLUMN title TEXT;
"""


def _v2_index_notes(conn: sqlite3.Connection) -> None:
    from briefer.core.search.textnorm import index_text

    rows = conn.execute("SELECT id, body FROM notes").fetchall()
    conn.executemany(
        "INSERT INTO notes_fts (note_id, body) VALUES (?, ?)",
        [(note_id, index_text(body)) for note_id, body in rows],
    )


# Briefing-note templates: the user's own, and their versions of the built-in ones
# (briefer.core.templates holds the built-ins as data; a row overrides one by name and language).
V4 = """
CREATE TABLE note_templates (
  name TEXT NOT NULL COLLATE NOCASE,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  PRIMARY KEY (name, lang)
);
"""


# The notes' search index again: each Arabic word is now indexed with its forms without
# conjunction, preposition and article (search.textnorm.proclitic_variants).
V5 = ""


def _v5_reindex_notes(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM notes_fts")
    _v2_index_notes(conn)


# The delegation's own items ("meetings") and its own contacts, with their search index.
# Ids are "own:meeting-<uuid>" and "own:person-<uuid>", stable across laptops (selections);
# a counterpart names a contact or a catalogue person by id, with the name it had (kept when
# that person is no longer in the catalogue). `import_conflict` holds the version a selection
# import did not keep (JSON), as for marks.
V6 = """
CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  function TEXT,
  organisation TEXT,
  country TEXT,
  languages TEXT,
  notes TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  import_conflict TEXT
);
CREATE INDEX contacts_name ON contacts (delegation_id, name COLLATE NOCASE);
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'other',
  title TEXT NOT NULL,
  day TEXT,
  start TEXT,
  "end" TEXT,
  timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
  room_id TEXT,
  place TEXT,
  status TEXT NOT NULL DEFAULT 'requested',
  logistics TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  import_conflict TEXT
);
CREATE INDEX meetings_day ON meetings (delegation_id, day, start);
CREATE TABLE meeting_counterparts (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_counterparts_person ON meeting_counterparts (person_id);
CREATE TABLE meeting_delegates (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  delegate_id INTEGER NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, delegate_id)
);
CREATE VIRTUAL TABLE own_fts USING fts5(
  own_id UNINDEXED, kind UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
)
"""


# No table changes: the catalogue moved to generations (catalogue.N.db, newest in use) so that
# a sync never renames over an open file (Windows). A Briefer from before reads only
# catalogue.db and would put the bundled one back beside a newer generation, so this version
# makes it refuse the folder ("from a newer Briefer") instead.
V7 = """
INSERT OR REPLACE INTO settings (key, value) VALUES ('catalogue_files', 'generations')
"""


# The versions of each note a selection file carried in or out (a digest of the text): the same
# file imported again after the note was edited here, or after an import's conflict was
# settled, no longer brings the old text back as a conflict.
V8 = """
CREATE TABLE note_versions_seen (
  note_id TEXT NOT NULL,
  digest TEXT NOT NULL,
  PRIMARY KEY (note_id, digest)
) WITHOUT ROWID
"""


# Contacts' search index again: their country and languages named in the three languages.
V9 = ""

# A note's paragraph direction as its writer set it in the editor (NULL: its dominant script).
V10 = "ALTER TABLE notes ADD COLUMN direction TEXT"


# Delegates' ids are never reused (AUTOINCREMENT): a removed delegate's pack history and
# assignments no longer pass to the next delegate added. The tables naming a delegate are built
# again around the new one (dropping `delegates` would empty them through their foreign keys).
# Each pack keeps the name of the delegate it was printed for, which stays when they are removed.
V11 = """
ALTER TABLE packs ADD COLUMN delegate_name TEXT;
CREATE TABLE delegates_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  function TEXT,
  created TEXT NOT NULL,
  UNIQUE (delegation_id, name)
);
INSERT INTO delegates_new (id, uid, delegation_id, name, function, created)
  SELECT id, uid, delegation_id, name, function, created FROM delegates;
CREATE TEMP TABLE v11_mark_delegates AS SELECT * FROM mark_delegates;
CREATE TEMP TABLE v11_meeting_delegates AS SELECT * FROM meeting_delegates;
DROP TABLE mark_delegates;
DROP TABLE meeting_delegates;
DROP TABLE delegates;
ALTER TABLE delegates_new RENAME TO delegates;
CREATE TABLE mark_delegates (
  delegation_id INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  delegate_id INTEGER NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
  PRIMARY KEY (delegation_id, item_id, delegate_id),
  FOREIGN KEY (delegation_id, item_id) REFERENCES marks(delegation_id, item_id) ON DELETE CASCADE
);
CREATE TABLE meeting_delegates (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  delegate_id INTEGER NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, delegate_id)
);
INSERT INTO mark_delegates SELECT * FROM v11_mark_delegates;
INSERT INTO meeting_delegates SELECT * FROM v11_meeting_delegates;
DROP TABLE v11_mark_delegates;
DROP TABLE v11_meeting_delegates
"""


def _v11_pack_delegates(conn: sqlite3.Connection) -> None:
    """Name each pack's delegate; a pack printed before its delegate row was created was for a
    removed delegate whose id SQLite gave again: it gets an id no delegate will have."""
    conn.execute(
        "UPDATE packs SET delegate_name = (SELECT d.name FROM delegates d "
        "WHERE d.id = packs.delegate_id AND d.created <= packs.created)"
    )
    highest = conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM delegates), 0), "
        "coalesce((SELECT max(delegate_id) FROM packs), 0))"
    ).fetchone()[0]
    reused = conn.execute(
        "SELECT DISTINCT p.delegate_id FROM packs p JOIN delegates d ON d.id = p.delegate_id "
        "WHERE d.created > p.created ORDER BY p.delegate_id"
    ).fetchall()
    for (old,) in reused:
        highest += 1
        conn.execute(
            "UPDATE packs SET delegate_id = ? WHERE delegate_id = ? "
            "AND created < (SELECT created FROM delegates WHERE id = ?)",
            (highest, old, old),
        )
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'delegates'")
    conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('delegates', ?)", (highest,))


def _v9_reindex_contacts(conn: sqlite3.Connection) -> None:
    from briefer.core.people import contact_index_texts

    conn.execute("DELETE FROM own_fts WHERE kind = 'person'")
    columns = ("id", "name", "function", "organisation", "notes", "country", "languages")
    for values in conn.execute(f"SELECT {', '.join(columns)} FROM contacts").fetchall():
        row = dict(zip(columns, values, strict=True))
        title, body = contact_index_texts(row)
        conn.execute(
            "INSERT INTO own_fts (own_id, kind, title, body) VALUES (?, 'person', ?, ?)",
            (row["id"], title, body),
        )


# The search indexes of the notes, meetings and contacts again (textnorm.INDEX_FORMAT 2): a Latin
# word or number after a proclitic ("وCOP28", "لـUNICEF") is indexed alone, and a word with a
# hamza on waw or ya also as typed without it ("موسسة", "رييس"). Only the indexes are written.
V12 = ""


def _v12_reindex(conn: sqlite3.Connection) -> None:
    """Write the notes', contacts' and meetings' search entries again.

    What a meeting's entry says is the live `meeting_index_texts` (this migration exists to
    write entries as this Briefer does; a later change to them comes with a migration of its
    own). Reading the rows and writing the entry stay here, as SQL of this schema version:
    the live `meetings._index` reads a meeting as the latest schema has it, which a database
    at version 11 may not.
    """
    from briefer.core.meetings import meeting_index_texts, parse_logistics

    _v5_reindex_notes(conn)
    _v9_reindex_contacts(conn)
    conn.execute("DELETE FROM own_fts WHERE kind = 'meeting'")
    for meeting_id, title, place, logistics in conn.execute(
        "SELECT id, title, place, logistics FROM meetings"
    ).fetchall():
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM meeting_counterparts WHERE meeting_id = ?"
                " ORDER BY position, name",
                (meeting_id,),
            )
        ]
        texts = meeting_index_texts(title, place, names, parse_logistics(logistics))
        conn.execute(
            "INSERT INTO own_fts (own_id, kind, title, body) VALUES (?, 'meeting', ?, ?)",
            (meeting_id, *texts),
        )


# The versions of notes recorded before directions travelled hold the digest of their text
# alone; a direction now counts in a version's digest. The old ones are kept apart, so that a
# note's text with a direction is not taken for a version of it with none.
V13 = """
ALTER TABLE note_versions_seen ADD COLUMN text_only INTEGER NOT NULL DEFAULT 0;
UPDATE note_versions_seen SET text_only = 1
"""


# Each contact's and delegate's name kept beside it as it sorts (`collation.stored_key`) and as
# names are matched (`names.name_key`): lists sort in SQL by an index, and a typed name is looked
# up without folding every name. Written with the name (`people._index`, `delegations`).
V14 = """
ALTER TABLE contacts ADD COLUMN sort_key TEXT;
ALTER TABLE contacts ADD COLUMN name_key TEXT;
ALTER TABLE delegates ADD COLUMN sort_key TEXT;
ALTER TABLE delegates ADD COLUMN name_key TEXT;
CREATE INDEX contacts_sort ON contacts (delegation_id, sort_key, id);
CREATE INDEX contacts_name_key ON contacts (delegation_id, name_key);
CREATE INDEX delegates_sort ON delegates (delegation_id, sort_key);
CREATE INDEX delegates_name_key ON delegates (delegation_id, name_key)
"""


def _v14_name_keys(conn: sqlite3.Connection) -> None:
    from briefer.core.collation import stored_key
    from briefer.core.names import name_key

    for table in ("contacts", "delegates"):
        rows = conn.execute(f"SELECT rowid, name FROM {table}").fetchall()
        conn.executemany(
            f"UPDATE {table} SET sort_key = ?, name_key = ? WHERE rowid = ?",
            [(stored_key(name), name_key(name), rowid) for rowid, name in rows],
        )


MIGRATIONS: list[tuple[str, object]] = [
    (V1, None),
    (V2, _v2_index_notes),
    (V3, None),
    (V4, None),
    (V5, _v5_reindex_notes),
    (V6, None),
    (V7, None),
    (V8, None),
    (V9, _v9_reindex_contacts),
    (V10, None),
    (V11, _v11_pack_delegates),
    (V12, _v12_reindex),
    (V13, None),
    (V14, _v14_name_keys),
]
LATEST = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


def apply_migrations(conn: sqlite3.Connection, upto: int = LATEST) -> int:
    """Apply the migrations after the database's version, up to `upto`, each in one transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, upto + 1):
        script, after = MIGRATIONS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        # Another process may have applied it while this one waited for the lock (found by
        # review: a second window opened during an upgrade ran migration 11 again and failed).
        if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
            conn.execute("COMMIT")
            continue
        try:
            for statement in _statements(str(script)):
                conn.execute(statement)
            if callable(after):
                after(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]
