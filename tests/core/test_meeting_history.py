"""A meeting's time, place, status and attendance changes go to the change history (source own)."""

from __future__ import annotations

import time

import pytest

from briefer.core.delegations import add_delegate, create_delegation, current_delegation
from briefer.core.meetings import add_meeting, cancel_meeting, edit_meeting
from briefer.core.packs.content import build_content
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store
from briefer.core.sync.history import list_changes


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    add_delegate(store, delegation, "Amina")
    add_delegate(store, delegation, "Paul")
    return delegation


def _meeting(store, delegation):
    return add_meeting(
        store,
        delegation,
        "Bilateral with the UK",
        day="2021-11-11",
        start="14:00",
        end="15:00",
        kind="bilateral",
        place="Salon 2",
        delegates=["Amina"],
    ).value


def test_an_edit_records_time_place_status_and_attendance(store, team):
    meeting = _meeting(store, team)
    store.conn.execute("DELETE FROM changes")  # its addition (`test_a_new_meeting_…`)
    outcome = edit_meeting(
        store, team, meeting.id, start="16:00", end="17:00", place="Salon 4", delegates=["Paul"]
    )
    assert outcome.changes.history
    cancel_meeting(store, team, meeting.id)
    rows = list_changes(store, team)
    by_field = {r["field"]: r for r in rows}
    assert set(by_field) == {"time", "place", "status", "attendance"}
    assert by_field["time"]["old"] == "2021-11-11 14:00–15:00"
    assert by_field["time"]["new"] == "2021-11-11 16:00–17:00"
    assert (by_field["place"]["old"], by_field["place"]["new"]) == ("Salon 2", "Salon 4")
    assert (by_field["attendance"]["old"], by_field["attendance"]["new"]) == ("Amina", "Paul")
    assert (by_field["status"]["old"], by_field["status"]["new"]) == ("requested", "cancelled")
    assert all(r["source"] == "own" and r["marked"] for r in rows)
    assert all(r["id"] == meeting.id and r["title"] == meeting.title for r in rows)


def test_an_edit_of_the_title_only_records_nothing(store, team):
    meeting = _meeting(store, team)
    store.conn.execute("DELETE FROM changes")  # its addition
    outcome = edit_meeting(store, team, meeting.id, title="Another title")
    assert not outcome.changes.history
    assert list_changes(store, team) == []


def test_a_colleagues_newer_version_merged_is_recorded(store, team, tmp_path):
    meeting = _meeting(store, team)
    mine = tmp_path / "mine.briefer-selection"
    export_selection(store, team, mine)
    with open_store(tmp_path / "colleague") as colleague:
        import_selection(colleague, mine)
        theirs = current_delegation(colleague)
        time.sleep(0.01)
        edit_meeting(colleague, theirs, meeting.id, status="confirmed")
        back = tmp_path / "theirs.briefer-selection"
        export_selection(colleague, theirs, back)
    import_selection(store, back)
    rows = list_changes(store, team)
    assert [(r["field"], r["old"], r["new"]) for r in rows] == [
        ("status", "requested", "confirmed"),
        ("added", None, meeting.title),  # newest first
    ]


def test_a_colleagues_new_meeting_imported_is_recorded_as_added(store, team, tmp_path):
    """Found by review: a meeting a colleague added came in by their selection file in
    neither `briefer changes` nor the pack's changes, while their edits of one did."""
    with open_store(tmp_path / "colleague") as colleague:
        export_selection(store, team, tmp_path / "mine.briefer-selection")
        import_selection(colleague, tmp_path / "mine.briefer-selection")
        meeting = _meeting(colleague, current_delegation(colleague))
        export_selection(colleague, current_delegation(colleague), tmp_path / "theirs.json")
    report = import_selection(store, tmp_path / "theirs.json")
    assert report.meetings_added == 1
    rows = list_changes(store, team)
    assert [(r["id"], r["field"], r["new"], r["source"]) for r in rows] == [
        (meeting.id, "added", meeting.title, "own")
    ]
    again = import_selection(store, tmp_path / "theirs.json")
    assert again.meetings_unchanged == 1 and len(list_changes(store, team)) == 1


def test_the_pack_lists_meeting_changes_since_the_last_pack(store, team):
    meeting = _meeting(store, team)
    store.conn.execute(
        "INSERT INTO packs (delegation_id, delegate_id, lang, path, created)"
        " VALUES (?, NULL, 'en', 'x.pdf', '2000-01-01T00:00:00')",
        (team.id,),
    )
    store.conn.commit()
    edit_meeting(store, team, meeting.id, place="Salon 4")
    content = build_content(store, team, None, "en")
    assert [(c["item_id"], c["field"], c["new"]) for c in content.changes] == [
        (meeting.id, "added", meeting.title),  # added after the last pack, too
        (meeting.id, "place", "Salon 4"),
    ]


def test_a_new_meeting_and_a_new_counterpart_are_changes_as_edits_are(store, team):
    """Found by review: a meeting added, or a counterpart added to one, after the last pack
    was in neither the pack's changes nor `briefer changes`, while its edits of time, place,
    status and attendance were: a delegate holding the printed pack must learn of both."""
    from briefer.core.people import add_contact

    meeting = _meeting(store, team)
    store.conn.execute(
        "INSERT INTO packs (delegation_id, delegate_id, lang, path, created)"
        " VALUES (?, NULL, 'en', 'x.pdf', '2000-01-01T00:00:00')",
        (team.id,),
    )
    store.conn.commit()
    add_contact(store, team, "Amina J. Mohammed")
    outcome = edit_meeting(store, team, meeting.id, counterparts=["Amina J. Mohammed"])
    assert outcome.changes.history
    rows = [(r["field"], r["old"], r["new"]) for r in list_changes(store, team)]
    assert rows == [("counterparts", None, "Amina J. Mohammed"), ("added", None, meeting.title)]
    content = build_content(store, team, None, "en")
    assert [(c["item_id"], c["field"]) for c in content.changes] == [
        (meeting.id, "added"),
        (meeting.id, "counterparts"),
    ]


@pytest.mark.parametrize("reader", ["poppler", "pdfium", "pypdf"])
def test_the_changes_table_heads_its_rows_as_items_not_sessions(store, team, tmp_path, reader):
    """Found by review: the changes table's first column was headed « الجلسة » (session) over
    rows of own meetings: « البند » (item), in PDF and Word."""
    from docx import Document
    from pdf_readers import READERS

    from briefer.core.packs.service import make_pack

    store.conn.execute(
        "INSERT INTO packs (delegation_id, delegate_id, lang, path, created)"
        " VALUES (?, NULL, 'ar', 'x.pdf', '2000-01-01T00:00:00')",
        (team.id,),
    )
    store.conn.commit()
    _meeting(store, team)
    pdf, docx = tmp_path / "pack.pdf", tmp_path / "pack.docx"
    make_pack(store, team, None, pdf, "ar", sections=("changes",))
    make_pack(store, team, None, docx, "ar", sections=("changes",), format="docx")
    text = READERS[reader](pdf.read_bytes())
    assert "البند" in text and "الجلسة" not in text
    header = [cell.text for cell in Document(str(docx)).tables[0].rows[0].cells]
    assert header[0] == "البند"
