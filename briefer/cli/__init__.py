"""The `briefer` command line: every job of the app, headless, over the same core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from briefer import __version__
from briefer.cli import catalogue_cmds, delegation_cmds, gui_cmds, pack_cmds, sync_cmds
from briefer.core.errors import BrieferError, InputError, NotFoundError, StoreError
from briefer.core.paths import DATA_DIR_ENV

EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_STORE = 1, 2, 3, 4

COMMAND_MODULES = [catalogue_cmds, delegation_cmds, pack_cmds, sync_cmds, gui_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefer",
        description="Prepare, carry offline and print a delegation's briefing for a forum.",
        epilog=f"The data folder may also be set with ${DATA_DIR_ENV}.",
    )
    parser.add_argument("--version", action="version", version=f"Briefer {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help=f"data folder (default: ${DATA_DIR_ENV}, else per user)"
    )
    parser.add_argument(
        "--lang",
        choices=("ar", "fr", "en"),
        default=None,
        help="language of catalogue texts (default: the saved setting, else en)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    try:
        return handler(args) or 0
    except NotFoundError as exc:
        print(f"briefer: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except StoreError as exc:
        print(f"briefer: {exc}", file=sys.stderr)
        return EXIT_STORE
    except (InputError, BrieferError) as exc:
        print(f"briefer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("briefer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
