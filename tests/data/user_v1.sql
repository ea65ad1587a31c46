-- User database as written by the first released schema (user_version 1).
-- Frozen: never regenerate; it is what real users' files look like.

CREATE TABLE delegates (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  function TEXT,
  created TEXT NOT NULL,
  UNIQUE (delegation_id, name)
);
INSERT INTO "delegates" VALUES(1,'0c6e1d52-7f0a-4c39-9a55-222222222222',1,'Amina Diallo','Ambassador','2026-10-01T09:00:00.000000Z');
CREATE TABLE delegations (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT,
  created TEXT NOT NULL
);
INSERT INTO "delegations" VALUES(1,'0c6e1d52-7f0a-4c39-9a55-111111111111','Délégation du Sénégal','SN','2026-10-01T09:00:00.000000Z');
CREATE TABLE mark_delegates (
  delegation_id INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  delegate_id INTEGER NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
  PRIMARY KEY (delegation_id, item_id, delegate_id),
  FOREIGN KEY (delegation_id, item_id) REFERENCES marks(delegation_id, item_id) ON DELETE CASCADE
);
INSERT INTO "mark_delegates" VALUES(1,'ppf:ses-2021-101',1);
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
INSERT INTO "marks" VALUES(1,'ppf:ses-2021-101','session','must','open','Santé','2026-10-01T09:00:00.000000Z','2026-10-01T09:00:00.000000Z');
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
  item_id TEXT,
  body TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
INSERT INTO "notes" VALUES('n1',1,'ppf:ses-2021-101','Préparer les éléments de langage','2026-10-01T09:00:00.000000Z','2026-10-01T09:00:00.000000Z');
INSERT INTO "notes" VALUES('n2',1,NULL,'ملاحظة الوفد','2026-10-01T09:00:00.000000Z','2026-10-01T09:00:00.000000Z');
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO "settings" VALUES('current_delegation','1');
CREATE INDEX notes_item ON notes (delegation_id, item_id);

PRAGMA user_version = 1;
