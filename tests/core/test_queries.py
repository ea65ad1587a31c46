"""The core's reads that both front ends show: the programme, projects, editions."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from factories import EDITION, make_catalogue, project, session, two_editions_of_2019

from briefer.cli import main
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError, NotFoundError
from briefer.core.marks import set_mark
from briefer.core.queries.editions import default_edition, list_editions, resolve_edition
from briefer.core.queries.programme import (
    BATCH,
    Position,
    ProgrammeFilter,
    programme,
    programme_days,
    programme_rows,
)
from briefer.core.queries.projects import ProjectFilter, project_count, project_rows

THEME = "test:theme-health"


def _programme_catalogue(path: Path) -> Path:
    """A day of more sessions than a batch (some without a time), formats alike but not equal."""
    sessions = [
        session(
            f"s{i:04}",
            f"Session {i}",
            start=f"2030-11-11T{8 + i % 10:02}:{i % 60:02}:00Z",
            format="panel" if i % 3 else "panel discussion",
        )
        for i in range(BATCH + 50)
    ]
    sessions += [session(f"u{i}", f"Untimed {i}", format="workshop") for i in range(7)]
    sessions += [session("d2", "Second day", day="2030-11-12", start="2030-11-12T09:00:00Z")]
    sessions += [session("tba", "Day to be announced", day=None)]
    make_catalogue(path, sessions, [project("p1", "Water"), project("p2", "Air")])
    return path


def _with_theme(path: Path) -> None:
    """Adds a theme carried by two sessions (the factories' catalogue has none)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO themes (id, edition_id, type, key, name_en) VALUES (?, ?, ?, ?, ?)",
            (THEME, EDITION, "theme", "health", "Health"),
        )
        conn.executemany(
            "INSERT INTO item_themes (item_id, theme_id) VALUES (?, ?)",
            [("test:s0003", THEME), ("test:u2", THEME)],
        )


@pytest.fixture
def programme_store(store, tmp_path: Path):
    path = _programme_catalogue(tmp_path / "c.db")
    _with_theme(path)
    store.replace_catalogue(path)
    return store


def ids(rows) -> list[str]:
    return [r["id"] for r in rows]


def test_days_come_in_order_with_their_counts_and_the_unknown_day_last(programme_store):
    days = programme_days(programme_store, ProgrammeFilter(edition_id=EDITION))
    assert [(d.day, d.count) for d in days] == [
        ("2030-11-11", BATCH + 57),
        ("2030-11-12", 1),
        (None, 1),
    ]


def test_a_day_is_read_batch_by_batch_timed_sessions_first(programme_store):
    f = ProgrammeFilter(edition_id=EDITION)
    first, at = programme_rows(programme_store, f, "2030-11-11")
    assert len(first) == BATCH and at == Position(timed=BATCH, untimed=0)
    second, at = programme_rows(programme_store, f, "2030-11-11", at)
    assert len(second) == 57 and at == Position(timed=BATCH + 50, untimed=7)
    rows = first + second
    starts = [r["start"] for r in rows if r["start"]]
    assert starts == sorted(starts)
    assert ids(rows[-7:]) == [f"test:u{i}" for i in range(7)]
    assert len(set(ids(rows))) == len(rows)


def test_format_matches_exactly(programme_store):
    panels = list(programme(programme_store, ProgrammeFilter(format="panel")))
    assert panels and all(r["format"] == "panel" for r in panels)
    assert len(panels) == sum(1 for i in range(BATCH + 50) if i % 3)
    assert not list(programme(programme_store, ProgrammeFilter(format="pan")))


def test_theme_filter(programme_store):
    rows = programme(programme_store, ProgrammeFilter(theme_id=THEME))
    assert ids(rows) == ["test:s0003", "test:u2"]


def test_marked_only_and_delegate_speak_of_the_delegation_s_marks(programme_store):
    store = programme_store
    delegation = create_delegation(store, "Test delegation")
    amina = add_delegate(store, delegation, "Amina")
    omar = add_delegate(store, delegation, "Omar")
    set_mark(store, delegation, "test:s0010", "must", [amina])
    set_mark(store, delegation, "test:d2", "optional", [omar])
    marked = ProgrammeFilter(marked_only=True, delegation_id=delegation.id)
    rows = list(programme(store, marked))
    assert ids(rows) == ["test:s0010", "test:d2"]
    assert [r["priority"] for r in rows] == ["must", "optional"]
    mine = ProgrammeFilter(delegate_id=amina.id, delegation_id=delegation.id)
    assert ids(programme(store, mine)) == ["test:s0010"]
    assert not list(programme(store, ProgrammeFilter(marked_only=True)))


