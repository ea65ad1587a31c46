"""Found by review: lists of names sorted in Python (the `briefer` collation called at each
comparison of SQLite's sort), and each name lookup folding every speaker's name. The catalogue
now holds each name's sort key and folded name, written with its rows: SQL sorts and looks up
by them, and a catalogue written before they were is written again when it is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factories import make_catalogue, project, session

from briefer.core.catalogue.keys import KEY_COLUMNS, KEY_INDEXES, KEYS_META
from briefer.core.collation import sort_key, stored_key
from briefer.core.delegations import create_delegation, list_delegates
from briefer.core.errors import InputError
from briefer.core.people import catalogue_people, find_person
from briefer.core.queries.people import people_rows
from briefer.core.queries.projects import ProjectFilter, project_rows
from briefer.core.store import open_store

NAMES = [
    "Ursula von der Leyen",
    "Œdipe Lœwenbruck",
    "Oedipe Loewenbruck",
    "OEDIPE LOEWENBRUCK",
    "Appel de Paris pour la confiance",
    "Appel à l’action pour défendre les droits",
    "Appel a l'action",
    "Réponse coordonnée",
    "Reponse coordonnee",
    "Roadmap",
    "cote",
    "côte",
    "Côte",
    "coté",
    "a b",
    "ab",
    "O'Neil",
    "Oneil",
    "2030 Agenda",
    "—",
    "",
    "محمد",
    "إبراهيم",
    "ابراهيم",
    "أحمد",
    "احمد",
    "مؤسسة قطر",
    "مؤسسه قطر",
    "Москва",
    "北京",
    "Zoé",
    "zoe",
]


def test_a_stored_key_sorts_in_sql_as_sort_key_does():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT, k TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(n, stored_key(n)) for n in NAMES])
    in_sql = [row[0] for row in conn.execute("SELECT name FROM t ORDER BY k")]
    assert in_sql == sorted(NAMES, key=sort_key)


@pytest.fixture
def named(data_dir: Path):
    """A store on a catalogue whose people and projects bear `NAMES` (one project without
    a name in English, one with no name at all)."""
    data_dir.mkdir(parents=True)
    speakers = [{"id": f"test:p{i}", "name": n or "—"} for i, n in enumerate(NAMES)]
    projects = [project(f"pr{i}", n) for i, n in enumerate(NAMES)]
    projects += [project("fr-only", None, name_fr="Éducation"), project("none", None)]
    path = make_catalogue(
        data_dir / "catalogue.db",
        [session("s1", "Talk")],
        projects,
    )
    _add_people(path, speakers)
    return path


def _add_people(path: Path, people: list[dict]) -> None:
    """The catalogue at `path` with `people`, each speaking in the session, written again
    (the rows inserted here hold no keys: with the keys' meta entry gone, `reindex_catalogue`
    writes the whole file again and gives them theirs)."""
    from briefer.core.catalogue.io import reindex_catalogue

    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO people (id, name) VALUES (?, ?)", [(p["id"], p["name"]) for p in people]
        )
        conn.executemany(
            "INSERT INTO session_people (session_id, person_id, role) VALUES ('test:s1', ?, 's')",
            [(p["id"],) for p in people],
        )
        conn.execute("DELETE FROM meta WHERE key = ?", (KEYS_META,))
    conn.close()
    copy = path.with_name("keyed.db")
    reindex_catalogue(path, copy)
    copy.replace(path)


def _without_python_collation(store) -> None:
    """Make any sort that still calls the Python collation fail."""
    store.conn.create_collation("briefer", None)


def test_projects_are_listed_in_each_languages_order_by_the_stored_keys(named, data_dir):
    with open_store(data_dir) as store:
        _without_python_collation(store)
        for lang, fallback in (("en", "name_en"), ("fr", "name_fr"), ("ar", "name_ar")):
            for descending in (False, True):
                rows = project_rows(store, ProjectFilter(), "name", descending, lang=lang)
                shown = [r[fallback] or r["name_en"] or r["name_fr"] or "" for r in rows]
                assert len(shown) == len(NAMES) + 2
                assert shown == sorted(shown, key=sort_key, reverse=descending), lang
            assert "Éducation" in shown
        # The organisation's order is by its stored key too: no Python called either.
        assert len(project_rows(store, ProjectFilter(), "organisation")) == len(NAMES) + 2


def test_speakers_are_listed_by_the_stored_keys(named, data_dir):
    with open_store(data_dir) as store:
        _without_python_collation(store)
        names = [p.name for p in catalogue_people(store)]
        listed = [r.name for r in people_rows(store, None, "en")]
    expected = sorted([n or "—" for n in NAMES], key=sort_key)
    assert names == expected
    assert listed == expected


def test_a_speaker_is_found_by_the_stored_folded_name(named, data_dir):
    with open_store(data_dir) as store:
        delegation = create_delegation(store, "Test delegation")
        assert find_person(store, delegation, "МОСКВА").name == "Москва"
        with pytest.raises(InputError) as raised:
            find_person(store, delegation, "مؤسسه  قطر")
    assert raised.value.kind == "ambiguous_person"
    assert raised.value.facts["ids"] == ["test:p26", "test:p27"]


def test_a_lookup_folds_the_name_typed_not_every_speakers(named, data_dir, monkeypatch):
    import briefer.core.people as people
    from briefer.core.names import name_key

    folded: list[str] = []
    monkeypatch.setattr(people, "name_key", lambda name: folded.append(name) or name_key(name))
    with open_store(data_dir) as store:
        delegation = create_delegation(store, "Test delegation")
        assert find_person(store, delegation, "МОСКВА").name == "Москва"
    assert folded == ["МОСКВА"]


def _strip_keys(path: Path) -> None:
    """Make `path` a catalogue as written before the keys were: no columns, no meta entry."""
    conn = sqlite3.connect(path)
    with conn:
        for sql in KEY_INDEXES:
            conn.execute(f"DROP INDEX {sql.split()[2]}")
        for table, columns in KEY_COLUMNS.items():
            for column in columns:
                conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{column}]")
        conn.execute("DELETE FROM meta WHERE key = ?", (KEYS_META,))
    conn.close()


def test_a_catalogue_written_before_the_keys_gets_them_when_opened(named, data_dir):
    """A synced or imported catalogue of an older Briefer: written again as the next
    generation, the same rows with their keys."""
    from briefer.core.catalogue.io import can_patch

    _strip_keys(named)
    assert not can_patch(named), "a sync writes the whole file rather than patch this one"
    with open_store(data_dir) as store:
        _without_python_collation(store)
        names = [p.name for p in catalogue_people(store)]
        assert names == sorted([n or "—" for n in NAMES], key=sort_key)
        assert store.catalogue_meta()[KEYS_META] >= 1
        assert store.catalogue_meta()["source"] == "test"
        delegation = create_delegation(store, "Test delegation")
        assert find_person(store, delegation, "МОСКВА").name == "Москва"
    assert [p.name for _, p in store.data.catalogue_files()] == ["catalogue.1.db"]


def test_an_opening_that_defers_its_index_still_gives_a_catalogue_without_keys_them_at_once(
    named, data_dir
):
    """The window opens with the index's rewrite left for later (`reindex=False`), but its
    views sort by the keys: a catalogue without them is written again at once."""
    _strip_keys(named)
    with open_store(data_dir, reindex=False) as store:
        _without_python_collation(store)
        rows = project_rows(store, ProjectFilter(), "name", False, lang="en")
        assert len(rows) == len(NAMES) + 2
        assert store.catalogue_meta()[KEYS_META] >= 1
    assert [p.name for _, p in store.data.catalogue_files()] == ["catalogue.1.db"]


def test_the_bundled_catalogue_holds_this_versions_keys():
    """Else a new data folder would list nothing until its catalogue is written again."""
    from briefer.core.catalogue.io import derived_current
    from briefer.core.paths import bundled_catalogue
    from briefer.core.store import read_meta

    assert derived_current(read_meta(bundled_catalogue())), "make catalogue"


def test_an_older_data_folder_gets_its_contacts_and_delegates_keys(data_dir: Path):
    """Migration 14: the contacts and delegates written before are listed and found by keys."""
    from briefer.core.delegations import find_delegate, list_delegations
    from briefer.core.migrations import apply_migrations
    from briefer.core.people import list_contacts

    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db", isolation_level=None)
    apply_migrations(conn, upto=13)
    stamp = "2026-12-01T10:00:00Z"
    conn.execute(
        "INSERT INTO delegations (id, uid, name, created) VALUES (1, 'd', 'T', ?)", (stamp,)
    )
    for i, name in enumerate(NAMES[:12]):
        conn.execute(
            "INSERT INTO contacts (id, delegation_id, name, created, modified)"
            " VALUES (?, 1, ?, ?, ?)",
            (f"own:person-{i}", name or "x", stamp, stamp),
        )
        conn.execute(
            "INSERT INTO delegates (uid, delegation_id, name, created) VALUES (?, 1, ?, ?)",
            (f"u{i}", name or "x", stamp),
        )
    conn.close()
    expected = sorted([n or "x" for n in NAMES[:12]], key=sort_key)
    with open_store(data_dir) as store:
        _without_python_collation(store)
        delegation = list_delegations(store)[0]
        assert [p.name for p in list_contacts(store, delegation)] == expected
        assert [d.name for d in list_delegates(store, delegation)] == expected
        assert find_person(store, delegation, "URSULA VON DER LEYEN").id == "own:person-0"
        assert find_delegate(store, delegation, "roadmap").name == "Roadmap"


def test_a_renamed_delegate_and_contact_are_listed_and_found_by_their_new_names(store):
    from briefer.core.delegations import add_delegate, find_delegate, rename_delegate
    from briefer.core.people import add_contact, edit_contact, list_contacts

    _without_python_collation(store)
    delegation = create_delegation(store, "Test delegation")
    zoe = add_delegate(store, delegation, "Zoé Martin")
    add_delegate(store, delegation, "Martin Roux")
    rename_delegate(store, zoe, "Ève Adam")
    assert [d.name for d in list_delegates(store, delegation)] == ["Ève Adam", "Martin Roux"]
    assert find_delegate(store, delegation, "eve adam").id == zoe.id
    ursula = add_contact(store, delegation, "Ursula von der Leyen").value
    add_contact(store, delegation, "Œdipe Lœwenbruck")
    edit_contact(store, ursula.id, name="Anna Berg")
    assert [p.name for p in list_contacts(store, delegation)] == ["Anna Berg", "Œdipe Lœwenbruck"]
    assert find_person(store, delegation, "ANNA BERG").id == ursula.id
