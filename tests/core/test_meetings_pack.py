"""Own meetings in the packs, read back: the agenda in time order, a brief per meeting, the
who's who and the roster, in Arabic, French and English, as PDF (pdftotext) and Word."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from pdf_readers import flat_texts, poppler

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.meetings import LOGISTICS, add_meeting, local_time_text
from briefer.core.packs.content import build_content
from briefer.core.packs.labels import label
from briefer.core.packs.service import make_daysheet, make_pack
from briefer.core.packs.typography import upper_first
from briefer.core.people import add_contact
from briefer.core.timefmt import day_name

SESSION = "ppf:ses-2021-101"  # 14:30–15:15, speakers from the catalogue


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo")
    paul = add_delegate(store, delegation, "Paul Ndiaye")
    add_delegate(store, delegation, "Omar Sy")  # attends nothing
    add_contact(store, delegation, "Jane Doe", function="Minister", notes="Prefers **French**.")
    add_contact(store, delegation, "Karl Other", organisation="Elsewhere")
    set_mark(store, delegation, SESSION, "must", [amina])
    day = {"day": "2021-11-11"}
    add_meeting(store, delegation, "Zeta bilateral", start="16:00", end="16:30", **day,
                kind="bilateral", counterparts=["Jane Doe"], delegates=["Amina Diallo"],
                logistics={"interpretation": "EN-FR"})  # fmt: skip
    add_meeting(store, delegation, "Alpha breakfast", start="08:00", end="09:00", **day,
                kind="side", delegates=["Amina Diallo"])  # fmt: skip
    add_meeting(store, delegation, "Paul's side meeting", start="11:00", end="12:00", **day,
                kind="side", counterparts=["Karl Other"], delegates=["Paul Ndiaye"])  # fmt: skip
    return delegation, amina, paul


def plain(text: str) -> str:
    """Text without spaces and bidi controls: a reader may split an Arabic word, or isolate it."""
    return re.sub(r"[\s\u200e\u200f\u2066-\u2069\u202a-\u202e]", "", text)


def _section(text: str, start: str, end: str | None) -> str:
    """The text from the last `start` heading to the next `end` heading (past the contents)."""
    text, start = plain(text), plain(start)
    at = text.rindex(start)
    return text[at : text.index(plain(end), at + len(start)) if end else None]


def _pack_text(store, delegation, delegate, tmp_path: Path, lang: str, fmt: str, sections) -> str:
    """The text of a PDF (poppler) or Word (its paragraphs) pack of `sections`."""
    out = tmp_path / f"pack-{lang}.{fmt}"
    make_pack(store, delegation, delegate, out, lang, sections=sections, format=fmt)
    if fmt == "docx":
        return "\n".join(p.text for p in Document(str(out)).paragraphs)
    return poppler(out.read_bytes())


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_delegate_pack_agenda_meetings_and_whos_who(store, team, tmp_path: Path, lang):
    delegation, amina, _ = team
    out = tmp_path / f"amina-{lang}.pdf"
    make_pack(store, delegation, amina, out, lang)
    text = poppler(out.read_bytes())

    def L(key: str) -> str:
        return label(key, lang)

    agenda = _section(text, L("agenda"), L("meetings"))
    order = [agenda.index(plain(t)) for t in ("Alpha breakfast", "Zeta bilateral")]
    assert order == sorted(order)
    assert plain("Paul's side meeting") not in plain(text)
    assert plain(L("own_item")) in agenda
    briefs = _section(text, L("meetings"), L("sessions"))
    assert all(plain(t) in briefs for t in ("Zeta bilateral", "Jane Doe", "EN-FR"))
    who = _section(text, L("people"), None)
    assert all(plain(t) in who for t in ("Jane Doe", "Prefers", "French"))
    assert plain("Karl Other") not in who  # Paul's counterpart, not Amina's
    speakers = build_content(store, delegation, amina, lang).people
    catalogue = [plain(p.name) for p in speakers if not p.own]
    assert catalogue and all(name in who for name in catalogue)
    assert plain(L("roster")) not in plain(text)  # a delegate's pack has none


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_whole_delegation_pack_has_the_roster(store, team, tmp_path: Path, lang):
    delegation, *_ = team
    out = tmp_path / f"all-{lang}.pdf"
    make_pack(store, delegation, None, out, lang)
    text = poppler(out.read_bytes())
    roster = _section(text, label("roster", lang), None)
    assert plain("Amina Diallo") in roster and plain("Paul Ndiaye") in roster
    assert plain("Omar Sy") not in roster
    assert roster.index("Alphabreakfast") < roster.index("Zetabilateral")
    assert plain("Paul's side meeting") in roster
    who = _section(text, label("people", lang), label("roster", lang))
    assert plain("Jane Doe") in who and plain("Karl Other") in who


def test_content_model_roster_and_agenda(store, team):
    delegation, *_ = team
    content = build_content(store, delegation, None, "en")
    assert content.sections == (
        "changes", "agenda", "meetings", "sessions", "projects", "people", "roster", "notes",
    )  # fmt: skip
    assert build_content(store, delegation, None, "en", ("agenda", "notes")).sections == (
        "agenda", "notes",
    )  # fmt: skip
    [(_, entries)] = content.days()
    titles = [e.detail["title"] for e in entries]
    assert titles[0] == "Alpha breakfast" and titles[-1] == "Zeta bilateral"
    roster = dict(content.roster()[0][1])
    assert roster["Amina Diallo"][0].detail["title"] == "Alpha breakfast"
    assert [e.detail["title"] for e in roster["Paul Ndiaye"]] == ["Paul's side meeting"]
    assert "Omar Sy" not in roster


TITLES = ("Alpha breakfast", "Paul's side meeting", "Zeta bilateral")


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_word_pack_has_meetings_whos_who_and_roster(store, team, tmp_path: Path, lang):
    delegation, *_ = team
    out = tmp_path / f"all-{lang}.docx"
    make_pack(store, delegation, None, out, lang, format="docx")
    doc = Document(str(out))
    level1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    ours = [label(k, lang) for k in ("agenda", "meetings", "sessions", "people", "roster")]
    assert [t for t in level1 if t in ours] == ours
    agenda = doc.tables[0]
    column = [plain(row.cells[2].text) for row in agenda.rows[1:]]  # the session column
    at = {t: next(i for i, c in enumerate(column) if plain(t) in c) for t in TITLES}
    assert at["Alpha breakfast"] < at["Paul's side meeting"] < at["Zeta bilateral"]
    roster = doc.tables[-1]
    # a day's row across the table (one merged cell), then the day's rows, each
    # delegate named on their first
    days = [r for r in roster.rows[1:] if len(r._tr.tc_lst) == 1]
    rows = [r for r in roster.rows[1:] if len(r._tr.tc_lst) > 1]
    thursday = plain(upper_first(day_name("2021-11-11", lang)))
    assert [plain(r.cells[0].text) for r in days] == [thursday]
    assert {plain(r.cells[0].text) for r in rows} - {""} == {"AminaDiallo", "PaulNdiaye"}
    assert all(":" in r.cells[1].text for r in rows)  # each row's time in its own column


def test_whole_delegation_daysheet_has_an_attends_column(store, team, tmp_path: Path):
    delegation, *_ = team
    out = tmp_path / "day.pdf"
    result = make_daysheet(store, delegation, None, "2021-11-11", out, "en")
    text = poppler(out.read_bytes())
    assert "Attends" in text and "Paul Ndiaye" in text
    assert len(result["sessions"]) == 4
    assert re.search(r"Alpha breakfast[\s\S]*Paul's side meeting[\s\S]*Zeta", text)


def test_a_list_of_overlapping_titles_keeps_each_title_in_its_own_order(store, tmp_path: Path):
    """The titles were one isolate, set in the first title's direction: in a French line an
    Arabic title listed first was drawn after the Latin one that follows it."""
    delegation = create_delegation(store, "Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo")
    set_mark(store, delegation, SESSION, "must", [amina])
    who = {"day": "2021-11-11", "delegates": ["Amina Diallo"]}
    add_meeting(store, delegation, "لقاء مع وفد الاتحاد", start="14:30", end="14:50", **who)
    add_meeting(store, delegation, "Welcome to the Design Collective!", start="14:55", end="15:05",
                **who)  # fmt: skip
    for lang in ("fr", "ar"):
        out = tmp_path / f"conflicts-{lang}.pdf"
        make_pack(store, delegation, amina, out, lang)
        with pdfplumber.open(out) as pdf:
            words = [w for page in pdf.pages for w in page.extract_words()]
        lines = [
            [(v["text"], v["x0"]) for v in words if abs(v["top"] - w["top"]) < 2]
            for w in words
            if w["text"] == "Welcome"
        ]
        listing = [line for line in lines if any(_title_word(t) for t, _ in line)]
        assert listing, lang
        for line in listing:  # the Arabic title first: on the left in French, right in Arabic
            arabic = [x for t, x in line if _title_word(t)]
            at = {t: x for t, x in line}
            assert (max(arabic) < at["Welcome"]) == (lang == "fr"), (lang, line)
            assert (min(arabic) > at["Design"]) == (lang == "ar"), (lang, line)
            assert at["Welcome"] < at["to"] < at["Design"]


def _title_word(text: str) -> bool:
    """A word of the Arabic title, as pdfplumber gives it (letters in visual order)."""
    return bool({text, text[::-1]} & {"لقاء", "وفد", "الاتحاد"})


def test_an_own_meetings_flags_agree_with_it_in_french(store, team, tmp_path: Path):
    """A session is 'ANNULÉE' (une séance), our meeting 'ANNULÉ' (un rendez-vous)."""
    delegation, amina, _ = team
    add_meeting(store, delegation, "Dîner de travail", day="2021-11-11", start="20:00",
                end="21:00", status="cancelled", delegates=["Amina Diallo"])  # fmt: skip
    out = tmp_path / "fr.pdf"
    make_pack(store, delegation, amina, out, "fr")
    text = poppler(out.read_bytes())
    assert "NOTRE RENDEZ-VOUS ANNULÉ " in text.replace("\n", " ")
    assert "RENDEZ-VOUS ANNULÉE" not in text
    docx = tmp_path / "fr.docx"
    make_pack(store, delegation, amina, docx, "fr", format="docx")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert any(p.startswith("Heure\u202f: ") for p in paragraphs), paragraphs
    assert not any(p.startswith("Heure: ") for p in paragraphs)


def test_a_meetings_brief_prints_its_notes_in_pdf_and_word(store, team, tmp_path: Path):
    """Notes on one of our meetings (a bilateral's brief, from the Notes… button of its detail)
    could not be saved: the note's item had to be in the catalogue."""
    from briefer.core.meetings import list_meetings
    from briefer.core.notes import add_note

    delegation = team[0]
    zeta = next(m for m in list_meetings(store, delegation) if m.title == "Zeta bilateral")
    add_note(store, delegation, zeta.id, "## Objectives\n\n- Raise **water diplomacy**")
    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, pdf, "en")
    text = " ".join(poppler(pdf.read_bytes()).split())
    brief = text[text.index("Zeta bilateral", text.index("Our meetings")) :]
    assert "Our notes" in brief and "Objectives" in brief and "Raise water diplomacy" in brief
    docx = tmp_path / "pack.docx"
    make_pack(store, delegation, None, docx, "en", format="docx")
    paragraphs = [p.text for p in Document(docx).paragraphs]
    at = paragraphs.index("Raise water diplomacy")
    assert "Objectives" in paragraphs[at - 3 : at] and "Zeta bilateral" in paragraphs[:at]


