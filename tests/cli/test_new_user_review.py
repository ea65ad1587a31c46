"""Found by review of a new user's first steps with the README (a fresh clone, the command line):
a screenshot of encrypted data, output files, the catalogue reset, selection export, CSV from
Excel, long changes, sources, meetings' conflicts, conflicts' tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import EXIT_ERROR, main
from briefer.core import crypto, storecrypt
from briefer.core.datafolder import DataFolder


@pytest.fixture
def encrypted(data_dir: Path, tmp_path: Path, monkeypatch):
    """The data folder encrypted with a passphrase kept in a file (not yet in BRIEFER_…)."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**12)
    monkeypatch.delenv(crypto.PASSPHRASE_FILE_ENV, raising=False)
    data = DataFolder(data_dir)
    from briefer.core.store import open_store

    open_store(data).close()
    storecrypt.set_passphrase(data, "correct horse battery staple")
    crypto.KEYRING._keys.clear()
    source = tmp_path / "pp.txt"
    source.write_text("correct horse battery staple\n", encoding="utf-8")
    yield source
    crypto.KEYRING._keys.clear()


def test_screenshot_of_encrypted_data_reads_the_passphrase_file(
    encrypted, data_dir, tmp_path, monkeypatch, capsys
):
    """Found by review: `screenshot` ran forever on encrypted data, the window's start-up
    asking in a dialog nobody answers offscreen, even with BRIEFER_PASSPHRASE_FILE."""
    import briefer.gui.lock as lock

    def asked(*_args, **_kwargs):
        raise AssertionError("a dialog asked for the passphrase")

    monkeypatch.setattr(lock, "ask_passphrase", asked)
    monkeypatch.setenv(crypto.PASSPHRASE_FILE_ENV, str(encrypted))
    out = tmp_path / "s.png"
    code = main(["--data-dir", str(data_dir), "screenshot", "--size", "800x600", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert out.read_bytes().startswith(b"\x89PNG")


def test_screenshot_of_encrypted_data_without_a_terminal_is_refused(
    encrypted, data_dir, tmp_path, monkeypatch, capsys
):
    import io

    import briefer.gui.lock as lock

    def asked(*_args, **_kwargs):
        raise AssertionError("a dialog asked for the passphrase")

    monkeypatch.setattr(lock, "ask_passphrase", asked)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out = tmp_path / "s.png"
    code = main(["--data-dir", str(data_dir), "screenshot", str(out)])
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert "No passphrase was given" in err
    assert not out.exists()
