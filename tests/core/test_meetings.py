"""The delegation's own meetings and contacts, over the real store (bundled 2021 catalogue)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from briefer.core.delegations import add_delegate, create_delegation, remove_delegate
from briefer.core.errors import InputError, NotFoundError
from briefer.core.marks import conflicts, set_mark
from briefer.core.meetings import (
    add_meeting,
    cancel_meeting,
    delete_meeting,
    edit_meeting,
    find_meeting,
    get_meeting,
    list_meetings,
    other_version,
    settle_meeting,
)
from briefer.core.migrations import LATEST
from briefer.core.operations import reset_catalogue
from briefer.core.people import (
    add_contact,
    catalogue_person,
    delete_contact,
    edit_contact,
    find_person,
    same_person_ids,
)
from briefer.core.queries.programme import Position, ProgrammeFilter, programme, programme_days
from briefer.core.search.engine import search
from briefer.core.selection import export_selection, import_selection
from briefer.core.store import open_store

SESSION = "ppf:ses-2021-101"  # 2021-11-11, 14:30–15:15 in Paris


@pytest.fixture
def team(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    amina = add_delegate(store, delegation, "Amina")
    paul = add_delegate(store, delegation, "Paul")
    jane = add_contact(
        store, delegation, "Jane Doe", function="Minister", organisation="FCDO", country="gb"
    ).value
    return delegation, amina, paul, jane


def _bilateral(store, delegation, **extra):
    values = {
        "day": "2021-11-11",
        "start": "14:00",
        "end": "15:00",
        "kind": "bilateral",
        "counterparts": ["Jane Doe"],
        "delegates": ["Amina"],
    }
    values.update(extra)
    return add_meeting(store, delegation, "Bilateral with the UK", **values)


def test_create_edit_cancel_and_delete(store, team):
    delegation, *_ = team
    outcome = _bilateral(store, delegation, place="Salon 2")
    meeting = outcome.value
    # Its addition is in the change history too (the changes view refreshes).
    assert outcome.changes.meetings and outcome.changes.names() == ["history", "meetings"]
    assert meeting.id.startswith("own:meeting-") and len(meeting.id) == len("own:meeting-") + 36
    assert (meeting.start, meeting.end) == ("2021-11-11T13:00:00Z", "2021-11-11T14:00:00Z")
    assert meeting.forum_time() == "14:00–15:00" and meeting.status == "requested"
    assert [c.name for c in meeting.counterparts] == ["Jane Doe"]
    assert meeting.delegates == ("Amina",) and meeting.place == "Salon 2"

    edited = edit_meeting(
        store,
        delegation,
        meeting.id,
        title="Bilateral with the United Kingdom",
        end="15:30",
        status="confirmed",
        delegates=["Amina", "Paul"],
        logistics={"interpretation": "EN-FR booth", "badge": "VIP"},
    ).value
    assert edited.title == "Bilateral with the United Kingdom"
    assert edited.forum_time() == "14:00–15:30" and edited.status == "confirmed"
    assert edited.delegates == ("Amina", "Paul")
    assert edited.logistics == {"interpretation": "EN-FR booth", "badge": "VIP"}
    assert find_meeting(store, delegation, meeting.id[len("own:meeting-") :][:8]).id == meeting.id

    cancelled = cancel_meeting(store, delegation, meeting.id).value
    assert cancelled.status == "cancelled" and cancelled.title == edited.title
    assert list_meetings(store, delegation)[0].status == "cancelled"
    delete_meeting(store, delegation, meeting.id)
    assert list_meetings(store, delegation) == []
    with pytest.raises(NotFoundError):
        get_meeting(store, meeting.id)


def test_bad_input_is_refused_with_a_message_and_nothing_written(store, team):
    delegation, *_ = team
    with pytest.raises(InputError, match="ends") as ends:
        _bilateral(store, delegation, start="15:00", end="14:00")
    assert ends.value.kind == "ends_before_start"
    with pytest.raises(NotFoundError, match="Nobody") as unknown:
        _bilateral(store, delegation, delegates=["Nobody"])
    assert unknown.value.kind == "no_delegate"
    with pytest.raises(NotFoundError, match="Someone Else") as person:
        _bilateral(store, delegation, counterparts=["Someone Else"])
    assert person.value.kind == "no_person"
    with pytest.raises(InputError) as zone:
        _bilateral(store, delegation, tz="Mars/Olympus")
    assert zone.value.kind == "bad_timezone"
    with pytest.raises(InputError):
        _bilateral(store, delegation, kind="party")
    with pytest.raises(InputError):
        _bilateral(store, delegation, day="11/11/2021")
    assert list_meetings(store, delegation) == []


def test_a_time_in_another_zone_is_stored_in_utc_and_shown_in_the_forum_time(store, team):
    delegation, *_ = team
    call = add_meeting(
        store,
        delegation,
        "Call with New York",
        day="2021-11-11",
        start="08:30",
        end="09:00",
        tz="America/New_York",
    ).value
    assert call.timezone == "America/New_York"
    assert call.start == "2021-11-11T13:30:00Z" and call.forum_time() == "14:30–15:00"
    late = add_meeting(
        store, delegation, "Late call", day="2021-11-11", start="19:30", tz="America/New_York"
    ).value
    assert late.day == "2021-11-12"  # 01:30 the next day at the forum
    assert late.forum_time() == "01:30"


def test_a_meeting_conflicts_with_a_marked_session_for_the_same_delegate_only(store, team):
    delegation, amina, paul, _ = team
    set_mark(store, delegation, SESSION, "must", [amina, paul])
    meeting = _bilateral(store, delegation).value
    found = conflicts(store, delegation)
    assert [(c.delegate, c.first, c.second, c.first_kind, c.second_kind) for c in found] == [
        ("Amina", meeting.id, SESSION, "meeting", "session")
    ]
    other = _bilateral(store, delegation, start="14:30", end="14:45").value
    pairs = {(c.delegate, c.first, c.second) for c in conflicts(store, delegation)}
    assert ("Amina", meeting.id, other.id) in pairs  # two meetings of the same delegate
    assert not any(c.delegate == "Paul" for c in conflicts(store, delegation))
    cancel_meeting(store, delegation, meeting.id)
    edit_meeting(store, delegation, other.id, status="declined")
    assert conflicts(store, delegation) == []


def test_programme_lists_own_items_among_sessions_in_time_order(store, team):
    delegation, _, paul, _ = team
    meeting = _bilateral(store, delegation).value
    tba = add_meeting(store, delegation, "Reception TBA", day="2021-11-11", kind="reception").value
    f = ProgrammeFilter(day="2021-11-11", delegation_id=delegation.id)
    rows = list(programme(store, f))
    ids = [r["id"] for r in rows]
    assert ids.index(meeting.id) < ids.index(SESSION)  # 14:00 before 14:30
    assert ids[-1] == tba.id  # untimed, last
    own = next(r for r in rows if r["id"] == meeting.id)
    assert own["own"] and own["title_other"] == "Bilateral with the UK"
    assert not next(r for r in rows if r["id"] == SESSION)["own"]
    days = {d.day: d.count for d in programme_days(store, f)}
    assert days["2021-11-11"] == len(rows)
    only_paul = ProgrammeFilter(day="2021-11-11", delegation_id=delegation.id, delegate_id=paul.id)
    assert meeting.id not in [r["id"] for r in programme(store, only_paul)]
    assert Position().own == 0


def test_programme_batches_hold_every_own_item_once(store, team):
    from briefer.core.queries.programme import programme_rows

    delegation, *_ = team
    made = [
        add_meeting(store, delegation, f"M{i}", day="2021-11-11", start=f"{8 + i}:00").value.id
        for i in range(10)
    ]
    f = ProgrammeFilter(day="2021-11-11", delegation_id=delegation.id)
    seen, at = [], Position()
    while True:
        rows, at = programme_rows(store, f, "2021-11-11", at, limit=2)
        seen += [r["id"] for r in rows]
        if not rows:
            break
    assert sorted(i for i in seen if i.startswith("own:")) == sorted(made)
    assert len(seen) == len(set(seen)) == len(list(programme(store, f)))


def test_search_finds_meetings_and_contacts(store, team):
    delegation, *_ = team
    meeting = _bilateral(store, delegation, place="Salon Vauban").value
    hits = search(store, "vauban", delegation=delegation)
    assert [(h.id, h.kind) for h in hits] == [(meeting.id, "meeting")]
    assert any(
        h.kind == "person" and h.title == "Jane Doe"
        for h in search(store, "FCDO", delegation=delegation)
    )
    delete_meeting(store, delegation, meeting.id)
    assert search(store, "vauban", delegation=delegation) == []


def test_meetings_survive_a_catalogue_reset_untouched(store, team):
    delegation, *_ = team
    meeting = _bilateral(store, delegation).value
    before = store.query("SELECT * FROM meetings"), store.query("SELECT * FROM contacts")
    reset_catalogue(store)
    assert (store.query("SELECT * FROM meetings"), store.query("SELECT * FROM contacts")) == before
    assert get_meeting(store, meeting.id) == meeting


def test_a_person_deleted_while_a_meeting_names_them_is_refused(store, team):
    delegation, _, _, jane = team
    meeting = _bilateral(store, delegation).value
    with pytest.raises(InputError, match="Bilateral with the UK") as refused:
        delete_contact(store, jane.id)
    assert refused.value.kind == "person_in_use"
    assert refused.value.facts["meetings"] == [meeting.id]
    assert find_person(store, delegation, "jane doe").id == jane.id
    edit_meeting(store, delegation, meeting.id, counterparts=[])
    delete_contact(store, jane.id)
    with pytest.raises(NotFoundError):
        find_person(store, delegation, "Jane Doe")


def test_a_renamed_contact_is_renamed_in_their_meetings(store, team):
    delegation, _, _, jane = team
    meeting = _bilateral(store, delegation).value
    edit_contact(store, jane.id, name="Dame Jane Doe")
    assert [c.name for c in get_meeting(store, meeting.id).counterparts] == ["Dame Jane Doe"]


def test_a_removed_delegate_leaves_the_meeting(store, team):
    delegation, amina, *_ = team
    meeting = _bilateral(store, delegation).value
    remove_delegate(store, amina)
    assert get_meeting(store, meeting.id).delegates == ()


def test_catalogue_people_one_person_only_by_id_or_name_and_organisation(store):
    rows = store.query(
        "SELECT p.id FROM cat.people p JOIN cat.session_people sp ON sp.person_id = p.id LIMIT 1"
    )
    person = catalogue_person(store, rows[0]["id"])
    assert person.sessions and all(s["id"].startswith("ppf:") for s in person.sessions)
    assert same_person_ids(store, "nobody") == []


def test_schema_is_migrated(store):
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def _colleague(tmp_path: Path):
    return open_store(tmp_path / "colleague")


def test_a_selection_carries_meetings_and_merges_a_colleagues_edit(store, team, tmp_path):
    delegation, *_ = team
    meeting = _bilateral(store, delegation, place="Salon 2").value
    mine = tmp_path / "mine.briefer-selection"
    export_selection(store, delegation, mine)
    document = json.loads(mine.read_text())
    assert [m["id"] for m in document["meetings"]] == [meeting.id]
    assert [c["name"] for c in document["contacts"]] == ["Jane Doe"]

    with _colleague(tmp_path) as colleague:
        report = import_selection(colleague, mine)
        assert report.meetings_added == 1 and report.contacts_added == 1
        theirs = colleague.query("SELECT id FROM delegations")[0]
        from briefer.core.delegations import get_delegation

        their_delegation = get_delegation(colleague, theirs["id"])
        copy = get_meeting(colleague, meeting.id)
        assert copy.title == meeting.title and copy.delegates == ("Amina",)
        assert [c.id for c in copy.counterparts] == [meeting.counterparts[0].id]
        time.sleep(0.01)
        edit_meeting(colleague, their_delegation, meeting.id, start="16:00", end="17:00")
        back = tmp_path / "theirs.briefer-selection"
        export_selection(colleague, their_delegation, back)

    # I edited the title before their (later) time change reached me.
    edit_meeting(store, delegation, meeting.id, title="Bilateral — my title")
    time.sleep(0.01)
    # Their version was modified before mine: mine is kept, theirs is recorded.
    report = import_selection(store, back)
    assert report.meetings_added == 0 and report.meeting_conflicts == [meeting.id]
    kept = get_meeting(store, meeting.id)
    assert kept.title == "Bilateral — my title" and kept.forum_time() == "14:00–15:00"
    other = other_version(kept)
    assert other["start"] == "2021-11-11T15:00:00Z" and other["title"] == meeting.title
    assert len(list_meetings(store, delegation)) == 1  # updated, never duplicated
    settled = settle_meeting(store, delegation, meeting.id, "other").value.meeting
    assert settled.forum_time() == "16:00–17:00" and settled.import_conflict is None
    assert settled.delegates == ("Amina",)


def test_the_later_edit_wins_on_import(store, team, tmp_path):
    delegation, *_ = team
    meeting = _bilateral(store, delegation).value
    mine = tmp_path / "mine.briefer-selection"
    export_selection(store, delegation, mine)
    with _colleague(tmp_path) as colleague:
        import_selection(colleague, mine)
        from briefer.core.delegations import current_delegation

        theirs = current_delegation(colleague)
        time.sleep(0.01)
        edit_meeting(colleague, theirs, meeting.id, status="confirmed", delegates=["Paul"])
        back = tmp_path / "theirs.briefer-selection"
        export_selection(colleague, theirs, back)
    report = import_selection(store, back)
    assert report.meetings_updated == 1
    now = get_meeting(store, meeting.id)
    assert now.status == "confirmed" and now.delegates == ("Paul",)
    assert other_version(now)["status"] == "requested"  # mine, kept
    again = import_selection(store, back)
    assert again.meetings_unchanged == 1 and again.meeting_conflicts == []


def test_a_malformed_meeting_in_a_selection_is_refused(store, team, tmp_path):
    delegation, *_ = team
    _bilateral(store, delegation)
    path = tmp_path / "s.briefer-selection"
    export_selection(store, delegation, path)
    document = json.loads(path.read_text())
    document["meetings"][0]["status"] = "maybe"
    path.write_text(json.dumps(document))
    with pytest.raises(InputError, match="meeting is malformed"):
        import_selection(store, path)


def test_a_catalogue_counterpart_keeps_their_name_when_the_catalogue_drops_them(
    store, team, tmp_path
):
    from factories import make_catalogue, session

    delegation, *_ = team
    speaker = store.query(
        "SELECT p.id, p.name FROM cat.people p JOIN cat.session_people sp"
        " ON sp.person_id = p.id ORDER BY p.id LIMIT 1"
    )[0]
    meeting = _bilateral(store, delegation, counterparts=[speaker["id"]]).value
    assert [c.name for c in meeting.counterparts] == [speaker["name"]]
    make_catalogue(tmp_path / "other.db", [session("x", "Another programme")])
    store.replace_catalogue(tmp_path / "other.db")
    kept = get_meeting(store, meeting.id)
    assert [(c.id, c.name) for c in kept.counterparts] == [(speaker["id"], speaker["name"])]
    from briefer.core.packs.content import build_content

    who = build_content(store, delegation, None, "en").people
    assert [(w.id, w.name) for w in who] == [(speaker["id"], speaker["name"])]


def test_an_ambiguous_or_unknown_counterpart_is_refused(store, team):
    delegation, *_ = team
    other = add_contact(store, delegation, "Jane Doe", organisation="Other ministry").value
    with pytest.raises(InputError) as ambiguous:
        _bilateral(store, delegation)
    assert ambiguous.value.kind == "ambiguous_person" and other.id in ambiguous.value.facts["ids"]
    meeting = _bilateral(store, delegation, counterparts=[other.id]).value
    assert [c.id for c in meeting.counterparts] == [other.id]
    with pytest.raises(NotFoundError):
        find_person(store, delegation, "own:person-00000000")


def test_a_v5_file_is_migrated_with_a_backup_and_nothing_lost(data_dir: Path):
    import sqlite3

    from briefer.core.migrations import apply_migrations

    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "user.db")
    apply_migrations(conn, upto=5)
    conn.execute(
        "INSERT INTO delegations (uid, name, created) VALUES ('u', 'Délégation', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    with open_store(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.query("SELECT name FROM delegations") == [{"name": "Délégation"}]
        from briefer.core.delegations import get_delegation

        delegation = get_delegation(store, 1)
        assert add_meeting(store, delegation, "After the upgrade").value.title
    [backup] = data_dir.glob("user.db.v5.*.bak")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    assert old.execute("SELECT name FROM delegations").fetchall() == [("Délégation",)]
    old.close()


def test_one_person_across_editions_only_by_name_and_organisation(store, tmp_path):
    from briefer.core.catalogue.io import CatalogueData, write_catalogue
    from briefer.core.people import catalogue_people

    data = CatalogueData()
    for year in (2029, 2030):
        data.add("editions", {"id": f"t:e{year}", "year": year, "name_en": f"Forum {year}"})
        data.add(
            "sessions",
            {"id": f"t:s{year}", "edition_id": f"t:e{year}", "title_en": f"Panel {year}",
             "day": f"{year}-11-11"},
        )  # fmt: skip
    people = [
        ("t:p-2029-ana", "Ana Lima", "UNDP", "t:s2029"),
        ("t:p-2030-ana", "Ana Lima", "UNDP", "t:s2030"),
        ("t:p-2030-ana-2", "Ana Lima", "Other body", "t:s2030"),
        ("t:p-2029-bo", "Bo Chen", None, "t:s2029"),
        ("t:p-2030-bo", "Bo Chen", None, "t:s2030"),
    ]
    for pid, name, org, session_id in people:
        data.add("people", {"id": pid, "name": name, "organisation": org})
        data.add("session_people", {"session_id": session_id, "person_id": pid, "role": "speaker"})
    data.meta = {"catalogue_version": 9, "source": "test", "illustrative": True}
    write_catalogue(data, tmp_path / "c.db")
    store.replace_catalogue(tmp_path / "c.db")

    ana = catalogue_person(store, "t:p-2029-ana")
    assert [s["id"] for s in ana.sessions] == ["t:s2029", "t:s2030"]  # same name and body
    assert same_person_ids(store, "t:p-2030-ana-2") == ["t:p-2030-ana-2"]
    assert [s["id"] for s in catalogue_person(store, "t:p-2029-bo").sessions] == ["t:s2029"]
    listed = [(p.name, p.organisation, len(p.sessions)) for p in catalogue_people(store)]
    assert listed == [
        ("Ana Lima", "Other body", 1),
        ("Ana Lima", "UNDP", 2),
        ("Bo Chen", None, 1),
        ("Bo Chen", None, 1),
    ]
    delegation = create_delegation(store, "D")
    with pytest.raises(InputError) as ambiguous:  # three Ana Lima rows, two people
        find_person(store, delegation, "Ana Lima")
    assert ambiguous.value.kind == "ambiguous_person"


def test_a_day_with_only_a_meeting_is_a_day_of_the_delegate(store, team):
    from briefer.core.marks import marked_days

    delegation, amina, paul, _ = team
    _bilateral(store, delegation, day="2021-11-13")
    assert marked_days(store, delegation, amina) == ["2021-11-13"]
    assert marked_days(store, delegation, paul) == []
    assert marked_days(store, delegation) == ["2021-11-13"]


def test_a_place_is_a_room_of_the_venue_by_id_or_free_text(store, team):
    from briefer.core.meetings import place_text

    delegation, *_ = team
    room = store.query("SELECT id, name_en FROM cat.rooms WHERE name_en IS NOT NULL LIMIT 1")[0]
    in_room = _bilateral(store, delegation, place=room["id"]).value
    assert in_room.room_id == room["id"] and in_room.place.startswith(room["name_en"])
    assert place_text(store, in_room, "en").startswith(room["name_en"])
    elsewhere = _bilateral(store, delegation, place="Embassy, 1 rue X").value
    assert (elsewhere.room_id, place_text(store, elsewhere, "en")) == (None, "Embassy, 1 rue X")


def test_a_meeting_in_a_room_the_catalogue_drops_keeps_the_rooms_name(store, team, tmp_path):
    """Found by review: a meeting placed by room id printed « Lieu : ppf:room:2026:salle-1 »
    after a sync whose programme no longer had that room."""
    from factories import make_catalogue, session

    from briefer.core.meetings import get_meeting, place_text

    delegation, *_ = team
    room = store.query("SELECT id, name_en FROM cat.rooms WHERE name_en IS NOT NULL LIMIT 1")[0]
    meeting = _bilateral(store, delegation, place=room["id"]).value
    make_catalogue(tmp_path / "c.db", [session("s1", "Opening", start="2030-11-11T08:00:00Z")])
    store.replace_catalogue(tmp_path / "c.db")
    shown = place_text(store, get_meeting(store, meeting.id), "en")
    assert shown.startswith(room["name_en"]) and room["id"] not in shown
