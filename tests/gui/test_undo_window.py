"""Undo in the window: deleting a note or a meeting, cancelling a meeting, removing a delegate
and declining in a conflict are each undone by Edit › Undo, restoring exactly what was there."""

from __future__ import annotations

from briefer.core.delegations import add_delegate, list_delegates
from briefer.core.marks import find_mark, set_mark
from briefer.core.meetings import add_meeting, get_meeting
from briefer.core.notes import add_note, list_notes
from briefer.core.people import add_contact
from briefer.core.search.engine import search
from briefer.gui.dialogs.meeting import cancel_meeting_action, delete_meeting_action


def test_a_deleted_note_comes_back_with_its_text_and_search_entry(window, delegation, boxes):
    store = window.ctx.store
    note = add_note(store, delegation, None, "Points de Zanzibarique pour la bilatérale")
    window.ctx.changed()
    notes = window.views["notes"]
    notes.reload()
    notes._load(note.id)
    asked = boxes.texts
    notes.delete_current()
    assert "Ctrl+Z" in asked[0]
    assert list_notes(store, delegation) == []
    window.act_undo.trigger()
    assert [n.body for n in list_notes(store, delegation)] == [note.body]
    found = search(store, "Zanzibarique", lang="fr", delegation=delegation)
    assert [(h.kind, "Zanzibarique" in h.snippet) for h in found] == [("note", True)]
    window.act_redo.trigger()
    assert list_notes(store, delegation) == []


def test_a_deleted_or_cancelled_meeting_comes_back_whole(window, delegation, boxes):
    store = window.ctx.store
    amina = list_delegates(store, delegation)[0]
    contact = add_contact(store, delegation, "Jonas Gahr Støre", organisation="Norway").value
    meeting = add_meeting(
        store,
        delegation,
        "Bilatérale Norvège",
        day="2021-11-11",
        start="10:00",
        counterparts=[contact.id],
        delegates=[amina.name],
        logistics={"interpretation": "fr–no"},
    ).value
    before = get_meeting(store, meeting.id, delegation)
    asked = boxes.texts
    assert cancel_meeting_action(window, window.ctx, meeting.id)
    assert get_meeting(store, meeting.id, delegation).status == "cancelled"
    window.act_undo.trigger()
    assert get_meeting(store, meeting.id, delegation) == before
    assert delete_meeting_action(window, window.ctx, meeting.id)
    assert "Ctrl+Z" in asked[-1]
    window.act_undo.trigger()
    assert get_meeting(store, meeting.id, delegation) == before
    found = search(store, "Norvège", lang="fr", delegation=delegation)
    assert [h.id for h in found] == [meeting.id]


def test_a_removed_delegate_comes_back_with_their_assignments(window, delegation, boxes):
    store = window.ctx.store
    amina = list_delegates(store, delegation)[0]
    moussa = add_delegate(store, delegation, "Moussa Ndiaye", "Conseiller")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina, moussa])
    window.ctx.changed()
    view = window.views["delegation"]
    view.reload()
    rows = [view.delegates.item(i).text() for i in range(view.delegates.count())]
    view.delegates.setCurrentRow(next(i for i, t in enumerate(rows) if "Moussa" in t))
    view.remove_selected()
    assert [d.name for d in list_delegates(store, delegation)] == ["Amina Diallo"]
    assert find_mark(store, delegation, "ppf:ses-2021-101").delegates == ("Amina Diallo",)
    window.act_undo.trigger()
    assert {d.name for d in list_delegates(store, delegation)} == {"Amina Diallo", "Moussa Ndiaye"}
    assert set(find_mark(store, delegation, "ppf:ses-2021-101").delegates) == {
        "Amina Diallo",
        "Moussa Ndiaye",
    }


def test_declining_in_a_conflict_is_undone(window, delegation):
    store = window.ctx.store
    amina = list_delegates(store, delegation)
    set_mark(store, delegation, "ppf:ses-2021-101", "must", amina, reason="Santé")
    set_mark(store, delegation, "ppf:ses-2021-102", "should", amina)
    window.ctx.changed()
    view = window.views["delegation"]
    view.reload()
    assert view.conflicts.count() == 1
    view._resolve(view.conflicts.item(0))
    declined = [
        i for i in ("ppf:ses-2021-101", "ppf:ses-2021-102")
        if find_mark(store, delegation, i).status == "declined"
    ]  # fmt: skip
    assert len(declined) == 1
    window.act_undo.trigger()
    assert find_mark(store, delegation, declined[0]).status == "open"
    assert find_mark(store, delegation, "ppf:ses-2021-101").reason == "Santé"
