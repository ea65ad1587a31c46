"""Found by a French reviewer: what a French reader of the packs, the CLI and the window saw."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from briefer.core.catalogue.items import theme_names
from briefer.core.collation import sort_key
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import remove_mark, set_mark
from briefer.core.packs.content import sorting_name
from briefer.core.packs.service import make_pack
from briefer.core.people import add_contact, list_contacts
from briefer.core.queries.people import people_rows
from briefer.core.queries.projects import ProjectFilter, project_rows
from briefer.core.search.engine import search
from briefer.core.sync.sources import import_file
from tests.core.pdf_readers import READERS

SIDE_CSV = (
    "kind,id,title_fr,day,start,end,room,format,speakers,status\n"
    "session,s1,Table ronde sur l’Afrique,2021-11-12,14:00,15:30,Salle Molière,table ronde,,\n"
    "session,s3,Dîner officiel,2021-11-11,20:00,22:00,Hôtel de la Marine,réception,,\n"
)


def _cover_texts(store, delegation, who, tmp_path: Path, lang: str = "fr") -> dict[str, str]:
    pdf = tmp_path / f"pack-{lang}.pdf"
    make_pack(store, delegation, who, pdf, lang)
    data = pdf.read_bytes()
    # The cover is the first page: up to the contents' title.
    texts = {
        name: " ".join(read(data).split()).split("Sommaire")[0] for name, read in READERS.items()
    }
    docx = tmp_path / f"pack-{lang}.docx"
    make_pack(store, delegation, who, docx, lang, format="docx")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs[:12]]
    texts["docx"] = " ".join(" ".join(paragraphs).split())
    return texts


def test_an_imported_csv_adds_no_made_up_edition_name_to_the_cover(store, tmp_path):
    """Found by review: after a CSV import, the cover read « csv (CSV) · Forum de Paris sur la
    Paix 2021 »: the name the import gave an edition the file does not name."""
    path = tmp_path / "side.csv"
    path.write_text(SIDE_CSV, encoding="utf-8")
    result = import_file(store, path)
    delegation = create_delegation(store, "République française", "FR")
    claire = add_delegate(store, delegation, "Claire Dubois-Martin", "cheffe de délégation")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [claire])
    set_mark(store, delegation, f"{result.namespace}:s1", "must", [claire])
    for name, text in _cover_texts(store, delegation, claire, tmp_path).items():
        assert "Dossier de préparation Forum de Paris sur la Paix 2021 Délégation" in text, (
            name,
            text,
        )
        assert "CSV" not in text, name
    # A pack of the CSV's items alone is named after the forum, not after the import.
    remove_mark(store, delegation, "ppf:ses-2021-101")
    for name, text in _cover_texts(store, delegation, claire, tmp_path).items():
        assert "CSV" not in text and "csv" not in text, (name, text)


def test_names_and_titles_sort_in_the_alphabets_order():
    """Found by review: « Œdipe Lœwenbruck » came after « Ursula von der Leyen », « Appel de
    Paris… » before « Appel à l'action… »; Arabic letter variants sort as one letter."""
    names = [
        "Ursula von der Leyen",
        "Œdipe Lœwenbruck",
        "Réponse coordonnée de la CSPPS",
        "Roadmap for artificial intelligence",
        "Appel de Paris pour la confiance",
        "Appel à l’action pour défendre les droits",
        "élodie Martin",
        "Eloïse Aubert",
        "محمد",
        "إبراهيم",
        "أحمد",
    ]
    assert sorted(names, key=sort_key) == [
        "Appel à l’action pour défendre les droits",
        "Appel de Paris pour la confiance",
        "élodie Martin",
        "Eloïse Aubert",
        "Œdipe Lœwenbruck",
        "Réponse coordonnée de la CSPPS",
        "Roadmap for artificial intelligence",
        "Ursula von der Leyen",
        "إبراهيم",
        "أحمد",
        "محمد",
    ]
    # The who's who: titles before a name are not sorted by; the name is, as the alphabet says.
    assert sorted(["Ursula von der Leyen", "Dr Œdipe Lœwenbruck"], key=sorting_name) == [
        "Dr Œdipe Lœwenbruck",
        "Ursula von der Leyen",
    ]


