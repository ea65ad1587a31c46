"""The meeting dialog: add a meeting with counterparts from My delegation, then see it in the
programme (flagged as the delegation's own) and in the conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from briefer.core.delegations import current_delegation, find_delegate
from briefer.core.marks import set_mark
from briefer.core.meetings import list_meetings
from briefer.gui.dialogs.meeting import MeetingDialog

from .conftest import painted_text

SESSION = "ppf:ses-2021-101"  # 2021-11-11, 14:30–15:15 in Paris


def _tick(widget, text: str) -> None:
    for i in range(widget.count()):
        if widget.item(i).text().strip("\u2066\u2067\u2068\u2069") == text:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text} is not offered")


def _programme_rows(window) -> list[dict]:
    view = window.views["programme"]
    view.edition.setCurrentIndex(view.edition.findData("ppf:edition-2021"))
    model = view.model
    rows = []
    for number in range(model.rowCount()):
        day = model.index(number, 0)
        while model.canFetchMore(day):
            model.fetchMore(day)
        rows += [model.record(model.index(i, 0, day)) for i in range(model.rowCount(day))]
    return rows


def test_add_a_meeting_with_counterparts_then_see_it_in_programme_and_conflicts(
    window, delegation, qtbot, monkeypatch
):
    store = window.ctx.store
    amina = find_delegate(store, delegation, "Amina Diallo")
    set_mark(store, delegation, SESSION, "must", [amina])
    window.ctx.changed()

    def fill_and_accept(dialog: MeetingDialog) -> int:
        qtbot.keyClicks(dialog.title, "Bilateral with the UK")
        dialog.kind.setCurrentIndex(dialog.kind.findData("bilateral"))
        dialog.day.setDate(QDate(2021, 11, 11))
        dialog.start.setTime(QTime(15, 0))
        dialog.end.setTime(QTime(14, 0))
        dialog.ok.click()  # ends before it starts: refused, the dialog stays with its text
        assert "ends" in dialog.error.text() and dialog.outcome is None
        dialog.end.setTime(QTime(16, 0))
        qtbot.keyClicks(dialog.new_person, "Jane Doe")
        dialog.add_person.click()
        qtbot.keyClicks(dialog.new_person, "John Roe")
        dialog.add_person.click()
        _tick(dialog.delegates, "Amina Diallo")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", fill_and_accept)
    window.show_view("delegation")
    view = window.views["delegation"]
    view.new_meeting.click()

    [meeting] = list_meetings(store, current_delegation(store))
    assert [c.name for c in meeting.counterparts] == ["Jane Doe", "John Roe"]
    assert meeting.delegates == ("Amina Diallo",) and meeting.kind == "bilateral"
    conflicts = [view.conflicts.item(i).text() for i in range(view.conflicts.count())]
    assert any("Bilateral with the UK" in c and "Risking repeat" in c for c in conflicts)

    window.show_view("programme")
    rows = _programme_rows(window)
    ids = [r["id"] for r in rows]
    assert ids.index(SESSION) < ids.index(meeting.id)  # 14:30, then our 15:00
    own = next(r for r in rows if r["id"] == meeting.id)
    assert own["own"] and own["title_other"] == "Bilateral with the UK"
    model = window.views["programme"].model
    day = next(
        model.index(n, 0) for n in range(model.rowCount()) if "2021" in model.index(n, 0).data()
    )
    shown = [
        [model.index(i, c, day).data() for c in range(model.columnCount())]
        for i in range(model.rowCount(day))
    ]
    assert any("Bilateral with the UK" in r and "our meeting" in r for r in shown)
    assert meeting.id in window.views["programme"].model.conflicts
    window.detail.show_item(meeting.id)
    shown = window.detail.browser.toPlainText()
    assert "Bilateral with the UK" in shown and "Jane Doe, John Roe" in shown
    assert not window.detail.priority.isEnabled()


def test_search_view_lists_our_meetings(window, delegation):
    from briefer.core.meetings import add_meeting
    from briefer.core.search.engine import search

    store = window.ctx.store
    meeting = add_meeting(store, delegation, "Breakfast with the Vauban group", day="2021-11-11")
    window.show_view("search")
    view = window.views["search"]
    view._show((view.generation, search(store, "vauban", delegation=delegation)))
    group = view.results.topLevelItem(0)
    assert group.text(0) == "Our meetings (1)"
    assert group.child(0).data(0, Qt.ItemDataRole.UserRole) == meeting.value.id


def test_a_meetings_kind_and_status_are_in_the_windows_language(window, delegation, qtbot):
    """They were the stored English words ("bilateral", "requested") in every language."""
    from briefer.core.meetings import add_meeting

    add_meeting(window.ctx.store, delegation, "لقاء ثنائي مع الوفد", day="2021-11-11",
                start="16:00", end="16:30", kind="bilateral",
                logistics={"interpretation": "AR-FR"})  # fmt: skip
    window.ctx.changed()
    window.set_language("ar")
    dialog = MeetingDialog(window.ctx, delegation, window)
    qtbot.addWidget(dialog)
    kinds = {dialog.kind.itemData(i): dialog.kind.itemText(i) for i in range(dialog.kind.count())}
    assert kinds["bilateral"] == "لقاء ثنائي" and kinds["side"] == "اجتماع جانبي"
    statuses = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert "مطلوب" in statuses and "requested" not in statuses
    meeting = list_meetings(window.ctx.store, delegation)[0]
    window.detail.show_item(meeting.id)
    shown = window.detail.browser.toPlainText()
    assert "لقاء ثنائي" in shown and "الترجمة" in shown and "bilateral" not in shown
    window.set_language("fr")
    window.detail.show_item(meeting.id)
    assert "bilatéral" in window.detail.browser.toPlainText()


def test_the_day_and_times_are_chosen_not_typed_in_a_format(window, delegation):
    """The fields asked for "YYYY-MM-DD" and "HH:MM" in every language."""
    window.set_language("fr")
    dialog = MeetingDialog(window.ctx, delegation, window)
    assert dialog.day.calendarPopup() and "YYYY" not in dialog.day.displayFormat()
    assert dialog.when() == ("2021-11-11", "09:00", None)  # the forum's first day, no end
    assert dialog.end.text() == "—"
    dialog.time_tba.setChecked(True)
    assert dialog.when() == ("2021-11-11", None, None) and not dialog.start.isEnabled()
    dialog.day_tba.setChecked(True)
    assert dialog.when() == (None, None, None) and not dialog.time_tba.isEnabled()
    dialog.title.setText("Rencontre à confirmer")
    dialog.ok.click()
    meeting = dialog.outcome.value
    assert (meeting.day, meeting.start, meeting.end) == (None, None, None)
    edit = MeetingDialog(window.ctx, delegation, window, meeting)
    assert edit.day_tba.isChecked() and edit.when() == (None, None, None)
    edit.reject()


def test_a_meeting_without_an_end_is_edited_without_one(window, delegation):
    from briefer.core.meetings import add_meeting

    meeting = add_meeting(
        window.ctx.store, delegation, "Breakfast", day="2021-11-12", start="08:00"
    ).value
    dialog = MeetingDialog(window.ctx, delegation, window, meeting)
    assert dialog.when() == ("2021-11-12", "08:00", None)
    dialog.ok.click()
    assert dialog.outcome.value.end is None


def test_an_arabic_window_shows_the_time_as_written_and_the_month_in_words(window, delegation):
    """Qt laid an Arabic locale's time out reversed: 09:00 read "00:09"; the day has the
    forum's month names, as the packs (tests/gui/test_day_edit.py)."""
    window.set_language("ar")
    dialog = MeetingDialog(window.ctx, delegation, window)
    assert dialog.start.text() == "09:00"
    assert dialog.day.text() == "الخميس 11 تشرين الثاني/نوفمبر 2021"
    dialog.reject()


