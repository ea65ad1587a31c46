"""Meetings in the window: edit, cancel and delete from My delegation and from the detail pane."""

from __future__ import annotations

import re

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from briefer.core.meetings import add_meeting, get_meeting, list_meetings
from briefer.core.sync.history import list_changes
from briefer.gui.dialogs.meeting import MeetingDialog


def _meeting(window, delegation):
    meeting = add_meeting(
        window.ctx.store,
        delegation,
        "Bilateral with the UK",
        day="2021-11-11",
        start="15:00",
        end="16:00",
        kind="bilateral",
        place="Salon 2",
        delegates=["Amina Diallo"],
    ).value
    window.ctx.changed()
    return meeting


def _choose(view, meeting_id: str) -> None:
    tree = view.marks
    for top in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(top)
        for i in range(parent.childCount()):
            if parent.child(i).data(0, 256) == meeting_id:
                tree.setCurrentItem(parent.child(i))
                return
    raise AssertionError("the meeting is not listed")


def test_edit_a_meeting_from_my_delegation(window, delegation, qtbot, monkeypatch):
    meeting = _meeting(window, delegation)
    window.show_view("delegation")
    view = window.views["delegation"]
    assert not view.edit_meeting.isEnabled()
    _choose(view, meeting.id)
    assert view.edit_meeting.isEnabled()

    def change_and_accept(dialog: MeetingDialog) -> int:
        assert dialog.title.text() == "Bilateral with the UK"
        assert dialog.when() == ("2021-11-11", "15:00", "16:00")
        assert dialog.place.text() == "Salon 2"
        dialog.start.setTime(QTime(17, 0))
        dialog.ok.click()  # ends (16:00) before it starts: refused, the dialog keeps the text
        assert "ends" in dialog.error.text() and dialog.outcome is None
        dialog.end.setTime(QTime(18, 0))
        dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", change_and_accept)
    view.edit_meeting.click()
    edited = get_meeting(window.ctx.store, meeting.id)
    assert edited.forum_time() == "17:00–18:00" and edited.status == "confirmed"
    assert edited.delegates == ("Amina Diallo",) and edited.title == meeting.title
    assert len(list_meetings(window.ctx.store, delegation)) == 1
    fields = {r["field"] for r in list_changes(window.ctx.store, delegation)}
    assert fields == {"added", "time", "status"}  # its addition is a change too
    changes = window.views["changes"]
    window.show_view("changes")
    listed = [changes.tree.topLevelItem(i).text(2) for i in range(changes.tree.topLevelItemCount())]
    assert listed.count("Bilateral with the UK") == 3


def test_cancel_then_delete_from_the_detail_pane(window, delegation, boxes):
    meeting = _meeting(window, delegation)
    window.finish_startup()
    detail = window.detail
    window.ctx.item_selected.emit(meeting.id)
    assert detail.meeting_box.isVisibleTo(window) and detail.cancel_meeting.isEnabled()
    detail.cancel_meeting.click()
    assert get_meeting(window.ctx.store, meeting.id).status == "cancelled"
    assert not detail.cancel_meeting.isEnabled()

    boxes.answer = QMessageBox.StandardButton.No
    detail.delete_meeting.click()
    asked = boxes.texts
    assert (
        "go with it" in asked[-1] and "Ctrl+Z" in asked[-1] and "1 attending delegate" in asked[-1]
    )
    assert get_meeting(window.ctx.store, meeting.id)  # declined: still there

    boxes.answer = QMessageBox.StandardButton.Yes
    detail.delete_meeting.click()
    assert list_meetings(window.ctx.store, delegation) == []
    assert not detail.meeting_box.isVisibleTo(window) and detail.item_id is None


def test_a_meeting_nobody_attends_is_listed_and_can_be_deleted(window, delegation, boxes):
    meeting = add_meeting(window.ctx.store, delegation, "Reception", kind="reception").value
    window.ctx.changed()
    window.show_view("delegation")
    view = window.views["delegation"]
    whole = view.marks.topLevelItem(view.marks.topLevelItemCount() - 1)
    assert whole.text(0).endswith(f"({whole.childCount()})") and whole.childCount() == 1
    _choose(view, meeting.id)  # the count was of marks alone: "(0)" above the reception
    view.delete_meeting.click()
    assert list_meetings(window.ctx.store, delegation) == []


def test_a_meeting_shows_no_mark_rather_than_the_last_items(window, delegation):
    """Found by review: the mark form, greyed out for a meeting, kept the previous item's
    priority and reason ("نداء Paris (2018)")."""
    from briefer.core.marks import set_mark

    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must", reason="Paris call")
    meeting = _meeting(window, delegation)
    window.finish_startup()
    detail = window.detail
    window.ctx.item_selected.emit("ppf:ses-2021-101")
    assert detail.reason.text() == "Paris call"
    window.ctx.item_selected.emit(meeting.id)
    assert detail.reason.text() == "" and detail.priority.currentData() == "should"
    assert not detail.reason.isEnabled()


