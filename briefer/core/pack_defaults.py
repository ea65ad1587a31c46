"""The delegation's default pack options: language, paper, classification line, watermark.

Kept in the user's own file (encrypted with it, untouched by a sync), read by the window's
Packs view and by `briefer pack` and `briefer daysheet` when no option says otherwise.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from briefer.core import languages
from briefer.core.changes import OpChanges, Outcome
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.store import Store

KEY = "pack_defaults"
PAPERS = ("a4", "letter")  # a pack's paper; a day sheet keeps A5 unless asked otherwise
MAX_LINE = 120  # characters of a classification line or watermark


@dataclass(frozen=True)
class PackDefaults:
    lang: str | None = None  # None: the display language
    paper: str = "a4"
    classification: str = ""
    watermark: str = ""


def pack_defaults(store: Store) -> PackDefaults:
    """The stored defaults; a damaged or foreign value counts as none."""
    try:
        raw = json.loads(store.setting(KEY) or "{}")
        return _checked(PackDefaults(**{k: raw[k] for k in asdict(PackDefaults()) if k in raw}))
    except (ValueError, TypeError, InputError):
        return PackDefaults()


def set_pack_defaults(store: Store, defaults: PackDefaults) -> Outcome[PackDefaults]:
    """Keep `defaults` for the next packs.

    Raises:
        InputError: an unknown language or paper, or a line over MAX_LINE characters.
    """
    checked = _checked(defaults)
    store.set_setting(KEY, json.dumps(asdict(checked), ensure_ascii=False))
    return Outcome(checked, OpChanges(preferences=True))


def _checked(defaults: PackDefaults) -> PackDefaults:
    if defaults.lang is not None and languages.supported(defaults.lang) != defaults.lang:
        raise InputError(
            translate("Packs", "'{lang}' is not a pack language (ar, fr, en).").format(
                lang=defaults.lang
            ),
            kind="bad_choice",
        )
    if defaults.paper not in PAPERS:
        raise InputError(
            translate("Packs", "'{paper}' is not a paper Briefer prints on (A4, letter).").format(
                paper=defaults.paper
            ),
            kind="bad_choice",
        )
    for text in (defaults.classification, defaults.watermark):
        if not isinstance(text, str) or len(text) > MAX_LINE or "\n" in text:
            raise InputError(
                translate(
                    "Packs",
                    "A classification line or watermark is one line of at most {n} characters.",
                ).format(n=MAX_LINE),
                kind="too_long",
            )
    return PackDefaults(
        defaults.lang, defaults.paper, defaults.classification.strip(), defaults.watermark.strip()
    )
