"""A day as a user types it into a day field, in digits or in the words of any of the app's
languages: the meeting dialog's field shows « الخميس 11 تشرين الثاني/نوفمبر 2021 », and
takes "12/11/2021", « 12 nov. 2021 » or "١٢ نوفمبر" back."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date

from briefer.core.localize import LANGUAGES
from briefer.core.timefmt import calendar_words, western_digits

_SHORTEST_PREFIX = 3  # "nov", "déc", "sept"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{4}))?")
_WORDED = re.compile(r"(\d{1,2})(?:er)?\s+(\D+?)(?:\s+(\d{4}))?")
_MONTH_FIRST = re.compile(r"(\D+?)\s+(\d{1,2})(?:\s+(\d{4}))?")  # "November 12, 2021"
_ARTICLE = re.compile(r"(?<![^\s/])ال")  # « تشرين ثاني » as « تشرين الثاني »
_AD = re.compile(r"(\d{4})\s*م$")  # « ٢٠٢١م », the year of the common era
_MAGHREB_MONTHS = (
    ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
     "نوفمبر", "ديسمبر"),  # Algeria, Tunisia
    ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
     "نونبر", "دجنبر"),  # Morocco
)  # fmt: skip


def read_day(text: str, year: int) -> date | None:
    """The day `text` gives: "12/11/2021" (day first), "2021-11-12", « vendredi 12 novembre
    2021 », "12 تشرين الثاني/نوفمبر 2021", "November 12, 2021", "12 nov" (then in `year`);
    None where it gives none ("31/11/2021", a month no language names so, a two-digit
    year)."""
    words = _without_weekday(_AD.sub(r"\1", _folded(western_digits(text))))
    if match := _ISO.fullmatch(words):
        parts = (match.group(3), match.group(2), match.group(1))
    elif match := _NUMERIC.fullmatch(words):
        parts = (match.group(1), match.group(2), match.group(3))
    elif (match := _WORDED.fullmatch(words)) and (month := _month(match.group(2))):
        parts = (match.group(1), str(month), match.group(3))
    elif (match := _MONTH_FIRST.fullmatch(words)) and (month := _month(match.group(1))):
        parts = (match.group(2), str(month), match.group(3))
    else:
        return None
    day, month_number, written_year = parts
    try:
        return date(int(written_year or year), int(month_number), int(day))
    except ValueError:
        return None


def _folded(text: str) -> str:
    """`text` without accents, hamzas, vowel marks, direction marks or isolates (a day pasted
    from the app's own text, « ⁨12 نوفمبر 2021⁩ ») or the Arabic article, in lower case, its
    commas and runs of spaces one space, no space around a slash ("تشرين الثاني / نوفمبر")."""
    bare = "".join(
        c
        for c in unicodedata.normalize("NFD", text)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    bare = re.sub(r"[,،]", " ", bare.casefold())
    return _ARTICLE.sub("", re.sub(r"\s*/\s*", "/", " ".join(bare.split())))


def _without_weekday(words: str) -> str:
    first, _, rest = words.partition(" ")
    return rest if first in _weekdays() else words


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(_folded(name) for lang in LANGUAGES for name in calendar_words(lang)[0])


@functools.cache
def _month_names() -> dict[str, int]:
    """Each month's name in each language and in the Maghreb's Arabic, folded; the Arabic's
    two names apart."""
    lists = [calendar_words(lang)[1] for lang in LANGUAGES] + list(_MAGHREB_MONTHS)
    return {
        key: number
        for names in lists
        for number, name in enumerate(names, start=1)
        for key in _folded(name).split("/")
    }


def _month(words: str) -> int | None:
    """The month `words` names, or begin to name in one way only ("sept", « févr. »); names
    joined by a slash name the same month, in any order (« نوفمبر/تشرين الثاني »)."""
    months = {_one_month(name) for name in words.split("/")}
    return months.pop() if len(months) == 1 else None


def _one_month(words: str) -> int | None:
    words = words.rstrip(".")
    names = _month_names()
    if words in names:
        return names[words]
    if len(words) < _SHORTEST_PREFIX:
        return None
    months = {number for name, number in names.items() if name.startswith(words)}
    return months.pop() if len(months) == 1 else None
