"""Importing the real schedule files in ../shared/corpus/schedules, read in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import shared_file

from briefer.core.catalogue.items import item_detail
from briefer.core.delegations import create_delegation
from briefer.core.errors import InputError
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.sync.formats import detect_kind
from briefer.core.sync.history import list_changes
from briefer.core.sync.sources import import_file


def corpus(name: str) -> Path:
    return shared_file("schedules", name)


def sessions(store, namespace: str) -> list[dict]:
    return store.query(
        "SELECT * FROM cat.sessions WHERE id LIKE ? ORDER BY start", (f"{namespace}:%",)
    )


def test_fosdem_pentabarf_counts_and_cancellations(store):
    result = import_file(store, corpus("fosdem2019.pentabarf.xml"))
    assert result.items == 775 and result.namespace == "fosdem-2019"
    rows = sessions(store, "fosdem-2019")
    assert len(rows) == 775
    assert {r["day"] for r in rows} == {"2019-02-02", "2019-02-03"}
    # The corpus README counts five; the file has four titles with the prefix.
    cancelled = [r["title_en"] for r in rows if r["status"] == "cancelled"]
    assert len(cancelled) == 4
    assert "CANCELLED Open and federated identities with ID4me" in cancelled
    assert any("no time zone" in w for w in result.warnings)
    rooms = store.query("SELECT count(*) AS n FROM cat.rooms WHERE id LIKE 'fosdem-2019:%'")
    assert rooms[0]["n"] > 20


def test_debconf_timezone_trap(store):
    import_file(store, corpus("debconf23.wafer.xml"))
    detail = item_detail(store, "debconf23:455d075f-48c0-2ec2-24b3-f5add30c383a", "en")
    assert detail["title"] == "Opening Ceremony"
    assert detail["start"] == "2023-09-10T05:00:00Z"
    assert detail["start_local"] == "2023-09-10T10:30:00+05:30"
    assert detail["day"] == "2023-09-10"  # not the UTC day/@date 2023-09-09
    assert len(sessions(store, "debconf23")) == 117


def test_jres_ical_quirks(store):
    result = import_file(store, corpus("jres2022.fr.ics"))
    assert result.items == 120
    rows = sessions(store, result.namespace)
    assert {r["timezone"] for r in rows} == {"Europe/Paris"}
    first = item_detail(store, rows[0]["id"], "fr")
    assert first["time"].startswith("11:00") and first["day"] == "2022-05-17"
    titles = " ".join(r["title_en"] for r in rows)
    assert "Numérique : Enjeux géopolitiques" in titles
    assert "\r" not in titles
    texts = " ".join(f"{r['title_en']} {r['abstract_en'] or ''}" for r in rows)
    assert "\ufffd" not in texts  # its lines are folded inside characters
    assert "d’exploitation" in texts


def test_an_ics_folded_inside_a_character_keeps_it(store, tmp_path):
    line = "SUMMARY:Systèmes d’exploitation".encode()
    cut = line.index("’".encode()) + 1  # after the first of the character's three bytes
    path = tmp_path / "folded.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:Cal\r\n"
        b"BEGIN:VEVENT\r\nUID:e1\r\n" + line[:cut] + b"\r\n " + line[cut:] + b"\r\n"
        b"DTSTART:20300101T100000Z\r\nDTEND:20300101T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    import_file(store, path, namespace="cal")
    assert item_detail(store, "cal:e1", "en")["title"] == "Systèmes d’exploitation"


def test_camp_xml_then_json_records_the_documented_changes(store):
    delegation = create_delegation(store, "D")
    journalism = "camp2019:3ecdc823-95bb-4654-ad74-6eedb93dc1ed"
    import_file(store, corpus("camp2019.frab.kaus-australis.xml"))
    set_mark(store, delegation, journalism, "must")
    solar = "camp2019:e1cba2cc-d83f-44dc-869e-51fdfc628563"
    add_note(store, delegation, solar, "Ask about hydrogen")
    result = import_file(store, corpus("camp2019.frab.gacrux.json"))
    found = {(c["item_id"], c["field"]): c for c in result.changes}
    assert set(found) == {
        (solar, "removed"),
        (journalism, "title"),
        (journalism, "speakers"),
        ("camp2019:508fe23f-bc69-4521-abc3-59b649598eb5", "language"),
    }
    assert found[(journalism, "title")]["old"] == "50 Jahre Journalismus im Netz"
    assert found[(journalism, "title")]["new"] == "75 Jahre Journalismus im WWW"
    assert "peter" in found[(journalism, "speakers")]["new"]
    listed = list_changes(store, delegation)
    assert listed[0]["id"] == journalism and listed[0]["marked"]
    withdrawn = item_detail(store, solar, "en")
    assert withdrawn["status"] == "withdrawn"
    assert store.query("SELECT body FROM notes WHERE item_id = ?", (solar,))


def test_csv_import_with_arabic(store, tmp_path):
    path = tmp_path / "programme.csv"
    path.write_text(
        "kind,id,title_en,title_ar,day,start,end,room,speakers,timezone\n"
        "session,s1,Opening,الجلسة الافتتاحية,2030-11-11,09:00,10:00,Salle 1,A. Diallo;B. Martin,"
        "Europe/Paris\n"
        "session,s2,CANCELLED Side event,,2030-11-11,,,,,\n"
        "project,p1,Water for peace,المياه من أجل السلام,,,,,,\n",
        encoding="utf-8",
    )
    result = import_file(store, path, namespace="illustrative-csv")
    assert result.items == 3
    s1 = item_detail(store, "illustrative-csv:s1", "ar")
    assert s1["title"] == "الجلسة الافتتاحية" and s1["time"] == "09:00–10:00"
    assert [p["name"] for p in s1["people"]] == ["A. Diallo", "B. Martin"]
    assert item_detail(store, "illustrative-csv:s2", "en")["status"] == "cancelled"
    assert item_detail(store, "illustrative-csv:p1", "ar")["title"] == "المياه من أجل السلام"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"kind,id,title_en\nmeeting,x,Title\n", "kind must be"),
        (b"kind,id,title_en,day,start\nsession,x,T,11/11/2030,09:00\n", "not a real day"),
        (b"kind,title_en\nsession,T\n", "lacks id"),
    ],
)
def test_bad_csv_is_refused_clearly(store, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = store.catalogue_path.read_bytes()
    with pytest.raises(InputError, match=message):
        import_file(store, path, kind="csv")
    assert store.catalogue_path.read_bytes() == before


def test_kind_is_detected_from_content():
    assert detect_kind(b'<?xml version="1.0"?><schedule/>') == "frab-xml"
    assert detect_kind(b'{"schedule": {}}') == "frab-json"
    assert detect_kind(b'{"format": "briefer-feed"}') == "briefer"
    assert detect_kind(b"\x1f\x8b\x08\x00") == "briefer"
    assert detect_kind(b"BEGIN:VCALENDAR\r\n") == "ics"
    assert detect_kind(b"kind,id,title_en\n") == "csv"
    with pytest.raises(InputError, match="Cannot tell"):
        detect_kind(b"hello")


def test_fosdem_keeps_its_venue_city_and_event_links(store):
    result = import_file(store, corpus("fosdem2019.pentabarf.xml"))
    venue = store.query_one("SELECT * FROM cat.venues WHERE id = 'fosdem-2019:venue'")
    assert venue["name_en"] == "ULB (Université Libre de Bruxelles)"
    assert venue["city"] == "Brussels"
    edition = item_detail(store, "fosdem-2019:edition", "en")
    assert (edition["venue"], edition["location"]) == (venue["name_en"], "Brussels")
    # The file has 3,007 <link>s; nine are a bare "http://" and hold no address.
    kept = store.query_one("SELECT count(*) AS n FROM cat.links WHERE item_id LIKE 'fosdem-2019:%'")
    assert kept["n"] == 2998
    assert any("9 links were" in w for w in result.warnings)
    welcome = item_detail(store, "fosdem-2019:event-8967", "en")
    assert welcome["city"] == "Brussels" and welcome["venue"] == venue["name_en"]
    assert welcome["links"] == [
        {
            "url": "https://video.fosdem.org/2019/Janson/keynotes_welcome.webm",
            "title": "Video recording (WebM/VP9)",
            "kind": "link",
        },
        {
            "url": "https://video.fosdem.org/2019/Janson/keynotes_welcome.mp4",
            "title": "Video recording (mp4)",
            "kind": "link",
        },
        {
            "url": "https://submission.fosdem.org/feedback/8967.php",
            "title": "Submit feedback",
            "kind": "link",
        },
    ]


def test_relative_attachments_are_resolved_against_the_schedule(store):
    import_file(store, corpus("camp2019.frab.gacrux.json"))
    links = item_detail(store, "camp2019:24b58c74-2bba-412e-84ac-c206f714f0b7", "en")["links"]
    assert {
        "url": "https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/792/"
        "original/Hacking_Containers_and_Kubernetes.pdf?1566398735",
        "title": "Slides",
        "kind": "attachment",
    } in links


HOSTILE_XML = """<?xml version="1.0"?>
<schedule><conference><title>Hostile</title><venue>Hall &lt;b&gt;</venue><city>Nowhere</city>
<start>2030-01-01</start><end>2030-01-01</end></conference>
<day index="1" date="2030-01-01"><room name="A"><event id="1"><start>10:00</start>
<duration>00:30</duration><room>A</room><title>Talk</title><links>
<link href="javascript:alert(1)">js</link>
<link href="data:text/html,&lt;script&gt;x&lt;/script&gt;">data</link>
<link href="file:///etc/passwd">file</link>
<link href="ftp://example.org/x">ftp</link>
<link href="//example.org/no-scheme">relative</link>
<link href="https://example.org/ok">{title}</link>
<link href="HTTP://EXAMPLE.ORG/UPPER">up\u202eper\t</link>
</links></event></room></day></schedule>
"""


def test_links_from_a_hostile_file_keep_only_http_and_clip_titles(store, tmp_path):
    path = tmp_path / "hostile.xml"
    path.write_text(HOSTILE_XML.format(title="x" * 5000), encoding="utf-8")
    result = import_file(store, path)
    links = item_detail(store, "hostile:event-1", "en")["links"]
    assert [link["url"] for link in links] == [
        "https://example.org/ok",
        "HTTP://EXAMPLE.ORG/UPPER",
    ]
    assert len(links[0]["title"]) == 200 and links[0]["title"].endswith("…")
    assert links[1]["title"] == "up per"
    assert any("5 links were" in w for w in result.warnings)


def test_csv_links_column(store, tmp_path):
    path = tmp_path / "programme.csv"
    path.write_text(
        "kind,id,title_en,day,links\n"
        "session,s1,Opening,2030-11-11,https://example.org/video Video; javascript:alert(1)\n",
        encoding="utf-8",
    )
    import_file(store, path, namespace="csvlinks")
    links = item_detail(store, "csvlinks:s1", "en")["links"]
    assert links == [{"url": "https://example.org/video", "title": "Video", "kind": "link"}]


def test_feed_carries_links_and_city_and_drops_unsafe_links(store):
    from briefer.core.sync.apply import read_catalogue
    from briefer.core.sync.feed import encode_feed, parse_feed
    from briefer.core.sync.publish import _only

    import_file(store, corpus("fosdem2019.pentabarf.xml"))
    data = _only(read_catalogue(store), "fosdem-2019")
    data.tables["links"].append(
        {"item_id": "fosdem-2019:event-8967", "url": "javascript:alert(1)", "position": 9}
    )
    data.tables["links"].append(
        {"item_id": "fosdem-2019:event-8967", "url": "https://x.org/", "title": "t" * 900}
    )
    raw = encode_feed(data, "fosdem-2019", 2, "2030-01-01T00:00:00Z")
    parsed, _ = parse_feed(raw)
    assert len(parsed.tables["links"]) == 2999
    assert [v["city"] for v in parsed.tables["venues"]] == ["Brussels"]
    assert not [r for r in parsed.tables["links"] if not r["url"].startswith("http")]
    assert len(parsed.tables["links"][-1]["title"]) == 200


def test_feed_link_to_an_unknown_item_is_refused(store):
    from briefer.core.sync.apply import read_catalogue
    from briefer.core.sync.feed import FeedError, encode_feed, parse_feed
    from briefer.core.sync.publish import _only

    data = _only(read_catalogue(store), "ppf")
    data.tables["links"].append({"item_id": "ppf:nowhere", "url": "https://x.org/"})
    with pytest.raises(FeedError, match="unknown item"):
        parse_feed(encode_feed(data, "ppf", 2, "2030-01-01T00:00:00Z"))


def test_pack_session_brief_prints_the_links(store, tmp_path):
    from pypdf import PdfReader

    from briefer.core.delegations import add_delegate
    from briefer.core.packs.service import make_pack

    import_file(store, corpus("fosdem2019.pentabarf.xml"))
    delegation = create_delegation(store, "D")
    amina = add_delegate(store, delegation, "Amina Diallo")
    set_mark(store, delegation, "fosdem-2019:event-8967", "must", [amina])
    out = tmp_path / "pack.pdf"
    make_pack(store, delegation, amina, out, "en")
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Video recording (mp4): https://video.fosdem.org/2019/Janson/keynotes_welcome.mp4" in (
        text.replace("\n", "")
    )
    uris = {
        a.get_object().get("/A", {}).get("/URI")
        for p in reader.pages
        for a in (p.get("/Annots") or [])
    }
    assert "https://submission.fosdem.org/feedback/8967.php" in uris


def test_a_published_feed_with_links_and_city_matches_the_shipped_schema(store):
    import gzip
    import json

    import jsonschema

    from briefer.core.paths import resources_dir
    from briefer.core.sync.apply import read_catalogue
    from briefer.core.sync.feed import encode_feed
    from briefer.core.sync.publish import _only

    import_file(store, corpus("fosdem2019.pentabarf.xml"))
    data = _only(read_catalogue(store), "fosdem-2019")
    raw = encode_feed(data, "fosdem-2019", 2, "2030-01-01T00:00:00Z")
    document = json.loads(gzip.decompress(raw))
    schema = json.loads((resources_dir() / "feed.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert len(document["tables"]["links"]) == 2998
    assert document["tables"]["venues"][0]["city"] == "Brussels"
    document["tables"]["links"][0]["url"] = "javascript:alert(1)"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_ics_attachments_keep_only_http(store, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:Cal\r\n"
        "BEGIN:VEVENT\r\nUID:e1\r\nSUMMARY:Talk\r\nDTSTART:20300101T100000Z\r\n"
        "DTEND:20300101T110000Z\r\nATTACH:https://example.org/slides.pdf\r\n"
        "ATTACH:file:///etc/passwd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    import_file(store, path, namespace="cal")
    links = item_detail(store, "cal:e1", "en")["links"]
    assert links == [{"url": "https://example.org/slides.pdf", "title": None, "kind": "attachment"}]


def test_an_import_survives_the_catalogue_format_upgrade(data_dir, tmp_path):
    import sqlite3

    from briefer.core.store import open_store

    store = open_store(data_dir)
    delegation = create_delegation(store, "D")
    path = tmp_path / "programme.csv"
    path.write_text("kind,id,title_en,day\nsession,s1,Opening,2030-11-11\n", encoding="utf-8")
    import_file(store, path, namespace="mine")
    set_mark(store, delegation, "mine:s1", "must")
    catalogue = store.catalogue_path
    store.close()
    # The same file as a Briefer of catalogue format 1 left it.
    conn = sqlite3.connect(catalogue)
    with conn:
        conn.execute("DROP TABLE links")
        conn.execute("ALTER TABLE venues DROP COLUMN city")
        conn.execute("ALTER TABLE venues DROP COLUMN address")
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = open_store(data_dir)
    try:
        detail = item_detail(store, "mine:s1", "en")
        assert detail["title"] == "Opening" and detail["links"] == []
        assert store.conn.execute("PRAGMA cat.user_version").fetchone()[0] == 2
    finally:
        store.close()


def test_show_prints_the_city_and_links(data_dir, capsys):
    from briefer.cli import main

    fosdem = str(corpus("fosdem2019.pentabarf.xml"))
    assert main(["--data-dir", str(data_dir), "import", fosdem]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "show", "fosdem-2019:event-8967"]) == 0
    out = capsys.readouterr().out
    assert "city" in out and "Brussels" in out
    assert "Submit feedback: https://submission.fosdem.org/feedback/8967.php" in out


def test_html_descriptions_keep_their_list_items_and_flow_their_paragraphs(store, tmp_path):
    """FOSDEM's descriptions are HTML: a list's items ran into the text without bullets, and
    a newline inside a paragraph became a line break."""
    abstract = (
        "&lt;p&gt;Intro text\nwrapped here.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Local, caching"
        " resolver&lt;/li&gt;&lt;li&gt;Rust &amp;amp; C&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;End&lt;/p&gt;"
    )
    xml = (
        '<?xml version="1.0"?><schedule><conference><title>T</title><start>2030-01-01</start>'
        '<end>2030-01-01</end></conference><day index="1" date="2030-01-01"><room name="A">'
        '<event id="1"><start>10:00</start><duration>00:30</duration><room>A</room>'
        f"<title>Talk</title><abstract>{abstract}</abstract></event></room></day></schedule>"
    )
    path = tmp_path / "html.xml"
    path.write_text(xml, encoding="utf-8")
    result = import_file(store, path)
    (row,) = sessions(store, result.namespace)
    assert row["abstract_en"].split("\n") == [
        "Intro text wrapped here.",
        "• Local, caching resolver",
        "• Rust & C",
        "End",
    ]
