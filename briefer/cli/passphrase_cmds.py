"""`briefer passphrase set|change|remove|recover|status`: the user's data encrypted at rest.

Passphrases are typed on the terminal (twice for a new one), or read from the lines of the file
named by BRIEFER_PASSPHRASE_FILE: set: the new passphrase; change: the current one, then the
new; remove: the current one; recover: the recovery key, then the new passphrase. Never from an
argument. A wrong passphrase exits with status 4 and changes nothing.
"""

from __future__ import annotations

import argparse

from briefer.cli.common import read_secrets
from briefer.core import crypto, storecrypt
from briefer.core.datafolder import DataFolder
from briefer.core.errors import InputError
from briefer.core.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "passphrase",
        help=translate("CliHelp", "encrypt your data with a passphrase, change or remove it"),
        description=translate(
            "CliHelp",
            "Passphrases are typed on the terminal (twice for a new one), or read from the lines "
            "of the file named by the BRIEFER_PASSPHRASE_FILE environment variable: set: the "
            "new passphrase; change: the "
            "current one, then the new; remove: the current one; recover: the recovery key, then "
            "the new passphrase. Never from an argument. A wrong passphrase exits with status 4 "
            "and changes nothing.",
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    for name, help_text, handler in (
        ("set", translate("CliHelp", "encrypt your data with a new passphrase"), _set),
        ("change", translate("CliHelp", "replace the passphrase (needs the current one)"), _change),
        ("remove", translate("CliHelp", "decrypt your data back to a plain file"), _remove),
        ("recover", translate("CliHelp", "set a new passphrase with the recovery key"), _recover),
        ("status", translate("CliHelp", "say whether your data is encrypted"), _status),
    ):
        actions.add_parser(name, help=help_text).set_defaults(handler=handler)


def _data(args: argparse.Namespace) -> DataFolder:
    return DataFolder.locate(args.data_dir)


def _new_passphrase(*before: str) -> list[str]:
    """The secrets asked `before`, then the new passphrase (typed twice on a terminal)."""
    import os

    new = translate("Cli", "New passphrase: ")
    if os.environ.get(crypto.PASSPHRASE_FILE_ENV):
        return read_secrets(*before, new)
    values = read_secrets(*before, new, translate("Cli", "New passphrase again: "))
    if values[-1] != values[-2]:
        raise InputError(translate("Cli", "The two new passphrases differ; nothing was changed."))
    return values[:-1]


def _current() -> str:
    return translate("Cli", "Current passphrase: ")


def _set(args: argparse.Namespace) -> None:
    data = _data(args)
    (passphrase,) = _new_passphrase()
    packs = storecrypt.kept_packs(data)
    recovery = storecrypt.set_passphrase(data, passphrase)
    text = translate(
        "Cli",
        "Your data in {path} is now encrypted with your passphrase.\n"
        "A forgotten passphrase cannot be recovered. Keep this recovery key on paper, away "
        "from this computer; it is shown only now:",
    )
    print(text.format(path=data.root))
    print()
    print(f"    {recovery}")
    if packs:  # found by review: said also when there were none
        print()
        print(
            translate(
                "Cli",
                "%n pack(s) kept in the data folder were removed; build them again when you "
                "need them.",
                None,
                packs,
            )
        )


def _change(args: argparse.Namespace) -> None:
    data = _data(args)
    old, new = _new_passphrase(_current())
    storecrypt.change_passphrase(data, old, new)
    print(translate("Cli", "The passphrase was changed; the recovery key stays the same."))


def _remove(args: argparse.Namespace) -> None:
    data = _data(args)
    (passphrase,) = read_secrets(_current())
    storecrypt.remove_passphrase(data, passphrase)
    print(translate("Cli", "Your data in {path} is no longer encrypted.").format(path=data.root))


def _recover(args: argparse.Namespace) -> None:
    data = _data(args)
    recovery, new = _new_passphrase(translate("Cli", "Recovery key: "))
    storecrypt.recover(data, recovery, new)
    print(translate("Cli", "The new passphrase is set; the recovery key stays the same."))


def _status(args: argparse.Namespace) -> None:
    data = _data(args)
    if crypto.is_encrypted(data):
        text = translate(
            "Cli", "{path}: encrypted (SQLCipher 4, key from a passphrase with scrypt)"
        )
    else:
        text = translate("Cli", "{path}: not encrypted")
    print(text.format(path=data.root))
