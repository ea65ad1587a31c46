"""Counts and codes the window shows, as a reviewer read them in three languages: the recovery
key whole, minutes in the Arabic plural, a day's sessions apart from our meetings, Edit ›
Undo's wording, a pack's file name in the delegation's script."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefer.core.delegations import create_delegation
from briefer.core.meetings import add_meeting
from briefer.gui.dialogs.calendar import CalendarExportDialog
from briefer.gui.dialogs.security import RecoveryKeyDialog
from briefer.gui.models.people_model import COLUMNS

from .test_window import session_index

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"


def test_the_recovery_key_is_shown_whole_from_its_start(window):
    """Shown this once, it was cut at its beginning in a box narrower than the key."""
    window.set_language("ar")
    dialog = RecoveryKeyDialog(window, KEY)
    dialog.show()
    key = dialog.key
    assert key.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert key.width() > key.fontMetrics().horizontalAdvance(KEY)
    dialog.reject()


def test_minutes_take_the_plural_of_their_number_in_arabic(window):
    """A fixed suffix read "10 دقيقة"; ten takes "دقائق", fifteen "دقيقةً"."""
    window.set_language("ar")
    dialog = CalendarExportDialog(window, window.ctx)
    spin = dialog.minutes
    spin.setValue(10)
    assert spin.text() == "10 دقائق قبل البند"
    spin.setValue(15)
    assert spin.text() == "15 دقيقةً قبل البند"
    window.set_language("fr")
    dialog = CalendarExportDialog(window, window.ctx)
    assert dialog.minutes.text() == "15\u00a0min avant"
    dialog.reject()


def test_a_days_heading_counts_our_meetings_apart_from_its_sessions(window, delegation):
    add_meeting(window.ctx.store, delegation, "Bilateral", day="2021-11-11", start="09:00")
    window.ctx.changed()
    model = window.views["programme"].model
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    day = next(h for h in headings if "11 November 2021" in h)
    assert day.endswith("— 6 sessions and 1 delegation meeting"), day  # it said "7 sessions"
    # Found by review: "6 sessions, 1 de nos rendez-vous" in French.
    window.set_language("fr")
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    day = next(h for h in headings if "11 novembre 2021" in h)
    assert day.endswith("— 6 sessions et 1 rendez-vous de la délégation"), day
    window.set_language("ar")
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(h.endswith("— 6 جلسات ولقاء واحد للوفد") for h in headings), headings


def test_undo_names_the_mark_it_undoes_in_french(window, delegation, qtbot):
    """ "Annuler Enregistrer": the undo entry took the button's translation ("Save mark")."""
    window.set_language("fr")
    window.views["programme"].tree.setCurrentIndex(session_index(window, "ppf:ses-2021-101"))
    qtbot.mouseClick(window.detail.save, Qt.MouseButton.LeftButton)
    assert "l’enregistrement de la marque" in window.act_undo.text()
    assert "Enregistrer" not in window.act_undo.text()


def test_a_pack_built_for_an_arabic_named_delegation_is_named_in_arabic(window):
    create_delegation(window.ctx.store, "وفد المملكة المغربية", "MA")
    window.ctx.changed()
    view = window.views["packs"]
    target = view._target("وفد المملكة المغربية", None, "ar", None)
    assert target.name.startswith("pack-وفد-المملكة-المغربية-ar-")  # was pack-249bfc202a-ar-…


def switch(window, lang: str) -> None:
    """Language › lang, and Qt's language-change events delivered."""
    window.set_language(lang)
    QApplication.processEvents()


def test_switching_language_says_again_what_the_window_had_said(window, delegation, qtbot):
    """After Language › العربية the Edit menu still read "Undo Save mark", the detail pane
    "Mark saved.", and the notes view "Note sur …" and "Modification…"."""
    window.views["programme"].tree.setCurrentIndex(session_index(window, "ppf:ses-2021-101"))
    qtbot.mouseClick(window.detail.save, Qt.MouseButton.LeftButton)
    assert window.act_undo.text() == "Undo Save mark" and window.detail.message.text()
    switch(window, "ar")
    assert window.act_undo.text() == "تراجع عن \u2068حفظ العلامة\u2069"
    assert window.detail.message.text() == ""
    window.act_undo.trigger()
    switch(window, "fr")
    assert window.act_undo.text() == "Annuler" and not window.act_undo.isEnabled()
    assert window.act_redo.text() == "Rétablir l’enregistrement de la marque"


