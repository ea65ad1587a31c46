"""International phone numbers held left to right wherever Briefer shows or prints text."""

from __future__ import annotations

import re

# An international number: "+33 6 12 34 56 78", "+1 (212) 555-0100", "+971-4-123-4567".
PHONE = re.compile(r"(?<![\w+])\+\d{1,4}(?:[ .\-\u00a0]?(?:\(\d+\)|\d+)){2,}(?![\w+])")
LRM = "\u200e"
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def ltr_phone_numbers(text: str, rtl: bool = False) -> str:
    """`text` with each international phone number between LRMs, so that it reads left to
    right in a right-to-left line too (UAX #9 set "+33 6 12 34 56 78" in an Arabic note as
    "78 56 34 12 6 +33", groups reversed: a number to dial wrong). The marks are strong, but
    not letters: a note's direction (its dominant script) does not change.

    Only where the text may be set right to left: `rtl` (an Arabic pack or window), or a text
    holding right-to-left letters. Elsewhere the marks did nothing but go along with a number
    copied into a phone or a spreadsheet."""
    if "+" not in text or not (rtl or has_rtl_letters(text)):
        return text
    return PHONE.sub(lambda m: _between_marks(m, text), text)


def _between_marks(match: re.Match[str], text: str) -> str:
    """The number with an LRM each side, but where the writer already put one (two copied
    along with the number into a phone, where one could fail to dial)."""
    start, end = match.span()
    before = "" if text[start - 1 : start] == LRM else LRM
    after = "" if text[end : end + 1] == LRM else LRM
    return f"{before}{match.group()}{after}"


def has_rtl_letters(text: str) -> bool:
    """Whether `text` holds a letter of a right-to-left script (Arabic, Hebrew, Syriac…)."""
    return _RTL_LETTER.search(text) is not None


def unbroken_phone_numbers(text: str) -> str:
    """`text` with the spaces inside its international phone numbers as no-break spaces, for
    a window that wraps text where it likes (a number split over two lines is misdialled)."""
    if "+" not in text:
        return text
    return PHONE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
