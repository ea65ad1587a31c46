"""`briefer sync` of several sources, one applied and one broken: each source's own result,
never a "nothing was changed" for the whole (found by review in the window)."""

from __future__ import annotations

import json

from loopback import Route

XML = (
    b"<schedule><conference><acronym>demo</acronym><title>Illustrative demo</title>"
    b"<time_zone_name>Europe/Paris</time_zone_name></conference>"
    b"<day date='2030-11-11' index='1'><room name='Salle 1'>"
    b"<event guid='e1' id='1'><date>2030-11-11T09:00:00+01:00</date>"
    b"<start>09:00</start><duration>00:45</duration><room>Salle 1</room>"
    b"<title>Opening of the demo forum</title></event></room></day></schedule>"
)


def add_sources(cli, server) -> None:
    """One good source; one that serves no iCalendar; one whose server answers 404."""
    server.routes["/p.xml"] = Route(body=XML)
    server.routes["/broken.ics"] = Route(body=b"not a feed\n")
    assert cli("sources", "add", "demo", server.url + "/p.xml", "--kind", "frab-xml")[0] == 0
    assert cli("sources", "add", "broken", server.url + "/broken.ics", "--kind", "ics")[0] == 0
    assert cli("sources", "add", "gone", server.url + "/gone.xml", "--kind", "frab-xml")[0] == 0


def test_a_mixed_sync_names_the_source_applied_and_the_one_that_failed(cli, server):
    add_sources(cli, server)
    code, out, err = cli("sync")
    assert code == 1
    applied = [line for line in out.splitlines() if line.startswith("demo: ")]
    assert len(applied) == 1 and "catalogue version" in applied[0], out
    assert err.startswith("briefer: broken: ") and "iCalendar" in err, err
    assert "briefer: gone: " in err and "404" in err, err
    assert "nothing was changed" not in (out + err).lower(), err
    listed = {s["name"]: s for s in json.loads(cli("sources", "list", "--json")[1])}
    assert listed["demo"]["failure_kind"] is None, listed
    assert listed["broken"]["failure_kind"] and listed["gone"]["failure_kind"], listed


def test_a_mixed_sync_in_json_gives_each_source(cli, server):
    add_sources(cli, server)
    code, out, _err = cli("sync", "--json")
    assert code == 1
    assert json.loads(out)["source"] == "demo"
