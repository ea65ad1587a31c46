import ast
import os
import re
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


_SQL_CALLS = {"execute", "executemany", "executescript", "query", "query_one"}
_SQL_TEXT = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\S+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\s+\w+|\bFROM\s+cat\.\w+|\bJOIN\s+cat\.\w+"
)


def sql_in(source: str) -> list[str]:
    """What in `source` runs SQL: a store or connection call, a SQL text, an sqlite3 import."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _SQL_CALLS
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}(…)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _SQL_TEXT.search(node.value):
                found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(n == "sqlite3" or n.startswith(("sqlite3.", "sqlite_utils")) for n in names):
                found.append(f"line {node.lineno}: imports sqlite")
    return found


def test_the_sql_detector_finds_queries_calls_and_sql_text():
    assert sql_in('rows = store.query("SELECT 1")')
    assert sql_in("ctx.store.query_one(sql, params)")
    assert sql_in("conn.execute(x)")
    assert sql_in('sql = "SELECT id\\n FROM cat.sessions WHERE day = ?"')
    assert sql_in('sql = "DELETE FROM marks"')
    assert sql_in("import sqlite3")
    assert not sql_in('self.query = ""\nview.set_query(text)\nx = tr("Select a day from a list")')


def test_the_window_runs_no_sql():
    """`briefer/gui` reads and writes through core functions only; no module runs SQL itself."""
    gui = ROOT / "briefer" / "gui"
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in sorted(gui.rglob("*.py"))
        if (found := sql_in(path.read_text(encoding="utf-8")))
    }
    assert not offenders, offenders


def test_the_notes_view_reads_a_notes_direction_without_the_pack_engine():
    """Opening a note set its direction box through the packs' Markdown walk, which imported
    ReportLab and HarfBuzz (a quarter of a second) on the window's thread; the walk and the
    rule now sit apart from them."""
    code = (
        "import sys\n"
        "import briefer.gui.views.notes\n"
        "from briefer.core.packs.note_blocks import body_direction\n"
        "assert body_direction('# موقف الوفد\\n\\nRencontre avec محمد بن سلمان') == 'ltr'\n"
        "heavy = sorted(n for n in sys.modules if n.startswith(('reportlab', 'uharfbuzz')))\n"
        "assert not heavy, heavy\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr


def test_the_word_pack_is_written_without_the_pdf_engine():
    """The Word writer took a label function from the PDF's sections, which loaded ReportLab's
    layout engine for every Word export; the label now sits with the other labels."""
    code = (
        "import sys\n"
        "import briefer.core.packs.docx_writer\n"
        "heavy = sorted(n for n in sys.modules if n.startswith('reportlab.platypus'))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_modules_a_window_starts_with_build_no_qt_namespace():
    """Importing `Qt` from QtCore builds the namespace's 94 enum types: 124 M instructions, 12 ms
    of a first paint, found when a fix imported it at the top of gui/widgets and gui/colours.
    The modules loaded before the window's first paint import it where they use it."""
    code = (
        "import PySide6.QtCore as core\n"
        "import briefer.gui.app, briefer.gui.mainwindow\n"
        "print('Qt' in core.__dict__)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out.strip() == "False"
