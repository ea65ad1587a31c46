from pathlib import Path

import pytest
from factories import make_catalogue, project, session

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.search.engine import Filters, search


def ids(hits):
    return [h.id for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("كورونا", "ppf:fd-theme-05"),  # "…جائحة فيروس كورونا" on the France Diplomatie page
        ("الصحه", "ppf:fd-theme-02"),  # ha written for taa marbuta: "الصحة"
        ("الصِّحَّة", "ppf:fd-theme-02"),  # with tashkeel
        ("سلام", "ppf:edition-2021"),  # "منتدى باريس للسلام": article and preposition attached
        ("المساواه", "ppf:fd-theme-01"),  # "المساواة بين الجنسين"
        ("securite", "ppf:init-2021-paris-call"),  # "sécurité"
        ("égalité", "ppf:fd-theme-01"),  # "l'égalité femmes-hommes"
        ("pandem", "ppf:ses-2021-101"),  # as-you-type prefix
        ("COVID-19 كورونا", "ppf:fd-theme-05"),  # mixed scripts in one query
        ("Tedros", "ppf:ses-2021-101"),  # a speaker finds the session
        ("WAN-IFRA", "ppf:proj-2021-001"),  # an organisation finds its project
    ],
)
def test_real_catalogue_queries(store, query, expected):
    assert expected in ids(search(store, query, limit=50))


def test_snippet_highlights_the_original_arabic_word(store):
    hit = next(h for h in search(store, "الصحه", lang="ar") if h.id == "ppf:fd-theme-02")
    a, b = hit.highlights[0]
    assert hit.snippet[a:b] == "الصحة"


