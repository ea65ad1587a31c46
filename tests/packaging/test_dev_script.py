"""dev.py: the same two commands on every system, called by the Makefile."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_venv_interpreter_on_windows_and_elsewhere():
    dev = _dev()
    windows = dev.venv_python(PureWindowsPath(r"C:\briefer\.venv"), windows=True)
    assert windows == PureWindowsPath(r"C:\briefer\.venv\Scripts\python.exe")
    assert dev.venv_python(Path("/b/.venv"), windows=False) == Path("/b/.venv/bin/python")


@pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")
@pytest.mark.parametrize("job", ["run", "test"])
def test_make_runs_the_same_job_through_dev_py(job):
    plan = subprocess.run(
        ["make", "--no-print-directory", "-n", job],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert plan.stdout.split()[-2:] == ["dev.py", job]


def test_without_a_job_it_says_how_to_call_it():
    done = subprocess.run([sys.executable, ROOT / "dev.py"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "dev.py run|test" in done.stderr
