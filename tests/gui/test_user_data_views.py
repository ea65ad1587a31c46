"""Notes and My delegation: a note typed before any delegation is kept, a note can be deleted,
a delegate renamed or removed, each confirmation saying what will change."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from briefer.core.delegations import current_delegation, list_delegates
from briefer.core.marks import get_mark, set_mark
from briefer.core.notes import add_note, list_notes, update_note
from briefer.core.selection import export_selection, import_selection

ITEM = "ppf:ses-2021-101"


def test_a_note_typed_with_no_delegation_says_so_and_is_saved_once_one_exists(
    window, qtbot, monkeypatch
):
    window.show_view("notes")
    notes = window.views["notes"]
    notes.start_note(None)
    qtbot.keyClicks(notes.editor, "Arrival at 9")
    notes.save()
    assert "Not saved" in notes.state.text()
    assert "Editing" not in notes.state.text()
    assert notes.create_delegation.isVisibleTo(notes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Délégation", True))
    notes.create_delegation.click()
    store = window.ctx.store
    assert [n.body for n in list_notes(store, current_delegation(store))] == ["Arrival at 9"]
    assert notes.state.text() == "Saved"
    assert not notes.create_delegation.isVisibleTo(notes)


def test_delete_a_note_after_a_confirmation_that_says_what_is_lost(
    window, delegation, qtbot, boxes
):
    store = window.ctx.store
    note = add_note(store, delegation, ITEM, "Points for the minister")
    window.ctx.changed()
    window.show_view("notes")
    notes = window.views["notes"]
    notes.open_item(ITEM)
    boxes.answer = QMessageBox.StandardButton.No
    notes.delete.click()
    assert [n.id for n in list_notes(store, delegation)] == [note.id]
    asked = boxes.texts
    assert "Points for the minister" in asked[0] and "Undo (Ctrl+Z)" in asked[0]
    boxes.answer = QMessageBox.StandardButton.Yes
    notes.delete.click()
    assert list_notes(store, delegation) == []
    assert notes.editor.toPlainText() == ""


def test_rename_and_remove_a_delegate_from_my_delegation(window, delegation, monkeypatch, boxes):
    store = window.ctx.store
    (amina,) = list_delegates(store, delegation)
    set_mark(store, delegation, ITEM, "must", [amina])
    window.ctx.changed()
    window.show_view("delegation")
    view = window.views["delegation"]
    view.delegates.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Amina Ba", True))
    view.rename.click()
    assert [d.name for d in list_delegates(store, delegation)] == ["Amina Ba"]
    assert get_mark(store, delegation, ITEM).delegates == ("Amina Ba",)
    view.delegates.setCurrentRow(0)
    view.remove.click()
    asked = boxes.texts
    assert "unassigned from 1 marked item" in asked[0] and "the marks stay" in asked[0]
    assert list_delegates(store, delegation) == []
    assert get_mark(store, delegation, ITEM).delegates == ()
    assert view.delegates.count() == 0


def test_the_detail_pane_shows_their_mark_in_words_and_settles_it(window, delegation, tmp_path):
    store = window.ctx.store
    (amina,) = list_delegates(store, delegation)
    set_mark(store, delegation, ITEM, "must", [amina], "Health")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["marks"][0].update(priority="optional", reason="Their reason")
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_selection(store, path)
    window.ctx.changed()
    pane = window.detail
    pane.show_item(ITEM)
    assert pane.conflict_box.isVisibleTo(pane)
    text = pane.theirs.text()
    assert "priority: optional" in text and "reason: Their reason" in text and "{" not in text
    # The words above the buttons, as wide as the box: beside them they stood one or two to a
    # line in the narrow pane.
    assert pane.theirs.geometry().bottom() < pane.take_theirs.geometry().top()
    assert pane.theirs.width() >= pane.conflict_box.width() - 2
    pane.take_theirs.click()
    mark = get_mark(store, delegation, ITEM)
    assert (mark.priority, mark.reason, mark.import_conflict) == ("optional", "Their reason", None)
    assert not pane.conflict_box.isVisibleTo(pane)


def test_a_note_kept_in_two_versions_is_merged_from_the_notes_view(window, delegation, tmp_path):
    store = window.ctx.store
    note = add_note(store, delegation, ITEM, "Version one")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["notes"][0]["body"] = "Their text"
    path.write_text(json.dumps(doc), encoding="utf-8")
    update_note(store, note.id, "My text")
    import_selection(store, path)
    window.ctx.changed()
    window.show_view("notes")
    notes = window.views["notes"]
    (entry,) = [
        notes.list.item(row)
        for row in range(notes.list.count())
        if notes.list.item(row).data(Qt.ItemDataRole.UserRole) == note.id
    ]
    # The two versions read apart in the list: they both read "[conflicting version]".
    labels = [notes.list.item(row).text().split("\n")[0] for row in range(notes.list.count())]
    assert any("this folder's" in label for label in labels)
    assert any("from selection.json" in label for label in labels)
    notes.list.setCurrentItem(entry)
    assert notes.note_id == note.id and notes.conflict_box.isVisibleTo(notes)
    notes.merge.click()
    (kept,) = list_notes(store, delegation, ITEM)
    assert kept.id == note.id and kept.conflict_with is None
    assert "My text" in kept.body and "Their text" in kept.body
    assert "Their text" in notes.editor.toPlainText()
    assert not notes.conflict_box.isVisibleTo(notes)
