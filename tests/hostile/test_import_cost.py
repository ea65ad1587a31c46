"""Bounded cost: reading an input ten times larger costs about ten times more, not a hundred.

Each test times one input and one ten times larger within the same run and compares the ratio
(linear: about 10; quadratic: about 100); no wall-clock limit. Figures: bench/README.md.
"""

from __future__ import annotations

import time

import pytest
from costly_inputs import COSTLY

from briefer.core.errors import InputError
from briefer.core.sync.feed import parse_feed
from briefer.core.sync.formats import READERS

RATIO_LIMIT = 30


def read(kind: str, raw: bytes) -> None:
    try:
        if kind == "briefer":
            parse_feed(raw)
        else:
            READERS[kind](raw)
    except InputError:
        pass  # a refusal is an answer too: its cost is what is measured


def cost(kind: str, raw: bytes, runs: int = 3) -> float:
    """The best of `runs` timings of reading `raw`, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        read(kind, raw)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("name", list(COSTLY))
def test_ten_times_the_input_costs_about_ten_times(name: str):
    make, kind, n = COSTLY[name]
    small, large = make(n), make(10 * n)
    cost(kind, small, runs=1)  # warm imports and caches
    ratio = cost(kind, large) / cost(kind, small)
    assert ratio < RATIO_LIMIT, f"{name}: ×{ratio:.0f} for ten times the input"


def test_rooms_sharing_one_slug_get_distinct_ids_in_one_pass():
    data, _ = READERS["frab-json"](COSTLY["rooms sharing one slug (frab JSON)"][0](2_000))
    ids = [room["id"] for room in data.tables["rooms"]]
    assert len(ids) == len(set(ids)) == 2_000
    assert ids[:3] == ["rooms:room:room", "rooms:room:room~2", "rooms:room:room~3"]
    assert max(len(i) for i in ids) < 30
    assert {s["room_id"] for s in data.tables["sessions"]} == set(ids)
