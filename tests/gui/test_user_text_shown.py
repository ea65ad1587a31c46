"""User and catalogue text in the window: shown literally, in its own direction, with no say
over the text around it and no Alt key taken from its "&"."""

from __future__ import annotations

from briefer.core.meetings import add_meeting, edit_meeting

from .conftest import label_shown, tooltip_shown

HOSTILE = '<b>Table</b> ronde <img src="x"> <a href="http://evil">clic</a>'


def test_the_changes_view_shows_a_changed_title_literally_in_its_tooltip(window, delegation):
    """Found by review: the Changes view's tooltips read catalogue text as rich text: a title
    "<b>Table</b> ronde <img src="x"> <a href=…>clic</a>" showed bold, an image, a link."""
    store = window.ctx.store
    meeting = add_meeting(store, delegation, HOSTILE, day="2021-11-11", start="09:00").value
    edit_meeting(store, delegation, meeting.id, start="10:00")
    window.ctx.changed()
    window.finish_startup()
    window.show_view("changes")
    tree = window.views["changes"].tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    tips = [row.toolTip(2) for row in rows if row.text(2) == HOSTILE]
    assert tips and all(tooltip_shown(tip) == HOSTILE for tip in tips)


def test_a_zone_typed_as_markup_is_quoted_literally_in_the_meeting_dialogs_error(
    window, delegation
):
    """Found by review (the same defect in the form errors): "'<b>Mars</b>' is not a time
    zone" showed "Mars" bold."""
    from briefer.gui.dialogs.meeting import MeetingDialog

    dialog = MeetingDialog(window.ctx, delegation, window)
    dialog.title.setText("Test")
    dialog.zone.setText("<b>Mars</b>/Olympus")
    dialog.accept()
    assert "<b>Mars</b>/Olympus" in label_shown(dialog.error)
    dialog.deleteLater()
