from pathlib import Path

import pytest
from factories import make_catalogue, session

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.marks import (
    conflicts,
    conflicts_involving,
    conflicts_of,
    list_marks,
    marked_days,
    remove_mark,
    set_mark,
)


@pytest.fixture
def programme(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            session("a", "Morning panel", start="2030-11-11T09:00:00Z", end="2030-11-11T10:00:00Z"),
            session(
                "b",
                "Overlapping workshop",
                start="2030-11-11T09:30:00Z",
                end="2030-11-11T10:30:00Z",
            ),
            session(
                "c", "Back-to-back talk", start="2030-11-11T10:00:00Z", end="2030-11-11T11:00:00Z"
            ),
            session("d", "Time not announced", start=None),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Delegation", "SN")
    return (
        delegation,
        add_delegate(store, delegation, "Amina"),
        add_delegate(store, delegation, "Paul"),
    )


def test_overlap_for_the_same_delegate_is_a_conflict(store, programme):
    delegation, amina, paul = programme
    set_mark(store, delegation, "test:a", "must", [amina])
    set_mark(store, delegation, "test:b", "should", [amina, paul])
    set_mark(store, delegation, "test:c", "should", [paul])
    set_mark(store, delegation, "test:d", "optional", [amina])
    found = conflicts(store, delegation)
    assert [(c.delegate, c.first, c.second) for c in found] == [
        ("Amina", "test:a", "test:b"),
        ("Paul", "test:b", "test:c"),
    ]


def test_an_items_conflicts_are_those_it_is_one_of_the_two_of(store, programme):
    """What `mark` and `meeting add` or `edit` report, and a pack entry's « overlaps »."""
    delegation, amina, paul = programme
    set_mark(store, delegation, "test:a", "must", [amina])
    set_mark(store, delegation, "test:b", "should", [amina, paul])
    set_mark(store, delegation, "test:c", "should", [paul])
    mine = conflicts_of(store, delegation, "test:b")
    assert [(c.delegate, c.other("test:b")) for c in mine] == [
        ("Amina", "test:a"),
        ("Paul", "test:c"),
    ]
    assert [(c.delegate, c.other("test:a")) for c in conflicts_of(store, delegation, "test:a")] == [
        ("Amina", "test:b")
    ]
    assert conflicts_of(store, delegation, "test:d") == []
    pauls = conflicts_involving(conflicts(store, delegation), "test:b", "Paul")
    assert [(c.first, c.second) for c in pauls] == [("test:b", "test:c")]


def test_back_to_back_is_not_a_conflict(store, programme):
    delegation, amina, _ = programme
    set_mark(store, delegation, "test:a", "must", [amina])
    set_mark(store, delegation, "test:c", "must", [amina])
    assert conflicts(store, delegation) == []


def test_declined_sessions_do_not_conflict(store, programme):
    delegation, amina, _ = programme
    set_mark(store, delegation, "test:a", "must", [amina])
    set_mark(store, delegation, "test:b", "must", [amina], status="declined")
    assert conflicts(store, delegation) == []


def test_mark_update_keeps_unchanged_fields_and_lists_by_priority(store, programme):
    delegation, amina, _ = programme
    set_mark(store, delegation, "test:b", "optional", reason="Background")
    set_mark(store, delegation, "test:a", "must", [amina])
    set_mark(store, delegation, "test:b", delegates=[amina])
    marks = list_marks(store, delegation)
    assert [(m.item_id, m.priority, m.reason) for m in marks] == [
        ("test:a", "must", None),
        ("test:b", "optional", "Background"),
    ]
    assert [m.item_id for m in list_marks(store, delegation, amina)] == ["test:a", "test:b"]


def test_bad_marks_are_refused(store, programme):
    delegation, _, _ = programme
    with pytest.raises(InputError, match="Priority"):
        set_mark(store, delegation, "test:a", "urgent")
    with pytest.raises(NotFoundError, match="No item"):
        set_mark(store, delegation, "test:nope", "must")
    with pytest.raises(NotFoundError):
        remove_mark(store, delegation, "test:a")


def test_marked_days_of_the_delegation_and_of_a_delegate(store, tmp_path):
    make_catalogue(
        tmp_path / "days.db",
        [
            session("x", "Day two", day="2030-11-12"),
            session("y", "Day one", day="2030-11-11"),
            session("z", "Day not announced", day=None),
        ],
    )
    store.replace_catalogue(tmp_path / "days.db")
    delegation = create_delegation(store, "Delegation", "SN")
    amina = add_delegate(store, delegation, "Amina")
    paul = add_delegate(store, delegation, "Paul")
    assert marked_days(store, delegation) == []
    set_mark(store, delegation, "test:x", "must", [amina])
    set_mark(store, delegation, "test:y", "should", [paul])
    set_mark(store, delegation, "test:z", "should", [amina])
    assert marked_days(store, delegation) == ["2030-11-11", "2030-11-12"]
    assert marked_days(store, delegation, amina) == ["2030-11-12"]
