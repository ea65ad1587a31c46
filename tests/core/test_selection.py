import json
from pathlib import Path

import pytest

from briefer.core.delegations import add_delegate, create_delegation, list_delegations
from briefer.core.errors import InputError
from briefer.core.marks import get_mark, set_mark
from briefer.core.notes import add_note, list_notes, update_note
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store


@pytest.fixture
def exported(store, tmp_path: Path):
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina Diallo", "Ambassador")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina], "Santé mondiale")
    note = add_note(store, delegation, "ppf:ses-2021-101", "## Points\n- ملاحظة")
    add_note(store, delegation, None, "Free note")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    return delegation, note, path


def test_round_trip_into_another_laptop(exported, tmp_path: Path):
    _, note, path = exported
    with open_store(tmp_path / "colleague") as other:
        report = import_selection(other, path)
        assert report.created_delegation and report.marks_added == 1 and report.notes_added == 2
        delegation = list_delegations(other)[0]
        mark = get_mark(other, delegation, "ppf:ses-2021-101")
        assert (mark.priority, mark.delegates, mark.reason) == (
            "must",
            ("Amina Diallo",),
            "Santé mondiale",
        )
        assert [n.body for n in list_notes(other, delegation, "ppf:ses-2021-101")] == [note.body]
        again = import_selection(other, path)
        assert again.notes_added == 0 and again.notes_unchanged == 2 and again.marks_added == 0


def test_both_versions_of_an_edited_note_survive_flagged(store, exported, tmp_path: Path):
    delegation, note, path = exported
    with open_store(tmp_path / "colleague") as other:
        import_selection(other, path)
        update_note(other, note.id, "Their version")
        set_mark(other, list_delegations(other)[0], "ppf:ses-2021-101", "optional")
        export_selection(other, list_delegations(other)[0], tmp_path / "theirs.json")
    update_note(store, note.id, "My version")
    report = import_selection(store, tmp_path / "theirs.json")
    bodies = {n.body: n for n in list_notes(store, delegation, "ppf:ses-2021-101")}
    assert set(bodies) == {"My version", "Their version"}
    assert bodies["My version"].conflict_with == bodies["Their version"].id
    assert bodies["Their version"].conflict_with == bodies["My version"].id
    mark = get_mark(store, delegation, "ppf:ses-2021-101")
    assert mark.priority == "must"
    assert json.loads(mark.import_conflict) == {
        "priority": "optional",
        "delegates": ["Amina Diallo"],
    }
    assert report.mark_conflicts == ["ppf:ses-2021-101"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "invalid JSON"),
        (b'{"format": "something-else"}', "briefer-selection"),
        (b'{"format": "briefer-selection", "format_version": 9}', "not supported"),
        (
            json.dumps(
                {
                    "format": "briefer-selection",
                    "format_version": 1,
                    "delegation": {"uid": "u", "name": "D", "delegates": []},
                    "marks": [{"item_id": "x", "priority": "urgent"}],
                }
            ).encode(),
            "priority",
        ),
        (b"\xff\xfe\x00garbage", "UTF-8"),
    ],
)
def test_malformed_files_are_refused_and_change_nothing(store, tmp_path: Path, content, message):
    create_delegation(store, "Mine")
    before = store.query("SELECT * FROM delegations")
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        import_selection(store, path)
    assert store.query("SELECT * FROM delegations") == before
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0


def test_the_same_file_again_after_an_edit_here_raises_no_conflict(exported, tmp_path: Path):
    """A colleague's file imported again, unchanged, after the note was edited here, brought the
    old text back as "edited on both sides"."""
    _, note, path = exported
    with open_store(tmp_path / "colleague") as other:
        import_selection(other, path)
        delegation = list_delegations(other)[0]
        update_note(other, note.id, "Edited here since")
        again = import_selection(other, path)
        assert again.note_conflicts == [] and again.notes_added == 0
        bodies = [n.body for n in list_notes(other, delegation, "ppf:ses-2021-101")]
        assert bodies == ["Edited here since"]


def test_a_conflict_settled_here_stays_settled_when_the_file_comes_again(
    store, exported, tmp_path: Path
):
    from briefer.core.notes import settle_note_conflict

    delegation, note, path = exported
    with open_store(tmp_path / "colleague") as other:
        import_selection(other, path)
        update_note(other, note.id, "Their version")
        export_selection(other, list_delegations(other)[0], tmp_path / "theirs.json")
    update_note(store, note.id, "My version")
    first = import_selection(store, tmp_path / "theirs.json")
    assert first.note_conflicts == [note.id]
    settle_note_conflict(store, note.id, "merge", "Both, merged")
    again = import_selection(store, tmp_path / "theirs.json")
    assert again.note_conflicts == [] and again.notes_added == 0
    assert [n.body for n in list_notes(store, delegation, "ppf:ses-2021-101")] == ["Both, merged"]


def test_a_note_deleted_here_comes_back_from_a_file_that_holds_it(exported, tmp_path: Path):
    """A selection file may be the copy someone keeps: importing it restores a deleted note."""
    from briefer.core.notes import delete_note

    _, note, path = exported
    store_path = tmp_path / "colleague"
    with open_store(store_path) as other:
        import_selection(other, path)
        delete_note(other, note.id)
        import_selection(other, path)
        bodies = [n.body for n in list_notes(other, list_delegations(other)[0], "ppf:ses-2021-101")]
        assert bodies == [note.body]


