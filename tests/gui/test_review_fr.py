"""Found by a French reviewer: what the window showed a French reader."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from briefer.core.meetings import add_meeting
from briefer.core.people import add_contact


def test_a_meetings_counterparts_label_is_counted(window, delegation):
    """Found by review: « Interlocuteurs : Ngozi Okonjo-Iweala » for one person."""
    store = window.ctx.store
    ngozi = add_contact(store, delegation, "Ngozi Okonjo-Iweala").value
    jane = add_contact(store, delegation, "Jane Doe").value
    one = add_meeting(store, delegation, "Entretien bilatéral avec l’OMC", day="2021-11-11",
                      counterparts=[ngozi], delegates=["Amina Diallo"]).value  # fmt: skip
    two = add_meeting(store, delegation, "Déjeuner de travail", day="2021-11-12",
                      counterparts=[ngozi, jane]).value  # fmt: skip
    window.ctx.changed()
    window.set_language("fr")
    window.detail.show_item(one.id)
    shown = window.detail.browser.toPlainText()
    assert re.search(r"\bInterlocuteur\s+Ngozi", shown) and "Interlocuteurs" not in shown, shown
    assert re.search(r"\bMembre\s+Amina Diallo", shown), shown
    window.detail.show_item(two.id)
    assert "Interlocuteurs" in window.detail.browser.toPlainText()
    window.set_language("ar")
    window.detail.show_item(one.id)
    shown = window.detail.browser.toPlainText()
    assert "المحاور" in shown and "المحاورون" not in shown, shown


def test_the_people_views_name_column_leaves_room_for_the_others(window, delegation, qtbot):
    """Found by review: the Name column stretched over some 40 % of the table and cut the
    function, the organisation and the rest."""
    store = window.ctx.store
    add_contact(store, delegation, "Ursula von der Leyen",
                function="Présidente de la Commission européenne",
                organisation="l'Union européenne")  # fmt: skip
    window.ctx.changed()
    window.resize(1400, 900)
    window.show_view("people")
    qtbot.wait(50)
    table = window.views["people"].table
    header = table.horizontalHeader()
    room = table.viewport().width()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[0] < room * 0.25, (widths, room)
    assert widths[1] > widths[0] and widths[2] > widths[0], widths  # function, organisation
    assert sum(widths) <= room + 1, (widths, room)  # nothing pushed out of sight
    assert all(w >= header.minimumSectionSize() for w in widths)


def test_my_delegation_parts_a_meetings_day_and_time_from_its_title(window, delegation):
    """Found by review: « vendredi Déjeuner de travail avec la Commission » and « jeudi
    15:30–16:15 Entretien bilatéral avec l'OMC »: the weekday glued to the title; and
    « Conflits (double-clic pour décliner la seconde) » did not say what is declined."""
    store = window.ctx.store
    add_meeting(store, delegation, "Déjeuner de travail avec la Commission", day="2021-11-12")
    add_meeting(store, delegation, "Entretien bilatéral avec l’OMC", day="2021-11-11",
                start="15:30", end="16:15", tz="Europe/Paris")  # fmt: skip
    add_meeting(store, delegation, "Réception", day=None)
    window.ctx.changed()
    window.set_language("fr")
    window.show_view("delegation")
    view = window.views["delegation"]
    tree = view.marks
    texts = {
        tree.topLevelItem(top).child(i).text(0).strip("\u2066\u2067\u2068\u2069")
        for top in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(top).childCount())
    }
    texts = {re.sub("[\u2066-\u2069]", "", t) for t in texts}
    assert "vendredi 12 novembre · heure à confirmer — Déjeuner de travail avec la Commission" in (
        texts
    ), texts
    assert "jeudi 11 novembre · 15:30–16:15 — Entretien bilatéral avec l’OMC" in texts, texts
    assert "jour à confirmer — Réception" in texts, texts
    assert "l’élément qui commence le plus tard" in view.conflict_title.text()


def test_my_delegation_flags_cancelled_and_withdrawn_items_as_the_programme_does(
    window, delegation, tmp_path
):
    """Found by review: « Ma délégation » listed a cancelled session and a withdrawn one as if
    they took place, while the Programme's Statut column said « annulée » and « retirée »."""
    from factories import make_catalogue, session

    from briefer.core.marks import set_mark
    from briefer.gui import colours

    store = window.ctx.store
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    sessions = [session("off", "Called off", status="cancelled"), session("on", "Held")]
    store.replace_catalogue(make_catalogue(tmp_path / "c.db", sessions, version=99))
    set_mark(store, delegation, "test:off", "should")
    set_mark(store, delegation, "test:on", "should")
    window.ctx.changed()
    window.set_language("fr")
    window.show_view("delegation")
    tree = window.views["delegation"].marks
    whole = tree.topLevelItem(tree.topLevelItemCount() - 1)
    shown = {
        whole.child(i).data(0, Qt.ItemDataRole.UserRole): whole.child(i)
        for i in range(whole.childCount())
    }
    assert tree.headerItem().text(2) == "Statut"
    assert shown["ppf:ses-2021-101"].text(2) == "retirée"
    assert shown["test:off"].text(2) == "annulée"
    assert shown["test:on"].text(2) == ""
    red = colours.warning().name()
    assert shown["test:off"].foreground(0).color().name() == red
    assert shown["test:on"].foreground(0).color().name() != red


