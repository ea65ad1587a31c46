"""Found by review: a search could not be narrowed to the delegation's own meetings or contacts,
though its results name them (« our meeting », « our contact »)."""

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting
from briefer.core.people import add_contact
from briefer.core.search.engine import Filters, search


def _found(store, delegation, *kinds: str) -> set[tuple[str, str]]:
    hits = search(store, "Quokka", "en", Filters(kinds=kinds), delegation=delegation)
    return {(h.what, h.title) for h in hits}


def test_own_meetings_and_contacts_are_kinds_a_search_keeps(store):
    delegation = create_delegation(store, "D", "SN")
    add_contact(store, delegation, "Quokka Ndiaye", organisation="WTO")
    add_meeting(store, delegation, "Quokka call")
    meeting, contact = ("meeting", "Quokka call"), ("contact", "Quokka Ndiaye")
    assert _found(store, delegation) == {meeting, contact}
    assert _found(store, delegation, "meeting") == {meeting}
    assert _found(store, delegation, "contact") == {contact}
    assert _found(store, delegation, "meeting", "contact") == {meeting, contact}
    assert _found(store, delegation, "person") == set()  # the catalogue's people alone
    assert _found(store, delegation, "note", "session") == set()