def test_a_note_on_a_meeting_must_be_one_of_the_delegations(store, team):
    from briefer.core.errors import NotFoundError
    from briefer.core.meetings import list_meetings
    from briefer.core.notes import add_note, list_notes

    ours = team[0]
    other = create_delegation(store, "Another delegation")
    zeta = list_meetings(store, ours)[0]
    with pytest.raises(NotFoundError) as refused:
        add_note(store, other, zeta.id, "Not ours")
    assert refused.value.kind == "no_meeting"
    with pytest.raises(NotFoundError):
        add_note(store, ours, "own:meeting-none", "Nowhere")
    assert not list_notes(store, other) and not list_notes(store, ours)


def test_a_person_of_the_whos_who_stays_on_one_page_with_their_notes(store, tmp_path: Path):
    """A contact's "Our notes" and note went to the top of the next page, apart from the name."""
    delegation = create_delegation(store, "Sénégal", "SN")
    set_mark(store, delegation, SESSION, "must")
    note = "Met in Dakar.\n\n- Prefers French\n- Follows oceans\n- Ask about the summit"
    people = [
        add_contact(store, delegation, f"Person {i:02d}", function="Minister", notes=note).value
        for i in range(30)
    ]
    add_meeting(store, delegation, "Round table", day="2021-11-11", start="10:00",
                counterparts=[p.id for p in people])  # fmt: skip
    out = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, out, "en")
    with pdfplumber.open(out) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    start = next(i for i, t in enumerate(pages) if "Who's who\n" in t and "Contents" not in t)
    for i in range(30):
        name = f"Person {i:02d}\n"
        [page] = [n for n, t in enumerate(pages[start:], start) if name in t]
        assert "Ask about the summit" in pages[page].split(name, 1)[1], name


