"""A note added with the direction its writer set is written once, with it (`add_note`'s
`direction`): it was added, then edited by a second write."""

import json
from pathlib import Path

import pytest

from briefer.core.delegations import create_delegation, list_delegations
from briefer.core.errors import InputError
from briefer.core.notes import add_note, get_note, list_notes
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store


def test_a_note_added_with_a_direction_is_new_not_edited(store):
    delegation = create_delegation(store, "Délégation du Maroc")
    note = add_note(store, delegation, None, "Points for the minister", direction="rtl")
    assert get_note(store, note.id) == note
    assert (note.direction, note.modified) == ("rtl", note.created)
    plain = add_note(store, delegation, None, "No direction set")
    assert (plain.direction, plain.modified) == (None, plain.created)


def test_a_bad_direction_adds_no_note(store):
    delegation = create_delegation(store, "Délégation du Maroc")
    with pytest.raises(InputError) as raised:
        add_note(store, delegation, None, "Points", direction="up")
    assert raised.value.kind == "bad_direction"
    assert list_notes(store, delegation) == []


def test_an_imported_note_keeps_its_direction_and_its_times(store, tmp_path: Path):
    delegation = create_delegation(store, "Délégation du Maroc")
    note = add_note(store, delegation, None, "نقاط الحديث", direction="ltr")
    path = tmp_path / "selection.json"
    export_selection(store, delegation, path)
    assert [n["direction"] for n in json.loads(path.read_text(encoding="utf-8"))["notes"]] == [
        "ltr"
    ]
    with open_store(tmp_path / "colleague") as other:
        import_selection(other, path)
        (theirs,) = list_notes(other, list_delegations(other)[0])
        assert (theirs.id, theirs.direction, theirs.created, theirs.modified) == (
            note.id,
            "ltr",
            note.created,
            note.modified,
        )
