"""The window's day names (tables, no Babel at start-up) read exactly as the packs' (Babel)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefer.core.timefmt import day_name, day_text


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_day_names_match_babels_for_every_day_of_a_year(lang):
    first = date(2026, 1, 1)
    for offset in range(366):
        day = first + timedelta(days=offset)
        assert day_name(day.isoformat(), lang) == day_text(day, lang), day


def test_the_words_a_reader_sees():
    assert day_name("2021-11-11", "ar") == "الخميس 11 تشرين الثاني/نوفمبر 2021"
    assert day_name("2026-12-01", "fr") == "mardi 1er décembre 2026"
    assert day_name("2021-11-11", "en") == "Thursday 11 November 2021"