def _column_words(page, header: str, below: float, above: float) -> list[str]:
    """The words of the table column headed `header` between two heights of the page."""
    words = page.extract_words()
    head = next(w for w in words if w["text"] == header)
    return [
        w["text"]
        for w in words
        if below <= w["top"] < above and w["x0"] < head["x1"] + 4 and w["x1"] > head["x0"] - 4
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_own_meeting_has_no_priority_and_says_its_kind_under_its_title(
    store, team, tmp_path: Path, lang
):
    """Found by review: the agenda's Priority column said "side meeting" for an own meeting."""
    delegation, amina, _ = team
    out = tmp_path / f"amina-{lang}.pdf"
    make_pack(store, delegation, amina, out, lang)
    with pdfplumber.open(out) as pdf:
        page = next(p for p in pdf.pages if label("priority", lang) in p.extract_text())
        words = page.extract_words()
        row = next(w for w in words if w["text"].startswith("08:00"))  # Alpha breakfast's time
        after = next(w for w in words if w["top"] > row["top"] and w["x0"] == row["x0"])
        title_column = [w["text"] for w in words if row["top"] <= w["top"] < after["top"]]
        priority = _column_words(page, label("priority", lang), row["top"], after["top"])
    kind = label("kind_side", lang)
    assert " ".join(title_column).count(kind[:1].upper() + kind[1:]) == 1
    assert priority == ["—"]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_word_agenda_gives_an_own_meeting_its_kind_and_no_priority(
    store, team, tmp_path: Path, lang
):
    delegation, amina, _ = team
    out = tmp_path / f"amina-{lang}.docx"
    make_pack(store, delegation, amina, out, lang, format="docx")
    agenda = Document(str(out)).tables[0]
    header = [cell.text for cell in agenda.rows[0].cells]
    assert len(header) == 5  # no column of flags: they are in the session's cell, as the PDF's
    priority, column = header.index(label("priority", lang)), header.index(label("session", lang))
    rows = [row for row in agenda.rows[1:] if row._tr.tc_lst[0].grid_span == 1]  # not a day's
    [breakfast] = [row for row in rows if "Alpha breakfast" in row.cells[column].text]
    assert breakfast.cells[priority].text == "—"
    lines = [p.text for p in breakfast.cells[column].paragraphs]
    assert lines == [
        label("own_item", lang),
        "Alpha breakfast",
        upper_first(label("kind_side", lang)),
    ]
    session = next(row for row in rows if not any(word in row.cells[column].text.lower()
                   for word in ("meeting", "breakfast", "bilateral")))  # fmt: skip
    assert session.cells[priority].text == label("must", lang)


@pytest.mark.parametrize(
    ("lang", "spoken"),
    [("fr", "français, bambara"), ("ar", "الفرنسية، البامبارا"), ("en", "French, Bambara")],
)
def test_a_contacts_languages_are_named_in_the_packs_language(store, tmp_path, lang, spoken):
    """Found by both reviewers: "Langue : fr, bm" in the who's who, a singular label for two
    languages given as their codes; Word's who's who said the same."""
    delegation = create_delegation(store, "Sénégal", "SN")
    add_contact(store, delegation, "Aminata Traoré", languages="fr, bm")
    add_meeting(store, delegation, "Bilatérale", day="2021-11-11", counterparts=["Aminata Traoré"])
    pdf, docx = tmp_path / f"p-{lang}.pdf", tmp_path / f"p-{lang}.docx"
    make_pack(store, delegation, None, pdf, lang, sections=("meetings", "people"))
    make_pack(store, delegation, None, docx, lang, sections=("meetings", "people"), format="docx")
    key = label("languages", lang)
    text = plain(poppler(pdf.read_bytes()))
    assert plain(key) in text and plain(spoken) in text and "fr,bm" not in text
    lines = [p.text for p in Document(docx).paragraphs if p.text.startswith(key)]
    assert len(lines) == 1 and plain(spoken) in plain(lines[0])


def test_one_counterpart_is_labelled_in_the_singular(store, tmp_path):
    """Found by review: "Interlocuteurs : Jane Doe" for one person."""
    delegation = create_delegation(store, "Sénégal", "SN")
    add_contact(store, delegation, "Jane Doe")
    add_contact(store, delegation, "John Roe")
    add_meeting(store, delegation, "Seule", day="2021-11-11", counterparts=["Jane Doe"])
    add_meeting(store, delegation, "Deux", day="2021-11-12", counterparts=["Jane Doe", "John Roe"])
    content = build_content(store, delegation, None, "fr")
    keys = {e.detail["title"]: [k for k, _ in content.meeting_fields(e)] for e in content.meetings}
    assert "counterpart" in keys["Seule"] and "counterparts" not in keys["Seule"]
    assert "counterparts" in keys["Deux"] and "counterpart" not in keys["Deux"]
    assert label("counterpart", "fr") == "Interlocuteur"


def test_the_rosters_days_begin_with_a_capital_as_the_agendas_do(store, team, tmp_path: Path):
    """Found by review: the French agenda had "Jeudi 11 novembre 2021" and the roster "jeudi 11
    novembre 2021" as headings of the same pack."""
    delegation, *_ = team
    out = tmp_path / "all-fr.pdf"
    make_pack(store, delegation, None, out, "fr")
    roster = poppler(out.read_bytes()).split(label("roster", "fr"))[-1]
    assert "Jeudi 11 novembre 2021" in roster and "jeudi 11 novembre 2021" not in roster


def test_an_items_source_and_certainty_stay_on_one_page(store, team):
    """Found by review: a page began with the certainty line alone, its source on the page
    before."""
    from reportlab.platypus import KeepTogether

    from briefer.core.packs.builder import PackBuilder
    from briefer.core.packs.fonts import load_fonts, unregister
    from briefer.core.packs.options import PackOptions
    from briefer.core.progress import Reporter

    delegation, amina, _ = team
    content = build_content(store, delegation, amina, "fr")
    fonts = load_fonts("source")
    try:
        builder = PackBuilder(content, PackOptions(), fonts, Reporter(), {})
        (block,) = builder._source(content.sessions[0].detail)
    finally:
        unregister(fonts)
    assert isinstance(block, KeepTogether) and len(block._content) == 2


_MORE_LATIN_THAN_ARABIC = pytest.mark.xfail(
    strict=True, reason="PDFium reads a line with more Latin runs than Arabic left to right"
)  # « جهة الاتصال في الموقع: M. Keïta +223 20 22 33 44 »; tests/core/test_pdf_extraction.py


@pytest.mark.parametrize(
    ("lang", "reader"),
    [
        *((lang, reader) for lang in ("fr", "ar") for reader in ("poppler", "pypdf")),
        ("fr", "pdfium"),
        pytest.param("ar", "pdfium", marks=_MORE_LATIN_THAN_ARABIC),
    ],
)
def test_a_day_sheet_says_whom_a_meeting_is_with_and_whom_to_call(store, tmp_path, lang, reader):
    """Found by review: the day sheet's bilateral showed its title and "Bilatérale" only, not the
    counterpart or the contact on the ground; and the delegation's name was printed twice."""
    from tests.core.pdf_readers import READERS

    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo")
    add_contact(store, delegation, "Aminata Traoré", function="Ministre")
    add_meeting(
        store, delegation, "Bilatérale avec le Mali", day="2021-11-12", start="10:00",
        end="10:30", kind="bilateral", counterparts=["Aminata Traoré"], delegates=[amina],
        logistics={"contact": "M. Keïta +223 20 22 33 44"},
    )  # fmt: skip
    out = tmp_path / f"day-{lang}.pdf"
    make_daysheet(store, delegation, amina, "2021-11-12", out, lang)
    text = READERS[reader](out.read_bytes())
    assert "Aminata Traoré" in text and "+223 20 22 33 44" in text.replace("\u200e", "")
    assert label("counterpart", lang) in text and label("logistics_contact", lang) in text
    assert text.count("Délégation du Sénégal") == 1  # in the header; the sheet says whose it is


def _printed_line(who, lang: str) -> str:
    """A who's who entry's function, organisation and country, as its spans print them."""
    return "".join(span.text for span in who.line_spans(lang))


def test_a_whos_who_line_names_the_country_once(store):
    """Found by review: « ministre des Affaires étrangères, Gouvernement du Mali (Mali) »."""
    delegation = create_delegation(store, "Sénégal", "SN")
    for name, organisation in (("Awa Keita", "Gouvernement du Mali"), ("Ali Sy", "Gouvernement")):
        add_contact(store, delegation, name, function="ministre", organisation=organisation,
                    country="ML")  # fmt: skip
        add_meeting(store, delegation, f"Avec {name}", day="2021-11-11", counterparts=[name])
    people = build_content(store, delegation, None, "fr").people
    lines = {p.name: _printed_line(p, "fr") for p in people}
    assert lines["Awa Keita"] == "ministre, Gouvernement du Mali"
    assert lines["Ali Sy"] == "ministre, Gouvernement (Mali)"


def test_a_country_named_in_another_language_is_not_repeated(store, tmp_path):
    """Found by review: "وزير الاقتصاد, Gouvernement du Liban (لبنان)" in the Arabic pack, with a
    Latin comma, and "… (Lebanon)" in the English one."""
    delegation = create_delegation(store, "Sénégal", "SN")
    add_contact(
        store, delegation, "Amin Salam", function="وزير الاقتصاد",
        organisation="Gouvernement du Liban", country="LB",
    )  # fmt: skip
    add_meeting(store, delegation, "Bilatérale", day="2021-11-11", counterparts=["Amin Salam"])
    for lang in ("ar", "en", "fr"):
        (who,) = [p for p in build_content(store, delegation, None, lang).people if p.own]
        line = _printed_line(who, lang)
        assert "لبنان" not in line and "Lebanon" not in line and "(Liban)" not in line, line
    assert _printed_line(who, "ar") == "وزير الاقتصاد، Gouvernement du Liban"


def test_french_lists_of_titles_space_their_semicolons(store, tmp_path):
    """Found by review: "Interlocuteurs : Jane Doe; John Roe" in the French pack, where French
    typography puts a narrow no-break space before the semicolon."""
    from briefer.core.packs.spans import listed

    assert "".join(s.text for s in listed(["Jane Doe", "John Roe"], "fr")) == (
        "Jane Doe\u202f; John Roe"
    )
    assert "".join(s.text for s in listed(["A", "B"], "en")) == "A; B"
    assert "".join(s.text for s in listed(["أ", "ب"], "ar")) == "أ؛ ب"


def test_a_speaker_speaks_at_a_session_and_a_contact_meets_us(store, team):
    """Found by the regression review: "Rendez-vous avec nous" / "اللقاءات معنا" introduced the
    sessions a speaker of the forum speaks in, where the delegation meets no one."""
    delegation, amina, _ = team
    people = build_content(store, delegation, amina, "fr").people
    jane = next(p for p in people if p.name == "Jane Doe")
    assert jane.meets == ["Zeta bilateral"] and jane.speaks == []
    speakers = [p for p in people if not p.own]
    assert speakers and all(p.speaks and not p.meets for p in speakers)
    assert label("speaks", "fr") == "Intervient à"


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_declined_items_are_flagged_wherever_they_are_listed(store, team, tmp_path: Path, lang):
    """A session whose mark is declined, and a meeting declined, are flagged in the agenda of
    the pack (PDF and Word) and in the day sheet: they were listed as if attended, while the
    roster left them out."""
    delegation, amina, _ = team
    set_mark(store, delegation, SESSION, "must", [amina], status="declined")
    add_meeting(store, delegation, "Réception à l'ambassade", day="2021-11-11", start="19:30",
                end="21:00", status="declined", delegates=["Amina Diallo"])  # fmt: skip
    flags = [plain(label(key, lang)) for key in ("declined", "declined_own")]

    def flagged(texts: list[str]) -> list[int]:
        """How many of `texts` hold each flag (the English flags are one word; the meeting's
        is the session's without its last letter in French and Arabic)."""
        session = sum(flags[0] in text for text in texts)
        meeting = sum(flags[1] in text for text in texts)
        return [session, meeting if lang == "en" else meeting - session]

    def rows(text: str) -> list[str]:
        return [plain(line) for line in text.splitlines()]

    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, amina, pdf, lang, sections=("agenda",))
    expected = [2, 2] if lang == "en" else [1, 1]
    assert flagged(rows(poppler(pdf.read_bytes()))) == expected
    sheet = tmp_path / "day.pdf"
    make_daysheet(store, delegation, amina, "2021-11-11", sheet, lang)
    assert flagged(rows(poppler(sheet.read_bytes()))) == expected
    docx = tmp_path / "pack.docx"
    make_pack(store, delegation, amina, docx, lang, format="docx", sections=("agenda",))
    cells = [plain(c.text) for t in Document(str(docx)).tables for r in t.rows for c in r.cells]
    assert flagged(cells) == expected


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_meeting_with_neither_day_nor_time_says_so_once(store, team, tmp_path: Path, fmt):
    """Found by review: « Heure : Jour à confirmer, à confirmer »."""
    delegation, _, _ = team
    add_meeting(store, delegation, "Dîner à fixer", kind="side")
    text = _pack_text(store, delegation, None, tmp_path, "fr", fmt, ("meetings",))
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    assert "Jour et heure à confirmer" in text
    assert "Jour à confirmer, à confirmer" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_meeting_given_in_another_zone_shows_its_own_clock_too(store, team, tmp_path, fmt):
    """Found by review: « Heure : samedi 13 novembre 2021, 12:00 » then « Heure donnée en :
    Europe/London » read as 12:00 in London, an hour late. The forum's time comes first, then
    the meeting's own clock with its zone."""
    delegation, _, _ = team
    add_meeting(store, delegation, "Point presse", day="2021-11-13", start="11:00",
                end="11:30", tz="Europe/London", kind="press")  # fmt: skip
    text = _pack_text(store, delegation, None, tmp_path, "fr", fmt, ("meetings",))
    text = re.sub(r"[\u202f\u00a0\u2066-\u2069]", " ", text).replace("\u2060", "")
    assert "12:00–12:30" in text
    assert "Heure locale : 11:00–11:30 (Londres)" in text
    assert "Heure donnée en" not in text and "Europe/London" not in text