def test_a_meetings_logistics_are_seen_and_changed_in_its_dialog(window, delegation):
    """Found by review: the dialog had no interpretation, transport, badge, press or contact
    field; what the detail pane and the packs show could be set on the command line only."""
    from briefer.core.meetings import add_meeting, get_meeting

    meeting = add_meeting(
        window.ctx.store,
        delegation,
        "Bilatérale",
        day="2021-11-12",
        logistics={"interpretation": "arabe ↔ français", "contact": "+33 6 12 34 56 78"},
    ).value
    window.set_language("fr")
    dialog = MeetingDialog(window.ctx, delegation, window, meeting)
    assert dialog.logistics["interpretation"].text() == "arabe ↔ français"
    assert dialog.logistics["contact"].text() == "+33 6 12 34 56 78"
    dialog.logistics["badge"].setText("Badge vert, entrée B")
    dialog.logistics["contact"].clear()  # cleared: no contact any more
    dialog.ok.click()
    after = get_meeting(window.ctx.store, meeting.id).logistics
    assert after == {"interpretation": "arabe ↔ français", "badge": "Badge vert, entrée B"}
    new = MeetingDialog(window.ctx, delegation, window)
    new.title.setText("Presse")
    new.logistics["press"].setText("AFP, 10 min")
    new.ok.click()
    assert new.outcome.value.logistics == {"press": "AFP, 10 min"}


