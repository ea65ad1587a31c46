"""The People view's query: contacts, and speakers with every session they speak in."""

from __future__ import annotations

from briefer.core.delegations import create_delegation
from briefer.core.people import add_contact, catalogue_people
from briefer.core.queries.people import people_rows, speakers


def test_speakers_are_the_catalogue_people_with_the_same_sessions(store):
    slow = {p.id: [s["id"] for s in p.sessions] for p in catalogue_people(store, "fr")}
    fast = {r.id: [s["id"] for s in r.sessions] for r in speakers(store, "fr")}
    assert fast == slow and fast
    assert all(not r.own for r in speakers(store, "fr"))


def test_contacts_come_first_with_their_fields(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    add_contact(
        store,
        delegation,
        "Jane Doe",
        function="Minister",
        organisation="FCDO",
        country="gb",
        languages="en, fr",
        notes="Met in 2020.",
    )
    rows = people_rows(store, delegation, "en")
    first = rows[0]
    assert (first.name, first.own, first.country, first.languages, first.notes) == (
        "Jane Doe",
        True,
        "United Kingdom",  # kept as "GB", listed by name
        "en, fr",
        "Met in 2020.",
    )
    assert all(not r.own for r in rows[1:]) and len(rows) > 1
    assert people_rows(store, None, "en")[0].own is False