def _show_bilateral(window, delegation, logistics: dict, **extra) -> None:
    """An Arabic bilateral with `logistics`, shown in the detail pane."""
    meeting = add_meeting(
        window.ctx.store, delegation, "لقاء ثنائي", day="2021-11-11", kind="bilateral",
        logistics=logistics, **extra,
    ).value  # fmt: skip
    window.ctx.changed()
    window.finish_startup()
    window.ctx.item_selected.emit(meeting.id)


def test_a_phone_number_in_a_meetings_contact_is_held_left_to_right(window, delegation):
    """Found by review of the Arabic pack, as there: "السيد فادي (+33 6 12 34 56 78)" in a
    meeting's contact field showed its number's groups reversed in a right-to-left paragraph."""
    from briefer.core.phones import LRM

    _show_bilateral(window, delegation, {"contact": "السيد فادي (+33 6 12 34 56 78)"})
    shown = window.detail.browser.document().toPlainText()
    assert f"{LRM}+33 6 12 34 56 78{LRM}" in shown


def test_my_delegation_lists_a_meetings_day_with_its_time(window, delegation):
    """Found by review: "09:30–10:00 اجتماع تنسيقي" in My delegation, over a three-day forum,
    said neither which day nor, in French, "jeudi"."""
    _meeting(window, delegation)
    window.set_language("fr")
    window.finish_startup()
    window.show_view("delegation")
    tree = window.views["delegation"].marks
    texts = [
        tree.topLevelItem(top).child(i).text(0)
        for top in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(top).childCount())
    ]
    assert any(t.startswith("jeudi 11 novembre · 15:00–16:00 — ") and "Bilateral with the UK" in t
               for t in texts)  # fmt: skip


def test_the_arabic_detail_pane_lists_with_arabic_commas_and_keeps_a_number_whole(
    window, delegation
):
    """Found by review of the Arabic window: "ليلى بنعلي ,Jean-Marc Dubois" with a Latin comma,
    and a contact's number broken before its last group ("… 34 56" / "78")."""
    from briefer.core.delegations import add_delegate

    add_delegate(window.ctx.store, delegation, "ليلى بنعلي")
    window.set_language("ar")
    _show_bilateral(
        window,
        delegation,
        {"contact": "Amélie Laurent +33 6 12 34 56 78"},
        delegates=["Amina Diallo", "ليلى بنعلي"],
    )
    shown = window.detail.browser.document().toPlainText()
    assert "Amina Diallo\u2069، ليلى بنعلي" in shown  # the Latin name isolated, read first
    raw = window.detail.browser.document().toRawText()  # toPlainText() makes them spaces
    assert "+33\u00a06\u00a012\u00a034\u00a056\u00a078" in raw


def test_an_items_other_languages_are_named_not_coded(window):
    """Found by review: the detail pane listed an item's other titles as "[fr] …", "[en] …"."""
    window.set_language("ar")
    window.finish_startup()
    window.ctx.item_selected.emit("ppf:init-2021-paris-call")
    shown = window.detail.browser.document().toPlainText()
    assert "[fr]" not in shown and "[en]" not in shown
    assert "الفرنسية:" in shown or "الإنجليزية:" in shown


def test_a_marks_status_is_shown_and_set_in_the_detail_pane(window, delegation):
    """Found by review: a mark's status (confirmed, declined, done), set on the command line and
    printed in the pack, could be neither seen nor changed in the window."""
    from briefer.core.marks import find_mark, set_mark

    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must", status="done")
    window.set_language("fr")
    window.finish_startup()
    detail = window.detail
    window.ctx.item_selected.emit("ppf:ses-2021-101")
    assert detail.status.currentData() == "done" and detail.status.currentText() == "terminée"
    detail.status.setCurrentIndex(detail.status.findData("confirmed"))
    detail.save_mark()
    assert find_mark(window.ctx.store, delegation, "ppf:ses-2021-101").status == "confirmed"
    window.ctx.item_selected.emit("ppf:ses-2021-102")  # not marked: an open mark to be
    assert detail.status.currentData() == "open"


def test_the_delegation_chooser_names_the_country(window):
    """Found by review: « وفدي » listed « وفد المملكة المغربية (MA) »: the country by name,
    unless the delegation's name says it."""
    from briefer.core.delegations import create_delegation

    create_delegation(window.ctx.store, "Délégation officielle", "MA")
    create_delegation(window.ctx.store, "وفد المملكة المغربية", "MA")
    window.ctx.changed()
    window.set_language("fr")
    view = window.views["delegation"]
    view.reload()
    texts = [view.current.itemText(i) for i in range(view.current.count())]
    names = [re.sub("[\u2066-\u2069]", "", text) for text in texts]
    assert names == ["Délégation officielle (Maroc)", "وفد المملكة المغربية"]
