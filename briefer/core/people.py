"""People: the catalogue's speakers with their sessions, and the delegation's own contacts.

A catalogue person is one row per source id; two rows are the same person across editions only
when they share a source id or an exact name and organisation (`same_person_ids`). A contact is
the delegation's own (`own:person-<uuid>`), kept in the user's file with a function,
organisation, country, languages and notes. The counterparts of a meeting are such people.

A contact that a meeting names as counterpart cannot be deleted: the refusal lists the meetings,
so that nothing a meeting says about whom it is with is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from briefer.core.changes import OpChanges, Outcome
from briefer.core.collation import stored_key
from briefer.core.countries import country_code
from briefer.core.delegations import Delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.localize import listed, pick
from briefer.core.names import name_key, written_as
from briefer.core.search.textnorm import index_text
from briefer.core.store import Store, new_id, now_iso
from briefer.core.timefmt import time_range

CONTACT_PREFIX = "own:person-"
CONTACT_FIELDS = ("name", "function", "organisation", "country", "languages", "notes")


@dataclass(frozen=True)
class Person:
    """A contact of the delegation (`own`) or a catalogue person, with the sessions they speak."""

    id: str
    name: str
    function: str | None = None
    organisation: str | None = None
    country: str | None = None
    languages: str | None = None
    notes: str | None = None
    own: bool = False
    modified: str | None = None
    sessions: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    import_conflict: str | None = None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()) if "\n" not in value else value.strip()
    return value or None


def _check_country(country: str | None) -> str | None:
    """The ISO code of `country`, given as a code or a name in Arabic, French or English."""
    if country is None:
        return None
    code = country_code(country)
    if code is None:
        typed = country.strip()
        message = translate(
            "People",
            "“{country}” is not a country Briefer knows: give its name in Arabic, French or "
            "English, or its ISO 3166 code such as FR.",
        )
        raise InputError(
            message.format(country=typed), kind="bad_country", facts={"country": typed}
        )
    return code


def _contact(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        function=row["function"],
        organisation=row["organisation"],
        country=row["country"],
        languages=row["languages"],
        notes=row["notes"],
        own=True,
        modified=row["modified"],
        import_conflict=row.get("import_conflict"),
    )


def contact_texts(row: dict[str, Any], langs: tuple[str, ...] = ()) -> list[str]:
    """The texts a contact is found by besides its name, as written: its function, organisation
    and notes, and its country and languages named in `langs` first, then in the three languages
    ("لبنان", "Liban", "Lebanon"); a hit's snippet is cut from them."""
    from briefer.core.countries import LANGS, country_name
    from briefer.core.spoken import spoken_languages

    order = tuple(dict.fromkeys([*langs, *LANGS]))
    country = row.get("country")
    named = [country_name(country, lang) for lang in order] if country else []
    spoken = [name for lang in order for name in spoken_languages(row.get("languages"), lang)]
    parts = [row.get("function"), row.get("organisation"), row.get("notes"), *named, *spoken]
    return list(dict.fromkeys(p for p in parts if p))


def contact_index_texts(row: dict[str, Any]) -> tuple[str, str]:
    """A contact's title and body for the search index (`contact_texts`)."""
    return index_text(row.get("name") or ""), index_text(" ".join(contact_texts(row)))


def _index(store: Store, person: Person) -> None:
    """Write what a contact is listed and found by: its name's keys and its search entry (after
    every write of the contact)."""
    store.conn.execute(
        "UPDATE contacts SET sort_key = ?, name_key = ? WHERE id = ?",
        (stored_key(person.name), name_key(person.name), person.id),
    )
    store.conn.execute("DELETE FROM own_fts WHERE own_id = ?", (person.id,))
    title, body = contact_index_texts(person.__dict__)
    store.conn.execute(
        "INSERT INTO own_fts (own_id, kind, title, body) VALUES (?, 'person', ?, ?)",
        (person.id, title, body),
    )


def add_contact(
    store: Store,
    delegation: Delegation,
    name: str,
    *,
    function: str | None = None,
    organisation: str | None = None,
    country: str | None = None,
    languages: str | None = None,
    notes: str | None = None,
    person_id: str | None = None,
    created: str | None = None,
    modified: str | None = None,
) -> Outcome[Person]:
    """Add a contact of the delegation (a counterpart the delegation will meet)."""
    name = _clean(name) or ""
    if not name:
        raise InputError(translate("People", "A person needs a name."), kind="no_name")
    stamp = now_iso()
    person_id = person_id or CONTACT_PREFIX + new_id()
    with store.transaction():
        store.conn.execute(
            "INSERT INTO contacts (id, delegation_id, name, function, organisation, country,"
            " languages, notes, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                delegation.id,
                name,
                _clean(function),
                _clean(organisation),
                _check_country(country),
                _clean(languages),
                notes.strip() if notes else None,
                created or stamp,
                modified or stamp,
            ),
        )
        person = get_contact(store, person_id)
        _index(store, person)
    return Outcome(person, OpChanges(people=True))


