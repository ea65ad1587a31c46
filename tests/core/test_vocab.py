"""A session's format and track, worded in English by the forum's sources, in the reader's
language wherever Briefer shows them."""

import pytest

from briefer.core.catalogue.items import item_detail
from briefer.core.catalogue.vocab import FORMATS, TRACKS, format_name, track_name


@pytest.mark.parametrize(
    ("lang", "closing"),
    [("ar", "حفل الختام"), ("fr", "cérémonie de clôture"), ("en", "closing ceremony")],
)
def test_a_sessions_format_is_in_the_readers_language(store, lang, closing):
    """Found by both reviewers: "Format : closing ceremony" in a French pack, "الشكل: official
    opening ceremony (hybrid)" in an Arabic one and its day sheet."""
    assert item_detail(store, "ppf:ses-2021-105", lang)["format"] == closing


def test_a_sessions_track_takes_the_forums_own_wording(store):
    """Found by review: "Thématique : Fighting against the Covid-19 crisis" printed just above
    the same theme in French; the forum's pages word it "la lutte contre la crise du Covid-19"."""
    row = store.query_one(
        "SELECT id FROM cat.sessions WHERE track = 'Fighting against the Covid-19 crisis'"
    )
    assert item_detail(store, row["id"], "fr")["track"] == "La lutte contre la crise du Covid-19"
    assert item_detail(store, row["id"], "ar")["track"].startswith("التصدي للأزمة")


def test_every_format_and_track_of_the_bundled_catalogue_is_worded_in_the_three_languages(store):
    formats = {r["format"] for r in store.query("SELECT DISTINCT format FROM cat.sessions")}
    tracks = {r["track"] for r in store.query("SELECT DISTINCT track FROM cat.sessions")}
    series = {None, "Insights on Cooperation"}  # the name of a series of sessions, kept as it is
    assert formats - series and formats - series <= set(FORMATS)
    assert tracks - {None} and tracks - {None} <= set(TRACKS)


def test_a_format_no_table_knows_is_shown_as_written():
    assert format_name("atelier participatif", "ar") == "atelier participatif"
    assert track_name(None, "fr") is None and format_name("panel", "en") == "panel"
