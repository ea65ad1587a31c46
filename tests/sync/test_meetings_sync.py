"""The delegation's own meetings and contacts survive a sync untouched."""

from __future__ import annotations

from loopback import Route, feed_document, signed

from briefer.core.meetings import add_meeting, get_meeting
from briefer.core.people import add_contact
from briefer.core.sync.sources import add_source, sync_source


def test_meetings_survive_a_sync_untouched(store, server, keys, user_state):
    delegation, _ = user_state
    add_contact(store, delegation, "Jane Doe", organisation="FCDO")
    meeting = add_meeting(
        store,
        delegation,
        "Bilateral",
        day="2021-11-11",
        start="14:00",
        end="15:00",
        counterparts=["Jane Doe"],
        delegates=["Amina"],
        place="ppf:room:2021:stage-c",
    ).value
    tables = ("meetings", "meeting_counterparts", "meeting_delegates", "contacts", "own_fts")
    before = {t: store.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    body, signature = signed(feed_document(), keys["private"])
    server.routes["/feed.json.gz"] = Route(body=body)
    server.routes["/feed.json.gz.sig"] = Route(body=signature)
    add_source(store, "official", server.url + "/feed.json.gz", "briefer", keys["public_text"])
    assert sync_source(store, "official").status == "applied"
    assert {t: store.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables} == before
    assert get_meeting(store, meeting.id) == meeting
