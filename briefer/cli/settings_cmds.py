"""`briefer settings`: the delegation's default pack options, shown or changed."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace

from briefer.cli.common import json_flag, store_for
from briefer.cli.output import pad, print_json, width
from briefer.core.i18n import translate
from briefer.core.languages import NAMES


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "settings", help=translate("CliHelp", "default pack options: show, or change with flags")
    )
    p.add_argument(
        "--pack-lang",
        choices=("ar", "fr", "en", "display"),
        help=translate("CliHelp", "language of packs (“display”: the display language)"),
    )
    p.add_argument(
        "--paper",
        choices=("a4", "letter", "A4", "Letter"),
        help=translate("CliHelp", "paper of packs"),
    )
    p.add_argument(
        "--classification",
        metavar="TEXT",
        help=translate("CliHelp", "classification line ('' for none)"),
    )
    p.add_argument(
        "--watermark", metavar="TEXT", help=translate("CliHelp", "watermark ('' for none)")
    )
    json_flag(p)
    p.set_defaults(handler=cmd_settings)


def cmd_settings(args: argparse.Namespace) -> int:
    from briefer.core.pack_defaults import pack_defaults, set_pack_defaults

    with store_for(args) as store:
        defaults = pack_defaults(store)
        changes: dict[str, str | None] = {}
        if args.pack_lang:
            changes["lang"] = None if args.pack_lang == "display" else args.pack_lang
        if args.paper:
            changes["paper"] = args.paper.lower()
        if args.classification is not None:
            changes["classification"] = args.classification
        if args.watermark is not None:
            changes["watermark"] = args.watermark
        if changes:
            defaults = set_pack_defaults(store, replace(defaults, **changes)).value
    if args.json:
        print_json(asdict(defaults))
        return 0
    paper = translate("Cli", "A4") if defaults.paper == "a4" else translate("Cli", "Letter")
    language = NAMES.get(defaults.lang or "") or translate("Cli", "display language")
    rows = (
        (translate("Cli", "Pack language"), language),
        (translate("Cli", "Paper"), paper),
        (
            translate("Cli", "Classification line"),
            defaults.classification or translate("Cli", "none", "no classification line"),
        ),
        (
            translate("Cli", "Watermark"),
            defaults.watermark or translate("Cli", "none", "no watermark"),
        ),
    )
    columns = max(width(label) for label, _ in rows)
    for label, value in rows:
        print(f"{pad(label, columns)}  {value}")
    return 0