CASABLANCA = {"day": "2021-11-12", "start": "08:00", "end": "08:30", "tz": "Africa/Casablanca"}
CITY = {"ar": "الدار البيضاء", "fr": "Casablanca", "en": "Casablanca"}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_meetings_zone_is_named_by_its_city_in_the_packs_language(store, tmp_path, lang):
    """Found by review: « التوقيت المحلي: 08:00–08:30 (Africa/Casablanca) », the zone's code in
    an Arabic pack, in PDF and Word; the day sheet now gives the meeting's own clock too."""
    delegation = create_delegation(store, "وفد المملكة المغربية", "MA")
    meeting = add_meeting(store, delegation, "لقاء مع وفد الاتحاد الأفريقي (AU)", **CASABLANCA,
                          kind="bilateral").value  # fmt: skip
    assert local_time_text(meeting, lang) == f"08:00–08:30 ({CITY[lang]})"
    utc = add_meeting(store, delegation, "Appel", day="2021-11-12", start="09:00", tz="UTC")
    assert local_time_text(utc.value, lang) == ("\u200f" if lang == "ar" else "") + "09:00 (UTC)"
    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, pdf, lang, sections=("meetings",))
    for reader, text in flat_texts(pdf.read_bytes()).items():
        assert "Casablanca" in text if lang != "ar" else "البيضاء" in text, reader
        assert "Africa/" not in text, reader
    docx = tmp_path / "pack.docx"
    make_pack(store, delegation, None, docx, lang, sections=("meetings",), format="docx")
    [line] = [p.text for p in Document(str(docx)).paragraphs if CITY[lang] in p.text]
    assert label("local_time", lang) in line and "Africa/" not in line
    sheet = tmp_path / "sheet.pdf"
    make_daysheet(store, delegation, None, "2021-11-12", sheet, lang)
    for reader, text in flat_texts(sheet.read_bytes()).items():
        assert "Casablanca" in text if lang != "ar" else "البيضاء" in text, reader