def test_projects_are_counted_and_read_in_sorted_batches(programme_store):
    f = ProjectFilter(edition_id=EDITION)
    assert project_count(programme_store, f) == 2
    assert ids(project_rows(programme_store, f, "name")) == ["test:p2", "test:p1"]
    assert ids(project_rows(programme_store, f, "name", descending=True)) == ["test:p1", "test:p2"]
    assert ids(project_rows(programme_store, f, "name", offset=1)) == ["test:p1"]
    assert project_count(programme_store, ProjectFilter(text="wat")) == 1


# --- editions ------------------------------------------------------------------------------


@pytest.fixture
def two_of_2019(store, tmp_path: Path):
    """Two imported editions of 2019 (FOSDEM and a camp) and an edition of 2030."""
    store.replace_catalogue(two_editions_of_2019(tmp_path / "c.db"))
    return store


def test_an_edition_is_found_by_id_name_or_unambiguous_year(two_of_2019):
    store = two_of_2019
    assert resolve_edition(store, "ccc:camp-2019") == "ccc:camp-2019"
    assert resolve_edition(store, "chaos  camp") == "ccc:camp-2019"
    assert resolve_edition(store, "FOSDEM 2019") == "fosdem:2019"
    assert resolve_edition(store, "2030") == EDITION
    with pytest.raises(NotFoundError, match="No edition 1999"):
        resolve_edition(store, "1999")


def test_a_year_two_editions_share_is_refused_with_the_candidates(two_of_2019):
    with pytest.raises(InputError) as caught:
        resolve_edition(two_of_2019, "2019")
    assert caught.value.kind == "ambiguous_edition"
    assert set(caught.value.facts["candidates"]) == {"fosdem:2019", "ccc:camp-2019"}
    assert "fosdem:2019 (FOSDEM 2019)" in str(caught.value)
    assert "ccc:camp-2019 (Chaos Camp)" in str(caught.value)


def test_editions_are_listed_newest_first_by_name(two_of_2019):
    editions = list_editions(two_of_2019, "fr")
    assert [e.id for e in editions] == [EDITION, "ccc:camp-2019", "fosdem:2019"]
    assert {e.name for e in editions} == {"FOSDEM 2019", "Chaos Camp", "Forum 2030"}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2019, 8, 22), "ccc:camp-2019"),  # under way
        (dt.date(2019, 3, 1), "ccc:camp-2019"),  # the next one to come
        (dt.date(2019, 1, 1), "fosdem:2019"),
        (dt.date(2031, 1, 1), "fosdem:2019"),  # all past: the one with most sessions
    ],
)
def test_the_default_edition_is_the_running_else_next_else_largest(two_of_2019, today, expected):
    assert default_edition(two_of_2019, today) == expected


def test_the_default_edition_skips_editions_without_sessions(store, tmp_path: Path):
    make_catalogue(tmp_path / "c.db", [])
    store.replace_catalogue(tmp_path / "c.db")
    assert default_edition(store) is None


def test_the_bundled_catalogue_defaults_to_2021_once_its_editions_are_past(store):
    assert default_edition(store, dt.date(2026, 12, 1)) == "ppf:edition-2021"


# --- one listing for both front ends ---------------------------------------------------------


def _cli_ids(data_dir: Path, capsys, *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "programme", "--json", *args]) == 0
    return [s["id"] for s in json.loads(capsys.readouterr().out)]


def _window_ids(store, f: ProgrammeFilter) -> list[str]:
    from briefer.gui.models.sessions_model import RecordRole, SessionsTreeModel

    model = SessionsTreeModel(SimpleNamespace(store=store, lang="en"))
    model.reload(f)
    out = []
    for day_row in range(model.rowCount()):
        day = model.index(day_row, 0)
        while model.canFetchMore(day):
            model.fetchMore(day)
        out += [model.index(r, 0, day).data(RecordRole)["id"] for r in range(model.rowCount(day))]
    model.deleteLater()
    return out