def test_contacts_and_projects_are_listed_in_the_alphabets_order(store):
    """The person list (CLI, People view, the meeting dialog) and the Projects view sort in
    SQL: by the same key, through the collation every store connection has."""
    delegation = create_delegation(store, "République française", "FR")
    for name in ("Ursula von der Leyen", "Œdipe Lœwenbruck", "Émile Zola", "eve Durand"):
        add_contact(store, delegation, name)
    names = [p.name for p in list_contacts(store, delegation)]
    assert names == ["Émile Zola", "eve Durand", "Œdipe Lœwenbruck", "Ursula von der Leyen"]
    rows = people_rows(store, delegation, "fr")
    assert [r.name for r in rows[:4]] == names
    speakers = [r.name for r in rows[4:]]
    assert speakers == sorted(speakers, key=sort_key)
    titles = [
        r["name_fr"] or r["name_en"]
        for r in project_rows(store, ProjectFilter("ppf:edition-2021"), "name", lang="fr")
    ]
    appel_a = next(i for i, t in enumerate(titles) if t.startswith("Appel à"))
    appel_de = next(i for i, t in enumerate(titles) if t.startswith("Appel de Paris"))
    reponse = next(i for i, t in enumerate(titles) if t.startswith("Réponse coordonnée"))
    roadmap = next(i for i, t in enumerate(titles) if t.startswith("Roadmap"))
    assert appel_a < appel_de and reponse < roadmap


def test_a_contacts_search_line_parts_its_function_and_organisation(store):
    """Found by review: `search "l'Union"` (and the window's Search view) read « Présidente de
    la Commission européenne l'Union européenne »: joined as the pack joins them now."""
    delegation = create_delegation(store, "République française", "FR")
    add_contact(store, delegation, "Ursula von der Leyen",
                function="Présidente de la Commission européenne",
                organisation="l'Union européenne", notes="Vue à Bruxelles")  # fmt: skip
    [hit] = [
        h for h in search(store, "l'Union", "fr", delegation=delegation) if h.id.startswith("own:")
    ]
    assert (
        hit.snippet
        == "Présidente de la Commission européenne, l'Union européenne"  # the text that matched
    )
    [hit] = [
        h for h in search(store, "Bruxelles", "fr", delegation=delegation) if h.kind == "person"
    ]
    assert hit.snippet == "Vue à Bruxelles"  # the note, where the word is


def test_a_sessions_theme_is_not_printed_again_under_its_track(store, tmp_path):
    """Found by review: « Thématique : La lutte contre la crise du Covid-19 » then « Thèmes :
    la lutte contre la crise du Covid-19 » on each session, in the PDF and the Word pack."""
    delegation = create_delegation(store, "République française", "FR")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    pdf = tmp_path / "pack.pdf"
    make_pack(store, delegation, None, pdf, "fr", sections=("sessions",))
    for name, read in READERS.items():
        text = " ".join(read(pdf.read_bytes()).split())
        assert "Thématique : La lutte contre la crise du Covid-19" in text, name
        assert "Thèmes" not in text, name
    docx = tmp_path / "pack.docx"
    make_pack(store, delegation, None, docx, "fr", sections=("sessions",), format="docx")
    text = " ".join(" ".join(p.text for p in Document(str(docx)).paragraphs).split())
    assert "Thématique : La lutte contre la crise du Covid-19" in text and "Thèmes" not in text
    # Themes other than the track stay.
    detail = {"track": "La lutte", "themes": [{"name": "la Lutte"}, {"name": "Santé"}]}
    assert theme_names(detail) == ["Santé"]
