"""Typography per language in packs: French spacing, dates and times, hyphenation.

Dates and times are written with Babel's patterns for each language. Arabic month names are
written as the forum's own Arabic pages (France Diplomatie) write them, the Levantine name then
the Egyptian one: "11 تشرين الثاني/نوفمبر 2021", with Western digits.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

NNBSP = "\u202f"  # narrow no-break space: French spacing before : ; ? ! and inside « »
_BEFORE = re.compile(r"[ \u00a0\u202f]?([;?!»])")
_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]?:(?=\s|$)")
_AFTER = re.compile(r"«[ \u00a0\u202f]?")


def french_spacing(text: str) -> str:
    """`text` with a narrow no-break space before : ; ? ! » and after «.

    A colon is spaced only before a space or the end, so times (14:30) and addresses
    (https://) stay as written.
    """
    text = _COLON.sub(NNBSP + ":", text)
    text = _BEFORE.sub(lambda m: NNBSP + m.group(1), text)
    return _AFTER.sub("«" + NNBSP, text)


def spaced(text: str, lang: str) -> str:
    return french_spacing(text) if lang == "fr" else text


def colon(lang: str) -> str:
    """What follows a label: "\u202f: " in French, ": " in English and Arabic."""
    return NNBSP + ": " if lang == "fr" else ": "


def _arabic_month(month: int) -> str:
    from babel.dates import get_month_names

    levantine = get_month_names("wide", locale="ar_SY")[month]
    egyptian = get_month_names("wide", locale="ar_EG")[month]
    return f"{levantine}/{egyptian}"


def day_text(day: date, lang: str) -> str:
    """ "Thursday 11 November 2021", "jeudi 11 novembre 2021"; Arabic with both month names."""
    from babel.dates import format_date

    if lang == "ar":
        weekday = format_date(day, "EEEE", locale="ar")
        return f"{weekday} {day.day} {_arabic_month(day.month)} {day.year}"
    text = format_date(day, "EEEE d MMMM y", locale=lang)
    return _first_of_month(text, day) if lang == "fr" else text


def _first_of_month(text: str, day: date) -> str:
    """French writes the first day of a month as an ordinal: "1er décembre"."""
    return re.sub(r"\b1 ", "1er ", text, count=1) if day.day == 1 else text


def moment_text(moment: datetime, lang: str) -> str:
    """A UTC time stamp: "1er décembre 2026 à 19:47 UTC", "1 December 2026, 19:47 UTC"."""
    from babel.dates import format_date

    clock = moment.strftime("%H:%M")
    if lang == "ar":
        return f"{moment.day} {_arabic_month(moment.month)} {moment.year}، {clock} UTC"
    written = format_date(moment.date(), "d MMMM y", locale=lang)
    if lang == "fr":
        return f"{_first_of_month(written, moment.date())} à {clock} UTC"
    return f"{written}, {clock} UTC"


@cache
def hyphenator(lang: str) -> Any | None:
    """A pyphen dictionary for `lang` (fr, en), or None for a language not hyphenated."""
    if lang not in ("fr", "en"):
        return None
    import pyphen

    return pyphen.Pyphen(lang="fr" if lang == "fr" else "en_GB")


def hyphen_points(word: str, lang: str) -> list[int]:
    """Where `word` may be broken with a hyphen, as offsets into it (none for short words)."""
    dic = hyphenator(lang)
    if dic is None or len(word) < 5 or not word.isalpha():
        return []
    return list(dic.positions(word))