def test_the_command_line_and_the_window_list_the_same_sessions(
    programme_store, data_dir, capsys, qapp
):
    store = programme_store
    delegation = create_delegation(store, "Test delegation")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "test:u3", "must", [amina])
    set_mark(store, delegation, "test:s0004", "should", [])
    cases = [
        ((), ProgrammeFilter(edition_id=EDITION)),
        (("--format", "panel"), ProgrammeFilter(edition_id=EDITION, format="panel")),
        (("--day", "2030-11-12"), ProgrammeFilter(edition_id=EDITION, day="2030-11-12")),
        (("--theme", THEME), ProgrammeFilter(edition_id=EDITION, theme_id=THEME)),
        (
            ("--marked",),
            ProgrammeFilter(edition_id=EDITION, marked_only=True, delegation_id=delegation.id),
        ),
        (
            ("--delegate", "amina"),
            ProgrammeFilter(edition_id=EDITION, delegate_id=amina.id, delegation_id=delegation.id),
        ),
    ]
    for args, f in cases:
        window = _window_ids(store, f)
        assert window, args
        assert _cli_ids(data_dir, capsys, "--edition", "Illustrative forum 2030", *args) == window
    assert len(_window_ids(store, ProgrammeFilter(edition_id=EDITION))) == BATCH + 59


def test_a_marked_session_a_sync_withdrew_stays_in_the_programme_as_withdrawn(
    store, data_dir, tmp_path: Path, capsys, qapp
):
    """Found by review: a marked session withdrawn by a sync vanished from `programme --marked`,
    `--delegate` and the window's Programme view, while the pack's agenda and day sheet printed
    it struck « RETIRÉE » and the README said it "stays, shown as withdrawn". A withdrawn session
    nobody marked (even one with a note) is no longer in the programme."""
    from briefer.core.notes import add_note
    from briefer.gui.models.sessions_model import COL_PLACE, COL_STATUS, SessionsTreeModel

    def at(hour: int) -> str:
        return f"2030-11-11T{hour:02}:00:00Z"

    kept = [session("keynote", "Keynote", start=at(10)), session("lunch", "Lunch", start=at(12))]
    gone = [session("opening", "Opening", start=at(9)), session("panel", "Panel", start=at(11))]
    store.replace_catalogue(make_catalogue(tmp_path / "c1.db", [*gone, *kept]))
    delegation = create_delegation(store, "Test delegation")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "test:opening", "must", [amina])
    set_mark(store, delegation, "test:keynote", "should", [])
    add_note(store, delegation, "test:panel", "A note on the panel")
    store.replace_catalogue(make_catalogue(tmp_path / "c2.db", kept, version=2))

    whole = ProgrammeFilter(edition_id=EDITION, delegation_id=delegation.id)
    marked = replace(whole, marked_only=True)
    aminas = replace(whole, delegate_id=amina.id)
    assert ids(programme(store, whole)) == ["test:opening", "test:keynote", "test:lunch"]
    assert ids(programme(store, marked)) == ["test:opening", "test:keynote"]
    assert ids(programme(store, aminas)) == ["test:opening"]
    assert [d.count for d in programme_days(store, marked)] == [2]
    assert not list(programme(store, replace(marked, format="panel")))
    opening = next(iter(programme(store, aminas)))
    assert (opening["status"], opening["priority"]) == ("withdrawn", "must")
    assert opening["start"] == at(9)

    for args, f in (((), whole), (("--marked",), marked), (("--delegate", "Amina"), aminas)):
        window = _window_ids(store, f)
        assert _cli_ids(data_dir, capsys, *args) == window == ids(programme(store, f)), args
    assert main(["--data-dir", str(data_dir), "programme", "--marked"]) == 0
    assert "Opening [withdrawn]\n                — · test:opening" in capsys.readouterr().out

    model = SessionsTreeModel(SimpleNamespace(store=store, lang="en"))
    model.reload(aminas)
    day = model.index(0, 0)
    model.fetchMore(day)
    assert model.index(0, COL_STATUS, day).data() == "withdrawn"
    assert model.index(0, COL_PLACE, day).data() == "—"
    model.deleteLater()
