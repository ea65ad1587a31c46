"""Storage faults and hostile user files through the command line: a message, the exit code
(4 for storage), and the data as it was; never a traceback.

A read-only disk and a full disk are real small tmpfs mounts (root only; skipped otherwise),
the file size limit a real `ulimit -f` in a subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.cli import main

EXIT_STORE = 4


def run(data: Path, capsys, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out + captured.err


def digest(folder: Path) -> dict[str, str]:
    """Each file's content hash, WAL folded in first (a fingerprint of what the user has)."""
    conn = sqlite3.connect(folder / "user.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = conn.execute("SELECT body FROM notes ORDER BY id").fetchall()
    conn.close()
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name in ("catalogue.db",)
    }
    return {**files, "notes": repr(rows)}


@pytest.fixture
def mounted(tmp_path: Path):
    """A 3 MB tmpfs, remountable read-only; skipped where mounting is not allowed."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    point = tmp_path / "disk"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)]).returncode:
        pytest.skip("tmpfs mounts are not allowed here")
    yield point
    subprocess.run(["mount", "-o", "remount,rw", str(point)])
    subprocess.run(["umount", "-l", str(point)])


def _with_note(data: Path, capsys) -> None:
    assert run(data, capsys, "delegation", "create", "Test", "--country", "SN")[0] == 0
    assert run(data, capsys, "note", "ppf:ses-2021-101", "--text", "keep me")[0] == 0


def test_a_read_only_data_folder_is_a_storage_fault(mounted, capsys):
    data = mounted / "data"
    _with_note(data, capsys)
    before = digest(data)
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    code, text = run(data, capsys, "note", "ppf:ses-2021-101", "--text", "more")
    assert code == EXIT_STORE and "read-only" in text
    assert run(data, capsys, "marks")[0] == EXIT_STORE
    subprocess.run(["mount", "-o", "remount,rw", str(mounted)], check=True)
    assert digest(data) == before


def test_a_full_disk_is_a_storage_fault(mounted, capsys, tmp_path):
    data = mounted / "data"
    _with_note(data, capsys)
    before = digest(data)
    free = shutil.disk_usage(mounted).free
    (mounted / "filler").write_bytes(b"\0" * max(free - 150 * 1024, 0))
    big = tmp_path / "big.md"
    big.write_text("word " * 100_000, encoding="utf-8")
    code, text = run(data, capsys, "note", "ppf:ses-2021-102", "--file", str(big))
    assert code == EXIT_STORE and "full" in text
    (mounted / "filler").unlink()
    assert digest(data) == before
    assert not list(data.glob("*.part"))


def test_a_catalogue_that_is_a_folder_is_named(data_dir, capsys):
    assert run(data_dir, capsys, "info")[0] == 0
    (data_dir / "catalogue.db").unlink()
    (data_dir / "catalogue.db").mkdir()
    code, text = run(data_dir, capsys, "info")
    assert code == EXIT_STORE and "catalogue.db is a folder" in text
    assert (data_dir / "catalogue.db").is_dir()


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))


def test_a_file_size_limit_gives_a_message_and_leaves_no_temporary_file(data_dir, tmp_path, capsys):
    assert run(data_dir, capsys, "delegation", "create", "Test")[0] == 0
    before = digest(data_dir)
    rows = "".join(
        f"session,big-{i},{'Title ' * 40}{i},2030-11-11,09:00,10:00,,,,{'text ' * 100}\n"
        for i in range(1500)
    )
    csv = tmp_path / "big.csv"
    csv.write_text("kind,id,title_en,day,start,end,timezone,status,url,abstract_en\n" + rows)
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "--data-dir", str(data_dir), "import", str(csv)],
        capture_output=True,
        text=True,
        preexec_fn=_limited,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert result.returncode == EXIT_STORE, result.stderr
    assert "Traceback" not in result.stderr and "ulimit -f" in result.stderr
    assert not list(data_dir.glob("catalogue.next.db*"))
    assert digest(data_dir) == before


def test_stale_temporary_files_are_swept_and_the_folder_is_private(data_dir, capsys):
    assert run(data_dir, capsys, "info")[0] == 0
    stale, fresh = data_dir / "catalogue.next.db.part", data_dir / "catalogue.next.db"
    stale.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y")
    os.utime(stale, (0, 0))
    (data_dir / "user.db").chmod(0o644)
    data_dir.chmod(0o755)
    assert run(data_dir, capsys, "info")[0] == 0
    assert not stale.exists() and fresh.exists()  # a fresh one may be a running sync's
    if os.name == "posix":
        assert data_dir.stat().st_mode & 0o777 == 0o700
        assert (data_dir / "user.db").stat().st_mode & 0o777 == 0o600


SELECTION = {"format": "briefer-selection", "format_version": 1}
DELEGATION = {"uid": "u-1", "name": "Theirs", "delegates": []}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({**SELECTION, "delegation": {**DELEGATION, "country": 7}}, "country"),
        ({**SELECTION, "delegation": DELEGATION, "marks": [{"item_id": ["x"]}]}, "priority"),
        (
            {
                **SELECTION,
                "delegation": DELEGATION,
                "marks": [{"item_id": "ppf:ses-2021-101", "priority": ["must"]}],
            },
            "priority",
        ),
        (
            {
                **SELECTION,
                "delegation": DELEGATION,
                "marks": [{"item_id": "ppf:ses-2021-101", "priority": "must", "delegates": 5}],
            },
            "wrong type",
        ),
        (
            {
                **SELECTION,
                "delegation": DELEGATION,
                "marks": [{"item_id": "../../etc/passwd", "priority": "must"}],
            },
            "item id",
        ),
        (
            {**SELECTION, "delegation": DELEGATION, "marks": [{"item_id": "", "priority": "must"}]},
            "item id",
        ),
        (
            {
                **SELECTION,
                "delegation": DELEGATION,
                "marks": [{"item_id": "ppf:ses-2021-101", "priority": "must", "reason": {"a": 1}}],
            },
            "wrong type",
        ),
        (
            {
                **SELECTION,
                "delegation": DELEGATION,
                "notes": [{"id": "n1", "body": "x", "item_id": 42}],
            },
            "wrong type",
        ),
        ({**SELECTION, "delegation": "Theirs"}, "delegation"),
    ],
)
def test_a_selection_of_wrong_types_is_refused(data_dir, tmp_path, capsys, document, message):
    assert run(data_dir, capsys, "delegation", "create", "Mine")[0] == 0
    before = digest(data_dir)
    path = tmp_path / "their.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, text = run(data_dir, capsys, "selection", "import", str(path))
    assert code == 1 and message in text and "not a Briefer selection file" in text
    assert digest(data_dir) == before


def test_a_deeply_nested_selection_is_refused(data_dir, tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "briefer-selection", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    code, text = run(data_dir, capsys, "selection", "import", str(path))
    assert code == 1 and "nested too deeply" in text


def test_a_line_break_in_a_source_address_does_not_reach_the_calendar(data_dir, tmp_path, capsys):
    assert run(data_dir, capsys, "delegation", "create", "Mine")[0] == 0
    conn = sqlite3.connect(data_dir / "catalogue.db")
    with conn:
        conn.execute(
            "UPDATE sessions SET source_url = ? WHERE id = 'ppf:ses-2021-101'",
            ("https://example.org/x\r\nATTENDEE:mailto:spy@example.org",),
        )
    conn.close()
    assert run(data_dir, capsys, "mark", "ppf:ses-2021-101", "--priority", "must")[0] == 0
    out = tmp_path / "cal.ics"
    code, text = run(data_dir, capsys, "ics", "--out", str(out))
    assert code == 0, text
    calendar = out.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in calendar
    assert "\nATTENDEE" not in calendar.replace("\r\n ", "")
    assert "URL:" not in calendar
