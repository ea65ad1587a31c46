"""Recorded title changes in the reader's language: the pack's changes, `changes`, and the
window's words for a new or withdrawn item."""

from pathlib import Path

from briefer.core import i18n
from briefer.core.delegations import create_delegation
from briefer.core.marks import set_mark
from briefer.core.packs.service import make_pack
from briefer.core.sync.history import list_changes
from briefer.core.sync.sources import import_file
from briefer.core.words import change_field_word
from tests.core.pdf_readers import poppler

HEAD = "kind,id,title_en,title_fr,title_ar,day,start,end\n"
FIRST = HEAD + (
    "session,water,Water security,Sécurité de l'eau,الأمن المائي,2030-11-11,09:00,10:00\n"
    "session,youth,Youth and peace,Jeunesse et paix,الشباب والسلام,2030-11-11,11:00,12:00\n"
)
SECOND = HEAD + (
    "session,water,Water and security,Eau et sécurité,الماء والأمن,2030-11-11,09:00,10:00\n"
)


def _programme(store, tmp_path: Path, text: str) -> None:
    path = tmp_path / "side.csv"
    path.write_text(text, encoding="utf-8")
    import_file(store, path, namespace="side")


def test_a_french_pack_lists_changed_and_withdrawn_titles_in_french(store, tmp_path):
    """Found by review: the French pack printed « Titre » before and after in English, and the
    withdrawn session under « Avant » in English, though the file gave French titles."""
    _programme(store, tmp_path, FIRST)
    delegation = create_delegation(store, "Délégation française", "FR")
    for item in ("side:water", "side:youth"):
        set_mark(store, delegation, item, "must")
    make_pack(store, delegation, None, tmp_path / "before.pdf", "fr")
    _programme(store, tmp_path, SECOND)
    out = tmp_path / "after.pdf"
    make_pack(store, delegation, None, out, "fr", sections=("changes",))
    text = " ".join(poppler(out.read_bytes()).split()).replace("\u2019", "'")
    assert "Sécurité de l'eau" in text and "Eau et sécurité" in text
    assert "Jeunesse et paix" in text
    assert "Water" not in text and "Youth" not in text
    rows = {(r["field"], r["old"], r["new"], r["title"]) for r in list_changes(store, lang="ar")}
    assert ("title", "الأمن المائي", "الماء والأمن", "الماء والأمن") in rows
    assert ("removed", "الشباب والسلام", None, "الشباب والسلام") in rows
    english = {(r["field"], r["old"], r["new"]) for r in list_changes(store)}
    assert ("title", "Water security", "Water and security") in english


def test_a_new_or_withdrawn_item_is_named_in_words_that_agree_with_it(monkeypatch):
    """Found by review: the Changes view called a withdrawn session « retiré » / مسحوب."""
    monkeypatch.setattr(i18n, "_translator", i18n.catalogue_translator("fr"))
    assert change_field_word("removed", "session") == "retirée"
    assert change_field_word("removed", "project") == "retiré"
    assert change_field_word("added", "session") == "nouvelle"
    monkeypatch.setattr(i18n, "_translator", i18n.catalogue_translator("ar"))
    assert change_field_word("removed", "session") == "مسحوبة"
    assert change_field_word("removed", "project") == "مسحوب"


def test_a_csv_sessions_source_is_its_source_url_and_its_page_a_link(store, tmp_path):
    """Found by review: with both filled, the pack printed the session's `url` as its source
    and dropped the file's `source_url`."""
    from briefer.core.catalogue.items import item_detail

    path = tmp_path / "side.csv"
    path.write_text(
        "kind,id,title_en,day,start,url,source_url\n"
        "session,s1,Side event,2030-11-11,09:00,https://example.org/se1,"
        "https://example.org/programme.pdf\n",
        encoding="utf-8",
    )
    import_file(store, path, namespace="side")
    detail = item_detail(store, "side:s1", "en")
    assert detail["source_url"] == "https://example.org/programme.pdf"
    assert "https://example.org/se1" in [link["url"] for link in detail["links"]]


def test_a_session_new_since_the_last_pack_is_flagged_new_in_words_that_agree(store, tmp_path):
    """Found by review: a new session was flagged « MODIFIÉE » in the agenda while the changes
    table called it « Nouveau » (and `changes` « nouvelle »)."""
    _programme(store, tmp_path, FIRST)
    delegation = create_delegation(store, "Délégation française", "FR")
    set_mark(store, delegation, "side:water", "must")
    make_pack(store, delegation, None, tmp_path / "before.pdf", "fr")
    _programme(store, tmp_path, FIRST + "session,new,New one,Nouvelle séance,,2030-11-12,09:00,\n")
    set_mark(store, delegation, "side:new", "must")
    out = tmp_path / "after.pdf"
    make_pack(store, delegation, None, out, "fr", sections=("changes", "agenda"))
    text = " ".join(poppler(out.read_bytes()).split())
    assert "NOUVELLE" in text and "MODIFIÉE" not in text  # the agenda's flag
    assert "Nouveau" not in text  # the changes table's field: « Nouvelle » (une séance)
