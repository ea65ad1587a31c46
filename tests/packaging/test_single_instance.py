"""One window per data folder: a second start hands its file to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from briefer.core.datafolder import DataFolder
from briefer.gui.single_instance import SingleInstance, endpoint_exists, server_name

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from briefer.core.datafolder import DataFolder
from briefer.gui.single_instance import SingleInstance

app = QCoreApplication(sys.argv[:1])
instance = SingleInstance(DataFolder(Path(sys.argv[1])))
if instance.hand_over(sys.argv[2:]):
    print("handed over")
    sys.exit(0)
print("no running window")
sys.exit(5)
"""


def _second_start(data: DataFolder, *files: str, cwd) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(data.root), *files],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def first(tmp_path, qapp):
    data = DataFolder(tmp_path / "data")
    instance = SingleInstance(data)
    assert instance.listen()
    yield data, instance
    instance.close()


def test_a_second_start_gives_its_file_to_the_first_window_and_exits(first, tmp_path, qtbot):
    data, instance = first
    (tmp_path / "colleague.briefer-selection").write_text("{}", encoding="utf-8")
    with qtbot.waitSignal(instance.files_received) as received:
        second = _second_start(data, "colleague.briefer-selection", cwd=tmp_path)
    out, _ = second.communicate()
    assert received.args == [[str((tmp_path / "colleague.briefer-selection").resolve())]]
    assert second.returncode == 0 and "handed over" in out


def test_another_data_folder_starts_its_own_window(first, tmp_path):
    other = DataFolder(tmp_path / "other")
    assert server_name(other) != server_name(first[0])
    second = _second_start(other, cwd=tmp_path)
    out, _ = second.communicate()
    assert second.returncode == 5 and "no running window" in out


def test_the_same_folder_by_another_path_is_the_same_instance(tmp_path):
    (tmp_path / "data").mkdir()
    assert server_name(DataFolder(tmp_path / "data")) == server_name(
        DataFolder(tmp_path / "x" / ".." / "data")
    )


def test_a_start_with_no_window_running_does_not_load_qt_network(tmp_path):
    data = DataFolder(tmp_path / "data")
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefer.core.datafolder import DataFolder\n"
        "from briefer.gui.single_instance import SingleInstance\n"
        "assert not SingleInstance(DataFolder(Path(sys.argv[1]))).hand_over([])\n"
        "print('PySide6.QtNetwork' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(data.root)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_the_endpoint_is_seen_while_the_window_listens_and_a_stale_one_is_harmless(tmp_path, qapp):
    data = DataFolder(tmp_path / "data")
    name = server_name(data)
    assert not endpoint_exists(name)
    instance = SingleInstance(data)
    assert instance.listen()
    try:
        assert endpoint_exists(name)
    finally:
        instance.close()
    if sys.platform != "win32":  # a socket file left by a crashed window: the start goes on
        stale = Path(QDir.tempPath()) / name
        stale.write_text("", encoding="utf-8")
        try:
            second = _second_start(data, cwd=tmp_path)
            out, _ = second.communicate()
            assert second.returncode == 5 and "no running window" in out
        finally:
            stale.unlink(missing_ok=True)
