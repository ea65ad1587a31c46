"""Now and next: today's items from the current time, the delegation's own first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.meetings import add_meeting
from briefer.core.queries.programme import now_and_next

# 2021-11-11 14:45 in Paris: ses-2021-101 (14:30–15:15) and 102 (15:00–16:00) not yet over.
NOW = datetime(2021, 11, 11, 13, 45, tzinfo=UTC)


@pytest.fixture
def delegation(store):
    delegation = create_delegation(store, "Sénégal", "SN")
    add_delegate(store, delegation, "Amina")
    return delegation


def test_items_in_progress_and_to_come_today_in_time_order(store):
    rows = now_and_next(store, NOW, None)
    assert [r["id"] for r in rows] == [
        "ppf:ses-2021-101",
        "ppf:ses-2021-102",
        "ppf:ses-2021-opening",
        "ppf:ses-2021-104",
    ]
    assert [r["in_progress"] for r in rows] == [True, False, False, False]


def test_own_meetings_first_then_marked_sessions(store, delegation):
    later = add_meeting(
        store, delegation, "Press point", day="2021-11-11", start="19:00", end="19:30"
    ).value
    current = add_meeting(
        store, delegation, "Bilateral", day="2021-11-11", start="14:30", end="15:30"
    ).value
    add_meeting(store, delegation, "Over", day="2021-11-11", start="09:00", end="10:00")
    add_meeting(store, delegation, "Declined", day="2021-11-11", start="16:00", status="declined")
    add_meeting(store, delegation, "Tomorrow", day="2021-11-12", start="10:00")
    set_mark(store, delegation, "ppf:ses-2021-104", priority="must")
    rows = now_and_next(store, NOW, delegation)
    assert [r["id"] for r in rows] == [
        current.id,
        later.id,
        "ppf:ses-2021-104",
        "ppf:ses-2021-101",
        "ppf:ses-2021-102",
        "ppf:ses-2021-opening",
    ]
    assert rows[0]["own"] and rows[0]["in_progress"] and not rows[1]["in_progress"]


def test_today_is_the_forums_day_whatever_the_zone_of_now(store):
    # 00:30 in Paris on the 11th is still the 10th in UTC.
    paris_early = datetime(2021, 11, 11, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert now_and_next(store, paris_early, None)[0]["id"] == "ppf:ses-2021-101"


def test_after_the_last_item_nothing_is_left(store):
    assert now_and_next(store, NOW + timedelta(hours=6), None) == []


def test_now_without_a_zone_is_refused(store):
    with pytest.raises(ValueError):
        now_and_next(store, NOW.replace(tzinfo=None), None)
