"""Found by review: a contact and the catalogue's speaker of one name were two identical
results (« Ngozi Okonjo-Iweala / Ngozi Okonjo-Iweala »), and an own meeting found by its title
repeated it as its snippet (« Tokyo call / Tokyo call »)."""

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting
from briefer.core.people import add_contact
from briefer.core.search.engine import search
from briefer.core.words import item_kind_word


def _speaker(store) -> dict:
    return store.query_one(
        "SELECT * FROM cat.people WHERE function IS NOT NULL AND function != ''"
        " AND name NOT LIKE '% % % %' ORDER BY id LIMIT 1"
    )


def test_a_contact_and_a_speaker_of_one_name_say_what_they_are(store):
    speaker = _speaker(store)
    delegation = create_delegation(store, "D", "SN")
    contact = add_contact(store, delegation, speaker["name"], organisation="WTO").value
    hits = {h.id: h for h in search(store, speaker["name"], "en", delegation=delegation)}
    ours, theirs = hits[contact.id], hits[speaker["id"]]
    assert ours.title == theirs.title == speaker["name"]
    assert ours.own and not theirs.own
    assert (ours.what, theirs.what) == ("contact", "person")
    assert item_kind_word(ours.what) == "our contact"
    assert ours.snippet == "our contact · WTO" and ours.highlights == []
    assert theirs.snippet != theirs.title and speaker["function"] in theirs.snippet


def test_an_own_meeting_found_by_its_title_shows_when_and_with_whom(store):
    delegation = create_delegation(store, "D", "SN")
    add_contact(store, delegation, "Aiko Tanaka")
    add_meeting(store, delegation, "Tokyo call", day="2021-11-11", start="10:00", end="10:30",
                counterparts=["Aiko Tanaka"])  # fmt: skip
    add_meeting(store, delegation, "Tokyo debrief")
    hits = {h.title: h for h in search(store, "Tokyo", "en", delegation=delegation)}
    call, debrief = hits["Tokyo call"], hits["Tokyo debrief"]
    assert call.snippet == "Thursday 11 November · 10:00–10:30 · Aiko Tanaka"
    assert debrief.snippet == "day to be announced"
    assert call.what == "meeting" and call.own


def test_a_snippet_that_is_not_the_title_stays(store):
    delegation = create_delegation(store, "D", "SN")
    add_contact(store, delegation, "Aiko Tanaka")
    add_meeting(store, delegation, "Call", counterparts=["Aiko Tanaka"])
    (hit,) = [h for h in search(store, "Aiko", "en", delegation=delegation) if h.title == "Call"]
    assert hit.snippet == "Aiko Tanaka" and hit.highlights
