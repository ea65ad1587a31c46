"""The command line's own remedy for a core error: the flag or command that settles it."""

from __future__ import annotations

from briefer.core.errors import BrieferError
from briefer.core.i18n import QT_TRANSLATE_NOOP, translate

_BY_KIND = {
    "key_needed": QT_TRANSLATE_NOOP(
        "Cli",
        "Give the publisher's key with --key FILE, or --trust-unsigned to accept "
        "unsigned data from this address.",
    ),
    "unknown_kind": QT_TRANSLATE_NOOP("Cli", "Choose --kind from the list above."),
    "key_exists": QT_TRANSLATE_NOOP("Cli", "Choose another --out prefix."),
    "no_delegation": "briefer delegation create NAME --country CODE",
    "no_person": QT_TRANSLATE_NOOP("Cli", "Add them as a contact first: briefer person add NAME"),
    "ambiguous_person": QT_TRANSLATE_NOOP("Cli", "Name the person by one of these ids."),
}


def remedy_of(error: BrieferError) -> str | None:
    """What to type to get past `error`, or None when no flag or command settles it."""
    if error.kind == "namespace_claimed":
        return translate(
            "Cli",
            "Use --force to let it replace that programme anyway (after checking where it "
            "comes from).",
        )
    if error.forcible:
        return translate("Cli", "Use --force to accept.")
    remedy = _BY_KIND.get(error.kind)
    return translate("Cli", remedy) if remedy else None
