"""Every hostile file, through `briefer import`: a message naming the file (and, where it can, the
item and the field), exit code 1, no traceback, and both databases exactly as they were."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from hostile_files import (
    _csv,
    _feed,
    _frab,
    _ics,
    _xml,
    all_cases,
)

from briefer.cli import main
from briefer.core.datafolder import CATALOGUE_FILE
from briefer.core.delegations import create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.store import open_store

CASES = all_cases()
PYTHON_ERRORS = re.compile(
    r"Traceback|\b(Key|Type|Value|Attribute|Index|Recursion|Unicode\w*|Overflow|Zone\w*|"
    r"JSONDecode|Lookup|OS|Runtime)Error\b|_csv\.Error|BrokenCalendarProperty|File \""
)


@pytest.fixture
def cli(data_dir: Path, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def seeded(cli, data_dir: Path, tmp_path: Path) -> Path:
    """A data folder with an imported programme, a delegation, a mark and a note."""
    good = tmp_path / "good.json"
    good.write_bytes(_frab(lambda d: None))
    assert cli("import", str(good))[0] == 0
    store = open_store(data_dir)
    try:
        delegation = create_delegation(store, "Hostile test delegation")
        set_mark(store, delegation, "hostile:e-1", "must")
        add_note(store, delegation, "hostile:e-1", "Words that must not be lost")
    finally:
        store.close()
    return data_dir


def fingerprint(data_dir: Path) -> dict[str, str]:
    """The SHA-256 of every database file (and journal) in the data folder."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(data_dir.iterdir())
        if path.is_file() and ".db" in path.name
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_file_is_refused_with_a_message(case, cli, seeded: Path, tmp_path: Path):
    path = tmp_path / case.file
    path.write_bytes(case.raw)
    before = fingerprint(seeded)
    assert "user.db" in before and any(CATALOGUE_FILE.fullmatch(name) for name in before)

    code, _, err = cli("import", str(path), *case.args)

    assert code == 1, err
    assert err.startswith(f"briefer: {path}"), err
    assert case.message in err
    assert not PYTHON_ERRORS.search(err), err
    assert len(err) < 2_000
    assert fingerprint(seeded) == before


def test_value_refusals_name_the_item_and_the_field(cli, seeded: Path, tmp_path: Path):
    path = tmp_path / "zone.csv"
    path.write_bytes(_csv("session,talk-9,T,2030-11-11,,,../../../../etc/passwd,,,"))
    code, _, err = cli("import", str(path))
    assert code == 1
    assert "CSV line 2 ('talk-9'), field 'timezone'" in err
    assert "'../../../../etc/passwd'" in err


def test_the_error_carries_file_item_field_and_value(tmp_path: Path, store):
    from briefer.core.sync.formats import FormatError, parse_frab_json

    raw = _frab(lambda d: d["schedule"]["conference"].update(time_zone_name="Mars/Olympus"))
    with pytest.raises(FormatError) as caught:
        parse_frab_json(raw, url="https://example.org/schedule.json")
    facts = caught.value.facts
    assert caught.value.kind == "invalid_value"
    assert facts["file"] == "https://example.org/schedule.json"
    assert (facts["item"], facts["field"]) == ("conference", "time_zone_name")
    assert facts["value"] == "'Mars/Olympus'"


@pytest.mark.parametrize(
    ("file", "raw", "args"),
    [
        ("good.json", _frab(lambda d: None), ()),
        ("good-bom.json", b"\xef\xbb\xbf" + _frab(lambda d: None), ()),
        ("good.xml", _xml(), ()),
        ("good.ics", _ics("DTSTART;TZID=Europe/Paris:20301111T100000"), ()),
        ("good.csv", _csv("session,a,T,2030-11-11,09:00,10:00,Asia/Kolkata,cancelled,,"), ()),
        ("good.json.gz", _feed(), ()),
    ],
)
def test_the_files_the_corpus_spoils_import(cli, tmp_path: Path, file, raw, args):
    """Each hostile file is one of these with one thing spoilt: these import."""
    path = tmp_path / file
    path.write_bytes(raw)
    code, _, err = cli("import", str(path), *args)
    assert code == 0, err


def test_a_zone_key_shaped_like_a_path_is_never_loaded(monkeypatch):
    from zoneinfo import ZoneInfo

    from briefer.core.sync import validate

    loaded: list[str] = []
    monkeypatch.setattr("zoneinfo.ZoneInfo", lambda key: loaded.append(key) or ZoneInfo(key))
    for key in ("../../../../etc/passwd", "/etc/localtime", "Europe/../../etc", "a" * 200):
        with pytest.raises(validate.InvalidValue):
            validate.zone_name(key, "x", "timezone")
    assert loaded == []
    assert validate.zone_name("America/Argentina/Buenos_Aires", "x", "timezone")
    assert validate.zone_name("+05:30", "x", "timezone") == "+05:30"


def test_every_zone_of_the_tz_database_is_accepted():
    from zoneinfo import available_timezones

    from briefer.core.sync import validate

    zones = available_timezones()
    assert len(zones) > 300
    assert all(validate.zone_name(z, "x", "timezone") == z for z in zones)
