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


def system_language() -> str | None:
    """The user's language as the system sets it where no LC_ALL, LC_MESSAGES or LANG does:
    on Windows, whose shells set none of them, the display language of the user's account."""
    import sys

    if sys.platform != "win32":
        return None
    import ctypes

    return language_of_lcid(ctypes.windll.kernel32.GetUserDefaultUILanguage())


def language_of_lcid(lcid: int) -> str | None:
    """The language of a Windows locale id (0x0401 Arabic, Saudi Arabia: "ar") Briefer speaks."""
    import locale

    return supported(locale.windows_locale.get(lcid))
