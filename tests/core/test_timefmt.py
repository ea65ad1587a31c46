"""Dates in words, from tables of CLDR's names, held to Babel's CLDR data (a test dependency)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date, get_month_names

from briefer.core.timefmt import day_name, day_text, moment_text


def _babel_arabic_month(month: int) -> str:
    """Both names, as the forum's Arabic page writes them: Levantine, then Egyptian."""
    levantine = get_month_names("wide", locale="ar_SY")[month]
    egyptian = get_month_names("wide", locale="ar_EG")[month]
    return f"{levantine}/{egyptian}"


def _babel_day(day: date, lang: str) -> str:
    if lang == "ar":
        weekday = format_date(day, "EEEE", locale="ar")
        return f"{weekday} {day.day} {_babel_arabic_month(day.month)} {day.year}"
    text = format_date(day, "EEEE d MMMM y", locale=lang)
    return re.sub(r"\b1 ", "1er ", text, count=1) if lang == "fr" and day.day == 1 else text


def _babel_moment(moment: datetime, lang: str) -> str:
    clock = moment.strftime("%H:%M")
    if lang == "ar":
        return f"{moment.day} {_babel_arabic_month(moment.month)} {moment.year}، {clock} UTC"
    written = format_date(moment.date(), "d MMMM y", locale=lang)
    if lang == "fr":
        if moment.day == 1:
            written = re.sub(r"\b1 ", "1er ", written, count=1)
        return f"{written} à {clock} UTC"
    return f"{written}, {clock} UTC"


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_day_names_match_babels_for_every_day_of_two_years(lang):
    first = date(2026, 1, 1)
    for offset in range(731):
        day = first + timedelta(days=offset)
        expected = _babel_day(day, lang)
        assert day_text(day, lang) == expected, day
        assert day_name(day.isoformat(), lang) == expected, day


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_printed_moments_match_babels_for_every_month(lang):
    for month in range(1, 13):
        for day, hour, minute in ((1, 0, 5), (11, 19, 47), (28, 23, 59)):
            moment = datetime(2026, month, day, hour, minute, tzinfo=UTC)
            assert moment_text(moment, lang) == _babel_moment(moment, lang), moment


def test_the_words_a_reader_sees():
    assert day_name("2021-11-11", "ar") == "الخميس 11 تشرين الثاني/نوفمبر 2021"
    assert day_name("2026-12-01", "fr") == "mardi 1er décembre 2026"
    assert day_name("2021-11-11", "en") == "Thursday 11 November 2021"
    moment = datetime(2026, 12, 1, 19, 47, tzinfo=UTC)
    assert moment_text(moment, "fr") == "1er décembre 2026 à 19:47 UTC"
    assert moment_text(moment, "ar") == "1 كانون الأول/ديسمبر 2026، 19:47 UTC"


def test_packs_write_dates_without_loading_babel():
    import subprocess
    import sys

    code = (
        "import sys; from datetime import UTC, date, datetime; "
        "from briefer.core import timefmt; "
        "timefmt.day_text(date(2026, 12, 1), 'ar'); "
        "timefmt.moment_text(datetime(2026, 12, 1, tzinfo=UTC), 'fr'); "
        "import briefer.core.packs.render; "
        "print('babel' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    run = [sys.executable, "-c", code]
    out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"


def test_a_language_without_names_is_an_error_not_english():
    for lang in ("de", "fr_FR", "FR", ""):
        with pytest.raises(ValueError):
            day_text(date(2026, 12, 1), lang)
        with pytest.raises(ValueError):
            moment_text(datetime(2026, 12, 1, tzinfo=UTC), lang)


def test_moments_are_written_in_this_computers_time_with_its_offset(time_zone):
    """Found by review: a staffer in Paris read « Imprimé le … à 20:40 UTC » on packs and UTC
    times in the Changes, an hour off the clock on the wall."""
    from briefer.core.timefmt import moment_text, stamp_text

    time_zone("Europe/Paris")
    moment = datetime(2026, 12, 7, 20, 40, tzinfo=UTC)
    assert moment_text(moment, "fr") == "7 décembre 2026 à 21:40 UTC+1"
    assert moment_text(datetime(2026, 7, 1, 20, 40, tzinfo=UTC), "en") == (
        "1 July 2026, 22:40 UTC+2"
    )
    assert stamp_text("2026-12-07T23:30:00Z") == "2026-12-08 00:30 UTC+1"
    time_zone("Asia/Kolkata")
    assert moment_text(moment, "ar") == "8 كانون الأول/ديسمبر 2026، 02:10 UTC+5:30"


def test_a_since_without_an_offset_is_this_computers_time(time_zone):
    """Found by review: `changes --since 2026-12-07T21:40` typed in Paris was read as UTC."""
    from briefer.core.sync.history import _since_text

    time_zone("Europe/Paris")
    assert _since_text("2026-12-07T21:40") == "2026-12-07T20:40:00"
    assert _since_text("2026-12-07T21:40Z") == "2026-12-07T21:40:00"
    assert _since_text("2026-12-07") == "2026-12-06T23:00:00"


def test_zone_cities_are_cldrs():
    """tools/make_zone_names.py's table is CLDR's exemplar cities, as Babel gives them."""
    import zoneinfo

    from babel.dates import get_timezone, get_timezone_location

    from briefer.core.timefmt import zone_city

    for zone in sorted(zoneinfo.available_timezones()):
        tz = get_timezone(zone)
        for lang in ("ar", "fr", "en"):
            assert zone_city(zone, lang) == get_timezone_location(tz, lang, return_city=True)
    assert zone_city("Africa/Casablanca", "ar") == "الدار البيضاء"
    assert zone_city("Europe/London", "fr") == "Londres"
