"""A new note saved with the direction set in the editor's box is written once, as its writer
left it (found by review: it was added, then edited a moment later in a second transaction to
set the direction)."""

from briefer.core.notes import get_note


def test_a_new_note_saved_right_to_left_is_added_with_its_direction(window, delegation):
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.setPlainText("Talking points")
    notes.rtl.click()
    notes.save()
    note = get_note(window.ctx.store, notes.note_id)
    assert (note.body, note.direction) == ("Talking points", "rtl")
    assert note.modified == note.created
