"""Helpers shared by the command modules: opening the store, the language, the delegation."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from briefer.core.localize import check_lang
from briefer.core.store import Store, open_store


@contextlib.contextmanager
def store_for(args: argparse.Namespace) -> Iterator[Store]:
    store = open_store(args.data_dir)
    try:
        yield store
    finally:
        store.close()


def display_lang(args: argparse.Namespace) -> str:
    """--lang, else the display language chosen in Briefer, else LC_ALL / LC_MESSAGES / LANG."""
    import os

    from briefer.core import languages
    from briefer.core.datafolder import DataFolder
    from briefer.core.preferences import display_language

    if args.lang:
        return check_lang(args.lang)
    saved = display_language(DataFolder.locate(args.data_dir))
    if saved:
        return saved
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = languages.supported(os.environ.get(name))
        if found:
            return found
    return languages.DEFAULT


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
