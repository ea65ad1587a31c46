"""Numbers and dates past what Briefer can hold are refused in words, never a traceback."""

import pytest


@pytest.mark.parametrize(
    ("zone", "since"),
    [("Asia/Kolkata", "0001-01-01"), ("America/St_Johns", "9999-12-31T23:00")],
)
def test_changes_since_a_date_out_of_range_is_refused(cli, time_zone, zone, since):
    """Found by review: in India « changes --since 0001-01-01 » fell in year 0, in St John's
    « --since 9999-12-31T23:00 » in year 10000: a traceback each."""
    time_zone(zone)
    code, out, err = cli("changes", "--since", since)
    assert code != 0 and out == ""
    assert f"'{since}' is too far in the past or the future." in err
    assert "Traceback" not in err and "Error:" not in err


@pytest.mark.parametrize(
    "args",
    [
        ("changes", "--since-pack", "99999999999999999999999"),
        ("search", "--limit", "99999999999999999999999", "water"),
        ("search", "--limit", "9223372036854775808", "water"),
    ],
)
def test_a_huge_whole_number_is_refused_with_the_range(cli, capsys, args):
    """Found by review: a number past SQLite's integers gave a traceback (OverflowError)."""
    with pytest.raises(SystemExit) as exited:
        cli(*args)
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == ""
    assert f"“{args[2]}” is too large a number (at most 999999999)." in err
    assert "Traceback" not in err


def test_the_largest_number_taken_works(cli):
    assert cli("search", "--limit", "999999999", "water")[0] == 0
    code, _, err = cli("changes", "--since-pack", "999999999")
    assert code != 0 and "No pack with id 999999999" in err
