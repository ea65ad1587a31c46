"""A recorded title change in every language its source gave, read in the reader's.

A change row holds one text for its before and one for its after. A title (changed, new or
withdrawn) was recorded in English alone, so a French pack printed an English title under
« Avant » and « Après » although the French one had changed too, and a withdrawn session,
no longer in the catalogue, kept its English name in every language. Titles are now recorded
as all their languages behind a mark no title can hold (a control character: the feeds'
validation refuses them); rows recorded before stay plain text.
"""

from __future__ import annotations

import json
from typing import Any

MARK = "\x1e"  # RECORD SEPARATOR


def recorded(titles: dict[str, str], fallback: str | None) -> str | None:
    """The value to record for a title given in `titles` (language → text)."""
    given = {lang: text for lang, text in titles.items() if text}
    if not given:
        return fallback
    return MARK + json.dumps(given, ensure_ascii=False, sort_keys=True)


def _titles(value: Any) -> dict[str, str]:
    """The titles a recorded value holds by language; none for a value recorded plain."""
    if not (isinstance(value, str) and value.startswith(MARK)):
        return {}
    try:
        titles = json.loads(value[1:])
    except ValueError:
        return {}
    return titles if isinstance(titles, dict) else {}


def in_language(value: Any, lang: str | None) -> Any:
    """A recorded value as a reader of `lang` reads it: a title in their language, else in
    English, else in the first language it has; anything else as it is."""
    titles = _titles(value)
    if not titles:
        return value[1:] if isinstance(value, str) and value.startswith(MARK) else value
    return titles.get(lang or "en") or titles.get("en") or next(iter(titles.values()))


def in_language_pair(old: Any, new: Any, lang: str | None) -> tuple[Any, Any]:
    """A recorded change's before and after for a reader of `lang`; for a title changed in
    other languages only (the same in theirs), in the first language where it changed."""
    return _pair_and_language(old, new, lang)[:2]


def _pair_and_language(old: Any, new: Any, lang: str | None) -> tuple[Any, Any, str | None]:
    """`in_language_pair`, and the language it shows when that is another than `lang`."""
    shown = in_language(old, lang), in_language(new, lang)
    if shown[0] != shown[1]:
        return (*shown, None)
    before, after = _titles(old), _titles(new)
    for other in dict.fromkeys([lang or "en", "en", *before, *after]):
        if before.get(other) != after.get(other):
            return before.get(other), after.get(other), None if other == lang else other
    return (*shown, None)


def read_change(row: dict[str, Any], lang: str | None) -> dict[str, Any]:
    """`row`, a recorded change, with its before and after in `lang` (`in_language_pair`),
    `shown_in` the language they are in where the title changed in other languages only
    (the reader's own title is the same: « Titre (anglais) », not « Titre »), and, for a new
    or withdrawn item (maybe gone from the catalogue), its title in `lang`."""
    row["old"], row["new"], row["shown_in"] = _pair_and_language(row["old"], row["new"], lang)
    named = {"added": row["new"], "removed": row["old"]}.get(row["field"])
    row["title"] = named or row["title"]
    return row
