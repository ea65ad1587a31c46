"""Briefer's two commands on every system: `python dev.py run` and `python dev.py test`.

On Windows: `py dev.py run`, `py dev.py test`. The Makefile's `make run` and `make test` call
this script, so the two never drift. Both create `.venv` on first use (and again when
pyproject.toml changes), install Briefer with its dev extras into it, and on Linux the system
packages the window or the tests need, then start the window or run ruff and pytest.
Extra arguments go to pytest: `python dev.py test tests/core -k search`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
MIN_PYTHON = (3, 11)

# Commands the tests use when present (they skip, saying why, otherwise): command -> Debian package.
LINUX_TEST_TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "pdftotext": "poppler-utils",
}


def venv_python(venv: Path = VENV, windows: bool = os.name == "nt") -> Path:
    """The venv's interpreter: Scripts\\python.exe on Windows, bin/python elsewhere."""
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


def say(*words: object) -> None:
    print("dev.py:", *words, flush=True)


def call(*args: object, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def check(*args: object, env: dict[str, str] | None = None) -> None:
    code = call(*args, env=env)
    if code:
        raise SystemExit(code)


def needs_install() -> bool:
    if not venv_python().exists() or not STAMP.exists():
        return True
    return STAMP.stat().st_mtime < (ROOT / "pyproject.toml").stat().st_mtime


def setup_venv() -> Path:
    """`.venv` with Briefer (editable) and its dev extras, reused while pyproject.toml stays."""
    if sys.version_info < MIN_PYTHON:
        raise SystemExit("Briefer needs Python {}.{} or newer".format(*MIN_PYTHON))
    python = venv_python()
    if not needs_install():
        return python
    if not python.exists():
        say("creating", VENV.name)
        check(sys.executable, "-m", "venv", VENV)
    check(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    check(python, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.touch()
    return python


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when this user may (root, or sudo without a password)."""
    if not shutil.which("apt-get"):
        return False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and call("sudo", "-n", "true") == 0:
        prefix = ["sudo", "-n"]
    else:
        return False
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if call(*install, env=quiet) == 0:
        return True
    call(*prefix, "apt-get", "update", "-q", env=quiet)
    return call(*install, env=quiet) == 0


def linux_test_tools() -> None:
    """The validators and PDF tools the tests use; tests that need a missing one skip."""
    if not sys.platform.startswith("linux"):
        return
    missing = sorted({pkg for cmd, pkg in LINUX_TEST_TOOLS.items() if not shutil.which(cmd)})
    if missing and not apt_install(missing):
        say("not installed (the tests that need them will skip):", " ".join(missing))


def qt_system_libs(python: Path) -> None:
    """Linux: the libraries Qt's X11 plugin needs (tools/qt_system_libs.sh)."""
    if sys.platform.startswith("linux") and shutil.which("bash"):
        check("bash", ROOT / "tools" / "qt_system_libs.sh", python)


def lint(python: Path) -> None:
    check(python, "-m", "ruff", "check", ".")
    check(python, "-m", "ruff", "format", "--check", ".")


def pytest(python: Path, args: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    check(python, "-m", "pytest", *args, env=env)


def main(argv: list[str]) -> int:
    job, rest = (argv[0], argv[1:]) if argv else ("", [])
    if job not in {"run", "test", "lint", "pytest", "setup"}:
        print(__doc__.strip(), file=sys.stderr)
        print("\nusage: dev.py run|test|lint|pytest|setup [pytest arguments]", file=sys.stderr)
        return 2
    python = setup_venv()
    if job == "run":
        qt_system_libs(python)
        return call(python, ROOT / "main.py", *rest)
    if job in {"test", "pytest"}:
        linux_test_tools()
    if job in {"test", "lint"}:
        lint(python)
    if job in {"test", "pytest"}:
        pytest(python, rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