def test_a_mark_the_same_on_both_sides_is_not_counted_as_merged(exported, tmp_path: Path):
    """Importing a file that changes nothing reported "4 marks merged"."""
    _, _, path = exported
    with open_store(tmp_path / "colleague") as other:
        import_selection(other, path)
        again = import_selection(other, path)
        assert again.marks_merged == 0 and again.marks_added == 0 and again.mark_conflicts == []


def test_a_long_note_briefer_accepted_travels_in_a_selection_file(store, tmp_path: Path):
    """Found by review: a note of 1.2 million characters, which `note` accepts (5 MB), made its
    selection file unimportable ("a field of the wrong type"), marks and all."""
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    body = "Une longue note de séance. " * 45_000
    add_note(store, delegation, None, body)
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    with open_store(tmp_path / "other") as other:
        import_selection(other, path)
        assert [n.body for n in list_notes(other, list_delegations(other)[0])] == [body]
        assert get_mark(other, list_delegations(other)[0], "ppf:ses-2021-101") is not None


def test_a_notes_direction_set_by_its_writer_travels_with_it(store, tmp_path: Path):
    """A colleague's note set right to left by hand opens and prints so here too; a note
    that follows its script writes no direction, and a file's direction is checked."""
    from briefer.core.notes import set_note_direction

    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    chosen = add_note(store, delegation, None, "Note de séance")
    set_note_direction(store, chosen.id, "rtl")
    add_note(store, delegation, None, "Une autre note")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [n.get("direction") for n in document["notes"]].count("rtl") == 1
    assert sum("direction" in n for n in document["notes"]) == 1
    with open_store(tmp_path / "other") as other:
        import_selection(other, path)
        directions = {n.body: n.direction for n in list_notes(other, list_delegations(other)[0])}
        assert directions == {"Note de séance": "rtl", "Une autre note": None}
    document["notes"][0]["direction"] = "up"
    path.write_text(json.dumps(document), encoding="utf-8")
    with open_store(tmp_path / "third") as third, pytest.raises(InputError):
        import_selection(third, path)


def test_a_refusal_names_its_reason_in_the_users_language(store, tmp_path: Path):
    """Found by review: the reasons ("a mark has priority 'urgent'") stayed English inside
    French and Arabic sentences; a note too long for Briefer is named as such."""
    from briefer.core import i18n
    from briefer.core.notes import MAX_NOTE_BYTES

    document = {
        "format": "briefer-selection",
        "format_version": 1,
        "delegation": {"uid": "u", "name": "D", "delegates": []},
        "marks": [{"item_id": "ppf:x", "priority": "urgent"}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    before = i18n.translator()
    i18n.set_translator(i18n.catalogue_translator("fr"))
    try:
        with pytest.raises(InputError) as refused:
            import_selection(store, path)
    finally:
        i18n.set_translator(before)
    assert "une marque a la priorité 'urgent'" in str(refused.value)
    document["marks"] = []
    document["notes"] = [{"id": "n1", "body": "x" * (MAX_NOTE_BYTES + 1)}]
    path.write_text(json.dumps(document))
    with pytest.raises(InputError, match=r"the note 'n1' is longer than a note may be \(5 MB\)"):
        import_selection(store, path)


def test_an_export_is_offered_under_the_delegations_name_in_its_own_script():
    """Found by review: "وفد المملكة المغربية" was offered as "249bfc202a.briefer-selection"."""
    from types import SimpleNamespace

    from briefer.core.selection import default_selection_name

    arabic = SimpleNamespace(name="وفد المملكة المغربية")
    assert default_selection_name(arabic) == "وفد-المملكة-المغربية.briefer-selection"
    french = SimpleNamespace(name="Délégation du Sénégal")
    assert default_selection_name(french) == "delegation-du-senegal.briefer-selection"


def test_a_direction_set_on_a_note_the_reader_has_travels_as_an_edit(store, tmp_path: Path):
    """Found by review: a direction set on a note the colleague already had stopped at "same
    text: unchanged", and setting it left the note's modified time as it was. It is now an
    edit of the note as a text's is: a version the reader has not seen, kept beside theirs."""
    from briefer.core.notes import get_note, set_note_direction

    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    note = add_note(store, delegation, None, "Note de séance")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    with open_store(tmp_path / "other") as other:
        assert import_selection(other, path).notes_added == 1
    before = get_note(store, note.id).modified
    store.conn.execute(
        "UPDATE notes SET modified = '2020-01-01T00:00:00Z' WHERE id = ?", (note.id,)
    )
    set_note_direction(store, note.id, "rtl")
    assert get_note(store, note.id).modified >= before
    export_selection(store, delegation, path)
    with open_store(tmp_path / "other") as other:
        report = import_selection(other, path)
        assert report.notes_unchanged == 0 and report.note_conflicts == [note.id]
        notes = list_notes(other, list_delegations(other)[0])
        assert sorted((n.body, n.direction or "") for n in notes) == [
            ("Note de séance", ""),
            ("Note de séance", "rtl"),
        ]
        again = import_selection(other, path)
        assert again.notes_unchanged == 1 and again.notes_added == 0
    with open_store(tmp_path / "third") as third:  # a first import takes the direction
        import_selection(third, path)
        assert [n.direction for n in list_notes(third, list_delegations(third)[0])] == ["rtl"]
