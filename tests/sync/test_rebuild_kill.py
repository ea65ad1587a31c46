"""A command killed (SIGKILL) while it rebuilds an old search index leaves the old catalogue in
use, whole, and the next opening rebuilds it; the user's data is never touched."""

from __future__ import annotations

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
from factories import OLD_INDEX_FIND, old_index_catalogue

from briefer.core.datafolder import DataFolder
from briefer.core.delegations import create_delegation
from briefer.core.notes import add_note
from briefer.core.search.engine import search
from briefer.core.search.textnorm import INDEX_FORMAT
from briefer.core.store import index_outdated, open_store, read_meta

ROOT = Path(__file__).resolve().parents[2]
ITEMS = 5000
LINE = b"Rebuilding the catalogue's search index"


def user_rows(folder: Path) -> tuple:
    conn = sqlite3.connect(folder / "user.db")
    try:
        return tuple(
            tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall())
            for table in ("delegations", "notes", "settings")
        )
    finally:
        conn.close()


def command(folder: Path) -> subprocess.Popen:
    """`briefer info` on `folder`, its stderr read by the test (the rebuild's line)."""
    return subprocess.Popen(
        [sys.executable, "-m", "briefer", "--data-dir", str(folder), "--lang", "en", "info"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def rebuild_started(process: subprocess.Popen) -> None:
    assert process.stderr is not None
    assert LINE in process.stderr.readline()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_during_the_rebuild_leaves_the_old_catalogue_for_the_next_opening(tmp_path):
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    old_index_catalogue(pristine / "catalogue.db", ITEMS)
    with open_store(pristine, reindex=False) as store:
        delegation = create_delegation(store, "D")
        add_note(store, delegation, "test:s1", "keep me")
    before = user_rows(pristine)
    # Kills fall within twice the time the rebuild takes once it has said so (timed on a copy).
    shutil.copytree(pristine, tmp_path / "timing")
    process = command(tmp_path / "timing")
    rebuild_started(process)
    started = time.monotonic()
    assert process.wait() == 0
    whole = time.monotonic() - started
    rng = random.Random(20261204)
    seen = set()
    for run in range(10):
        folder = tmp_path / f"run{run}"
        shutil.copytree(pristine, folder)
        process = command(folder)
        rebuild_started(process)
        time.sleep(rng.uniform(0, 2 * whole))
        process.send_signal(signal.SIGKILL)
        process.wait()
        data = DataFolder(folder)
        for _, path in data.catalogue_files():
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", (run, path)
            assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == ITEMS
            conn.close()
        in_use = read_meta(data.catalogue_db).get("search_index")
        assert in_use in (None, INDEX_FORMAT), (run, in_use)
        seen.add("old" if in_use is None else "new")
        with open_store(folder) as store:  # the next opening rebuilds what the kill left
            assert not index_outdated(store)
            assert len(search(store, OLD_INDEX_FIND, "ar", limit=3)) == 3
        assert user_rows(folder) == before, run
        assert not list(folder.glob("*.part")), run
    assert seen == {"old", "new"}, f"the kills never landed on both sides of the swap: {seen}"
