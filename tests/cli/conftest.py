from pathlib import Path

import pytest
from loopback import keys, server  # noqa: F401 - the loopback HTTP server and its keys

from briefer.cli import main


@pytest.fixture
def cli(data_dir: Path, capsys):
    """Run `briefer --data-dir DATA ARGS…`; return its exit code, stdout and stderr."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
