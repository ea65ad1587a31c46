"""Found by review: an own meeting found through its counterpart, and a contact through their
country, showed their title as the snippet with nothing highlighted."""

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting
from briefer.core.people import add_contact
from briefer.core.search.engine import search


def shown(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.highlights]


def test_a_meeting_found_by_its_counterpart_shows_the_counterpart(store):
    delegation = create_delegation(store, "Test delegation")
    person = add_contact(store, delegation, "ليلى بنت سعيد القاسمي").value
    meeting = add_meeting(
        store, delegation, "لقاء ثنائي مع وزيرة الدولة الإماراتية", counterparts=[person]
    ).value
    (hit,) = [
        h for h in search(store, "القاسمي", "ar", delegation=delegation) if h.id == meeting.id
    ]
    assert hit.snippet == "ليلى بنت سعيد القاسمي"
    assert shown(hit) == ["القاسمي"]


def test_a_contact_found_by_their_country_shows_the_country(store):
    delegation = create_delegation(store, "Test delegation")
    person = add_contact(store, delegation, "Jean-Yves Le Drian", country="FR").value
    for query, lang, word in (("فرنسا", "ar", "فرنسا"), ("France", "ar", "France")):
        (hit,) = [h for h in search(store, query, lang, delegation=delegation) if h.id == person.id]
        assert shown(hit) == [word], hit


def test_a_contact_found_by_their_organisation_shows_it(store):
    delegation = create_delegation(store, "Test delegation")
    person = add_contact(store, delegation, "Amin Salam", organisation="مؤسسة قطر").value
    (hit,) = [h for h in search(store, "قطر", "ar", delegation=delegation) if h.id == person.id]
    assert shown(hit) == ["قطر"]
