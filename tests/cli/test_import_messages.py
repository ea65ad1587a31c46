"""A refused import explains itself in the user's language: no parser's English, no internal
id, the kinds of file in words."""

from pathlib import Path

import pytest

FILES = {
    "broken.xml": (b"<schedule><conference>", "ligne 1, colonne"),
    "broken.json": (b'{"schedule": {"conference": ', "ligne 1, colonne"),
    "latin1.json": (b'{"schedule": "\xe9t\xe9"}', "texte UTF-8"),
    "table.csv": (b"title,start\nA,2021-11-11T09:00\n", "colonne id"),
    # Where the fault is, in the file's terms: "day 1" stayed English (found by review).
    "baddate.xml": (
        b'<schedule><conference><title>X</title></conference><day index="1" '
        b'date="2026-13-45"><room name="A"><event id="1" guid="g"><title>T</title></event>'
        b"</room></day></schedule>",
        "jour 1, le champ",
    ),
    # The iCalendar library's own English, found by review ("Found no components where…").
    "unended.ics": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No end\r\n",
        "une ligne BEGIN: n’a pas de END:",
    ),
    "garbled.ics": (
        b"BEGIN:VCALENDAR\r\nthis is not a line\r\nEND:VCALENDAR\r\n",
        "la ligne «\u202fthis is not a line\u202f» n’est pas une ligne iCalendar",
    ),
    "badroom.json": (
        b'{"schedule": {"conference": {"title": "X", "days": [{"index": 1, "date": '
        b'"2026-11-11", "day_start": "2026-11-11T09:00:00+01:00", "rooms": {"Salle A": 3}}]}}}',
        "jour 1, salle «\u202fSalle A\u202f»",
    ),
    # The first day, read before the others for the time zone, was still named in English.
    "firstday.xml": (
        b'<schedule><conference><title>X</title></conference><day index="1" start="9h">'
        b"</day></schedule>",
        "jour 1, le champ «\u202fstart\u202f»",
    ),
    "firstday.json": (
        b'{"schedule": {"conference": {"title": "X", "days": [{"index": 1, '
        b'"day_start": "2026-13-45T09:00:00+01:00", "rooms": {}}]}}}',
        "jour 1, le champ «\u202fday_start\u202f»",
    ),
    "notaday.json": (
        b'{"schedule": {"conference": {"title": "X", "days": [3]}}}',
        "jour 1, le champ «\u202fday\u202f»",
    ),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_refused_file_is_explained_in_french(cli, tmp_path: Path, name):
    raw, expected = FILES[name]
    path = tmp_path / name
    path.write_bytes(raw)
    code, _, err = cli("--lang", "fr", "import", str(path))
    assert code != 0 and expected in err, err
    words = ("no element found", "Expecting", "line 1", "frab-xml, frab-json", "day 1", "Found")
    for english in words:
        assert english not in err


def test_an_empty_calendar_is_named_by_its_file_not_an_internal_id(cli, tmp_path: Path):
    path = tmp_path / "agenda-vide.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n")
    code, _, err = cli("--lang", "fr", "import", str(path))
    assert code != 0 and "agenda-vide.ics" in err and "imported-calendar" not in err, err


def test_the_programmes_titles_stand_in_one_column(cli):
    """ "to be announced" passed the 13-column time field and pushed its title out of line."""
    code, out, _ = cli("--lang", "en", "programme")
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    titles = [line for line in lines if "·" not in line]
    places = [line for line in lines if "·" in line]
    indent = len(places[0]) - len(places[0].lstrip())  # where the place, and each title, begin
    assert any(line.startswith("  to be announced") for line in titles)
    for line in titles:
        assert line[indent - 1] == " " and line[indent] != " ", line


def _feed(change) -> bytes:
    import json

    from loopback import feed_document

    document = feed_document()
    change(document)
    return json.dumps(document).encode()


def _session(**fields):
    return lambda d: d["tables"]["sessions"][0].update(fields)


FEEDS = {
    "reference": (
        _session(room_id="ppf:room:2026:nowhere"),
        "sessions[0].room_id renvoie à un élément inconnu\u202f: 'ppf:room:2026:nowhere'",
    ),
    "field": (_session(colour="red"), "sessions[0] a un champ inconnu\u202f: 'colour'"),
    "duplicate": (
        lambda d: d["tables"]["sessions"].append(dict(d["tables"]["sessions"][0])),
        "identifiant en double 'ppf:ses-2021-101' dans sessions",
    ),
    "namespace": (
        _session(id="other:ses-1"),
        "l’identifiant 'other:ses-1' de sessions[0] est hors de l’espace de noms 'ppf'",
    ),
    "type": (_session(title_en=5), "sessions[0].title_en doit être un texte"),
    "table": (lambda d: d["tables"].update(colours=[]), "table inconnue 'colours'"),
}


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_a_refused_feed_says_why_in_french(cli, tmp_path: Path, name):
    """Found by review: « Le flux est invalide : sessions[34].room_id refers to unknown item
    'ppf:room:2026:nowhere'. Rien n'a été modifié. »; the place stays as the feed writes it."""
    change, expected = FEEDS[name]
    path = tmp_path / "feed.json"
    path.write_bytes(_feed(change))
    code, _, err = cli("--lang", "fr", "import", "--kind", "briefer", str(path))
    assert code != 0 and expected in err, err
    for english in ("refers to", "unknown", "duplicate", "outside", "must be", "table '"):
        assert english not in err, err
    code, _, err = cli("import", "--kind", "briefer", "--json", str(path))
    assert code != 0 and "The feed is invalid" in err, err
