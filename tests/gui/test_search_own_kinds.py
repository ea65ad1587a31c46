"""The Search view's kind filter offers the delegation's own meetings and contacts, and lists
its contacts as « Our contacts », not among the catalogue's people."""

from __future__ import annotations

from briefer.core.meetings import add_meeting
from briefer.core.people import add_contact
from tests.gui.test_search_filters import refilter, run


def test_the_kind_filter_keeps_our_meetings_or_our_contacts(window, delegation, qtbot):
    window.finish_startup()
    store = window.ctx.store
    contact = add_contact(store, delegation, "Quokka Ndiaye", organisation="WTO").value
    meeting = add_meeting(store, delegation, "Quokka call").value
    window.ctx.changed()
    view = window.views["search"]
    assert run(window, qtbot, view, "Quokka") == {
        "Our meetings": [meeting.id],
        "Our contacts": [contact.id],
    }
    view.kind.setCurrentIndex(view.kind.findData("contact"))
    assert refilter(qtbot, view) == {"Our contacts": [contact.id]}
    view.kind.setCurrentIndex(view.kind.findData("meeting"))
    assert refilter(qtbot, view) == {"Our meetings": [meeting.id]}
    view.kind.setCurrentIndex(view.kind.findData("person"))
    assert refilter(qtbot, view) == {}
