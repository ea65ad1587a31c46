"""`publish` writes fixed names: a file of another kind there is refused, never replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.core.errors import InputError
from briefer.core.sync.publish import FEED_NAME, publish_feed
from briefer.core.sync.signing import generate_keys

HAND_WRITTEN = b"Minutes of the meeting, revised by hand.\n"


@pytest.fixture
def key(tmp_path: Path) -> Path:
    private, _public = generate_keys(tmp_path / "ministry")
    return private


@pytest.mark.parametrize(
    ("name", "other"), [(FEED_NAME, f"{FEED_NAME}.sig"), (f"{FEED_NAME}.sig", FEED_NAME)]
)
def test_a_file_of_another_kind_is_refused_and_neither_file_written(
    store, tmp_path: Path, key: Path, name: str, other: str
):
    site = tmp_path / "site"
    site.mkdir()
    (site / name).write_bytes(HAND_WRITTEN)
    with pytest.raises(InputError) as raised:
        publish_feed(store, site, key)
    assert raised.value.kind == "other_kind_exists"
    assert raised.value.facts["path"] == str(site / name)
    assert (site / name).read_bytes() == HAND_WRITTEN
    assert not (site / other).exists()


def test_a_gzip_file_that_is_not_a_feed_is_refused(store, tmp_path: Path, key: Path):
    import gzip

    site = tmp_path / "site"
    site.mkdir()
    archive = gzip.compress(json.dumps({"report": "annual"}).encode())
    (site / FEED_NAME).write_bytes(archive)
    with pytest.raises(InputError, match="not a Briefer feed"):
        publish_feed(store, site, key)
    assert (site / FEED_NAME).read_bytes() == archive


def test_a_feed_published_before_is_replaced(store, tmp_path: Path, key: Path):
    site = tmp_path / "site"
    first = publish_feed(store, site, key)
    second = publish_feed(store, site, key)
    assert second["catalogue_version"] > first["catalogue_version"]
    assert json.loads((site / f"{FEED_NAME}.sig").read_bytes())["algorithm"] == "ed25519"


def test_the_command_line_refuses_without_a_traceback(data_dir, tmp_path: Path, key: Path, capsys):
    from briefer.cli import main

    site = tmp_path / "site"
    site.mkdir()
    (site / FEED_NAME).write_bytes(HAND_WRITTEN)
    code = main(
        ["--data-dir", str(data_dir), "publish", "--out", str(site), "--key", str(key), "--json"]
    )
    out, err = capsys.readouterr()
    assert code != 0
    assert "exists and is not a Briefer feed" in err and "Traceback" not in err
    assert out == ""
    assert (site / FEED_NAME).read_bytes() == HAND_WRITTEN