def edit_contact(store: Store, person_id: str, **values: str | None) -> Outcome[Person]:
    """Change a contact's fields; a field given as None stays, "" clears it (not the name)."""
    person = get_contact(store, person_id)
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValueError(f"unknown contact fields {sorted(unknown)}")
    changes: dict[str, str | None] = {}
    for key, value in values.items():
        if value is None:
            continue
        if key == "name":
            value = _clean(value)
            if not value:
                raise InputError(translate("People", "A person needs a name."), kind="no_name")
        elif key == "country":
            value = _check_country(value) if value.strip() else None
        else:
            value = _clean(value)
        changes[key] = value
    if not changes:
        return Outcome(person, OpChanges())
    sets = ", ".join(f"{k} = ?" for k in changes)
    with store.transaction():
        store.conn.execute(
            f"UPDATE contacts SET {sets}, modified = ? WHERE id = ?",
            (*changes.values(), now_iso(), person_id),
        )
        if "name" in changes:
            store.conn.execute(
                "UPDATE meeting_counterparts SET name = ? WHERE person_id = ?",
                (changes["name"], person_id),
            )
        person = get_contact(store, person_id)
        _index(store, person)
    return Outcome(person, OpChanges(people=True, meetings="name" in changes))


def meetings_with(store: Store, person_id: str) -> list[dict[str, Any]]:
    """The meetings that name `person_id` as a counterpart (id, title, day, and "time": their
    time in the forum's zone, "" when to be announced, as `Meeting.forum_time`)."""
    from briefer.core.timefmt import FORUM_TZ, time_range

    rows = store.query(
        "SELECT m.id, m.title, m.day, m.start, m.end FROM meeting_counterparts c JOIN meetings m"
        " ON m.id = c.meeting_id WHERE c.person_id = ? ORDER BY m.day, m.start, m.id",
        (person_id,),
    )
    for row in rows:
        start, end = row.pop("start"), row.pop("end")
        row["time"] = time_range(start, end, FORUM_TZ) if start else ""
    return rows


def _titled(meeting: dict[str, Any]) -> str:
    """ "Bilateral (Thursday 11 November 2021)", in the language of the messages."""
    from briefer.core.i18n import language
    from briefer.core.timefmt import day_name

    day = day_name(meeting["day"], language()) if meeting.get("day") else "—"
    return f"{meeting['title']} ({day})"


def delete_contact(store: Store, person_id: str) -> Outcome[Person]:
    """Delete a contact no meeting names.

    Raises:
        InputError: meetings name this person as a counterpart (kind "person_in_use", with
            those meetings in `facts`); nothing is deleted.
    """
    person = get_contact(store, person_id)
    used = meetings_with(store, person_id)
    if used:
        titles = listed([_titled(m) for m in used], strong=True)
        message = translate(
            "People",
            "{name} is a counterpart of %n meeting(s): {titles}. "
            "Take them off those meetings first; nothing was deleted.",
            None,
            len(used),
        )
        raise InputError(
            message.format(name=person.name, titles=titles),
            kind="person_in_use",
            facts={"person": person.id, "meetings": [m["id"] for m in used]},
        )
    with store.transaction():
        store.conn.execute("DELETE FROM contacts WHERE id = ?", (person_id,))
        store.conn.execute("DELETE FROM own_fts WHERE own_id = ?", (person_id,))
    return Outcome(person, OpChanges(people=True))


def get_contact(store: Store, person_id: str) -> Person:
    row = store.query_one("SELECT * FROM contacts WHERE id = ?", (person_id,))
    if row is None:
        message = translate("People", "No contact with id {id}.")
        raise NotFoundError(message.format(id=person_id), kind="no_person", facts={"id": person_id})
    return _contact(row)


def list_contacts(store: Store, delegation: Delegation) -> list[Person]:
    rows = store.query(
        "SELECT * FROM contacts WHERE delegation_id = ? ORDER BY sort_key, id",
        (delegation.id,),
    )
    return [_contact(r) for r in rows]


