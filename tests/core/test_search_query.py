"""Search operators: "-word", "quoted phrases", "a OR b"; "AND" is no word."""

import pytest

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting
from briefer.core.notes import add_note
from briefer.core.search.engine import search
from briefer.core.search.query import Phrase, parse_query
from briefer.core.search.textnorm import QueryWord

OEUVRE = "Préparer la mise en œuvre de l'Appel de Paris avec Lætitia"
PARIS_CALL = {"ppf:init-2021-paris-call", "ppf:ses-2019-paris-call", "ppf:ses-2018-cyber"}


@pytest.fixture
def corpus(store):
    delegation = create_delegation(store, "Test delegation")
    return store, delegation, add_note(store, delegation, None, OEUVRE).id


def marked(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.highlights]


def test_a_query_parses_into_required_either_and_excluded_terms():
    parsed = parse_query('paris -call "Trust and" climate OR océans AND -"a b"')
    assert parsed.groups == (
        (QueryWord("paris"),),
        (Phrase(("trust", "and")),),
        (QueryWord("climate"), QueryWord("oceans")),
    )
    assert parsed.excluded == (QueryWord("call"), Phrase(("a", "b")))
    assert parse_query('"call pa').groups == ((Phrase(("call", "pa"), open=True),),)
    assert parse_query('"call"').groups == ((QueryWord("call", (), True),),)


def test_a_minus_word_excludes_the_items_holding_it(store):
    """Found by review: "paris -call" still returned the Paris Call."""
    hits = search(store, "paris -call", "en", limit=200)
    assert hits and not PARIS_CALL & {h.id for h in hits}
    assert {w.casefold() for h in hits for w in marked(h)} == {"paris"}


def test_a_quoted_phrase_holds_its_words_adjacent_in_order(store):
    """Found by review: quotes were ignored, "call paris" found «Paris Call»."""
    assert search(store, '"call paris"', "en") == []
    hits = search(store, '"paris call"', "en")
    assert PARIS_CALL <= {h.id for h in hits}
    assert all(marked(h) == ["Paris", "Call"] for h in hits), [marked(h) for h in hits]


def test_a_phrase_highlights_its_words_where_they_are_adjacent(store):
    """Found by review: '"security in cyberspace"' highlighted «inequality», «including»."""
    hits = search(store, '"security in cyberspace"', "en")
    opening = next(h for h in hits if h.id == "ppf:ses-2021-opening")
    assert opening.snippet.endswith("support the Paris Call for Trust and Security in Cyberspace.")
    assert marked(opening) == ["Security", "in", "Cyberspace"]
    assert all(marked(h) == ["Security", "in", "Cyberspace"] for h in hits)


def test_or_finds_either_and_and_is_no_word(store):
    """Found by review: "call OR appeal" found nothing; "climate AND oceans" highlighted «and»."""
    hits = search(store, "call OR appeal", "en", limit=50)
    assert {"ppf:ses-2023-polar", "ppf:init-2021-paris-call"} <= {h.id for h in hits}
    polar = next(h for h in hits if h.id == "ppf:ses-2023-polar")
    assert marked(polar) == ["Appeal"]
    both = search(store, "climate AND oceans", "en")
    assert [h.id for h in both] == [h.id for h in search(store, "climate oceans", "en")]
    assert both[0].id == "ppf:fd-theme-03" and marked(both[0]) == ["climate", "oceans"]


def test_an_arabic_phrase_and_proclitics_of_single_words(store):
    hits = search(store, '"منتدى باريس للسلام"', "ar")
    assert "ppf:edition-2023" in {h.id for h in hits}
    assert all(marked(h) == ["منتدى", "باريس", "للسلام"] for h in hits)
    assert "ppf:fd-theme-03" in {h.id for h in search(store, "وبالمناخ OR zzzz", "ar")}


@pytest.mark.parametrize(
    "query",
    ['"', "-", "- -", '"call pa', 'paris "', "OR", "AND", '-"', "a OR", "OR b", "NOT",
     "paris NOT", "(", "*", "call*", '"*"', "paris -", '""call', "«Paris", "-paris"],
)  # fmt: skip
def test_unbalanced_or_bare_operators_never_fail(corpus, query):
    store, delegation, _ = corpus
    assert isinstance(search(store, query, "en", delegation=delegation), list)


def test_open_quote_is_a_phrase_being_typed(store):
    hits = search(store, '"paris ca', "en")
    assert PARIS_CALL <= {h.id for h in hits}
    assert all(marked(h) == ["Paris", "Call"] for h in hits)


def test_operators_apply_to_notes_and_own_items(corpus):
    store, delegation, oeuvre = corpus
    call = add_note(store, delegation, None, "Zebu: the Paris Call with partners").id
    logistics = add_note(store, delegation, None, "Zebu: call Paris logistics").id
    bilateral = add_meeting(store, delegation, "Zebu Paris Call bilateral", day="2021-11-11")
    dinner = add_meeting(store, delegation, "Zebu dinner, Paris", day="2021-11-11")

    def found(query: str) -> list[str]:
        hits = search(store, query, "en", delegation=delegation)
        return sorted(h.note_id or h.id for h in hits)

    assert found("zebu -call") == [dinner.value.id]
    assert found('zebu "paris call"') == sorted([call, bilateral.value.id])
    assert found("zebu dinner OR logistics") == sorted([logistics, dinner.value.id])
    assert found('"de l\'appel"') == [oeuvre]


def test_an_excluded_hyphenated_word_excludes_its_words_together(store, tmp_path):
    """Found by review: "women -covid-19" excluded every item holding "19", and
    "peace -ppf:ses-2021-109" every item holding "2021"."""
    from factories import make_catalogue, session

    assert parse_query("women -covid-19").excluded == (Phrase(("covid", "19")),)
    assert parse_query("-covid").excluded == (QueryWord("covid"),)
    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Women after Covid-19"),
            session("b", "Women of 19 countries"),
            session("c", "Covid and women, 19 questions"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    found = {h.id for h in search(store, "women -covid-19", "en")}
    assert found == {"test:b", "test:c"}


def test_an_excluded_item_id_leaves_out_that_item(store):
    women = {h.id for h in search(store, "women", "en", limit=200)}
    assert "ppf:ses-2021-109" in women and len(women) > 2
    found = {h.id for h in search(store, "women -ppf:ses-2021-109", "en", limit=200)}
    assert found == women - {"ppf:ses-2021-109"}


def test_a_date_search_leaves_out_the_excluded_words(store):
    """Found by review: "2026-11-12 -water" still listed «Water security»: the sessions of a
    pasted day were listed without the excluded words."""
    day = {h.id for h in search(store, "2021-11-11", "en", limit=200)}
    assert "ppf:ses-2021-101" in day
    found = {h.id for h in search(store, "2021-11-11 -pandemic", "en", limit=200)}
    assert found and found == day - {"ppf:ses-2021-101"}
    assert {h.id for h in search(store, "2021-11-11 -ppf:ses-2021-101", "en", limit=200)} == (
        day - {"ppf:ses-2021-101"}
    )
