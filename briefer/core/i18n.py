"""Translation hooks for core messages, Qt-free.

The GUI installs `QCoreApplication.translate` with `set_translator()` at start-up; the CLI
installs `catalogue_translator(lang)`, which reads the same compiled catalogue without Qt.
pyside6-lupdate extracts calls to `translate` and `QT_TRANSLATE_NOOP` by name, so call sites use
these names with literal strings.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str, str | None, int], str] | None = None


def set_translator(func: Callable[[str, str, str | None, int], str] | None) -> None:
    global _translator
    _translator = func


def translator() -> Callable[[str, str, str | None, int], str] | None:
    """The translator installed now (None: the source text, English)."""
    return _translator


def catalogue_translator(lang: str) -> Callable[[str, str, str | None, int], str]:
    """A translator reading `briefer_<lang>.qm` when first used (English for its plural forms)."""
    from briefer.core.paths import package_data_dir
    from briefer.core.qm import translator_for

    return translator_for(package_data_dir("translations") / f"briefer_{lang}.qm", lang)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is None:
        return english_plural(text, n) if n >= 0 else text
    return _translator(context, text, disambiguation, n)


def language() -> str:
    """The code of the language messages are written in now ("en" without a catalogue), as
    the catalogue itself says (Qt's QT_LAYOUT_DIRECTION is the same device)."""
    code = translate("Language", "en", "the code of the language of this catalogue")
    return code if code in ("ar", "fr", "en") else "en"


def english_plural(text: str, n: int) -> str:
    """A "%n item(s)" source in English without a catalogue: "1 item", "2 items"."""
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    return text
