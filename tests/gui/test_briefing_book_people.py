"""The People view: speakers with their sessions, the delegation's contacts added and edited."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from briefer.core.people import list_contacts
from briefer.gui.views.people import ContactDialog


def _open_people(window):
    window.finish_startup()
    [act] = [a for a in window.view_actions if a.text() == "People"]
    assert act.shortcuts()[0] == QKeySequence("Ctrl+8")
    act.trigger()
    assert window.current_view() == "people"
    return window.views["people"]


def _contact_shown(window, delegation, lang: str, name: str, **fields):
    """A contact added, the People view opened in `lang` with it selected: (view, person)."""
    from PySide6.QtWidgets import QApplication

    from briefer.core.people import add_contact

    person = add_contact(window.ctx.store, delegation, name, **fields).value
    window.ctx.changed()
    view = _open_people(window)
    window.set_language(lang)
    QApplication.processEvents()
    view.select(person.id)
    return view, person


def test_speakers_with_their_sessions(window, delegation):
    view = _open_people(window)
    assert view.model.rowCount() > 0
    rows = [view.model.rows[i] for i in range(view.model.rowCount())]
    speaker = next(r for r in rows if len(r.sessions) >= 1)
    view.select(speaker.id)
    listed = [view.sessions.item(i).data(256) for i in range(view.sessions.count())]
    assert listed == [s["id"] for s in speaker.sessions]
    from briefer.core.catalogue.items import item_detail

    timed = next(r for r in rows if r.sessions and r.sessions[0]["start"])
    view.select(timed.id)
    local = item_detail(window.ctx.store, timed.sessions[0]["id"], window.ctx.lang)["time"]
    assert local[:2] != timed.sessions[0]["start"][11:13]  # Paris is not UTC
    assert local in view.sessions.item(0).text()  # the forum's time, not UTC
    day = timed.sessions[0]["day"]
    from briefer.core.timefmt import forum_day

    assert forum_day(day, "en") in view.sessions.item(0).text()  # in words, not "2021-11-11"
    assert day not in view.sessions.item(0).text()
    view.select(speaker.id)
    assert not view.edit.isEnabled()  # a speaker is the catalogue's, not edited here
    shown = []
    window.ctx.item_selected.connect(shown.append)
    view.sessions.itemClicked.emit(view.sessions.item(0))
    assert shown == [listed[0]]


def test_add_then_edit_a_contact(window, delegation, qtbot, monkeypatch):
    view = _open_people(window)

    def fill_new(dialog: ContactDialog) -> int:
        qtbot.keyClicks(dialog.fields["name"], "Jane Doe")
        qtbot.keyClicks(dialog.fields["country"], "Britain")
        dialog.ok.click()  # not a code: refused, the dialog keeps what was typed
        assert "ISO" in dialog.error.text() and dialog.outcome is None
        dialog.fields["country"].setText("gb")
        qtbot.keyClicks(dialog.fields["function"], "Minister")
        qtbot.keyClicks(dialog.fields["organisation"], "FCDO")
        qtbot.keyClicks(dialog.fields["languages"], "en, fr")
        dialog.notes.setPlainText("Met at the 2020 forum.")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill_new)
    view.add.click()
    [jane] = list_contacts(window.ctx.store, delegation)
    assert (jane.function, jane.organisation, jane.country, jane.languages, jane.notes) == (
        "Minister",
        "FCDO",
        "GB",
        "en, fr",
        "Met at the 2020 forum.",
    )
    assert view.model.rows[0].name == "Jane Doe" and view.selected().id == jane.id
    assert "Met at the 2020 forum." in view.about.text() and view.edit.isEnabled()

    def change(dialog: ContactDialog) -> int:
        assert dialog.fields["name"].text() == "Jane Doe"
        dialog.fields["function"].setText("Secretary of State")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", change)
    view.edit.click()
    [jane] = list_contacts(window.ctx.store, delegation)
    assert jane.function == "Secretary of State" and jane.notes == "Met at the 2020 forum."
    view.filter.setText("fcdo")
    assert [view.model.rows[i].name for i in range(view.model.rowCount())] == ["Jane Doe"]


def test_a_contacts_summary_lines_each_read_in_their_own_direction(window, delegation):
    """Found by review: the summary was one plain label, laid out in the direction of its
    first line: in the Arabic window a French contact's Arabic note read left to right, its
    full stop on the right. Each line is now a paragraph: the window's direction for the
    name and the window's own words, the writer's for each line of the notes; text escaped."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    view, _person = _contact_shown(
        window,
        delegation,
        "ar",
        "Claire Dubois",
        function="Conseillère",
        notes="لقاء سابق في Paris (2019)\nMet at <b>COP21</b>.",
    )
    document = QTextDocument()
    document.setHtml(view.about.text())
    lines = []
    block = document.begin()
    while block.isValid():
        lines.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert lines[0][1] == rtl and "Claire Dubois" in lines[0][0]  # the window's direction
    assert ("لقاء سابق في Paris (2019)", rtl) in lines
    assert ("Met at <b>COP21</b>.", ltr) in lines  # its own direction, and shown as text
    assert lines[-1][1] == rtl  # "A contact of the delegation.", in the window's words


