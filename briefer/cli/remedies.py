"""The command line's own remedy for a core error: the flag or command that settles it."""

from __future__ import annotations

from briefer.core.errors import BrieferError

_BY_KIND = {
    "key_needed": "Give the publisher's key with --key FILE, or --trust-unsigned to accept "
    "unsigned data from this address.",
    "unknown_kind": "Choose --kind from the list above.",
    "key_exists": "Choose another --out prefix.",
    "no_delegation": "briefer delegation create NAME --country CODE",
    "no_person": "Add them as a contact first: briefer person add NAME",
    "ambiguous_person": "Name the person by one of these ids.",
}


def remedy_of(error: BrieferError) -> str | None:
    """What to type to get past `error`, or None when no flag or command settles it."""
    if error.kind == "namespace_claimed":
        return (
            "Use --force to let it replace that programme anyway (after checking where it "
            "comes from)."
        )
    if error.forcible:
        return "Use --force to accept."
    return _BY_KIND.get(error.kind)
