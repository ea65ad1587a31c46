"""The built wheel, installed into a fresh virtual environment, is a working Briefer.

Slow (a wheel build and a dependency install, about a minute with pip's cache warm); CI runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["briefer", "resources", "translations", "setup.py", "pyproject.toml", "MANIFEST.in"]
SOURCES += ["README.md", "LICENSE", "THIRD-PARTY.md"]

pytestmark = pytest.mark.slow


def _copy_sources(target: Path) -> Path:
    """The project's files into `target`, so the build leaves the working tree alone."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The `briefer` program of a fresh venv where only the built wheel was installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_sources(work / "src")
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-q",
        "-w",
        work / "dist",
        source,
        cwd=work,
    )
    wheel = next((work / "dist").glob("briefer-*.whl"))
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=work)
    shutil.rmtree(source)  # nothing may come from the sources any more
    return bin_dir / ("briefer.exe" if os.name == "nt" else "briefer")


@pytest.fixture
def run(installed, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BRIEFER_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    data = tmp_path / "data"

    def run(*args: str | Path) -> str:
        return _run(installed, "--data-dir", data, *args, cwd=tmp_path, env=env)

    return run


def test_the_wheel_carries_the_catalogue_fonts_and_translations(installed):
    python = installed.with_name("python").with_suffix(installed.suffix)
    where = _run(
        python,
        "-c",
        "import briefer, pathlib; print(pathlib.Path(briefer.__file__))",
        cwd=installed.parent,
    )
    package = Path(where.strip()).parent
    assert str(package).startswith(str(installed.parent.parent))
    for name in (
        "resources/catalogue.db",
        "resources/fonts/Amiri-Regular.ttf",
        "resources/fonts/IBMPlexSansArabic-Regular.ttf",
        "translations/briefer_ar.qm",
    ):
        assert (package / name).is_file(), name


def test_info_reads_the_bundled_catalogue(run):
    out = run("info")
    assert "2021" in out and "partial" in out


def test_an_arabic_pack_and_an_arabic_screenshot(run, tmp_path):
    run("delegation", "create", "Wheel check")
    run("mark", "ppf:ses-2021-101", "--priority", "must")
    run("pack", "--out", tmp_path / "pack.pdf", "--lang", "ar")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages)
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)

    run("screenshot", tmp_path / "ar.png", "--lang", "ar")
    run("screenshot", tmp_path / "en.png", "--lang", "en")
    from PySide6.QtGui import QImage

    arabic, english = QImage(str(tmp_path / "ar.png")), QImage(str(tmp_path / "en.png"))
    assert not arabic.isNull() and arabic.width() > 800
    assert arabic != english
