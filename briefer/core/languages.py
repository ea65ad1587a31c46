"""The languages Briefer speaks: one list for the window, the command line, packs and data."""

from __future__ import annotations

CODES = ("ar", "fr", "en")
NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}
DEFAULT = "en"
RTL = frozenset({"ar"})


def is_rtl(lang: str) -> bool:
    return lang in RTL


def supported(lang: str | None) -> str | None:
    """`lang` (or its primary tag, e.g. `fr_FR.UTF-8` → `fr`) when Briefer speaks it."""
    if not lang:
        return None
    code = lang.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in CODES else None
