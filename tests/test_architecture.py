import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_cli_never_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import briefer.core, briefer.cli\n"
        "for m in pkgutil.walk_packages(briefer.core.__path__, 'briefer.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "for m in pkgutil.walk_packages(briefer.cli.__path__, 'briefer.cli.'):\n"
        "    importlib.import_module(m.name)\n"
        "qt = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(len([n for n in sys.modules if n.startswith('briefer.core.')]))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10


def test_every_folder_of_the_package_is_a_regular_package():
    """A folder without __init__.py is left out of the wheel and of the PyInstaller bundle."""
    package = Path(__file__).resolve().parents[1] / "briefer"
    folders = [d for d in package.rglob("*") if d.is_dir() and d.name != "__pycache__"]
    missing = [str(d.relative_to(package)) for d in folders if not (d / "__init__.py").exists()]
    assert folders and not missing, missing
