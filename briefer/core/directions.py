"""Bidi controls, and a text set in its own direction or in a line's: one rule for the
window's lists and panes (`isolated`, `in_direction`) and one override table for the window,
the packs and the command line.

Light to import: the bidi algorithm (`uax9`) loads when a direction is first asked for."""

from __future__ import annotations

LRM, RLM = "\u200e", "\u200f"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
OVERRIDE_CODES = range(0x202A, 0x202F)  # LRE RLE PDF LRO RLO
NO_OVERRIDES = dict.fromkeys(OVERRIDE_CODES)  # for str.translate: embeddings and overrides out
_OPENERS = frozenset((LRI, RLI, FSI))


def own_direction(text: str) -> str | None:
    """ "R" or "L" as the packs set `text` (`uax9.auto_direction`); None without a letter, or
    where the text isolates its parts itself ("09:00–09:45 ⁨title⁩" is left to the line)."""
    if any(c in _OPENERS for c in text):
        return None
    from briefer.core.packs.uax9 import auto_direction

    return {"rtl": "R", "ltr": "L", None: None}[auto_direction(text)]


def isolated(text: str, rtl: bool, own: str | None = None) -> str:
    """`text` without embeddings or overrides of its own, in an isolate of its own direction
    (`own`, else `own_direction`'s) where that is not the line's (`rtl`); else as it is."""
    from briefer.core.packs.uax9 import without_overrides

    text = without_overrides(text)
    own = own or own_direction(text)
    if own is None or (own == "R") == rtl:
        return text
    return (RLI if own == "R" else LRI) + text + PDI


def in_direction(text: str, rtl: bool) -> str:
    """`text` laid out in the direction `rtl` says, not its first letter's: opening with a
    mark (RLM, LRM) where that letter would lay it out the other way ("WHO: منظمة الصحة…", a
    right-to-left note, was listed left to right). Qt takes a paragraph's direction from the
    first letter inside an isolate too, so a text with isolates before any letter of its own
    (« ⁨broken⁩: … », « ⁨محمد⁩: … ») opens with the mark as well."""
    from briefer.core.packs.uax9 import text_direction

    first = text_direction(text)
    if first == ("R" if rtl else "L") and not text.startswith(tuple(_OPENERS)):
        return text
    if first is None and not rtl and not any(c in _OPENERS for c in text):
        return text
    return (RLM if rtl else LRM) + text
