"""The windowed program's entry point (briefer-gui): the window, with no console on Windows."""

from __future__ import annotations

import sys

import pytest

from briefer.gui import entry


def test_it_opens_the_gui_command_even_without_stdout_or_stderr(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit) as done:
        entry.main(["--help"])  # `briefer gui --help`: argparse prints, then exits
    assert done.value.code == 0
    assert sys.stdout is not None and sys.stderr is not None


def test_it_hands_its_arguments_to_the_gui_command(monkeypatch):
    seen = []
    monkeypatch.setattr("briefer.cli.main", lambda argv: seen.append(argv) or 0)
    assert entry.main(["--lang", "ar"]) == 0
    assert seen == [["gui", "--lang", "ar"]]
