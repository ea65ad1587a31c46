"""Commands that open the window or render it: gui, screenshot. Qt is imported only here, late."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from briefer.cli.common import display_lang
from briefer.core.errors import InputError

VIEWS = ("programme", "projects", "delegation", "notes", "changes", "packs", "search")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "gui",
        help="open the desktop window (with FILEs: import them, after a confirmation; "
        "a window already open on the data folder takes them)",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a programme file in a supported format, or a .briefer-selection file",
    )
    p.set_defaults(handler=cmd_gui)
    p = commands.add_parser("screenshot", help="render the main window offscreen to a PNG")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument(
        "--lang",
        dest="shot_lang",
        choices=("ar", "fr", "en"),
        help="the window's language (default: the global --lang, else en)",
    )
    p.add_argument("--view", choices=VIEWS, default="programme")
    p.add_argument("--size", default="1400x900", metavar="WxH")
    p.set_defaults(handler=cmd_screenshot)


def cmd_gui(args: argparse.Namespace) -> int:
    from briefer.gui.app import main

    return main(folder=args.data_dir, lang=args.lang, files=[str(f) for f in args.files])


def cmd_screenshot(args: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if not match:
        raise InputError(f"--size {args.size!r} is not WIDTHxHEIGHT, e.g. 1400x900.")
    from briefer.gui.app import screenshot

    try:
        out = screenshot(
            args.out,
            args.data_dir,
            args.shot_lang or display_lang(args),
            args.view,
            (int(match.group(1)), int(match.group(2))),
        )
    except OSError as exc:
        raise InputError(f"Cannot write {args.out}: {exc}") from exc
    print(f"Wrote {out}")
    return 0
