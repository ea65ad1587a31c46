"""Undo: each destructive action restored exactly as it was, and the restore undone (redo)."""

from __future__ import annotations

import pytest

from briefer.core.delegations import add_delegate, create_delegation, get_delegate, remove_delegate
from briefer.core.marks import find_mark, remove_mark, set_mark, unassign
from briefer.core.meetings import add_meeting, delete_meeting, get_meeting
from briefer.core.notes import add_note, delete_note, get_note
from briefer.core.people import add_contact
from briefer.core.search.engine import search
from briefer.core.undo import (
    restore,
    snapshot_delegate,
    snapshot_mark,
    snapshot_meeting,
    snapshot_note,
)

ITEM = "ppf:ses-2021-101"
OTHER = "ppf:ses-2021-102"


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina")
    paul = add_delegate(store, delegation, "Paul")
    return delegation, amina, paul


def test_unmark_is_undone_with_priority_reason_status_and_delegates(store, team):
    delegation, amina, paul = team
    set_mark(store, delegation, ITEM, "must", [amina, paul], "Our minister speaks", "confirmed")
    before = find_mark(store, delegation, ITEM)
    snap = snapshot_mark(store, delegation, ITEM)
    remove_mark(store, delegation, ITEM)
    assert find_mark(store, delegation, ITEM) is None
    outcome = restore(store, snap)
    assert outcome.changes.marks
    assert find_mark(store, delegation, ITEM) == before
    restore(store, outcome.value)  # redo: unmarked again
    assert find_mark(store, delegation, ITEM) is None


def test_marking_and_editing_a_mark_are_undone(store, team):
    delegation, amina, _ = team
    snap = snapshot_mark(store, delegation, ITEM)
    set_mark(store, delegation, ITEM, "should", [amina], "first")
    restore(store, snap)
    assert find_mark(store, delegation, ITEM) is None
    set_mark(store, delegation, ITEM, "should", [amina], "first")
    before = find_mark(store, delegation, ITEM)
    snap = snapshot_mark(store, delegation, ITEM)
    set_mark(store, delegation, ITEM, "optional", [], "second", "declined")
    unassign(store, delegation, ITEM, amina)
    restore(store, snap)
    assert find_mark(store, delegation, ITEM) == before


def test_deleting_a_note_is_undone_with_its_text_and_search_entry(store, team):
    delegation, *_ = team
    note = add_note(store, delegation, ITEM, "Talking points: zanzibarite cooperation")
    snap = snapshot_note(store, note.id)
    delete_note(store, note.id)
    assert not [h for h in search(store, "zanzibarite", "en", delegation=delegation)]
    restore(store, snap)
    assert get_note(store, note.id) == note
    hits = search(store, "zanzibarite", "en", delegation=delegation)
    assert [h.kind for h in hits] == ["note"]


def test_deleting_a_meeting_is_undone_with_counterparts_and_attendance(store, team):
    delegation, *_ = team
    add_contact(store, delegation, "Jane Doe", function="Minister")
    meeting = add_meeting(
        store,
        delegation,
        "Bilateral with the UK",
        day="2021-11-11",
        start="14:00",
        end="15:00",
        kind="bilateral",
        counterparts=["Jane Doe"],
        delegates=["Amina"],
    ).value
    snap = snapshot_meeting(store, meeting.id)
    delete_meeting(store, delegation, meeting.id)
    restore(store, snap)
    assert get_meeting(store, meeting.id) == meeting


def test_removing_a_delegate_is_undone_with_their_assignments(store, team):
    delegation, amina, paul = team
    set_mark(store, delegation, ITEM, "must", [amina, paul])
    set_mark(store, delegation, OTHER, "should", [amina])
    marks = [find_mark(store, delegation, i) for i in (ITEM, OTHER)]
    snap = snapshot_delegate(store, amina.id)
    remove_delegate(store, amina)
    assert find_mark(store, delegation, OTHER).delegates == ()
    restore(store, snap)
    assert get_delegate(store, amina.id) == amina
    assert [find_mark(store, delegation, i) for i in (ITEM, OTHER)] == marks
