"""What the user writes can be undone: notes deleted, delegates removed or renamed, delegates
unassigned, import conflicts settled; a selection shows every item it refers to."""

import json
from pathlib import Path

import pytest
from factories import make_catalogue, session
from icalendar import Calendar

from briefer.core.calendar_export import export_calendar
from briefer.core.catalogue.items import item_detail
from briefer.core.delegations import (
    add_delegate,
    create_delegation,
    current_delegation,
    list_delegates,
    list_delegations,
    remove_delegate,
    rename_delegate,
)
from briefer.core.errors import InputError, NotFoundError
from briefer.core.marks import (
    describe_their_version,
    get_mark,
    list_marks,
    marks_in_conflict,
    set_mark,
    settle_mark_conflict,
    unassign,
)
from briefer.core.notes import (
    add_note,
    delete_note,
    list_notes,
    notes_in_conflict,
    settle_note_conflict,
    update_note,
)
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store

ITEM = "ppf:ses-2021-101"


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Délégation", "SN")
    amina = add_delegate(store, delegation, "Amina")
    paul = add_delegate(store, delegation, "Paul")
    return delegation, amina, paul


def _indexed(store, note_id: str) -> int:
    return store.query_one("SELECT count(*) AS n FROM notes_fts WHERE note_id = ?", (note_id,))["n"]


def test_delete_note_removes_it_and_its_search_entry(store, team):
    delegation, _, _ = team
    note = add_note(store, delegation, ITEM, "Talking points")
    kept = add_note(store, delegation, None, "Other note")
    outcome = delete_note(store, note.id)
    assert outcome.value.id == note.id and outcome.changes.notes
    assert [n.id for n in list_notes(store, delegation)] == [kept.id]
    assert _indexed(store, note.id) == 0 and _indexed(store, kept.id) == 1
    with pytest.raises(NotFoundError):
        delete_note(store, note.id)


def test_removing_a_delegate_unassigns_them_and_keeps_the_marks(store, team):
    delegation, amina, paul = team
    set_mark(store, delegation, ITEM, "must", [amina, paul])
    outcome = remove_delegate(store, amina)
    assert outcome.value.unassigned == (ITEM,) and outcome.changes.marks
    assert [d.name for d in list_delegates(store, delegation)] == ["Paul"]
    assert get_mark(store, delegation, ITEM).delegates == ("Paul",)


def test_renaming_a_delegate_keeps_their_marks_and_refuses_a_taken_name(store, team):
    delegation, amina, paul = team
    set_mark(store, delegation, ITEM, "must", [amina])
    renamed = rename_delegate(store, amina, "  Amina   Diallo ", "Ambassador").value
    assert (renamed.name, renamed.function) == ("Amina Diallo", "Ambassador")
    assert get_mark(store, delegation, ITEM).delegates == ("Amina Diallo",)
    with pytest.raises(InputError) as caught:
        rename_delegate(store, paul, "amina diallo")
    assert caught.value.kind == "duplicate_delegate"


def test_unassign_keeps_the_mark_and_says_when_there_is_nothing_to_undo(store, team):
    delegation, amina, paul = team
    set_mark(store, delegation, ITEM, "must", [amina, paul])
    outcome = unassign(store, delegation, ITEM, amina)
    assert outcome.value.delegates == ("Paul",) and outcome.changes.marks
    with pytest.raises(NotFoundError) as caught:
        unassign(store, delegation, ITEM, amina)
    assert caught.value.kind == "not_assigned"


def test_no_delegation_message_names_no_command(store):
    with pytest.raises(NotFoundError) as caught:
        current_delegation(store)
    assert caught.value.kind == "no_delegation" and "briefer" not in str(caught.value)


