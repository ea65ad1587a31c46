"""Commands that print: briefing packs."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.common import day_arg, display_lang, json_flag, store_for, whole_number
from briefer.cli.output import print_json
from briefer.core.delegations import current_delegation, find_delegate
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.meetings import MEETING_PREFIX
from briefer.core.packs.content import SECTIONS
from briefer.core.progress import Progress, Reporter
from briefer.core.timefmt import day_name

if TYPE_CHECKING:
    from briefer.core.delegations import Delegate, Delegation
    from briefer.core.store import Store


def _marking_flags(p: argparse.ArgumentParser) -> None:
    """The classification line and watermark that packs and day sheets share."""
    p.add_argument(
        "--classification",
        metavar="TEXT",
        help=translate(
            "CliHelp",
            "classification line on every page, e.g. 'RESTRICTED' (default: briefer settings)",
        ),
    )
    p.add_argument(
        "--watermark",
        metavar="TEXT",
        help=translate("CliHelp", "diagonal watermark, such as DRAFT (default: briefer settings)"),
    )


def _delegate_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--delegate",
        metavar="NAME",
        help=translate("CliHelp", "the delegate (default: whole delegation)"),
    )


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "pack", help=translate("CliHelp", "print a briefing pack (PDF or Word) for a delegate")
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CliHelp", "the file to write"),
    )
    p.add_argument(
        "--format",
        dest="pack_format",
        choices=("pdf", "docx"),
        help=translate(
            "CliHelp",
            "pdf or docx, a Word document to edit (default: from the extension of --out, else pdf)",
        ),
    )
    _delegate_flag(p)
    p.add_argument(
        "--lang",
        dest="pack_lang",
        choices=("ar", "fr", "en"),
        help=translate("CliHelp", "pack language"),
    )
    p.add_argument(
        "--sections",
        metavar="LIST",
        help=translate("CliHelp", "comma-separated, from {sections} (default: all)").format(
            sections=",".join(SECTIONS)
        ),
    )
    p.add_argument(
        "--paper",
        type=str.lower,
        choices=("a4", "letter"),
        help=translate("CliHelp", "paper size, in any case (default: briefer settings)"),
    )
    _marking_flags(p)
    p.add_argument(
        "--password",
        action="store_true",
        help=translate(
            "CliHelp",
            "protect the PDF with a password (AES-256), asked for on the terminal "
            "or read from the BRIEFER_PACK_PASSWORD environment variable",
        ),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_pack)

    p = commands.add_parser(
        "daysheet", help=translate("CliHelp", "print one day's sessions for the jacket pocket")
    )
    p.add_argument(
        "--day",
        required=True,
        type=day_arg,
        metavar="YYYY-MM-DD",
        help=translate("CliHelp", "the day of the sheet"),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CliHelp", "the PDF to write"),
    )
    _delegate_flag(p)
    p.add_argument(
        "--lang",
        dest="pack_lang",
        choices=("ar", "fr", "en"),
        help=translate("CliHelp", "sheet language"),
    )
    p.add_argument(
        "--paper",
        type=str.lower,
        choices=("a5", "a4", "letter"),
        default="a5",
        help=translate("CliHelp", "paper size, in any case (default A5)"),
    )
    _marking_flags(p)
    json_flag(p)
    p.set_defaults(handler=cmd_daysheet)

    p = commands.add_parser(
        "ics",
        help=translate(
            "CliHelp", "export the marked sessions and own meetings as an iCalendar file"
        ),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CliHelp", "the .ics to write"),
    )
    _delegate_flag(p)
    p.add_argument(
        "--alarm",
        type=whole_number,
        metavar="MINUTES",
        help=translate("CliHelp", "a reminder this many minutes before each"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_ics)


def _password() -> str:
    """From $BRIEFER_PACK_PASSWORD, else asked twice on a terminal, else the first line of stdin."""
    import os

    value = os.environ.get("BRIEFER_PACK_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InputError(
                translate(
                    "Cli",
                    "--password: give the password on standard input, a terminal, or "
                    "the BRIEFER_PACK_PASSWORD environment variable; no pack was written.",
                )
            )
        return line
    from briefer.cli.common import secret

    first = secret(translate("Cli", "Pack password: "))
    if not first or first != secret(translate("Cli", "Again: ")):
        raise InputError(
            translate("Cli", "The passwords were empty or did not match; no pack was written.")
        )
    return first


def _audience(store: Store, args: argparse.Namespace) -> tuple[Delegation, Delegate | None]:
    """The current delegation, and the delegate named by --delegate if any."""
    delegation = current_delegation(store)
    return delegation, find_delegate(store, delegation, args.delegate) if args.delegate else None


@dataclass(frozen=True)
class _Chosen:
    """A pack's language, classification line, watermark and paper: the flags given, else the
    saved defaults (`briefer settings`), read once."""

    lang: str
    classification: str
    watermark: str | None
    paper: str


def _chosen(store: Store, args: argparse.Namespace) -> _Chosen:
    from briefer.core.pack_defaults import pack_defaults

    saved = pack_defaults(store)
    classification = saved.classification if args.classification is None else args.classification
    watermark = saved.watermark if args.watermark is None else args.watermark
    return _Chosen(
        lang=args.pack_lang or saved.lang or display_lang(args),
        classification=classification,
        watermark=watermark or None,
        paper=(args.paper or saved.paper).lower(),  # a day sheet's --paper defaults to A5
    )


def _printer(progress: Progress) -> None:
    if sys.stderr.isatty():
        text = "\r" + translate("Cli", "Rendering… page {page}").format(page=progress.done)
        print(text, end="", file=sys.stderr, flush=True)


def cmd_pack(args: argparse.Namespace) -> int:
    from briefer.core.packs.options import PackOptions
    from briefer.core.packs.service import make_pack, pack_format, parse_sections

    pack_format_chosen = pack_format(args.out, args.pack_format)
    sections = parse_sections(args.sections)
    password = _password() if args.password else None
    with store_for(args) as store:
        delegation, delegate = _audience(store, args)
        chosen = _chosen(store, args)
        options = PackOptions(paper=chosen.paper, watermark=chosen.watermark, password=password)
        result = make_pack(
            store,
            delegation,
            delegate,
            args.out,
            chosen.lang,
            sections,
            chosen.classification,
            options,
            Reporter(_printer),
            format=pack_format_chosen,
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(result)
    else:
        sessions = translate("Cli", "%n session(s)", None, len(result["sessions"]))
        projects = translate("Cli", "%n project(s)", None, len(result["projects"]))
        if result["pages"] is None:
            text = translate("Cli", "Wrote {path}: pack {id}, {sessions}, {projects}.")
        else:
            text = translate("Cli", "Wrote {path}: pack {id}, {pages}, {sessions}, {projects}.")
        pages = translate("Cli", "%n page(s)", None, result["pages"] or 0)
        message = text.format(
            path=result["path"], id=result["id"], pages=pages, sessions=sessions, projects=projects
        )
        print(message)
    return 0


def cmd_daysheet(args: argparse.Namespace) -> int:
    from briefer.core.packs.service import make_daysheet

    with store_for(args) as store:
        delegation, delegate = _audience(store, args)
        chosen = _chosen(store, args)
        result = make_daysheet(
            store,
            delegation,
            delegate,
            args.day,
            args.out,
            chosen.lang,
            chosen.paper,
            classification=chosen.classification,
            watermark=chosen.watermark,
        )
    if args.json:
        print_json(result)
    else:
        pages = translate("Cli", "%n page(s)", None, result["pages"])
        own = sum(1 for i in result["sessions"] if i.startswith(MEETING_PREFIX))
        sessions = translate("Cli", "%n session(s)", None, len(result["sessions"]) - own)
        meetings = translate("Cli", "%n meeting(s)", None, own)
        text = translate("Cli", "Wrote {path}: {pages}, {sessions} and {meetings} on {day}.")
        day = day_name(args.day, display_lang(args))
        print(
            text.format(
                path=result["path"], pages=pages, sessions=sessions, meetings=meetings, day=day
            )
        )
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from briefer.core.calendar_export import export_calendar

    with store_for(args) as store:
        delegation, delegate = _audience(store, args)
        result = export_calendar(
            store, delegation, delegate, args.out, display_lang(args), alarm_minutes=args.alarm
        )
    if args.json:
        print_json(result)
        return 0
    events = translate("Cli", "%n event(s)", None, len(result["events"]))
    print(translate("Cli", "Wrote {path}: {events}.").format(path=result["path"], events=events))
    if result["skipped_without_day"]:
        text = translate("Cli", "Not exported (day not announced yet): {ids}")
        print(text.format(ids=listed(result["skipped_without_day"])))
    if result["assumed_end"]:
        text = translate(
            "Cli", "End not announced, so taken as the next session in the room or one hour: {ids}"
        )
        print(text.format(ids=listed(result["assumed_end"])))
    return 0
