"""The data folder's rotating log; portable mode (a `briefer-data` folder beside the program)."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys

import pytest

from briefer.core import logs
from briefer.core.datafolder import DATA_DIR_ENV, PORTABLE_DIR, DataFolder


@pytest.fixture
def logged(tmp_path):
    data = DataFolder(tmp_path / "data")
    saved_hook = sys.excepthook
    path = logs.setup_logging(data)
    yield data, path
    for handler in list(logs.log.handlers):
        logs.log.removeHandler(handler)
        handler.close()
    sys.excepthook = saved_hook


def test_nothing_logged_leaves_the_data_folder_untouched(logged):
    data, _ = logged
    assert not data.root.exists()


def test_records_and_tracebacks_go_to_the_log_in_the_data_folder(logged):
    data, path = logged
    assert path.parent == data.logs
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("briefer.gui.jobs").exception("pack job failed")
    text = path.read_text(encoding="utf-8")
    assert "ERROR briefer.gui.jobs: pack job failed" in text
    assert "Traceback" in text and "ValueError: boom" in text


def test_a_long_text_passed_by_mistake_is_cut_to_one_short_line(logged):
    _, path = logged
    note = "secret note line\n" * 200
    logs.log.warning("saving %s", note)
    line = path.read_text(encoding="utf-8")
    assert "\n" not in line.rstrip("\n")
    assert len(line) <= logs.MAX_MESSAGE + 1
    assert line.count("secret note line") < 40


def test_the_log_rotates(logged, monkeypatch):
    _, path = logged
    handler = next(h for h in logs.log.handlers if isinstance(h, logs._FolderLog))
    logs.log.info("the file opens with its first record")
    assert isinstance(handler.file, logging.handlers.RotatingFileHandler)
    monkeypatch.setattr(handler.file, "maxBytes", 2000)
    for n in range(200):
        logs.log.info("record %d", n)
    backups = sorted(path.parent.glob("briefer.log.*"))
    assert backups and len(backups) <= logs.BACKUPS
    assert path.stat().st_size <= 2000


def test_an_uncaught_exception_is_logged(tmp_path):
    script = (
        "from briefer.core import logs\n"
        "from pathlib import Path\n"
        "from briefer.core.datafolder import DataFolder\n"
        f"logs.setup_logging(DataFolder(Path({str(tmp_path)!r})))\n"
        "raise RuntimeError('not caught')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 1
    assert "RuntimeError: not caught" in run.stderr
    logged = (tmp_path / "logs" / "briefer.log").read_text(encoding="utf-8")
    assert "CRITICAL briefer: uncaught exception" in logged
    assert "RuntimeError: not caught" in logged


def test_a_briefer_data_folder_beside_the_program_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    (tmp_path / PORTABLE_DIR).mkdir()
    data = DataFolder.locate(beside=tmp_path)
    assert data.root == tmp_path / PORTABLE_DIR
    assert data.portable


def test_without_that_folder_the_platform_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    data = DataFolder.locate(beside=tmp_path)
    assert data.root != tmp_path / PORTABLE_DIR
    assert not data.portable


def test_the_override_and_the_environment_come_before_portable(tmp_path, monkeypatch):
    (tmp_path / PORTABLE_DIR).mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert DataFolder.locate(beside=tmp_path).root == tmp_path / "env"
    assert DataFolder.locate(tmp_path / "chosen", beside=tmp_path).root == tmp_path / "chosen"
    assert not DataFolder.locate(beside=tmp_path).portable


def test_a_bundle_looks_beside_its_executable(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    (tmp_path / PORTABLE_DIR).mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "briefer.exe"))
    data = DataFolder.locate()
    assert data.portable and data.root == (tmp_path / PORTABLE_DIR).resolve()


def test_a_formatter_set_after_the_first_record_applies(logged):
    _, path = logged
    handler = next(h for h in logs.log.handlers if isinstance(h, logs._FolderLog))
    logs.log.info("first")
    handler.setFormatter(logging.Formatter("CHANGED %(message)s"))
    logs.log.info("second")
    assert path.read_text(encoding="utf-8").splitlines()[-1] == "CHANGED second"
