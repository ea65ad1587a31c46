"""The languages a contact speaks, as typed ("fr, en"), named in the reader's language."""

from __future__ import annotations

import re

from briefer.core.language_names import NAMES

_COLUMN = {"ar": 0, "fr": 1, "en": 2}
_SEPARATORS = re.compile(r"\s*[,،;/]\s*|\s+(?:and|et|و)\s+")


def spoken_languages(text: str | None, lang: str) -> list[str]:
    """Each language of `text`, its ISO 639-1 code ("fr", "BM") as its name in `lang`
    ("français", "bambara"), anything else as written."""
    items = [item.strip() for item in _SEPARATORS.split(text or "") if item.strip()]
    return [language_name(item, lang) for item in items]


def language_name(code: str, lang: str) -> str:
    """The language of ISO 639-1 `code` named in `lang` ("fr" -> "الفرنسية"); else the code."""
    names = NAMES.get(code.lower())
    return names[_COLUMN.get(lang, 2)] if names else code
