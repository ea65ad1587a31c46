"""One catalogue writer at a time per data folder, across processes (core/catalogue/writelock)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.core.catalogue import writelock
from briefer.core.catalogue.io import CatalogueData
from briefer.core.errors import Cancelled, StoreError
from briefer.core.progress import Reporter
from briefer.core.store import open_store
from briefer.core.sync.apply import apply_catalogue

ROOT = Path(__file__).resolve().parents[2]

# Another process: applies the namespace alpha, stopping 1.5 s inside its write (lock held).
SLOW_WRITER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from briefer.core.catalogue.io import CatalogueData
from briefer.core.store import open_store
from briefer.core.sync import apply

real = apply.write_next

def slow(*args, **kwargs):
    print("writing", flush=True)
    time.sleep(1.5)
    return real(*args, **kwargs)

apply.write_next = slow
data = CatalogueData(meta={"source_name": "alpha"})
data.add("sessions", {"id": "alpha:s", "title_en": "Alpha session", "day": "2030-11-11"})
store = open_store(sys.argv[2])
apply.apply_catalogue(store, "alpha", data, source="file:alpha", kind="file")
store.close()
print("done", flush=True)
"""


def one_session(namespace: str) -> CatalogueData:
    data = CatalogueData(meta={"source_name": namespace})
    data.add("sessions", {"id": f"{namespace}:s", "title_en": namespace, "day": "2030-11-12"})
    return data


def session_ids(folder: Path) -> set[str]:
    with open_store(folder) as store:
        return {r["id"] for r in store.query("SELECT id FROM cat.sessions")}


def test_a_second_writer_waits_and_builds_on_the_first(store) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(ROOT), str(store.data.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        # The other process holds the lock: this import waits, then reads its catalogue.
        apply_catalogue(store, "beta", one_session("beta"), source="file:beta", kind="file")
        assert writer.wait(timeout=60) == 0, writer.stderr.read() if writer.stderr else ""
    finally:
        writer.kill()
    ids = session_ids(store.data.root)
    assert {"alpha:s", "beta:s"} <= ids  # neither write lost
    sources = store.catalogue_meta()["sources"]
    assert {"alpha", "beta"} <= set(sources)


def test_a_writer_that_cannot_get_the_lock_changes_nothing(store, monkeypatch) -> None:
    monkeypatch.setattr(writelock, "WAIT_S", 0.2)
    before = session_ids(store.data.root)
    with writelock.catalogue_writer(store.data.root):
        with pytest.raises(StoreError) as raised:
            apply_catalogue(store, "beta", one_session("beta"), source="file:beta", kind="file")
    assert raised.value.kind == "catalogue_busy"
    assert "try again" in str(raised.value)
    assert session_ids(store.data.root) == before
    assert not store.data.catalogue_next.exists()
    # Released: the same import now goes through.
    apply_catalogue(store, "beta", one_session("beta"), source="file:beta", kind="file")
    assert "beta:s" in session_ids(store.data.root)


def test_the_command_line_says_so_without_a_traceback(data_dir, tmp_path, monkeypatch, capsys):
    open_store(data_dir).close()
    monkeypatch.setattr(writelock, "WAIT_S", 0.2)
    path = tmp_path / "p.csv"
    path.write_text("kind,id,title_en,day\nsession,a,First,2030-11-11\n", encoding="utf-8")
    with writelock.catalogue_writer(data_dir):
        code = main(["--data-dir", str(data_dir), "import", str(path), "--namespace", "demo"])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Another window or command is writing the catalogue" in err
    assert "Traceback" not in out + err


def test_the_command_lines_reset_waits_for_the_lock_too(data_dir, monkeypatch, capsys):
    open_store(data_dir).close()
    monkeypatch.setattr(writelock, "WAIT_S", 0.2)
    with writelock.catalogue_writer(data_dir):
        code = main(["--data-dir", str(data_dir), "catalogue", "reset"])
    out, err = capsys.readouterr()
    assert code != 0 and "Another window or command is writing the catalogue" in err
    assert "Traceback" not in out + err
    assert main(["--data-dir", str(data_dir), "catalogue", "reset"]) == 0


def test_opening_the_store_does_not_wait_for_a_sync_unless_it_must_replace_the_file(
    data_dir, monkeypatch
):
    open_store(data_dir).close()
    monkeypatch.setattr(writelock, "WAIT_S", 0.2)
    with writelock.catalogue_writer(data_dir):
        open_store(data_dir).close()  # the catalogue in place is fine: no lock needed
        (data_dir / "catalogue.db").unlink()
        with pytest.raises(StoreError) as raised:
            open_store(data_dir)  # the bundled one must be copied: not during a write
    assert raised.value.kind == "catalogue_busy"
    with open_store(data_dir) as store:
        assert store.catalogue_version() > 0


def test_a_writer_waiting_for_the_lock_can_be_cancelled(store) -> None:
    stages: list[str] = []
    asked = Reporter(lambda p: stages.append(p.stage), should_stop=lambda: len(stages) >= 2)
    started = time.monotonic()
    with writelock.catalogue_writer(store.data.root):
        with pytest.raises(Cancelled):
            apply_catalogue(
                store, "beta", one_session("beta"), source="f", kind="file", progress=asked
            )
    assert time.monotonic() - started < 10  # not the 120 s a writer may wait
    assert stages == ["wait", "wait"]
    assert "beta:s" not in session_ids(store.data.root)


def test_opening_the_store_leaves_a_running_syncs_pending_record_alone(store, monkeypatch):
    monkeypatch.setattr(writelock, "WAIT_S", 0.2)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO syncs (source, started, version_before, version_after, status, kind, "
            "namespace, message) VALUES ('f', '2026-12-06T00:00:00Z', 1, 99, 'pending', "
            "'file', 'beta', '[]')"
        )
    with writelock.catalogue_writer(store.data.root):  # the sync that recorded it runs on
        open_store(store.data.root).close()
    status = store.query("SELECT status FROM syncs WHERE version_after = 99")
    assert status == [{"status": "pending"}]
    open_store(store.data.root).close()  # no writer any more: it was interrupted
    status = store.query("SELECT status FROM syncs WHERE version_after = 99")
    assert status == [{"status": "interrupted"}]
