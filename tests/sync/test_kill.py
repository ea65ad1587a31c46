"""A sync killed at random moments (SIGKILL, 20 times) leaves old or new data, never a mix."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.core.datafolder import DataFolder
from briefer.core.delegations import create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def frab_json(path: Path, label: str, events: int = 2500) -> None:
    """An ILLUSTRATIVE frab JSON schedule whose every title carries `label`."""
    rooms: dict[str, list] = {"Room A": [], "Room B": []}
    for i in range(events):
        room = "Room A" if i % 2 else "Room B"
        hour = 9 + (i // 2) % 10
        rooms[room].append(
            {
                "guid": f"00000000-0000-0000-0000-{i:012d}",
                "id": i,
                "date": f"2030-11-11T{hour:02d}:00:00+01:00",
                "start": f"{hour:02d}:00",
                "duration": "00:30",
                "room": room,
                "title": f"{label} talk {i}",
                "abstract": f"{label} abstract " * 20,
                "persons": [{"id": i % 50, "public_name": f"Speaker {i % 50}"}],
            }
        )
    document = {
        "schedule": {
            "version": label,
            "conference": {
                "acronym": "big",
                "title": "Illustrative big programme",
                "start": "2030-11-11",
                "end": "2030-11-11",
                "time_zone_name": "Europe/Paris",
                "days": [
                    {
                        "index": 1,
                        "date": "2030-11-11",
                        "day_start": "2030-11-11T08:00:00+01:00",
                        "day_end": "2030-11-12T02:00:00+01:00",
                        "rooms": rooms,
                    }
                ],
            },
        }
    }
    path.write_text(json.dumps(document), encoding="utf-8")


def user_rows(folder: Path) -> tuple:
    conn = sqlite3.connect(folder / "user.db")
    try:
        return tuple(
            tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
            for table in ("delegations", "delegates", "marks", "mark_delegates", "notes")
        )
    finally:
        conn.close()


def importer(folder: Path, feed: Path) -> subprocess.Popen:
    """`briefer import` of `feed` into `folder`, in a process of its own."""
    return subprocess.Popen(
        [sys.executable, "-m", "briefer", "--data-dir", str(folder), "import", str(feed)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_during_import_leaves_old_or_new_catalogue(tmp_path: Path):
    folder = tmp_path / "data"
    with open_store(folder) as store:
        delegation = create_delegation(store, "D")
        set_mark(store, delegation, "ppf:ses-2021-101", "must")
        add_note(store, delegation, "ppf:ses-2021-101", "keep me")
    files = {label: tmp_path / f"{label}.json" for label in ("alpha", "beta")}
    for label, path in files.items():
        frab_json(path, label)
    before = user_rows(folder)
    # Kills fall anywhere within twice the time one whole import takes on this machine (timed
    # on a copy), so that some land before the swap and some after, on a slow machine too.
    shutil.copytree(folder, tmp_path / "timing")
    started = time.monotonic()
    assert importer(tmp_path / "timing", files["alpha"]).wait() == 0
    whole = time.monotonic() - started
    rng = random.Random(20261129)
    seen = set()
    for run in range(20):
        label = "alpha" if run % 2 == 0 else "beta"
        process = importer(folder, files[label])
        time.sleep(rng.uniform(0.05, 2 * whole))
        process.send_signal(signal.SIGKILL)
        process.wait()
        data = DataFolder(folder)  # the user database and every catalogue generation present
        for path in [data.user_db, *(p for _, p in data.catalogue_files())]:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", (run, path)
            conn.close()
        with open_store(folder) as store:
            titles = store.query("SELECT title_en FROM cat.sessions WHERE id LIKE 'big:%'")
            labels = {t["title_en"].split()[0] for t in titles}
            assert labels in (set(), {"alpha"}, {"beta"}), (run, labels)
            if titles:
                assert len(titles) == 2500
            seen.add(frozenset(labels))
            assert not store.query("SELECT id FROM syncs WHERE status = 'pending'")
            done = store.query(
                "SELECT version_after FROM syncs WHERE status = 'done' ORDER BY id DESC LIMIT 1"
            )
            if done:
                assert done[0]["version_after"] == store.catalogue_version()
            ppf = store.query_one("SELECT title_en FROM cat.sessions WHERE id = 'ppf:ses-2021-101'")
            assert ppf is not None
        assert user_rows(folder) == before, run
    assert len(seen) >= 2, f"the kills never landed on both sides of the swap: {seen}"