def _visual_lines(path: Path, word: str) -> list[str]:
    """The lines of the PDF holding `word`, their characters from left to right."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows: dict[int, list[dict]] = {}
            for c in page.chars:
                rows.setdefault(round(c["top"]), []).append(c)
            for row in rows.values():
                text = "".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
                if word in text:
                    found.append(text)
    return found


def test_an_arabic_local_time_starts_on_the_right_as_the_cards_time_does(store, tmp_path):
    """Found by review: the local time's range put 08:00 on the left, read from the right as
    08:30 to 08:00, while the card's « الوقت » line (and every range of the pack) has its
    start on the right."""
    delegation = create_delegation(store, "وفد المملكة المغربية", "MA")
    add_meeting(store, delegation, "لقاء مع وفد الاتحاد الأفريقي (AU)", **CASABLANCA,
                kind="bilateral")  # fmt: skip
    add_meeting(store, delegation, "Appel", day="2021-11-12", start="10:00", end="10:15",
                tz="UTC")  # fmt: skip
    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, pdf, "ar", sections=("meetings",))
    card, local_time = _visual_lines(pdf, "08:")  # the card's time, then the local time
    assert "08:30–08:00" in card and "08:30–08:00" in local_time
    assert "2021" in card and "2021" not in local_time
    [utc] = [line for line in _visual_lines(pdf, "10:") if "2021" not in line]
    assert "10:15–10:00" in utc


def test_a_meetings_local_time_stays_on_the_page_of_its_card(store, tmp_path):
    """Found by review: a meeting's last line, its local time, went alone to the next page.
    Each card here ends with one, the cards of varied lengths: one comes to a page's foot."""
    count = 12
    delegation = create_delegation(store, "وفد المملكة المغربية", "MA")
    names = ["جان دوبون", "Amina J. Mohammed", "فاطمة الزهراء"]
    for name in names:
        add_contact(store, delegation, name)
    for n in range(count):
        add_meeting(store, delegation, f"لقاء رقم {n + 1:02d}", day="2021-11-12",
                    start=f"{8 + n // 2:02d}:{30 * (n % 2):02d}", tz="Africa/Casablanca",
                    kind="bilateral", counterparts=names[: 1 + n % 3],
                    logistics=dict.fromkeys(LOGISTICS[: n * 7 % 6], "سيارة السفارة"))  # fmt: skip
    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, pdf, "ar", sections=("meetings",))
    pages = [plain(page) for page in poppler(pdf.read_bytes()).split("\f")]
    cards = 0
    for page in pages[2:]:  # past the cover and contents
        # Each local time below the title of its card, on the same page.
        cards += page.count(plain(label("local_time", "ar")))
        assert page.count(plain(label("local_time", "ar"))) == page.count(plain("لقاء رقم"))
    assert cards == count


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_session_brief_says_what_its_conflict_is_with(store, team, tmp_path: Path, fmt):
    """Found by review: a session's brief printed CONFLICT without saying with what (the
    agenda and the meeting briefs did)."""
    delegation, amina, _ = team
    add_meeting(store, delegation, "Bilatérale Norvège", day="2021-11-11", start="14:45",
                end="15:30", kind="bilateral", delegates=["Amina Diallo"])  # fmt: skip
    text = _pack_text(store, delegation, amina, tmp_path, "en", fmt, ("sessions",))
    assert "CONFLICT" in text
    # only the sessions are printed: the meeting is named by the brief's overlap alone
    assert plain("Overlaps with") in plain(text) and plain("Bilatérale Norvège") in plain(text)


