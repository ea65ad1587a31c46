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


def lang_for(args: argparse.Namespace, store: Store) -> str:
    return check_lang(args.lang or store.setting("lang") or "en")


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
