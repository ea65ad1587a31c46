"""Now and next in the programme view: today's items from the current time, own first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex

from briefer.core.marks import set_mark
from briefer.core.meetings import add_meeting
from briefer.gui.models.sessions_model import COL_MARK, COL_STATUS, RecordRole

# 2021-11-11 14:45 in Paris: ses-2021-101 (14:30–15:15) is in progress.
NOW = datetime(2021, 11, 11, 13, 45, tzinfo=UTC)


def shown(view) -> list[dict]:
    model = view.model
    group = model.index(0, 0, QModelIndex())
    return [model.index(r, 0, group).data(RecordRole) for r in range(model.rowCount(group))]


def cell(view, row: int, column: int) -> str:
    model = view.model
    return model.index(row, column, model.index(0, 0, QModelIndex())).data()


def test_now_and_next_lists_today_from_now_with_our_meetings_first(window, delegation, qtbot):
    window.finish_startup()
    store = window.ctx.store
    add_meeting(store, delegation, "Bilatérale Sénégal–Norvège", day="2021-11-11", start="18:00")
    set_mark(store, delegation, "ppf:ses-2021-104", "must")
    window.ctx.changed()
    view = window.views["programme"]
    view.clock = lambda: NOW
    view.now.click()
    assert view.now.isChecked() and not view.day.isEnabled() and not view.edition.isEnabled()
    rows = shown(view)
    assert rows[0]["own"] and rows[0]["title_other"] == "Bilatérale Sénégal–Norvège"
    assert rows[1]["id"] == "ppf:ses-2021-104", "then what we marked"
    assert {r["id"] for r in rows[2:]} >= {"ppf:ses-2021-101", "ppf:ses-2021-102"}
    assert cell(view, 0, COL_MARK) == "our meeting"
    in_progress = next(i for i, r in enumerate(rows) if r["id"] == "ppf:ses-2021-101")
    assert "in progress" in cell(view, in_progress, COL_STATUS)
    group = view.model.index(0, 0, QModelIndex()).data()
    assert group.startswith("Now and next, Thursday") and group.endswith(f"— {len(rows)} items")
    assert not view.nothing_now.isVisible()

    view.clock = lambda: NOW + timedelta(hours=6)  # 20:45 in Paris: after the day's last item
    view.now_timer.timeout.emit()
    assert shown(view) == [] and view.nothing_now.isVisible()

    view.now.click()
    assert view.day.isEnabled() and not view.nothing_now.isVisible()
    assert view.model.now_day is None and view.model.rowCount() > 1, "the whole programme again"


def test_now_and_next_follows_a_mark_made_meanwhile(window, delegation, qtbot):
    window.finish_startup()
    view = window.views["programme"]
    view.clock = lambda: NOW
    view.now.click()
    assert shown(view)[0]["id"] == "ppf:ses-2021-101"
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-102", "should")
    window.ctx.changed()
    qtbot.waitUntil(lambda: shown(view)[0]["id"] == "ppf:ses-2021-102", timeout=5_000)


def test_a_withdrawn_session_is_shown_withdrawn_in_the_programme(window, tmp_path):
    """Found by review: a session the organisers withdrew showed with an empty status and in
    the ordinary colour, as if it would take place (only "cancelled" was looked for)."""
    from factories import make_catalogue, session

    store = window.ctx.store
    make_catalogue(
        tmp_path / "c.db",
        [
            session("youth", "Youth and peace", start="2030-11-11T08:00:00Z", status="withdrawn"),
            session("climate", "Climate", start="2030-11-11T09:00:00Z"),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    window.ctx.changed()
    window.finish_startup()
    model = window.views["programme"].model
    day = model.index(0, 0, QModelIndex())
    cells = {
        model.index(r, 0, day).data(RecordRole)["id"]: model.index(r, COL_STATUS, day).data()
        for r in range(model.rowCount(day))
    }
    youth = next(key for key in cells if key.endswith("youth"))
    climate = next(key for key in cells if key.endswith("climate"))
    assert cells[youth] == "withdrawn" and cells[climate] == ""