def test_a_contacts_languages_are_named_and_their_notes_read_as_text(window, delegation):
    """Found by review of the Arabic and French windows: the People table's languages column
    showed "ar, fr" while the text below named them; a contact's notes showed "**arabe**"."""
    from PySide6.QtGui import QTextDocument

    from briefer.gui.models.people_model import COLUMNS

    view, person = _contact_shown(
        window, delegation, "ar", "Amélie Laurent", languages="ar, fr",
        notes="Parle **arabe** couramment",
    )  # fmt: skip
    model = view.model
    row = model.row_of(person.id)
    assert model.index(row, COLUMNS.index("languages")).data() == "العربية، الفرنسية"
    document = QTextDocument()
    document.setHtml(view.about.text())
    assert "Parle arabe couramment" in document.toPlainText() and "**" not in document.toPlainText()


def test_a_contact_lists_our_meetings_with_them(window, delegation):
    """Found by review: the People view listed the sessions a person speaks in, never the
    delegation's own meetings with a contact (`person show` did)."""
    from PySide6.QtWidgets import QApplication

    from briefer.core.meetings import add_meeting
    from briefer.core.people import add_contact

    person = add_contact(window.ctx.store, delegation, "Amélie Laurent").value
    meeting = add_meeting(
        window.ctx.store, delegation, "Bilatérale", day="2021-11-11", counterparts=[person.id]
    ).value
    window.ctx.changed()
    view = _open_people(window)
    window.set_language("fr")
    QApplication.processEvents()
    view.select(person.id)  # (not `_contact_shown`: the meeting names the contact first)
    entries = [view.sessions.item(i) for i in range(view.sessions.count())]
    (entry,) = [e for e in entries if e.data(256) == meeting.id]
    assert "Notre rendez-vous" in entry.text() and "Bilatérale" in entry.text()
    assert entry.text().startswith("jeudi 11 novembre · heure à confirmer — ")


def test_a_contacts_meeting_is_listed_with_its_time_as_my_delegation_lists_it(window, delegation):
    """Found by review: « vendredi 12 novembre 2021␣␣Notre rendez-vous : … », a meeting with
    no time and two spaces, where My delegation writes « vendredi 12 novembre · 12:00–13:00 —
    … »."""
    from briefer.core.meetings import add_meeting
    from briefer.core.people import add_contact

    person = add_contact(window.ctx.store, delegation, "Khalid Al-Saud").value
    add_meeting(
        window.ctx.store, delegation, "Bilateral with Saudi Arabia", day="2021-11-12",
        start="12:00", end="13:00", counterparts=[person],
    )  # fmt: skip
    window.ctx.changed()
    view = _open_people(window)
    view.select(person.id)
    text = view.sessions.item(0).text()
    assert text.startswith("Friday 12 November · 12:00–13:00 — Our meeting: ")
    assert "  " not in text