def test_a_compound_word_in_a_narrow_word_cell_breaks_only_at_its_hyphen(store, team, tmp_path):
    """Found by review: the French agenda's flag column printed « NOTRE REN-DEZ-VOUS », an
    optional hyphen put inside a word that has its own."""
    delegation, amina, _ = team
    out = tmp_path / "fr.docx"
    make_pack(store, delegation, amina, out, "fr", sections=("agenda",), format="docx")
    agenda = Document(str(out)).tables[0]
    flagged = [c for r in agenda.rows for c in r.cells if "RENDEZ-VOUS" in c.text]
    assert flagged
    for cell in flagged:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                if "RENDEZ" in run.text or "VOUS" in run.text:
                    assert "softHyphen" not in run._r.xml, run.text


def test_a_whos_who_line_sets_each_part_in_its_own_direction(store, tmp_path):
    """Found by review: in the French pack an Arabic function and organisation with the
    country in French read « (Émirats arabes unis) (الإمارات) وزارة الخارجية ,وكيل… »: the
    line was one right-to-left span. Each part is isolated, the comma and brackets French."""
    delegation = create_delegation(store, "Sénégal", "SN")
    add_contact(store, delegation, "أحمد المنصوري", function="وكيل وزارة الخارجية",
                organisation="وزارة الخارجية (الإمارات)", country="AE")  # fmt: skip
    add_meeting(store, delegation, "Bilatérale", day="2021-11-11", counterparts=["أحمد المنصوري"])
    out = tmp_path / "fr.pdf"
    make_pack(store, delegation, None, out, "fr", sections=("people",))
    with pdfplumber.open(out) as pdf:
        chars = [c for p in pdf.pages for c in p.chars]
    line = [
        c for c in chars if abs(c["top"] - next(x for x in chars if x["text"] == "É")["top"]) < 2
    ]
    emirats = min(c["x0"] for c in line if c["text"] == "É")
    arabic = [c["x1"] for c in line if "\u0600" <= c["text"] <= "\u06ff"]
    assert arabic and max(arabic) < emirats  # the country after (right of) the Arabic parts
    comma = [c for c in line if c["text"] == ","]
    assert comma and min(arabic) < comma[0]["x0"] < max(arabic)  # between the two parts