@pytest.fixture
def conflicted(store, team, tmp_path: Path):
    """Our file exported, both sides changed: the import leaves a mark and a note in conflict."""
    delegation, amina, _ = team
    set_mark(store, delegation, ITEM, "must", [amina], "Health")
    note = add_note(store, delegation, ITEM, "Version one")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["marks"][0].update(priority="optional", reason="Their reason")
    doc["notes"][0]["body"] = "Their text"
    path.write_text(json.dumps(doc), encoding="utf-8")
    update_note(store, note.id, "My text")
    report = import_selection(store, path)
    assert report.mark_conflicts == [ITEM] and report.note_conflicts == [note.id]
    return delegation, note


def test_their_mark_is_described_in_words(store, conflicted):
    delegation, _ = conflicted
    (mark,) = marks_in_conflict(store, delegation)
    text = describe_their_version(mark)
    assert text == "priority: optional; assigned to Amina; reason: Their reason"
    assert "{" not in text


@pytest.mark.parametrize(
    ("keep", "priority", "reason"),
    [("mine", "must", "Health"), ("theirs", "optional", "Their reason")],
)
def test_a_mark_conflict_is_settled(store, conflicted, keep, priority, reason):
    delegation, _ = conflicted
    mark = settle_mark_conflict(store, delegation, ITEM, keep).value
    assert (mark.priority, mark.reason, mark.import_conflict) == (priority, reason, None)
    assert marks_in_conflict(store, delegation) == []
    with pytest.raises(NotFoundError):
        settle_mark_conflict(store, delegation, ITEM, keep)


def test_a_note_conflict_kept_as_this_version_deletes_the_other(store, conflicted):
    delegation, note = conflicted
    kept = settle_note_conflict(store, note.id, "this").value
    assert kept.conflict_with is None
    assert [n.body for n in list_notes(store, delegation, ITEM)] == ["My text"]
    assert notes_in_conflict(store, delegation) == []


def test_a_note_conflict_kept_as_both_unflags_both(store, conflicted):
    delegation, note = conflicted
    settle_note_conflict(store, note.id, "both")
    assert sorted(n.body for n in list_notes(store, delegation, ITEM)) == ["My text", "Their text"]
    assert notes_in_conflict(store, delegation) == []


def test_a_note_conflict_merged_keeps_both_texts_in_one_note(store, conflicted):
    delegation, note = conflicted
    merged = settle_note_conflict(store, note.id, "merge").value
    assert "My text" in merged.body and "Their text" in merged.body
    assert [n.id for n in list_notes(store, delegation, ITEM)] == [note.id]
    assert _indexed(store, note.id) == 1


def test_a_selection_shows_items_the_receiving_catalogue_lacks(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "own.db",
        [
            session(
                "own",
                "Our own side event",
                start="2030-11-11T09:00:00Z",
                end="2030-11-11T10:00:00Z",
            )
        ],
    )
    store.replace_catalogue(tmp_path / "own.db")
    delegation = create_delegation(store, "Délégation")
    set_mark(store, delegation, "test:own", "must")
    add_note(store, delegation, "test:own", "Bring the brochure")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    with open_store(tmp_path / "colleague") as other:
        report = import_selection(other, path)
        assert report.items_remembered == 1
        detail = item_detail(other, "test:own", "en")
        assert detail["title"] == "Our own side event"
        assert detail["day"] == "2030-11-11" and detail["kind"] == "session"
        assert detail["status"] == "not_in_catalogue"  # another catalogue's, not withdrawn
        out = tmp_path / "cal.ics"
        export_calendar(other, list_delegations(other)[0], None, out)
        (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert str(event["summary"]) == "Our own side event"
        assert str(event["status"]) == "CONFIRMED"
        assert event.decoded("dtstart").hour == 10  # 09:00 UTC in Paris
        theirs = list_delegations(other)[0]
        assert [m.item_id for m in list_marks(other, theirs)] == ["test:own"]


def test_a_selection_file_without_items_still_imports(store, team, tmp_path: Path):
    delegation, _, _ = team
    set_mark(store, delegation, ITEM, "must")
    path = tmp_path / "old.json"
    export_selection(store, delegation, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["items"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with open_store(tmp_path / "colleague") as other:
        assert import_selection(other, path).marks_added == 1