def test_my_delegation_gives_a_meetings_status_in_the_status_column(window, delegation):
    """Found by review: a cancelled meeting read « notre rendez-vous, annulé » under Priorité,
    its Statut cell empty beside a withdrawn session's « retirée »."""
    from briefer.core.meetings import cancel_meeting
    from briefer.gui import colours

    store = window.ctx.store
    held = add_meeting(store, delegation, "Entretien avec l’OMC", day="2021-11-11").value
    off = add_meeting(store, delegation, "Réception", day="2021-11-12").value
    cancel_meeting(store, delegation, off.id)
    window.ctx.changed()
    window.set_language("fr")
    window.show_view("delegation")
    tree = window.views["delegation"].marks
    whole = tree.topLevelItem(tree.topLevelItemCount() - 1)
    shown = {
        whole.child(i).data(0, Qt.ItemDataRole.UserRole): whole.child(i)
        for i in range(whole.childCount())
    }
    assert [shown[off.id].text(1), shown[off.id].text(2)] == ["notre rendez-vous", "annulé"]
    assert [shown[held.id].text(1), shown[held.id].text(2)] == ["notre rendez-vous", "demandé"]
    assert shown[off.id].foreground(2).color().name() == colours.warning().name()


def test_a_withdrawn_items_notes_open_from_the_detail_pane(window, delegation, tmp_path, qtbot):
    """Found by review: a withdrawn session's pane said « 1 note » but greyed out « Notes… »,
    so the note could be neither read nor edited from there."""
    from factories import make_catalogue, session

    from briefer.core.marks import set_mark
    from briefer.core.notes import add_note

    store = window.ctx.store
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    add_note(store, delegation, "ppf:ses-2021-101", "Points to raise with Senegal")
    store.replace_catalogue(make_catalogue(tmp_path / "c.db", [session("s1", "Other")], version=99))
    window.ctx.changed()
    window.detail.show_item("ppf:ses-2021-101")
    assert window.detail.notes_button.isEnabled()
    assert not window.detail.save.isEnabled()  # the mark's form: the item no longer exists
    qtbot.mouseClick(window.detail.notes_button, Qt.MouseButton.LeftButton)
    notes = window.views["notes"]
    assert window.current_view() == "notes"
    assert notes.editor.toPlainText() == "Points to raise with Senegal"
    assert not notes.editor.isReadOnly()