def test_a_word_meetings_fields_stay_on_one_page(store, team, tmp_path):
    """Found by review: the last line of a meeting's brief (« Contact sur place : … ») went to
    the next page alone. Its fields keep with the next, the last one aside."""
    delegation, amina, _ = team
    out = tmp_path / "fr.docx"
    make_pack(store, delegation, amina, out, "fr", sections=("meetings",), format="docx")
    paragraphs = Document(str(out)).paragraphs
    at = next(
        i
        for i, p in enumerate(paragraphs)  # the heading, not its entry in the contents
        if p.text.startswith("Zeta bilateral") and p.style.name.startswith("Heading")
    )
    fields = []
    for p in paragraphs[at + 1 :]:
        if p.style.name.startswith("Heading"):
            break
        fields.append(p)
    assert len(fields) >= 4
    assert all(p.paragraph_format.keep_with_next for p in fields[:-1])


def test_the_roster_lists_the_whole_delegations_items_and_people_by_name(store, team, tmp_path):
    """Found by review: an item no delegate was assigned to (the embassy reception, the
    whole delegation's) was missing from « Qui va où », and « Dr. Aiko Tanaka » was filed
    under D in the who's who."""
    from briefer.core.packs.content import build_content

    delegation, _, _ = team
    add_meeting(store, delegation, "Réception à l'ambassade", day="2021-11-11", start="19:00",
                kind="reception")  # fmt: skip
    for name in ("Dr. Aiko Tanaka", "Bruno Carré"):
        add_contact(store, delegation, name)
        add_meeting(store, delegation, f"Avec {name}", day="2021-11-12", counterparts=[name])
    content = build_content(store, delegation, None, "fr")
    [(_, lines)] = [(day, lines) for day, lines in content.roster() if day == "2021-11-11"]
    whole = dict(lines)[label("whole_delegation", "fr")]
    assert [e.detail["title"] for e in whole] == ["Réception à l'ambassade"]
    names = [p.name for p in content.people]
    assert names.index("Dr. Aiko Tanaka") < names.index("Bruno Carré")  # A before B, not D


