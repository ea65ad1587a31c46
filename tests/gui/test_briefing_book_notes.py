"""Notes from a template in the window: the template's headings in the editor, and saved."""

from __future__ import annotations

from briefer.core.notes import list_notes
from briefer.core.templates import save_template

SESSION = "ppf:ses-2021-101"


def _choose(view, name: str) -> None:
    index = view.template.findData(name)
    assert index > 0, f"{name} is not offered"
    view.template.setCurrentIndex(index)
    view.template.activated.emit(index)


def test_start_a_note_on_an_item_from_a_template(window, delegation):
    window.finish_startup()
    window.ctx.note_requested.emit(SESSION)  # the detail pane's Notes… on an item with no note
    view = window.views["notes"]
    assert window.current_view() == "notes" and view.target == SESSION
    titles = [view.template.itemText(i) for i in range(view.template.count())]
    assert titles[:4] == ["Blank", "Briefing note", "Bilateral meeting", "Speaking points"]
    assert view.template.isEnabled()
    _choose(view, "bilateral")
    text = view.editor.toPlainText()
    assert text.startswith("## Objectives\n\n## Counterpart\n\n## Key messages")
    [note] = list_notes(window.ctx.store, delegation, SESSION)
    assert note.body == text
    _choose(view, "speech")  # nothing typed yet: another template replaces the headings
    [note] = list_notes(window.ctx.store, delegation, SESSION)
    assert note.body.startswith("## Objectives\n\n## Key messages\n\n## Speaking points")
    view.editor.appendPlainText("Our line.")
    assert not view.template.isEnabled()  # the note holds the user's text now
    view.save()
    assert list_notes(window.ctx.store, delegation, SESSION)[0].body.endswith("Our line.")


def test_templates_in_the_windows_language_with_the_users_own(window, delegation):
    save_template(window.ctx.store, "press", "fr", "## Messages\n\n## Questions\n", "Presse")
    window.finish_startup()
    window.set_language("fr")
    window.show_view("notes")
    view = window.views["notes"]
    view.start_note(None)
    titles = [view.template.itemText(i) for i in range(view.template.count())]
    assert "Entretien bilatéral" in titles and "Presse" in titles
    _choose(view, "press")
    assert view.editor.toPlainText() == "## Messages\n\n## Questions\n"
    [note] = list_notes(window.ctx.store, delegation)
    assert note.item_id is None and note.body == "## Messages\n\n## Questions\n"


def test_a_bilateral_brief_on_one_of_our_meetings(window, delegation):
    """The detail pane's Notes… on one of the delegation's own meetings opened the editor, but
    the note could not be saved: it had to be on a catalogue item."""
    from briefer.core.meetings import add_meeting

    meeting = add_meeting(
        window.ctx.store, delegation, "Bilateral with Senegal", day="2021-11-11", start="09:00"
    ).value
    window.finish_startup()
    window.ctx.note_requested.emit(meeting.id)
    view = window.views["notes"]
    assert window.current_view() == "notes" and view.target == meeting.id
    _choose(view, "bilateral")
    view.editor.appendPlainText("Water diplomacy first.")
    view.save()
    [note] = list_notes(window.ctx.store, delegation, meeting.id)
    assert note.body.startswith("## Objectives") and note.body.endswith("Water diplomacy first.")
    assert "Bilateral with Senegal" in view.heading.text()


def test_writing_begins_under_the_templates_first_heading(window, delegation, qtbot):
    """The cursor stood before "## Objectives": the first words typed broke the heading."""
    window.finish_startup()
    window.ctx.note_requested.emit(SESSION)
    view = window.views["notes"]
    assert view.list.currentRow() == -1  # no other note shown as the one open
    _choose(view, "bilateral")
    qtbot.keyClicks(view.editor, "Water first")
    assert view.editor.toPlainText().startswith("## Objectives\nWater first\n")


def test_a_very_long_note_previews_its_beginning_and_says_so(window, delegation, qtbot):
    """Found by review: opening a note of 60,000 list items froze the window for 105 s, Qt
    laying out a long list in quadratic time. The preview shows the note's first lines and
    says that packs print all of it; the editor holds the whole note."""
    from briefer.core.notes import add_note
    from briefer.core.richtext import PREVIEW_LINES, preview_part

    body = "\n".join(f"- Ligne {i} : point de discussion." for i in range(60_000))
    part, shortened = preview_part(body)
    assert shortened and part.count("\n") == PREVIEW_LINES - 1 and body.startswith(part)
    assert preview_part("court\n" * 10) == ("court\n" * 10, False)
    whole = "- item\n" * PREVIEW_LINES  # all of it shown: no notice (found by a second review)
    assert preview_part(whole)[1] is False
    add_note(window.ctx.store, delegation, None, body)
    window.ctx.changed()
    window.show_view("notes")
    notes = window.views["notes"]
    notes.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Ligne 0 " in notes.preview.toPlainText(), timeout=20_000)
    shown = notes.preview.toPlainText()
    assert "Ligne 1999 " in shown and "Ligne 2000 " not in shown
    assert "packs print all of it" in shown
    assert notes.editor.toPlainText() == body