def test_hamza_seats_and_alef_forms_meet(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            session("s1", "Illustrative", title_ar="دور المسؤولين في إدارة الأزمات"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    for query in ("المسئولين", "مسؤول", "ادارة", "الازمات", "أزمات"):
        assert ids(search(store, query)) == ["test:s1"], query


def test_filters_marked_and_delegate(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Health security panel", day="2030-11-11"),
            session("b", "Health financing workshop", day="2030-11-12", format="workshop"),
        ],
        [project("p", "Health data project", regions='["Sub-Saharan Africa"]')],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Test delegation")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "test:b", "must", [amina])
    assert set(ids(search(store, "health"))) == {"test:a", "test:b", "test:p"}
    assert ids(search(store, "health", filters=Filters(day="2030-11-11"))) == ["test:a"]
    assert ids(search(store, "health", filters=Filters(format="workshop"))) == ["test:b"]
    assert ids(search(store, "health", filters=Filters(format="shop"))) == []
    assert ids(search(store, "health", filters=Filters(region="africa"))) == ["test:p"]
    marked = search(store, "health", filters=Filters(marked_only=True), delegation=delegation)
    assert ids(marked) == ["test:b"]
    assigned = search(store, "health", filters=Filters(delegate=amina), delegation=delegation)
    assert ids(assigned) == ["test:b"]


def test_notes_are_searched_in_every_language(store):
    delegation = create_delegation(store, "Test delegation")
    add_note(store, delegation, "ppf:ses-2021-101", "Rencontrer le Dr Tedros après la séance.")
    add_note(store, delegation, None, "نقاط الحديث حول الأمن الصحي")
    hits = search(store, "seance", delegation=delegation, filters=Filters(kinds=("note",)))
    assert [(h.kind, h.id) for h in hits] == [("note", "ppf:ses-2021-101")]
    # (the catalogue's French formats say "séance" too: "séance de réflexion collective")
    hits = search(store, "الامن", delegation=delegation, filters=Filters(kinds=("note",)))
    assert [(h.kind, h.id) for h in hits] == [("note", "delegation")]


def test_empty_or_punctuation_query_returns_nothing(store):
    assert search(store, "  ") == []
    assert search(store, '"*()') == []


def test_a_single_letter_is_a_word_not_a_prefix(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Plan A for peace"),
            session("b", "Another agenda"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    assert ids(search(store, "a")) == ["test:a"]
    assert set(ids(search(store, "an"))) == {"test:b"}


def test_opening_an_older_user_database_reindexes_the_notes(data_dir: Path):
    import sqlite3

    from briefer.core.delegations import list_delegations
    from briefer.core.migrations import apply_migrations
    from briefer.core.search.textnorm import fold
    from briefer.core.store import open_store

    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db", isolation_level=None)
    apply_migrations(conn, upto=4)  # the notes index as version 4 wrote it: words only
    body = "دعم لمحافظة جنين"
    stamp = "2026-12-01T10:00:00Z"
    conn.execute(
        "INSERT INTO delegations (id, uid, name, created) VALUES (1, 'd1', 'Test', ?)", (stamp,)
    )
    conn.execute(
        "INSERT INTO notes (id, delegation_id, body, created, modified) VALUES ('n1', 1, ?, ?, ?)",
        (body, stamp, stamp),
    )
    conn.execute("INSERT INTO notes_fts (note_id, body) VALUES ('n1', ?)", (fold(body),))
    conn.close()
    with open_store(data_dir) as store:
        delegation = list_delegations(store)[0]
        hits = search(store, "محافظة", delegation=delegation)
        assert [h.note_id for h in hits if h.kind == "note"] == ["n1"]


def test_a_keystroke_runs_no_count_of_the_matches(store):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        hits = search(store, "he", limit=5)
    finally:
        store.conn.set_trace_callback(None)
    assert hits
    assert not [s for s in statements if "count(" in s.lower()]


@pytest.mark.parametrize("with_terms", [True, False], ids=["terms table", "older file"])
def test_a_long_prefix_finds_every_word_it_completes(store, tmp_path: Path, with_terms):
    import sqlite3

    path = make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Security council reform"),
            session("b", "Sécurité alimentaire"),
            session("c", "Secular states"),
            session("d", "Securitisation of debt"),
        ],
    )
    if not with_terms:  # a catalogue file written before the terms table: prefixes as such
        conn = sqlite3.connect(path)
        conn.execute("DROP TABLE search_terms")
        conn.commit()
        conn.close()
    store.replace_catalogue(path)
    assert set(ids(search(store, "secur"))) == {"test:a", "test:b", "test:d"}
    assert set(ids(search(store, "securit"))) == {"test:a", "test:b", "test:d"}
    assert ids(search(store, "securiti")) == ["test:d"]
    assert ids(search(store, "securities")) == []
    assert set(ids(search(store, "secu"))) == {"test:a", "test:b", "test:c", "test:d"}


def test_a_query_too_broad_to_rank_lists_title_matches_first(store, tmp_path: Path, monkeypatch):
    import briefer.core.search.engine as engine

    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Ocean panel", abstract_en="Health of the oceans"),
            session("b", "Health security"),
            session("c", "Trade talks"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    assert ids(search(store, "health"))[:2] == ["test:b", "test:a"]  # ranked with bm25
    monkeypatch.setattr(engine, "BM25_BUDGET", 0)
    hits = search(store, "health")
    assert ids(hits) == ["test:b", "test:a"] and all(h.score == 0.0 for h in hits)
    assert hits[1].snippet[slice(*hits[1].highlights[0])] == "Health"


def test_filters_leave_out_notes_on_other_items_and_on_the_delegation(store):
    from briefer.core.delegations import create_delegation
    from briefer.core.marks import set_mark
    from briefer.core.notes import add_note
    from briefer.core.search.engine import Filters, search

    delegation = create_delegation(store, "D", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(store, delegation, None, "zebrafish logistics for the delegation")
    add_note(store, delegation, "ppf:ses-2021-101", "zebrafish talking points")
    add_note(store, delegation, "ppf:ses-2021-102", "zebrafish unmarked session")

    def notes(filters: Filters) -> list[str]:
        found = search(store, "zebrafish", "en", filters, delegation=delegation)
        return sorted(h.id for h in found if h.kind == "note")

    assert notes(Filters()) == ["delegation", "ppf:ses-2021-101", "ppf:ses-2021-102"]
    assert notes(Filters(marked_only=True)) == ["ppf:ses-2021-101"]
    assert notes(Filters(edition_id="ppf:edition-2021")) == ["ppf:ses-2021-101", "ppf:ses-2021-102"]
    assert notes(Filters(day="2021-11-12")) == []


def test_filters_apply_to_own_meetings_as_the_programme_shows_them(store):
    from briefer.core.delegations import add_delegate, create_delegation
    from briefer.core.meetings import add_meeting
    from briefer.core.people import add_contact
    from briefer.core.search.engine import Filters, search

    delegation = create_delegation(store, "D", "SN")
    amina = add_delegate(store, delegation, "Amina")
    add_meeting(store, delegation, "Quokka bilateral", day="2021-11-11", start="10:00",
                delegates=[amina])  # fmt: skip
    add_meeting(store, delegation, "Quokka reception", day="2021-11-12", start="19:00")
    add_contact(store, delegation, "Quokka Ndiaye")

    def own(filters: Filters) -> list[str]:
        found = search(store, "quokka", "en", filters, delegation=delegation)
        return sorted(h.title for h in found if h.kind in ("meeting", "person"))

    assert own(Filters()) == ["Quokka Ndiaye", "Quokka bilateral", "Quokka reception"]
    assert own(Filters(day="2021-11-12")) == ["Quokka reception"]
    assert own(Filters(delegate=amina)) == ["Quokka bilateral"]
    assert own(Filters(edition_id="ppf:edition-2021")) == ["Quokka bilateral", "Quokka reception"]
    assert own(Filters(marked_only=True)) == ["Quokka bilateral", "Quokka reception"]
    assert own(Filters(format="panel")) == []


def test_a_snippet_begins_on_a_word_and_holds_the_match():
    """A snippet began inside a word when the word before the cut was long: "…ة الفضاء العام"
    for "حماية الفضاء العام"."""
    import random

    from briefer.core.search.engine import make_snippet

    rng = random.Random(4)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    for _ in range(2000):
        words = ["".join(rng.choices(letters, k=rng.randint(1, 40))) for _ in range(60)]
        target = rng.randrange(len(words))
        words[target] = "كورونا"
        text = " ".join(words)
        window, spans = make_snippet([text], ["كورونا"])
        assert spans and window[spans[0][0] : spans[0][1]] == "كورونا"
        body = window.removeprefix("…").removesuffix("…")
        at = text.index(body)
        assert at == 0 or text[at - 1] == " ", (window, text)


@pytest.mark.parametrize(("query", "lang"), [("لبنان", "ar"), ("Liban", "fr"), ("Lebanon", "en")])
def test_a_contact_is_found_by_their_country_in_the_three_languages(store, query, lang):
    """Found by review: a contact of country LB was not found by "لبنان", "Liban" or "Lebanon"."""
    from briefer.core.people import add_contact

    delegation = create_delegation(store, "Test delegation")
    person = add_contact(store, delegation, "Amin Salam", country="LB").value
    hits = search(store, query, lang, delegation=delegation)
    assert person.id in [h.id for h in hits]


def test_opening_an_older_user_database_reindexes_the_contacts(data_dir: Path):
    """Contacts indexed before their countries were: found by country after the migration."""
    import sqlite3

    from briefer.core.delegations import list_delegations
    from briefer.core.migrations import apply_migrations
    from briefer.core.search.textnorm import index_text
    from briefer.core.store import open_store

    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db", isolation_level=None)
    apply_migrations(conn, upto=8)
    stamp = "2026-12-01T10:00:00Z"
    conn.execute(
        "INSERT INTO delegations (id, uid, name, created) VALUES (1, 'd1', 'Test', ?)", (stamp,)
    )
    conn.execute(
        "INSERT INTO contacts (id, delegation_id, name, country, created, modified)"
        " VALUES ('own:person-1', 1, 'Amin Salam', 'LB', ?, ?)",
        (stamp, stamp),
    )
    conn.execute(
        "INSERT INTO own_fts (own_id, kind, title, body) VALUES ('own:person-1', 'person', ?, '')",
        (index_text("Amin Salam"),),
    )
    conn.close()
    with open_store(data_dir) as store:
        delegation = list_delegations(store)[0]
        assert "own:person-1" in [h.id for h in search(store, "Liban", "fr", delegation=delegation)]


def test_a_snippet_ends_on_a_word_and_a_short_text_is_whole():
    """Found by review: snippets ended inside a word ("والأ…", "l'O…", "post-Cov…"), and an
    84-character theme lost its start ("…تشجيع التعاون…")."""
    import random

    from briefer.core.search.engine import SNIPPET_CHARS, make_snippet

    theme = "الأهداف المتمثلة في تشجيع التعاون الدولي والأنشطة الجماعية من أجل عالم يسوده السلام"
    window, spans = make_snippet([theme], ["السلام"])
    assert window == theme and window[slice(*spans[0])] == "السلام"
    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسش'-"
    for _ in range(2000):
        words = ["".join(rng.choices(letters, k=rng.randint(1, 15))) for _ in range(60)]
        words[rng.randrange(len(words))] = "covid"
        text = " ".join(words)
        window, spans = make_snippet([text], ["covid"])
        assert spans and window[spans[0][0] : spans[0][1]] == "covid"
        body = window.removeprefix("…").removesuffix("…")
        end = text.index(body) + len(body)
        assert end == len(text) or text[end] in " ,;:-", (window, text)
        assert len(body) <= SNIPPET_CHARS


def test_the_region_filter_takes_a_region_named_in_any_language(store, tmp_path: Path):
    """Found by review: a region filter in French or Arabic ("Afrique", "أفريقيا") found nothing."""
    make_catalogue(
        tmp_path / "c.db",
        [],
        [
            project("a", "Health data project", regions='["Sub-Saharan Africa"]'),
            project("b", "Health in the Andes", regions='["South America"]'),
            project("c", "Health at sea", regions='["Open Sea Region"]'),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")

    def found(region: str) -> list[str]:
        return sorted(ids(search(store, "health", "fr", Filters(region=region))))

    for region in ("Afrique", "afrique subsaharienne", "أفريقيا", "افريقيا", "AFRICA"):
        assert found(region) == ["test:a"], region
    assert found("Amérique du Sud") == found("amerique du sud") == ["test:b"]
    assert found("أمريكا") == ["test:b"]
    assert found("open sea") == ["test:c"]  # a region the vocabulary does not know, as the source
    assert found("Asie") == []
    hit = search(store, "health", "fr", Filters(region="Afrique"))[0]
    assert hit.snippet[slice(*hit.highlights[0])] == "Health"


@pytest.mark.parametrize(
    ("query", "item", "snippet", "marked"),
    [
        ("Villette", "ppf:ses-2021-105", "Grande Halle de La Villette", "Villette"),
        ("Brongniart", "ppf:ses-2022-ifpim-roundtable", "Palais Brongniart", "Brongniart"),
        ("Brongniart", "ppf:edition-2022", "Palais Brongniart, Paris", "Brongniart"),
        ("stage c", "ppf:ses-2021-projects-of-hope", "Stage C", "Stage C"),
        ("75019", "ppf:venue:grande-halle-de-la-villette", "211 Avenue Jean Jaurès, 75019 Paris",
         "75019"),
    ],
)  # fmt: skip
def test_a_hit_found_by_its_room_or_venue_shows_it(store, query, item, snippet, marked):
    """Found by review: "Villette" and "Brongniart" listed sessions whose snippet («Closing
    Ceremony») had no highlight: room and venue names were not among the snippet's texts."""
    hit = next(h for h in search(store, query, "fr") if h.id == item)
    assert hit.snippet == snippet
    assert " ".join(hit.snippet[a:b] for a, b in hit.highlights) == marked


def test_a_snippet_prefers_a_text_holding_the_word_itself(store, tmp_path: Path):
    """Found by review: for "climat" a hit's snippet showed «climatique» though another of its
    texts holds «climat»: only hits matching every query word whole preferred such a text, and
    the delegation's own items never did."""
    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Changement climatique et forces armées", abstract_en="Le climat"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Test delegation")
    from briefer.core.meetings import add_meeting

    add_meeting(store, delegation, "Point climatique", day="2030-11-11", place="Salle climat")
    hits = search(store, "climat forc", "fr")  # "forc" only begins a word: not the exact tier
    assert [(h.id, h.snippet) for h in hits] == [("test:a", "Le climat")]
    assert [hits[0].snippet[a:b] for a, b in hits[0].highlights] == ["climat"]
    (meeting,) = [
        h for h in search(store, "climat", "fr", delegation=delegation) if h.kind == "meeting"
    ]
    assert meeting.snippet == "Salle climat"
    assert [meeting.snippet[a:b] for a, b in meeting.highlights] == ["climat"]


DAY_2021_11_11 = [
    ("ppf:ses-2021-101", "Thursday 11 November 2021 · 14:30–15:15"),
    ("ppf:ses-2021-102", "Thursday 11 November 2021 · 15:00–16:00"),
    ("ppf:ses-2021-opening", "Thursday 11 November 2021 · 17:00"),
    ("ppf:ses-2021-104", "Thursday 11 November 2021 · 17:30–18:30"),
    ("ppf:ses-2021-203", "Thursday 11 November 2021 · to be announced"),
    ("ppf:ses-2021-children-call", "Thursday 11 November 2021 · to be announced"),
]


def test_a_pasted_date_lists_the_sessions_of_that_day_in_time_order(store):
    """Found by review: pasting a date ("2021-11-11") found nothing."""
    hits = search(store, " 2021-11-11 ", "en")
    assert [(h.id, h.snippet) for h in hits] == DAY_2021_11_11
    assert all(h.snippet[slice(*h.highlights[0])] == "Thursday 11 November 2021" for h in hits)
    assert ids(search(store, "2021-11-11 pandemic", "en")) == ["ppf:ses-2021-101"]
    assert ids(search(store, "2021-11-11", "en", Filters(kinds=("project",)))) == []
    assert ids(search(store, "2021-11-11", "en", Filters(day="2021-11-12"))) == []
    assert search(store, "2021-02-30", "en") == []  # no such day: words, which find nothing


def test_a_pasted_item_id_finds_that_item_first(store):
    """Found by review: pasting an item's id ("ppf:ses-2021-101") found nothing."""
    from briefer.core.meetings import add_meeting

    (hit,) = search(store, "ppf:ses-2021-101", "en")
    assert (hit.id, hit.kind, hit.title) == (
        "ppf:ses-2021-101",
        "session",
        "Risking repeat: The urgency of better pandemic preparedness",
    )
    assert hit.snippet.startswith("How to capture lessons from the Covid-19 crisis")
    assert hit.highlights == []  # its abstract, not its title again
    # in capitals, as copied from a printed list (found by review)
    assert ids(search(store, "PPF:SES-2021-101", "en"))[:1] == ["ppf:ses-2021-101"]
    found = search(store, "ppf:init-2021-paris-call climat", "fr")
    assert ids(found)[:2] == ["ppf:init-2021-paris-call", "ppf:fd-theme-03"]
    assert ids(search(store, "ppf:ses-2099-none", "en")) == []
    delegation = create_delegation(store, "Test delegation")
    meeting = add_meeting(store, delegation, "Bilatérale Mali", day="2021-11-11", place="Salon B")
    hits = search(store, f"  {meeting.value.id} ", "fr", delegation=delegation)
    assert [(h.id, h.kind, h.title, h.snippet) for h in hits] == [
        (meeting.value.id, "meeting", "Bilatérale Mali", "Salon B")
    ]
    assert search(store, meeting.value.id, "fr") == []  # another delegation's, or none
