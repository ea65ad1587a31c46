"""A meeting's import conflict settled: the version taken keeps its delegates by identity.

Found by review: the recorded version named its delegates by name only, so a delegate renamed
between the import and the settling lost their attendance, and "Anna Berg" and "ANNA BERG"
(near-duplicates an older Briefer let in) were taken for one another.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.core.collation import stored_key
from briefer.core.delegations import (
    add_delegate,
    create_delegation,
    remove_delegate,
    rename_delegate,
)
from briefer.core.meetings import add_meeting, get_meeting, other_version, settle_meeting
from briefer.core.names import name_key
from briefer.core.selection import export_selection, import_selection

EARLIER, LATER = "2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z"


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    return (
        delegation,
        add_delegate(store, delegation, "Amina"),
        add_delegate(store, delegation, "Paul"),
    )


def _near_duplicate(store, delegation, name: str):
    """A delegate named nearly as one there is, as an older Briefer let it be added."""
    store.conn.execute(
        "INSERT INTO delegates (uid, delegation_id, name, created, sort_key, name_key)"
        " VALUES (?, ?, ?, 'now', ?, ?)",
        (f"near-{name}", delegation.id, name, stored_key(name), name_key(name)),
    )
    row = store.query_one("SELECT id FROM delegates WHERE uid = ?", (f"near-{name}",))
    from briefer.core.delegations import get_delegate

    return get_delegate(store, row["id"])


def _meeting(store, delegation, delegates):
    values = {"day": "2021-11-11", "start": "14:00", "end": "15:00", "kind": "bilateral"}
    return add_meeting(store, delegation, "Bilateral", **values, delegates=delegates).value


def _conflict(store, delegation, meeting, theirs, their_stamp: str, tmp_path: Path) -> None:
    """Import the colleague's version of `meeting`, retitled and attended by `theirs`, modified
    at `their_stamp`: the two versions then conflict."""
    path = tmp_path / "theirs.briefer-selection"
    export_selection(store, delegation, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    (record,) = document["meetings"]
    record.update(title="Their title", delegates=[d.uid for d in theirs], modified=their_stamp)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert import_selection(store, path).meeting_conflicts == [meeting.id]


@pytest.mark.parametrize("their_stamp", [EARLIER, LATER], ids=["theirs-recorded", "mine-recorded"])
def test_a_delegate_renamed_before_the_settling_keeps_their_attendance(
    store, team, tmp_path, their_stamp
):
    delegation, amina, paul = team
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [paul], their_stamp, tmp_path)
    recorded = paul if their_stamp == EARLIER else amina
    renamed = rename_delegate(store, recorded, recorded.name + " Diop").value

    settled = settle_meeting(store, delegation, meeting.id, "other").value

    assert settled.meeting.delegates == (renamed.name,)
    assert settled.dropped == ()


@pytest.mark.parametrize("their_stamp", [EARLIER, LATER], ids=["theirs-recorded", "mine-recorded"])
@pytest.mark.parametrize("attending", [0, 1], ids=["Anna Berg", "ANNA BERG"])
def test_near_duplicate_delegates_are_not_taken_for_one_another(
    store, team, tmp_path, their_stamp, attending
):
    delegation, amina, _ = team
    anna = [add_delegate(store, delegation, "Anna Berg")]
    anna.append(_near_duplicate(store, delegation, "ANNA BERG"))
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [anna[attending]], their_stamp, tmp_path)
    if their_stamp == LATER:  # theirs taken on import, mine recorded: settling takes mine back
        assert get_meeting(store, meeting.id).delegates == (anna[attending].name,)
        expected = ("Amina",)
    else:
        expected = (anna[attending].name,)

    settled = settle_meeting(store, delegation, meeting.id, "other").value

    assert settled.meeting.delegates == expected


def _as_written_before(store, meeting_id: str, **changes: object) -> None:
    """Rewrite the meeting's recorded version as a Briefer before this one wrote it: its
    delegates by name only."""
    record = other_version(get_meeting(store, meeting_id))
    record.pop("local_delegates")
    record.update(changes)
    store.conn.execute(
        "UPDATE meetings SET import_conflict = ? WHERE id = ?", (json.dumps(record), meeting_id)
    )


def test_a_record_written_by_an_older_version_settles_by_name(store, team, tmp_path):
    delegation, amina, paul = team
    _near_duplicate(store, delegation, "AMINA")
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [paul], EARLIER, tmp_path)
    _as_written_before(store, meeting.id, delegate_names=["AMINA", "Paul", "Zoé"])

    settled = settle_meeting(store, delegation, meeting.id, "other").value

    assert settled.meeting.title == "Their title"
    assert settled.meeting.delegates == ("AMINA", "Paul")
    assert settled.dropped == ("Zoé",)


@pytest.mark.parametrize(
    "changes",
    [
        {"delegate_names": "Paul"},
        {"delegate_names": [42, None, ["Paul"]]},
        {"delegate_names": None, "local_delegates": [{"uid": 7}, "Paul", None]},
        {"local_delegates": {"uid": "x"}, "delegate_names": {"Paul": 1}},
    ],
)
def test_a_malformed_record_still_settles(store, team, tmp_path, changes):
    delegation, amina, paul = team
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [paul], EARLIER, tmp_path)
    _as_written_before(store, meeting.id, **changes)

    settled = settle_meeting(store, delegation, meeting.id, "other").value

    assert settled.meeting.title == "Their title" and settled.meeting.delegates == ()
    assert get_meeting(store, meeting.id).import_conflict is None


def test_a_delegate_removed_before_the_settling_is_dropped_and_reported(store, team, tmp_path):
    delegation, amina, paul = team
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [amina, paul], EARLIER, tmp_path)
    remove_delegate(store, paul)

    settled = settle_meeting(store, delegation, meeting.id, "other").value

    assert settled.meeting.title == "Their title"
    assert settled.meeting.delegates == ("Amina",)
    assert settled.dropped == ("Paul",)


def test_keeping_the_current_version_drops_no_one(store, team, tmp_path):
    delegation, amina, paul = team
    meeting = _meeting(store, delegation, [amina])
    _conflict(store, delegation, meeting, [paul], EARLIER, tmp_path)
    remove_delegate(store, paul)

    settled = settle_meeting(store, delegation, meeting.id, "current").value

    assert settled.meeting.delegates == ("Amina",) and settled.dropped == ()
