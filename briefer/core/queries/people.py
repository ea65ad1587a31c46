"""What the People view reads: the catalogue's speakers with their sessions, and the contacts.

The speakers are read in two queries however many there are: one person across editions only
where `briefer.core.people.same_person_ids` says so (the same source id, or the same name and
organisation; a name alone never joins two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefer.core.countries import country_name
from briefer.core.delegations import Delegation
from briefer.core.localize import pick
from briefer.core.people import Person, forum_time, list_contacts
from briefer.core.store import Store


@dataclass
class PersonRow:
    """One line of the People view: a contact (`own`) or a speaker with their sessions."""

    id: str
    name: str
    own: bool
    function: str | None = None
    organisation: str | None = None
    country: str | None = None  # the country's name in the listing's language
    languages: str | None = None
    notes: str | None = None
    sessions: list[dict[str, Any]] = field(default_factory=list)


def _from_contact(person: Person, lang: str) -> PersonRow:
    return PersonRow(
        person.id,
        person.name,
        True,
        person.function,
        person.organisation,
        country_name(person.country, lang) or None,
        person.languages,
        person.notes,
    )


def speakers(store: Store, lang: str) -> list[PersonRow]:
    """The catalogue's speakers, one row per person, each with every session they speak in."""
    people = store.query(
        "SELECT p.id, p.name, p.organisation, p.function FROM cat.people p"
        " WHERE EXISTS (SELECT 1 FROM cat.session_people sp WHERE sp.person_id = p.id)"
        " ORDER BY p.sort_name, p.sort_organisation, p.id"
    )
    rows: dict[tuple[str, str], PersonRow] = {}
    owner: dict[str, PersonRow] = {}
    for p in people:
        key = (p["name"], p["organisation"]) if p["organisation"] else (p["id"], "")
        row = rows.get(key)
        if row is None:
            row = rows[key] = PersonRow(p["id"], p["name"], False, p["function"], p["organisation"])
        owner[p["id"]] = row
    for s in store.query(
        "SELECT sp.person_id, sp.role, s.id, s.day, s.start, s.end, s.title_ar, s.title_fr,"
        " s.title_en, s.title_other, e.timezone FROM cat.session_people sp JOIN cat.sessions s"
        " ON s.id = sp.session_id LEFT JOIN cat.editions e ON e.id = s.edition_id"
        " ORDER BY s.day IS NULL, s.day, s.start, s.id"
    ):
        row = owner.get(s["person_id"])
        if row is not None and all(x["id"] != s["id"] for x in row.sessions):
            row.sessions.append(
                {
                    "id": s["id"],
                    "title": pick(s, "title", lang) or s["id"],
                    "day": s["day"],
                    "start": s["start"],
                    "time": forum_time(s),
                    "role": s["role"],
                }
            )
    return list(rows.values())


def people_rows(store: Store, delegation: Delegation | None, lang: str) -> list[PersonRow]:
    """The delegation's contacts (by name), then the catalogue's speakers (by name)."""
    contacts = list_contacts(store, delegation) if delegation is not None else []
    return [*(_from_contact(c, lang) for c in contacts), *speakers(store, lang)]
