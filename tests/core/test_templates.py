"""Briefing-note templates: built in, edited, the user's own; the pack prints their structure."""

import re
import sqlite3
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.marks import set_mark
from briefer.core.migrations import LATEST
from briefer.core.notes import add_note
from briefer.core.packs.service import make_pack
from briefer.core.store import open_store
from briefer.core.templates import (
    builtin_templates,
    delete_template,
    get_template,
    list_templates,
    note_from_template,
    save_template,
)

V1_DUMP = Path(__file__).parents[1] / "data" / "user_v1.sql"
MINISTRY = {
    "en": [
        "Objectives",
        "Key messages",
        "Lines to take",
        "Background",
        "Asks",
        "Questions and answers",
    ],
    "fr": [
        "Objectifs",
        "Messages clés",
        "Éléments de langage",
        "Contexte",
        "Demandes",
        "Questions et réponses",
    ],
    "ar": ["الأهداف", "الرسائل الرئيسية", "عناصر الموقف", "الخلفية", "المطالب", "أسئلة وأجوبة"],
}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_briefing_template_has_the_ministry_headings(store, lang):
    template = get_template(store, "briefing", lang)
    assert (template.lang, template.origin) == (lang, "built-in")
    assert template.headings() == MINISTRY[lang]


def test_every_builtin_exists_in_the_three_languages():
    names = {t.name for t in builtin_templates()}
    assert {"briefing", "bilateral", "speech"} <= names
    for name in names:
        assert sorted(t.lang for t in builtin_templates() if t.name == name) == ["ar", "en", "fr"]


def test_editing_a_builtin_keeps_its_other_languages_and_can_be_undone(store):
    outcome = save_template(store, "Briefing", "fr", "## Objectifs du ministre\n\n## Demandes\n")
    assert outcome.changes.templates and outcome.changes.names() == ["templates"]
    edited = outcome.value
    assert (edited.name, edited.origin, edited.title) == ("briefing", "edited", "Note de briefing")
    assert get_template(store, "briefing", "fr").headings() == ["Objectifs du ministre", "Demandes"]
    assert get_template(store, "briefing", "en").origin == "built-in"
    assert delete_template(store, "briefing").value == 1
    assert get_template(store, "briefing", "fr").headings() == MINISTRY["fr"]
    with pytest.raises(InputError) as caught:
        delete_template(store, "briefing")
    assert caught.value.kind == "template_builtin"


def test_own_template_is_kept_in_the_user_database(store, data_dir):
    save_template(store, "visite", "fr", "## Programme\n\n## Sécurité\n", title="Visite")
    store.close()
    with open_store(data_dir) as reopened:
        mine = get_template(reopened, "VISITE", "ar")  # any language it exists in
        assert (mine.name, mine.lang, mine.title, mine.origin) == ("visite", "fr", "Visite", "own")
        assert [t.name for t in list_templates(reopened)][-1] == "visite"
        assert delete_template(reopened, "visite").value == 1
        with pytest.raises(NotFoundError) as caught:
            get_template(reopened, "visite")
        assert caught.value.kind == "template_not_found"
        assert "briefing" in caught.value.facts["names"]


@pytest.mark.parametrize(
    ("name", "lang", "body", "kind"),
    [
        ("", "en", "## A", "template_name"),
        ("two\nlines", "en", "## A", "template_name"),
        ("x" * 61, "en", "## A", "template_name"),
        ("ok", "de", "## A", "template_lang"),
        ("ok", "en", "  \n", "template_empty"),
        ("ok", "en", "#" * 100_001, "template_too_long"),
    ],
)
def test_bad_templates_are_refused_and_nothing_is_saved(store, name, lang, body, kind):
    before = list_templates(store)
    with pytest.raises(InputError) as caught:
        save_template(store, name, lang, body)
    assert caught.value.kind == kind
    assert list_templates(store) == before


def test_migration_from_the_first_schema_adds_templates(data_dir):
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db")
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()
    with open_store(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.query("SELECT * FROM note_templates") == []
        assert get_template(store, "briefing", "ar").headings() == MINISTRY["ar"]
        assert [n["body"] for n in store.query("SELECT body FROM notes ORDER BY id")] == [
            "Préparer les éléments de langage",
            "ملاحظة الوفد",
        ]


def test_note_from_template_keeps_headings_then_text():
    template = next(t for t in builtin_templates() if (t.name, t.lang) == ("briefing", "en"))
    body = note_from_template(template, "Met the desk.")
    assert body.startswith("## Objectives\n") and body.rstrip().endswith("Met the desk.")
    assert note_from_template(template) == template.body


def _structured_pack(store, tmp_path: Path, lang: str, fmt: str = "pdf") -> Path:
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina])
    template = get_template(store, "briefing", lang)
    # The user fills in the template in the editor: a line under each heading.
    filled = re.sub(r"^(## .+)$", r"\1\n\n— 1", template.body, flags=re.MULTILINE)
    add_note(store, delegation, "ppf:ses-2021-101", filled)
    out = tmp_path / f"pack-{lang}.{fmt}"
    make_pack(store, delegation, amina, out, lang, format=fmt)
    return out


def _in_order(text: str, words: list[str]) -> bool:
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_pack_prints_the_structured_note_headings_in_order(store, tmp_path, lang):
    reader = PdfReader(_structured_pack(store, tmp_path, lang))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert _in_order(text, MINISTRY[lang]), text[-1500:]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_word_pack_makes_the_note_headings_word_headings(store, tmp_path, lang):
    doc = Document(_structured_pack(store, tmp_path, lang, "docx"))
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 3"] == MINISTRY[lang]


def test_hostile_template_is_held_to_the_notes_rules(store, tmp_path):
    hostile = (
        "## Objectives <script>alert(1)</script>\n\n"
        '<img src="/etc/passwd"> [run](javascript:alert(1)) ![x](http://evil.example/t.png)\n'
    )
    save_template(store, "hostile", "en", hostile)
    delegation = create_delegation(store, "D")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(
        store, delegation, "ppf:ses-2021-101", note_from_template(get_template(store, "hostile"))
    )
    pdf = tmp_path / "hostile.pdf"
    make_pack(store, delegation, None, pdf, "en")
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "<script>alert(1)</script>" in text and '<img src="/etc/passwd">' in text
    uris = [
        a.get_object().get("/A", {}).get("/URI")
        for p in reader.pages
        for a in (p.get("/Annots") or [])
    ]
    assert not [u for u in uris if u and not str(u).startswith("http")]
    assert not [u for u in uris if u and "evil.example" in str(u)]
    docx = tmp_path / "hostile.docx"
    make_pack(store, delegation, None, docx, "en", format="docx")
    doc = Document(docx)
    assert "Objectives <script>alert(1)</script>" in [p.text for p in doc.paragraphs]
    targets = [r.target_ref for r in doc.part.rels.values() if r.is_external]
    assert not [t for t in targets if "javascript" in t or "evil.example" in t]