def find_person(store: Store, delegation: Delegation, ref: str) -> Person:
    """A person by id (contact or catalogue), else by exact name: contacts first, then speakers.

    Raises:
        NotFoundError: nobody has that id or name (kind "no_person").
        InputError: several catalogue people share the name and no contact has it
            (kind "ambiguous_person", with their ids).
    """
    ref = " ".join(ref.split())
    if ref.startswith(CONTACT_PREFIX):
        return get_contact(store, ref)
    row = store.query_one("SELECT * FROM cat.people WHERE id = ?", (ref,))
    if row is not None:
        return catalogue_person(store, ref)
    wanted = name_key(ref)
    rows = store.query(
        "SELECT * FROM contacts WHERE delegation_id = ? AND name_key = ? ORDER BY id",
        (delegation.id, wanted),
    )
    if len(rows) > 1:  # near-duplicates ("Hélène", "Helene"): the one as typed, if one is
        written = written_as(rows, ref, itemgetter("name"))
        rows = written if len(written) == 1 else rows
    if len(rows) > 1:
        message = translate("People", "Several people are named '{name}': {ids}.")
        ids = [r["id"] for r in rows]
        raise InputError(
            message.format(name=ref, ids=listed(ids)),
            kind="ambiguous_person",
            facts={"name": ref, "ids": ids},
        )
    if rows:
        return _contact(rows[0])
    found = store.query("SELECT id FROM cat.people WHERE name_key = ? ORDER BY id", (wanted,))
    people = {frozenset(same_person_ids(store, r["id"])): r["id"] for r in found}
    if len(people) == 1:
        return catalogue_person(store, next(iter(people.values())))
    if len(people) > 1:
        message = translate("People", "Several people are named '{name}': {ids}.")
        ids = sorted(people.values())
        raise InputError(
            message.format(name=ref, ids=listed(ids)),
            kind="ambiguous_person",
            facts={"name": ref, "ids": ids},
        )
    message = translate(
        "People", "No person named '{name}' among the delegation's contacts or the speakers."
    )
    raise NotFoundError(message.format(name=ref), kind="no_person", facts={"name": ref})


def same_person_ids(store: Store, person_id: str) -> list[str]:
    """The catalogue rows that are this person: the same id, or the same name and organisation.

    A name alone never joins two rows (two speakers may share a name).
    """
    row = store.query_one("SELECT * FROM cat.people WHERE id = ?", (person_id,))
    if row is None:
        return []
    if not row.get("organisation"):
        return [person_id]
    rows = store.query(
        "SELECT id FROM cat.people WHERE name = ? AND organisation = ? ORDER BY id",
        (row["name"], row["organisation"]),
    )
    return [r["id"] for r in rows] or [person_id]


def catalogue_person(store: Store, person_id: str, lang: str = "en") -> Person:
    """A catalogue person with every session they speak in, across the rows that are them."""
    row = store.query_one("SELECT * FROM cat.people WHERE id = ?", (person_id,))
    if row is None:
        message = translate("People", "No person with id {id}.")
        raise NotFoundError(message.format(id=person_id), kind="no_person", facts={"id": person_id})
    ids = same_person_ids(store, person_id)
    marks = ",".join("?" * len(ids))
    sessions = store.query(
        "SELECT s.*, sp.role, e.timezone FROM cat.session_people sp JOIN cat.sessions s"
        " ON s.id = sp.session_id LEFT JOIN cat.editions e ON e.id = s.edition_id"
        f" WHERE sp.person_id IN ({marks})"
        " ORDER BY s.day IS NULL, s.day, s.start, s.id",
        ids,
    )
    return Person(
        id=person_id,
        name=row["name"],
        function=row.get("function"),
        organisation=row.get("organisation"),
        sessions=tuple(
            {
                "id": s["id"],
                "title": pick(s, "title", lang) or s["id"],
                "day": s["day"],
                "start": s["start"],
                "time": forum_time(s),
                "role": s["role"],
            }
            for s in sessions
        ),
    )


def forum_time(session: dict[str, Any]) -> str:
    """The session's times in its edition's time zone ("" where the time is unknown)."""
    if not session["start"]:
        return ""
    return time_range(session["start"], session.get("end"), session.get("timezone"))


def catalogue_people(store: Store, lang: str = "en", limit: int | None = None) -> list[Person]:
    """The catalogue's speakers, one per person (rows joined as `same_person_ids` says)."""
    rows = store.query(
        "SELECT p.id, p.name, p.organisation FROM cat.people p"
        " WHERE EXISTS (SELECT 1 FROM cat.session_people sp WHERE sp.person_id = p.id)"
        " ORDER BY p.sort_name, p.sort_organisation, p.id"
    )
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        key = (r["name"], r["organisation"]) if r["organisation"] else (r["id"], "")
        if key in seen:
            continue
        seen.add(key)
        out.append(catalogue_person(store, r["id"], lang))
        if limit is not None and len(out) >= limit:
            break
    return out


def person(store: Store, person_id: str, lang: str = "en") -> Person:
    """A contact or a catalogue person by id."""
    if person_id.startswith(CONTACT_PREFIX):
        return get_contact(store, person_id)
    return catalogue_person(store, person_id, lang)
