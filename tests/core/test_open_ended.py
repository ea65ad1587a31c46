"""One rule for sessions with a start and no end, used by conflicts, the pack and the calendar."""

from pathlib import Path

import pytest
from factories import make_catalogue, session
from icalendar import Calendar

from briefer.core.calendar_export import export_calendar
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import conflicts, session_span, set_mark
from briefer.core.packs.content import build_content


@pytest.fixture
def programme(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            # No end; the next session in room 1 starts at 09:30, so it ends then.
            session("open", "Open-ended talk", start="2030-11-11T09:00:00Z", room_id="test:r1"),
            session(
                "next",
                "Next in the same room",
                start="2030-11-11T09:30:00Z",
                end="2030-11-11T10:30:00Z",
                room_id="test:r1",
            ),
            # Another room, 09:45: within the hour the open-ended talk would take alone.
            session(
                "elsewhere",
                "Elsewhere at 09:45",
                start="2030-11-11T09:45:00Z",
                end="2030-11-11T10:15:00Z",
                room_id="test:r2",
            ),
            session("alone", "Alone in its room", start="2030-11-11T12:00:00Z", room_id="test:r3"),
            session(
                "overlap",
                "Starts half an hour into it",
                start="2030-11-11T12:30:00Z",
                end="2030-11-11T13:30:00Z",
                room_id="test:r2",
            ),
            session(
                "cancelled",
                "Cancelled, same time",
                start="2030-11-11T12:00:00Z",
                end="2030-11-11T13:00:00Z",
                status="cancelled",
            ),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Delegation")
    return delegation, add_delegate(store, delegation, "Amina")


def test_an_open_ended_session_ends_at_the_next_session_in_its_room(store, programme):
    span = session_span(store, "test:open")
    assert span is not None and span.assumed_end
    assert span.end == "2030-11-11T09:30:00Z"


def test_an_open_ended_session_alone_in_its_room_lasts_an_hour(store, programme):
    span = session_span(store, "test:alone")
    assert span is not None and span.end == "2030-11-11T13:00:00Z" and span.assumed_end
    published = session_span(store, "test:next")
    assert published is not None and not published.assumed_end


def test_open_ended_sessions_conflict_by_the_rule(store, programme):
    delegation, amina = programme
    for item in ("open", "elsewhere", "alone", "overlap"):
        set_mark(store, delegation, f"test:{item}", "must", [amina])
    found = {(c.first, c.second) for c in conflicts(store, delegation)}
    # 09:00–09:30 (assumed) does not meet 09:45; 12:00–13:00 (assumed) meets 12:30.
    assert found == {("test:alone", "test:overlap")}


def test_cancelled_and_withdrawn_sessions_never_conflict(store, programme, tmp_path):
    delegation, amina = programme
    set_mark(store, delegation, "test:alone", "must", [amina])
    set_mark(store, delegation, "test:cancelled", "must", [amina])
    set_mark(store, delegation, "test:overlap", "must", [amina])
    assert {(c.first, c.second) for c in conflicts(store, delegation)} == {
        ("test:alone", "test:overlap")
    }
    # The next catalogue drops "overlap": withdrawn, it keeps its mark but no longer conflicts.
    make_catalogue(
        tmp_path / "c2.db",
        [
            session("alone", "Alone in its room", start="2030-11-11T12:00:00Z", room_id="test:r3"),
            session(
                "cancelled",
                "Cancelled, same time",
                start="2030-11-11T12:00:00Z",
                end="2030-11-11T13:00:00Z",
                status="cancelled",
            ),
        ],
        version=2,
    )
    store.replace_catalogue(tmp_path / "c2.db")
    assert conflicts(store, delegation) == []


def test_the_pack_flags_conflicts_and_spans_by_the_same_rule(store, programme):
    delegation, amina = programme
    for item in ("open", "elsewhere", "alone", "overlap"):
        set_mark(store, delegation, f"test:{item}", "must", [amina])
    content = build_content(store, delegation, amina, "en")
    entries = {e.id: e for e in content.sessions}
    assert entries["test:alone"].conflicts_with == ["test:overlap"]
    assert entries["test:open"].conflicts_with == []
    span = entries["test:open"].span
    assert span is not None and span.assumed_end and span.end == "2030-11-11T09:30:00Z"


def test_ics_ends_an_open_ended_session_by_the_rule_and_says_so(store, programme, tmp_path):
    delegation, amina = programme
    set_mark(store, delegation, "test:open", "must", [amina])
    set_mark(store, delegation, "test:next", "must", [amina])
    out = tmp_path / "cal.ics"
    result = export_calendar(store, delegation, amina, out)
    assert result["assumed_end"] == ["test:open"]
    events = {str(e["summary"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    talk = events["Open-ended talk"]
    assert talk.decoded("dtend") == events["Next in the same room"].decoded("dtstart")
    assert "not announced" in str(talk["description"])
    assert "not announced" not in str(events["Next in the same room"]["description"])
