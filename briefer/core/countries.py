"""Countries by their ISO 3166 code, named in Arabic, French and English (CLDR, through Babel).

A contact's country is kept as its code and shown as its name in the reader's language; it may
be given as either ("France", "فرنسا", "Sénégal", "SN").
"""

from __future__ import annotations

from functools import cache

from briefer.core.search.textnorm import fold

LANGS = ("ar", "fr", "en")


@cache
def _names(lang: str) -> dict[str, str]:
    from babel import Locale

    territories = Locale.parse(lang).territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha()}


@cache
def _codes_by_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    for lang in LANGS:
        for code, name in _names(lang).items():
            codes.setdefault(fold(name), code)
    return codes


def country_code(text: str) -> str | None:
    """The ISO 3166 code `text` names: a code (two letters, or three as ISO alpha-3 has), or a
    country's name in Arabic, French or English, whatever its case and accents; else None."""
    text = " ".join(text.split())
    found = _codes_by_name().get(fold(text))
    if found:
        return found
    if len(text) in (2, 3) and text.isascii() and text.isalpha():
        return text.upper()
    return None


def country_name(code: str | None, lang: str) -> str:
    """The country of `code` in `lang` ("FR" -> "فرنسا"); the code itself if it names none."""
    if not code:
        return ""
    return _names(lang if lang in LANGS else "en").get(code.upper(), code)


def country_names(lang: str) -> list[str]:
    """Every country's name in `lang`, in order, to choose from as one types."""
    return sorted(_names(lang if lang in LANGS else "en").values())
