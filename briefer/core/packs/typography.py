"""Typography per language in packs: French spacing, dates and times, hyphenation.

Dates and times are written with CLDR's names for each language (`timefmt`). Arabic month
names are written as the forum's own Arabic pages (France Diplomatie) write them, the Levantine
name then the Egyptian one: "11 تشرين الثاني/نوفمبر 2021", with Western digits.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefer.core.phones import PHONE
from briefer.core.timefmt import day_text, moment_text  # noqa: F401 - written here in packs

NNBSP = "\u202f"  # narrow no-break space: French spacing before : ; ? ! and inside « »
_BEFORE = re.compile(r"[ \u00a0\u202f]?([;?!»])")
_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]?:(?=\s|$)")
_AFTER = re.compile(r"«[ \u00a0\u202f]?")
_KEPT_SPACE = re.compile(
    r" (?=[:;?!»](?:\s|$|[»)\].,]))|(?<=«) "  # French spacing
    r"|(?<=\d) (?=\d{3}(?!\d)|[%€])"  # a thousands group ("3 500 km"), "12 %", "40 €"
    r"|(?<=\b[nN]°) (?=\d)"  # "salon n° 4"
)


def french_spacing(text: str) -> str:
    """`text` with a narrow no-break space before : ; ? ! » and after «.

    A colon is spaced only before a space or the end, so times (14:30) and addresses
    (https://) stay as written.
    """
    text = _COLON.sub(NNBSP + ":", text)
    text = _BEFORE.sub(lambda m: NNBSP + m.group(1), text)
    return _AFTER.sub("«" + NNBSP, text)


def kept_spaces(text: str) -> str:
    """`text` with a space its writer put before : ; ? ! » or after «, between a number's
    groups of digits, before % or €, or after n° made a narrow no-break space (French spacing
    in data and notes), so a line never starts with ": retour" or "500 km" or ends on "«".
    An international phone number keeps its spaces ("+962 6 500 1234" is not "6 500"):
    copied from the pack, it is the number as written."""
    if "+" not in text:
        return _KEPT_SPACE.sub(NNBSP, text)
    parts, last = [], 0
    for phone in PHONE.finditer(text):
        parts += [_KEPT_SPACE.sub(NNBSP, text[last : phone.start()]), phone.group()]
        last = phone.end()
    parts.append(_KEPT_SPACE.sub(NNBSP, text[last:]))
    return "".join(parts)


def spaced(text: str, lang: str) -> str:
    return french_spacing(text) if lang == "fr" else text


def upper_first(text: str) -> str:
    """The text with its first letter a capital ("bilateral" → "Bilateral"), as a line begins."""
    return text[:1].upper() + text[1:]


def colon(lang: str) -> str:
    """What follows a label: "\u202f: " in French, ": " in English and Arabic."""
    return NNBSP + ": " if lang == "fr" else ": "


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