def test_a_note_on_a_person_prints_in_the_direction_its_writer_set(store, tmp_path):
    """Found by review: a speaker's note set right to left printed left to right in the
    who's who, in PDF and Word: only the delegation's and items' notes had their direction."""
    from docx.oxml.ns import qn
    from pypdf import PdfReader

    from briefer.core.notes import add_note, set_note_direction
    from briefer.core.packs.service import make_pack

    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    row = store.query_one("SELECT session_id, person_id FROM cat.session_people LIMIT 1")
    set_mark(store, delegation, row["session_id"], "must")
    note = add_note(store, delegation, row["person_id"], "Note sur sa position")
    set_note_direction(store, note.id, "rtl")
    pdf, word = tmp_path / "p.pdf", tmp_path / "p.docx"
    make_pack(store, delegation, None, pdf, "fr", sections=("people",))
    xs: list[float] = []
    for page in PdfReader(pdf).pages:
        page.extract_text(
            visitor_text=lambda t, cm, tm, *_: xs.append(tm[4]) if "position" in t else 0
        )
    assert xs and min(xs) > 595 / 2  # against the right margin
    make_pack(store, delegation, None, word, "fr", sections=("people",), format="docx")
    paragraph = next(p for p in Document(word).paragraphs if "position" in p.text)
    assert paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None