def test_a_note_begun_stays_open_and_is_named_in_the_new_language(window, delegation, qtbot):
    switch(window, "fr")
    notes = window.views["notes"]
    notes.start_note("ppf:ses-2021-101")
    assert notes.heading.text().startswith("Note sur")
    switch(window, "ar")
    assert notes.target == "ppf:ses-2021-101" and notes.note_id is None  # not another note
    assert not notes.heading.text().startswith("Note sur") and notes.state.text() == ""
    qtbot.keyClicks(notes.editor, "Ask")
    switch(window, "en")
    assert notes.heading.text().startswith("Note on") and notes.target == "ppf:ses-2021-101"


def test_dialog_buttons_are_worded_as_the_windows_other_buttons_in_arabic(window):
    """Qt's Arabic catalogue words them as orders ("ألغِ", "احفظ")."""
    from PySide6.QtWidgets import QDialogButtonBox

    switch(window, "ar")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    words = {b.text() for b in buttons.buttons()}
    assert words == {"حفظ", "إلغاء"}


def test_a_contacts_country_by_its_name_in_the_window(window, delegation):
    """ "France" was refused ("«FRANCE» is not an ISO 3166 code"), and "FR" then shown as such."""
    from briefer.core.people import get_contact
    from briefer.gui.views.people import ContactDialog

    switch(window, "ar")
    dialog = ContactDialog(window.ctx, delegation, window)
    dialog.fields["name"].setText("Jean Dupont")
    dialog.fields["country"].setText("France")
    dialog.accept()
    person = dialog.outcome.value
    assert get_contact(window.ctx.store, person.id).country == "FR"
    window.ctx.changed()
    view = window.views["people"]
    row = view.model.row_of(person.id)
    assert view.model.index(row, COLUMNS.index("country")).data() == "فرنسا"
    edit = ContactDialog(window.ctx, delegation, window, get_contact(window.ctx.store, person.id))
    assert edit.fields["country"].text() == "فرنسا"
    edit.reject()


def test_the_mark_menu_and_its_undo_words_are_in_french(window, delegation):
    """The menu read "&Unmark", "&Priority", "&Assign to" and Undo "Annuler Mark as …" in the
    French window: its texts were never in the catalogues."""
    switch(window, "fr")
    view = window.views["programme"]
    view.tree.setCurrentIndex(session_index(window, "ppf:ses-2021-101"))
    menu = view.keys.menu()
    words = [a.text() for a in menu.actions() if a.text()]
    assert words[:3] == ["&Marquer", "&Priorité", "&Attribuer à"], words
    view.keys.marker.set_priority("ppf:ses-2021-101", "must")
    assert window.act_undo.text() == "Annuler la marque «\u202fincontournable\u202f»"


def test_the_changes_view_says_a_time_with_its_day_in_words(window, delegation):
    """Before and After were "2021-11-11 14:30 → 2021-11-11 16:30", and cut in Arabic."""
    from briefer.core.words import change_value_word

    switch(window, "fr")
    assert change_value_word("time", "2021-11-11 16:30", "session") == (
        "jeudi 11 novembre 2021, 16:30"
    )
    assert change_value_word("time", "day 2021-11-12", "session") == "vendredi 12 novembre 2021"


def test_a_changed_duration_and_the_letter_paper_size_in_the_windows_language(window, delegation):
    """Found by review: "60 min" stayed as recorded in the Arabic Changes view, and "US Letter"
    was English in the French and Arabic Packs views."""
    from briefer.core.words import change_value_word

    switch(window, "ar")
    assert change_value_word("duration", "60 min", "session") == "60 دقيقةً"  # 11 to 99
    assert change_value_word("duration", "about an hour", "session") == "about an hour"
    packs = window.views["packs"]
    assert packs.paper.itemText(1) == "مقاس \u2066Letter\u2069 الأمريكي"
    switch(window, "fr")
    assert packs.paper.itemText(1) == "Lettre US"
    assert change_value_word("duration", "45 min", "session") == "45\u00a0min"
