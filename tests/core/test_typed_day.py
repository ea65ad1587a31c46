"""A day typed into the meeting dialog's day field, in digits or in any language's words."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.core.timefmt import day_text
from briefer.core.typed_day import read_day

NOV_12 = date(2021, 11, 12)


@pytest.mark.parametrize(
    "typed",
    [
        "12/11/2021",
        "12.11.2021",
        "12 11 2021",
        "2021-11-12",
        "vendredi 12 novembre 2021",
        "12 Novembre 2021",
        "12 nov. 2021",
        "Friday, 12 November 2021",
        "November 12, 2021",
        "الجمعة 12 تشرين الثاني/نوفمبر 2021",
        "12 تشرين الثاني / نوفمبر 2021",
        "١٢ نوفمبر ٢٠٢١",
        "١٢ تشرين الثاني ٢٠٢١",
    ],
)
def test_a_day_is_read_in_digits_or_words_of_any_language(typed):
    assert read_day(typed, 1999) == NOV_12


@pytest.mark.parametrize(
    "typed",
    [
        "12 تشرين ثاني 2021",
        "12 نوفمبر/تشرين الثاني 2021",
        "١٢ نوفمبر ٢٠٢١م",
        "12 نوفمبر 2021 م",
        "12 نونبر 2021",
        "جمعة 12 نوفمبر 2021",
        "الجمعة، 12 تشرين ثاني/نوفمبر 2021",
        "\u2068الجمعة 12 تشرين الثاني/نوفمبر 2021\u2069",
        "\u200f12\u200f \u2066نوفمبر\u2069 2021",
    ],
)
def test_a_day_is_read_as_arabic_writers_write_it(typed):
    """Found by review: no article (« تشرين ثاني », « جمعة »), the two names the other way
    round, the era after the year, a day pasted with its isolates or direction marks."""
    assert read_day(typed, 1999) == NOV_12


MAGHREB = {
    "جانفي": 1, "فيفري": 2, "مارس": 3, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
MOROCCO = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ماي": 5, "يونيو": 6, "يوليوز": 7,
    "غشت": 8, "شتنبر": 9, "أكتوبر": 10, "نونبر": 11, "دجنبر": 12,
}  # fmt: skip


@pytest.mark.parametrize("months", [MAGHREB, MOROCCO], ids=["algeria-tunisia", "morocco"])
def test_the_maghrebs_month_names_are_read(months):
    for name, number in months.items():
        assert read_day(f"3 {name} 2022", 2021) == date(2022, number, 3), name


def test_two_names_of_two_months_give_no_day():
    assert read_day("12 نوفمبر/ديسمبر 2021", 2021) is None


def test_a_day_without_its_year_is_in_the_year_given():
    assert read_day("12 nov", 2021) == NOV_12
    assert read_day("12/11", 2021) == NOV_12


def test_accents_hamzas_and_a_first_of_the_month_are_read():
    assert read_day("1er fevrier 2022", 2021) == date(2022, 2, 1)
    assert read_day("3 ايار 2022", 2021) == date(2022, 5, 3)  # أيار without its hamza


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_day_the_field_shows_is_read_back(lang):
    for month in range(1, 13):
        day = date(2024, month, 1 + month * 2)
        assert read_day(day_text(day, lang), 1999) == day


@pytest.mark.parametrize(
    "typed", ["", "garbage", "31/11/2021", "12/13/2021", "12/11/21", "12 ju 2021", "12 jui 2021"]
)
def test_what_gives_no_day_is_none(typed):
    """No day 31 of November, no thirteenth month, no two-digit year, no month that two
    names begin with ("jui": juin, juillet)."""
    assert read_day(typed, 2021) is None
