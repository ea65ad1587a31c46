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
    "unknown_kind": QT_TRANSLATE_NOOP("Cli", "Give one of those kinds with --kind."),
    "key_exists": QT_TRANSLATE_NOOP("Cli", "Choose another --out prefix."),
    "no_delegation": "briefer delegation create NAME --country CODE",
    "no_person": QT_TRANSLATE_NOOP("Cli", "Add them as a contact first: briefer person add NAME"),
    "ambiguous_person": QT_TRANSLATE_NOOP("Cli", "Name the person by one of these ids."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Cli",
        "Check the first line of the file named by BRIEFER_PASSPHRASE_FILE if you use it. "
        "Forgotten: set a new "
        "passphrase with the recovery key, briefer passphrase recover",
    ),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Cli",
        "Type the recovery key as it was shown when the passphrase was set (dashes optional).",
    ),
    "already_encrypted": QT_TRANSLATE_NOOP(
        "Cli", "To choose another passphrase: briefer passphrase change"
    ),
    "not_encrypted": QT_TRANSLATE_NOOP("Cli", "To protect it: briefer passphrase set"),
    "store_in_use": QT_TRANSLATE_NOOP(
        "Cli", "Close Briefer's window on this data folder, then run the command again."
    ),
    "wrong_file_passphrase": QT_TRANSLATE_NOOP(
        "Cli", "Ask the sender for the file's passphrase; it is not your data's passphrase."
    ),
}


def remedy_of(error: BrieferError) -> str | None:
    """What to type to get past `error`, or None when no flag or command settles it; a
    source that failed to sync also gets the command that stops syncing it, last."""
    remedy = _remedy(error)
    name = error.facts.get("failing_source")
    if not name:
        return remedy
    removal = translate("Cli", "To stop syncing this source: {command}").format(
        command=f"briefer sources remove {name}"
    )
    return f"{remedy}\n  {removal}" if remedy else removal


def _remedy(error: BrieferError) -> str | None:
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
