"""`list_changes` with `marked_only` and `limit` filters in its query: the same rows, in the
same order, as every change read and then filtered (as it did before)."""

import pytest

from briefer.core.delegations import create_delegation
from briefer.core.marks import set_mark
from briefer.core.meetings import add_meeting
from briefer.core.sync.history import list_changes

ITEMS = [f"ppf:ses-2021-{n}" for n in range(101, 106)]


@pytest.fixture
def history(store):
    """Many changes at few distinct times: marked and not, from syncs done and pending."""
    delegation = create_delegation(store, "Délégation du Sénégal", "SN")
    other = create_delegation(store, "Délégation du Mali", "ML")
    for item in ITEMS[:2]:
        set_mark(store, delegation, item, "must")
    set_mark(store, other, ITEMS[2], "must")
    meeting = add_meeting(store, delegation, "Bilatérale").value
    with store.transaction():
        for sync_id, status in ((1, "done"), (2, "pending"), (3, "done")):
            store.conn.execute(
                "INSERT INTO syncs (id, source, started, status) VALUES (?, 'ppf', ?, ?)",
                (sync_id, f"2026-11-0{sync_id}T10:00:00", status),
            )
        rows = [
            (
                (1, 2, 3, None)[n % 4],
                f"2026-11-{1 + n % 6:02d}T10:00:00",
                [*ITEMS, meeting.id][n % 6],
                "meeting" if n % 6 == 5 else "session",
                ("time", "room", "title")[n % 3],
            )
            for n in range(240)
        ]
        store.conn.executemany(
            "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title)"
            " VALUES (?, ?, ?, ?, ?, 'before', 'after', 'A title')",
            rows,
        )
    return store, delegation


def _as_before(rows: list[dict], marked_only: bool, limit: int | None) -> list[dict]:
    rows = [r for r in rows if r["marked"] or not marked_only]
    return rows if limit is None else rows[: max(limit, 0)]


@pytest.mark.parametrize("marked_only", [False, True])
@pytest.mark.parametrize("limit", [None, 0, 1, 7, 150, 10_000, -2])
@pytest.mark.parametrize("whose", ["delegation", "none"])
def test_marked_and_limit_give_the_rows_filtering_every_change_gave(
    history, marked_only, limit, whose
):
    store, delegation = history
    delegation = delegation if whose == "delegation" else None
    every = list_changes(store, delegation, since="2026-11-02", lang="fr")
    got = list_changes(
        store, delegation, since="2026-11-02", lang="fr", marked_only=marked_only, limit=limit
    )
    assert got == _as_before(every, marked_only, limit)


def test_the_history_mixes_marked_and_other_changes(history):
    store, delegation = history
    every = list_changes(store, delegation)
    marked = [r for r in every if r["marked"]]
    assert 0 < len(marked) < len(every)
    assert every[: len(marked)] == marked  # marked first
    assert {r["source"] for r in every} == {"ppf", "own"}  # the pending sync's are left out
    assert list_changes(store, None, marked_only=True) == []