def test_names_in_the_checklists_are_isolated(window, delegation):
    """Found by review: in the Arabic dialog a Latin name read "<Karim <b>Alaoui</b", its
    closing ">" carried to the other end, and a long one lost its beginning."""
    from briefer.core.people import add_contact

    add_contact(window.ctx.store, delegation, "Karim <b>Alaoui</b>")
    window.set_language("ar")
    dialog = MeetingDialog(window.ctx, delegation, window)
    names = [painted_text(dialog.counterparts, i) for i in range(dialog.counterparts.count())]
    assert "\u2066Karim <b>Alaoui</b>\u2069" in names, names
    delegates = [painted_text(dialog.delegates, i) for i in range(dialog.delegates.count())]
    assert delegates and all(d[0] in "\u2066\u2067\u2068" for d in delegates), delegates


def test_the_detail_pane_gives_a_meetings_own_clock_and_its_city(window, delegation):
    """Found by review: the packs named a meeting's zone by its code (« Africa/Casablanca »);
    they give its clock and city, and the window's detail pane now does too."""
    from briefer.core.meetings import add_meeting

    meeting = add_meeting(window.ctx.store, delegation, "لقاء مع وفد الاتحاد الأفريقي (AU)",
                          day="2021-11-12", start="08:00", end="08:30",
                          tz="Africa/Casablanca").value  # fmt: skip
    window.ctx.changed()
    window.set_language("ar")
    window.detail.show_item(meeting.id)
    shown = window.detail.browser.toPlainText()
    assert "التوقيت المحلي" in shown and "(الدار البيضاء)" in shown and "Africa/" not in shown
    window.set_language("fr")
    window.detail.show_item(meeting.id)
    assert "Heure locale" in window.detail.browser.toPlainText()


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_four_counterparts_show_whole_on_a_small_screen(window, delegation, qtbot, lang):
    """Found by review: the counterparts list showed three rows and half a fourth. The form,
    the lists and the buttons stood one under another, taller than a laptop's screen, and Qt
    opens a dialog at most two thirds of the screen high: the lists took what was left."""
    from briefer.core.people import add_contact

    for name in ("Jane Doe", "خالد بن سلمان", "Jean-Noël Barrot", "Ngozi Okonjo-Iweala"):
        add_contact(window.ctx.store, delegation, name)
    window.set_language(lang)
    dialog = MeetingDialog(window.ctx, delegation, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    listed = dialog.counterparts
    for height in (dialog.height(), 720 * 2 // 3):  # as opened here, as on a 1280×720 screen
        dialog.resize(dialog.width(), height)
        dialog.layout().activate()
        assert dialog.height() == height  # the whole dialog fits
        assert listed.visualItemRect(listed.item(3)).bottom() < listed.viewport().height()
    dialog.reject()
