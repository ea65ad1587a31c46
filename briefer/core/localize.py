"""Choosing the display language of a catalogue text, with a fixed fallback order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("ar", "fr", "en")
FALLBACK = {"ar": ("ar", "en", "fr"), "fr": ("fr", "en", "ar"), "en": ("en", "fr", "ar")}


def count_text(n: int, lang: str) -> str:
    """A count as the window's locale for `lang` writes it (`gui.i18n.WINDOW_LOCALES`):
    "40\u202f000" in French, "40,000" in English and in Arabic (Western digits, as ar_AE)."""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def check_lang(lang: str) -> str:
    if lang not in FALLBACK:
        raise ValueError(f"unknown language {lang!r}; use ar, fr or en")
    return lang


def pick(row: Mapping[str, Any], field: str, lang: str) -> str | None:
    """`field` in `lang`, else in the next language of the fallback order, else any other."""
    for candidate in FALLBACK[lang]:
        value = row.get(f"{field}_{candidate}")
        if value:
            return value
    return row.get(f"{field}_other") or None


def picked_language(row: Mapping[str, Any], field: str, lang: str) -> str | None:
    """The language `pick` takes `field` in: "ar", "fr", "en", the row's `other_lang`, or None
    (not known, or no such text). The Word pack tags each text by it, for spelling."""
    for candidate in FALLBACK[lang]:
        if row.get(f"{field}_{candidate}"):
            return candidate
    return (row.get("other_lang") or None) if row.get(f"{field}_other") else None


def all_languages(row: Mapping[str, Any], field: str) -> dict[str, str]:
    """Every language `field` is known in."""
    out = {lang: row[f"{field}_{lang}"] for lang in LANGUAGES if row.get(f"{field}_{lang}")}
    if row.get(f"{field}_other"):
        out[row.get("other_lang") or "other"] = row[f"{field}_other"]
    return out


def listed(items: list[str], strong: bool = False) -> str:
    """`items` as `joined` lists them in the language messages are written in now, for texts
    that are not told it (the core's messages, the command line's output)."""
    from briefer.core.i18n import language

    return joined(items, language(), strong)


def joined(items: list[str], lang: str, strong: bool = False) -> str:
    """`items` as a list in `lang`: Arabic commas (، or ؛) in Arabic; `strong` separates items
    that may hold commas themselves (semicolons)."""
    if lang == "ar":
        return ("؛ " if strong else "، ").join(items)
    if lang == "fr" and strong:
        return "\u202f; ".join(items)  # a narrow no-break space before ; in French
    return ("; " if strong else ", ").join(items)


def after_colon(text: str, lang: str) -> str:
    """A message shown after a colon, as `lang` writes it: French lowers its first letter
    (« échec : le serveur a refusé… », found by review), unless the first word is an acronym
    (« HTTP », « DNS »); a message shown alone keeps its capital."""
    if lang != "fr" or not text[:1].isupper() or text[1:2].isupper():
        return text
    return text[0].lower() + text[1:]
