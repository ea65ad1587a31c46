"""A meeting's time, place, status and attendance changes go to the change history (source own)."""

from __future__ import annotations

import time

import pytest

from briefer.core.delegations import add_delegate, create_delegation, current_delegation
from briefer.core.meetings import add_meeting, cancel_meeting, edit_meeting
from briefer.core.packs.content import build_content
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store
from briefer.core.sync.history import list_changes


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    add_delegate(store, delegation, "Amina")
    add_delegate(store, delegation, "Paul")
    return delegation


def _meeting(store, delegation):
    return add_meeting(
        store,
        delegation,
        "Bilateral with the UK",
        day="2021-11-11",
        start="14:00",
        end="15:00",
        kind="bilateral",
        place="Salon 2",
        delegates=["Amina"],
    ).value


def test_an_edit_records_time_place_status_and_attendance(store, team):
    meeting = _meeting(store, team)
    assert list_changes(store, team) == []  # adding is not a change
    outcome = edit_meeting(
        store, team, meeting.id, start="16:00", end="17:00", place="Salon 4", delegates=["Paul"]
    )
    assert outcome.changes.history
    cancel_meeting(store, team, meeting.id)
    rows = list_changes(store, team)
    by_field = {r["field"]: r for r in rows}
    assert set(by_field) == {"time", "place", "status", "attendance"}
    assert by_field["time"]["old"] == "2021-11-11 14:00–15:00"
    assert by_field["time"]["new"] == "2021-11-11 16:00–17:00"
    assert (by_field["place"]["old"], by_field["place"]["new"]) == ("Salon 2", "Salon 4")
    assert (by_field["attendance"]["old"], by_field["attendance"]["new"]) == ("Amina", "Paul")
    assert (by_field["status"]["old"], by_field["status"]["new"]) == ("requested", "cancelled")
    assert all(r["source"] == "own" and r["marked"] for r in rows)
    assert all(r["id"] == meeting.id and r["title"] == meeting.title for r in rows)


def test_an_edit_of_the_title_only_records_nothing(store, team):
    meeting = _meeting(store, team)
    outcome = edit_meeting(store, team, meeting.id, title="Another title")
    assert not outcome.changes.history
    assert list_changes(store, team) == []


def test_a_colleagues_newer_version_merged_is_recorded(store, team, tmp_path):
    meeting = _meeting(store, team)
    mine = tmp_path / "mine.briefer-selection"
    export_selection(store, team, mine)
    with open_store(tmp_path / "colleague") as colleague:
        import_selection(colleague, mine)
        theirs = current_delegation(colleague)
        time.sleep(0.01)
        edit_meeting(colleague, theirs, meeting.id, status="confirmed")
        back = tmp_path / "theirs.briefer-selection"
        export_selection(colleague, theirs, back)
    import_selection(store, back)
    rows = list_changes(store, team)
    assert [(r["field"], r["old"], r["new"]) for r in rows] == [
        ("status", "requested", "confirmed")
    ]


def test_the_pack_lists_meeting_changes_since_the_last_pack(store, team):
    meeting = _meeting(store, team)
    store.conn.execute(
        "INSERT INTO packs (delegation_id, delegate_id, lang, path, created)"
        " VALUES (?, NULL, 'en', 'x.pdf', '2000-01-01T00:00:00')",
        (team.id,),
    )
    store.conn.commit()
    edit_meeting(store, team, meeting.id, place="Salon 4")
    content = build_content(store, team, None, "en")
    assert [(c["item_id"], c["field"], c["new"]) for c in content.changes] == [
        (meeting.id, "place", "Salon 4")
    ]
