import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from briefer.core.store import open_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    opened = open_store(data_dir)
    yield opened
    opened.close()


# Windows refuses to rename onto, or delete, a file any handle holds open; macOS and Linux
# allow both. `windows_files` emulates Windows for this process (Linux: /proc/self/fd).
def _held() -> set[str]:
    held = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            held.add(os.path.realpath(os.readlink(f"/proc/self/fd/{fd}")))
        except OSError:
            pass
    return held


def _refuse_if_open(path: os.PathLike | str) -> None:
    if os.path.exists(path) and os.path.realpath(path) in _held():
        raise PermissionError(
            32, "The process cannot access the file because it is being used by another process"
        )


@pytest.fixture
def windows_files(monkeypatch):
    """Renaming onto or deleting a file this process holds open raises WinError 32's error."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("emulating Windows needs /proc/self/fd (Linux)")
    real_replace, real_unlink = os.replace, os.unlink

    def replace(src, dst, *args, **kwargs):
        _refuse_if_open(dst)
        return real_replace(src, dst, *args, **kwargs)

    def unlink(path, *args, **kwargs):
        _refuse_if_open(path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(
        Path, "replace", lambda self, target: (replace(self, target), Path(target))[1]
    )
    monkeypatch.setattr(
        Path, "unlink", lambda self, missing_ok=False: _unlink_path(unlink, self, missing_ok)
    )


def _unlink_path(unlink, path: Path, missing_ok: bool) -> None:
    try:
        unlink(path)
    except FileNotFoundError:
        if not missing_ok:
            raise


class Boxes:
    """The message boxes the window showed, as built (title, text, icon, text format), each
    answered with `answer` instead of waiting for a click."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.shown: list = []
        self.texts: list[str] = []  # each box's text, as it is shown
        self.answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    """Message boxes built for real (a title that is not text fails as it would for a user),
    never shown: each is recorded and answered with `boxes.answer`."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMessageBox

    record = Boxes()

    def exec_(box: QMessageBox) -> int:
        record.shown.append(
            SimpleNamespace(
                title=box.windowTitle(), text=box.text(), icon=box.icon(), format=box.textFormat()
            )
        )
        record.texts.append(box.text())
        return record.answer.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return record


@pytest.fixture(autouse=True)
def _no_message_box_waits(monkeypatch):
    """A message box a test did not expect fails it, rather than waiting for a click (in
    tests that have Qt's widgets loaded: the core's never import them)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QMessageBox

    def exec_(box: QMessageBox) -> int:
        raise AssertionError(f"a message box was shown: {box.windowTitle()}: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def time_zone(monkeypatch):
    """A function that runs this computer's clock in a zone for the test (TZ and tzset)."""
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("this system sets its time zone only in its settings (no tzset)")

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    return use


@pytest.fixture(autouse=True)
def _clock_in_utc(monkeypatch):
    """Moments are shown in this computer's time: tests read them in UTC unless they set a
    zone (`time_zone`), whatever the zone of the machine running them."""
    import time

    if not hasattr(time, "tzset"):
        yield
        return
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _core_translator_restored():
    """A test that switches the display language (the window does) leaves the core's
    translator as it found it: the next test reads messages as it expects them."""
    from briefer.core import i18n

    before = i18n.translator()
    yield
    i18n.set_translator(before)
