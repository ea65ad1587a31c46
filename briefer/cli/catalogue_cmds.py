"""Commands that read the catalogue: info, search, show, programme, projects, catalogue."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.cli.common import day_arg, display_lang, id_arg, json_flag, store_for, whole_number
from briefer.cli.output import pad, print_fields, print_json, print_table, width
from briefer.core import paths
from briefer.core.catalogue.items import (
    item_detail,
    list_sessions,
    now_and_next_sessions,
    overview,
    your_time,
)
from briefer.core.delegations import current_delegation, find_delegate
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.marks import describe_their_version, find_mark
from briefer.core.notes import list_notes
from briefer.core.queries.editions import default_edition, resolve_edition
from briefer.core.queries.programme import ProgrammeFilter
from briefer.core.queries.projects import ProjectFilter, all_projects
from briefer.core.search.kinds import SEARCH_KINDS
from briefer.core.timefmt import day_name, moment_name
from briefer.core.words import (
    catalogue_word,
    certainty_word,
    item_kind_word,
    item_status_word,
    mark_status_word,
    priority_word,
    publisher_word,
    status_word,
)

if TYPE_CHECKING:
    from briefer.core.search.engine import Filters


def _edition_help(only: bool) -> str:
    if only:
        return translate(
            "CliHelp",
            "only this edition (its id, such as ppf:edition-2021, its name, or its year when "
            "only one edition has it)",
        )
    return translate(
        "CliHelp",
        "its id (such as ppf:edition-2021), its name, or its year when only one edition has "
        "it; default: the edition under way or next, else the one with most sessions",
    )


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "info",
        help=translate("CliHelp", "overview of the catalogue: editions, counts, completeness"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_info)

    p = commands.add_parser(
        "search", help=translate("CliHelp", "search the catalogue and your notes")
    )
    p.add_argument(
        "query",
        metavar="QUERY",
        help=translate(
            "CliHelp",
            'words, in Arabic, French or English; "a phrase", -excluded, a OR b'
            " (a query that starts with - goes after --: briefer search -- -call)",
        ),
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=SEARCH_KINDS,
        help=translate(
            "CliHelp",
            "only these kinds; meeting and contact: your delegation's own meetings and contacts",
        ),
    )
    p.add_argument("--edition", metavar="EDITION", help=_edition_help(only=True))
    p.add_argument(
        "--day",
        type=day_arg,
        metavar="YYYY-MM-DD",
        help=translate("CliHelp", "only sessions on this day"),
    )
    p.add_argument(
        "--theme",
        metavar="THEME_ID",
        help=translate("CliHelp", "only items of this theme or forum priority"),
    )
    p.add_argument("--region", help=translate("CliHelp", "only projects in this region"))
    p.add_argument(
        "--format", help=translate("CliHelp", "only sessions of this format (panel, workshop…)")
    )
    p.add_argument(
        "--marked",
        action="store_true",
        help=translate("CliHelp", "only items your delegation marked"),
    )
    p.add_argument(
        "--delegate",
        metavar="NAME",
        help=translate("CliHelp", "only items assigned to this delegate"),
    )
    p.add_argument(
        "--limit",
        type=whole_number,
        default=20,
        help=translate(
            "CliHelp",
            "at most this many hits of each kind: catalogue items, notes, own meetings and "
            "people (default 20)",
        ),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser(
        "show", help=translate("CliHelp", "one item in full, with your mark and notes")
    )
    p.add_argument("id", metavar="ID", type=id_arg)
    json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser(
        "programme", help=translate("CliHelp", "sessions day by day, in time order")
    )
    p.add_argument("--edition", metavar="EDITION", help=_edition_help(only=False))
    p.add_argument(
        "--day", type=day_arg, metavar="YYYY-MM-DD", help=translate("CliHelp", "only this day")
    )
    p.add_argument(
        "--format",
        help=translate("CliHelp", "only sessions of exactly this format (panel, workshop…)"),
    )
    p.add_argument(
        "--theme",
        metavar="THEME_ID",
        help=translate("CliHelp", "only sessions of this theme or forum priority"),
    )
    p.add_argument(
        "--marked",
        action="store_true",
        help=translate("CliHelp", "only sessions your delegation marked"),
    )
    p.add_argument(
        "--delegate",
        metavar="NAME",
        help=translate("CliHelp", "only sessions assigned to this delegate"),
    )
    p.add_argument(
        "--now",
        action="store_true",
        help=translate(
            "CliHelp", "now and next: today's items from the current time, your own meetings first"
        ),
    )
    p.add_argument(
        "--at",
        metavar="TIME",
        type=_moment,
        help=translate(
            "CliHelp",
            "with --now, as at this moment (ISO 8601 with its zone, e.g. 2021-11-11T14:45+01:00)",
        ),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_programme)

    p = commands.add_parser(
        "projects", help=translate("CliHelp", "the project catalogue of an edition")
    )
    p.add_argument("--edition", metavar="EDITION", help=_edition_help(only=False))
    json_flag(p)
    p.set_defaults(handler=cmd_projects)

    p = commands.add_parser(
        "catalogue", help=translate("CliHelp", "reset or rebuild the catalogue")
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    reset = sub.add_parser(
        "reset", help=translate("CliHelp", "replace the working catalogue with the bundled one")
    )
    reset.set_defaults(handler=cmd_catalogue_reset)
    build = sub.add_parser(
        "build", help=translate("CliHelp", "regenerate the bundled catalogue from the forum facts")
    )
    build.add_argument(
        "--facts",
        type=Path,
        help=translate("CliHelp", "facts.json (default: ../shared/corpus/ppf)"),
    )
    build.add_argument(
        "--out",
        type=Path,
        help=translate("CliHelp", "output file (default: resources/catalogue.db)"),
    )
    build.set_defaults(handler=cmd_catalogue_build)


def cmd_info(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        data = overview(store, display_lang(args))
        data["data_dir"] = str(store.folder)
    if args.json:
        print_json(data)
        return 0
    print(
        translate("Cli", "Catalogue version {version} — {source}").format(
            version=data["catalogue_version"], source=data["source_name"]
        )
    )
    print(translate("Cli", "Data folder: {path}").format(path=data["data_dir"]))
    if data["illustrative"]:
        print(translate("Cli", "ILLUSTRATIVE DATA: this catalogue is not real forum data."))
    rows = [
        [
            e["name"],
            e["id"],
            e["start_date"],
            e["end_date"],
            e["venue"],
            e["sessions"],
            e["sessions_expected"] or "?",
            e["selected_projects"],
            e["projects_expected"] or "?",
            e["projects"],
            publisher_word(e["published_by"]),
            {True: translate("Cli", "signed"), False: translate("Cli", "unsigned"), None: "-"}[
                e["signed"]
            ],
        ]
        for e in data["editions"]
    ]
    print_table(
        rows,
        [
            *("edition", "id", "from", "to", "venue"),
            *("known sessions", "of", "selected", "of", "all projects"),
            *("published by", "signature"),
        ],
        max_width=48,
    )
    if data["partial"]:
        print("\n" + translate("Cli", "The offline catalogue is partial:"))
        for line in data["completeness"]:
            print(f"  {line}")
    return 0


def _delegate(args: argparse.Namespace, store: Any, delegation: Any) -> Any:
    """The delegate `--delegate` names, after checking `--marked`/`--delegate` have a delegation."""
    if (args.marked or args.delegate) and delegation is None:
        message = translate("Cli", "--marked and --delegate need a delegation: {command}")
        raise InputError(message.format(command="briefer delegation create NAME"))
    return find_delegate(store, delegation, args.delegate) if args.delegate else None


def _filters(args: argparse.Namespace, store: Any, delegation: Any) -> Filters:
    from briefer.core.search.engine import Filters

    delegate = _delegate(args, store, delegation)
    return Filters(
        edition_id=resolve_edition(store, args.edition) if args.edition else None,
        day=args.day,
        theme_id=args.theme,
        region=args.region,
        format=args.format,
        kinds=tuple(args.kind or ()),
        marked_only=args.marked,
        delegate=delegate,
    )


def _region_known(name: str) -> bool:
    from briefer.core.catalogue.vocab import regions_named

    return bool(regions_named(name))


def cmd_search(args: argparse.Namespace) -> int:
    from briefer.core.search.engine import match_expression, search

    if args.limit < 1:
        raise InputError(translate("Cli", "--limit must be at least 1."))
    if match_expression(args.query) is None:  # spaces, punctuation: no word to look for
        raise InputError(translate("Cli", "Nothing to search for: type a word."))
    with store_for(args) as store:
        lang = display_lang(args)
        try:
            delegation = current_delegation(store)
        except NotFoundError:
            delegation = None
        hits = search(
            store, args.query, lang, _filters(args, store, delegation), delegation, args.limit
        )
    if args.json:
        print_json(
            [
                {
                    "id": h.id,
                    "kind": h.what,
                    "title": h.title,
                    "snippet": h.snippet,
                    "highlights": h.highlights,
                    "score": h.score,
                    "note_id": h.note_id,
                    "own": h.own,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        shown = args.query if len(args.query) <= QUERY_SHOWN else args.query[:QUERY_SHOWN] + "…"
        print(translate("Cli", "No results for “{query}”.").format(query=shown))
        if args.region and not _region_known(args.region):  # found by review: silent
            message = translate("Cli", "No region Briefer knows is named “{region}”.")
            print(message.format(region=args.region))
        return 0
    print_table(
        [[item_kind_word(h.what), h.id, h.title, _shown_snippet(h)] for h in hits],
        ["kind", "id", "title", "snippet"],
        max_width=SNIPPET_COLUMN,
    )
    return 0


QUERY_SHOWN = 60  # characters of a query repeated in a message
SNIPPET_COLUMN = 50  # characters of a search result's title and snippet in the table


def _shown_snippet(hit: Any) -> str:
    """The snippet with its matches in brackets, begun near its first match so that the match
    is in the column (the table cuts a cell at its end)."""
    from briefer.core.search.engine import marked_snippet

    text = marked_snippet(hit.snippet, hit.highlights)
    first = text.find("[") if hit.highlights else -1
    if first > SNIPPET_COLUMN - 20:
        cut = text.rfind(" ", 0, first - 10) + 1 or first - 10
        text = "…" + text[cut:]
    return text


def cmd_show(args: argparse.Namespace) -> int:
    from briefer.core.meetings import MEETING_PREFIX

    if args.id.startswith(MEETING_PREFIX):  # one of the delegation's own meetings
        from briefer.cli.meeting_cmds import cmd_meeting_show

        return cmd_meeting_show(args)
    with store_for(args) as store:
        lang = display_lang(args)
        detail = item_detail(store, args.id, lang)
        try:
            delegation = current_delegation(store)
        except NotFoundError:
            delegation = None
        mark = find_mark(store, delegation, args.id) if delegation else None
        notes = list_notes(store, delegation, args.id) if delegation else []
    detail["mark"] = mark
    detail["notes"] = notes
    if args.json:
        print_json(_neutral(detail))
        return 0
    _print_detail(detail, lang)
    return 0


def _neutral(row: dict[str, Any]) -> dict[str, Any]:
    """`row` for --json: "your_time" written in English whatever the language, as --json is."""
    if not row.get("your_time"):
        return row
    return {
        **row,
        "your_time": your_time(row.get("start"), row.get("end"), row.get("timezone"), "en"),
    }


def _print_detail(d: dict[str, Any], lang: str) -> None:
    people = [
        f"{p['name']}{' — ' + p['function'] if p.get('function') else ''}"
        + (translate("Cli", " (moderator)") if p.get("role") == "moderator" else "")
        for p in d.get("people", [])
    ]
    print_fields(
        [
            ("id", d["id"]),
            ("kind", item_kind_word(d["kind"])),
            ("title", d["title"]),
            ("status", item_status_word(d.get("status"), d["kind"])),
            ("day", day_name(d["day"], lang) if d.get("day") else None),
            ("time", d.get("time") if d["kind"] == "session" else None),
            ("your time", d.get("your_time")),
            ("place", d.get("place")),
            ("city", d.get("city")),
            ("format", d.get("format")),
            ("track", d.get("track")),
            ("catalogue", catalogue_word(d.get("catalogue")) or None),
            ("carrying organisation", d.get("organisation")),
            ("regions", d.get("regions")),
            ("countries", d.get("countries")),
            ("link", d.get("url")),
            (
                "links",
                [
                    f"{k['title']}: {k['url']}" if k["title"] else k["url"]
                    for k in d.get("links", [])
                ],
            ),
            ("themes", [t["name"] for t in d.get("themes", [])]),
            ("people", people),
            ("abstract", d.get("abstract")),
            ("summary", d.get("summary")),
            ("source", d.get("source_url")),
            ("certainty", certainty_word(d.get("certainty"))),
            ("source notes", d.get("source_notes")),
        ]
    )
    for fact in d.get("facts", []):
        where = listed([certainty_word(fact["certainty"]) or "", fact["source_url"]], strong=True)
        label = fact["label"].replace("_", " ")  # the source's own key, in its words
        print(f"  {label}: {fact['value']}  [{where}]")
    mark = d.get("mark")
    if mark:
        assigned = listed(mark.delegates) or translate("Cli", "whole delegation")
        text = translate("Cli", "Marked: {priority} ({status}) for {assigned}")
        status = mark_status_word(mark.status)
        line = text.format(priority=priority_word(mark.priority), status=status, assigned=assigned)
        print("\n" + line + (f" — {mark.reason}" if mark.reason else ""))
        if mark.import_conflict:
            text = translate("Cli", "Their version, from an import: {version}")
            print("  " + text.format(version=describe_their_version(mark)))
    for note in d.get("notes", []):
        flag = "  " + translate("Cli", "[conflicting version]") if note.conflict_with else ""
        title = translate("Cli", "Note {id} ({modified})")
        title = title.format(id=note.id, modified=moment_name(note.modified, lang))
        print(f"\n{title}{flag}\n{note.body}")


def _edition(args: argparse.Namespace, store: Any) -> str:
    """The edition `--edition` names, else the default edition."""
    if args.edition:
        return resolve_edition(store, args.edition)
    edition = default_edition(store)
    if edition is None:
        raise NotFoundError("The catalogue has no edition with sessions.")
    return edition


def _moment(text: str) -> datetime:
    """A timezone-aware moment from the command line."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        message = translate(
            "Cli", "'{text}' is not a moment with its time zone, such as 2021-11-11T14:45+01:00."
        )
        raise argparse.ArgumentTypeError(message.format(text=text))
    return moment


def cmd_now(args: argparse.Namespace) -> int:
    """Today's items from now (or --at), own meetings first, as `programme --now`."""
    with store_for(args) as store:
        try:
            delegation = current_delegation(store)
        except NotFoundError:
            delegation = None
        moment = args.at or datetime.now(UTC)
        rows = now_and_next_sessions(store, moment, delegation, display_lang(args))
    if args.json:
        print_json([_neutral(r) for r in rows])
        return 0
    if not rows:
        from zoneinfo import ZoneInfo

        from briefer.core.queries.programme import FORUM_TZ, forum_day

        at = moment.astimezone(ZoneInfo(FORUM_TZ)).strftime("%H:%M")
        message = translate("Cli", "Nothing more on {day} after {time} (the forum's time).")
        print(message.format(day=day_name(forum_day(moment), display_lang(args)), time=at))
        return 0
    width = _time_width(rows)
    for s in rows:
        flag = translate("Cli", " [in progress]") if s["in_progress"] else ""
        place = f"{s['place']} · {s['id']}"
        print(f"  {pad(s['time'], width)} {s['title']}{flag}\n  {'':<{width}} {place}")
    return 0


def _time_width(rows: list[dict]) -> int:
    """The time column's width: the widest time shown ("to be announced" passed 13 columns
    and pushed its title out of line)."""
    return max([13, *(width(r["time"] or "") for r in rows)])


def cmd_programme(args: argparse.Namespace) -> int:
    if args.now:
        return cmd_now(args)
    if args.at is not None:
        raise InputError(translate("Cli", "--at goes with --now."))
    with store_for(args) as store:
        lang = display_lang(args)
        try:
            delegation = current_delegation(store)
        except NotFoundError:
            delegation = None
        delegate = _delegate(args, store, delegation)
        where = ProgrammeFilter(
            edition_id=_edition(args, store),
            day=args.day,
            format=args.format,
            theme_id=args.theme,
            marked_only=args.marked,
            delegate_id=delegate.id if delegate else None,
            delegation_id=delegation.id if delegation else None,
        )
        sessions = list_sessions(store, lang=lang, where=where)
    if args.json:
        print_json([_neutral(s) for s in sessions])
        return 0
    if not sessions:
        print(
            translate("Cli", "No session on {day} matches.").format(day=day_name(args.day, lang))
            if args.day
            else translate("Cli", "No session matches.")
        )
        return 0
    current = object()
    width = _time_width(sessions)
    for s in sessions:
        if s["day"] != current:
            current = s["day"]
            print("\n" + (day_name(current, lang) if current else _day_tba()))
        word = status_word(s["status"] or "") if s.get("own") else item_status_word(s["status"])
        status = f" [{word}]" if word else ""
        place = f"{s['place'] or '—'} · {s['id']}"  # a withdrawn session has no place left
        print(f"  {pad(s['time'], width)} {s['title']}{status}\n  {'':<{width}} {place}")
    return 0


def _day_tba() -> str:
    return translate("Cli", "Day to be announced")


def cmd_projects(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        lang = display_lang(args)
        edition = _edition(args, store)
        rows = [
            item_detail(store, r["id"], lang)
            for r in all_projects(store, ProjectFilter(edition_id=edition), "catalogue")
        ]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [
                p["id"],
                p["title"],
                p["organisation"],
                catalogue_word(p["catalogue"]),
                listed([t["name"] or "" for t in p["themes"]]),
                certainty_word(p["certainty"]),
            ]
            for p in rows
        ],
        ["id", "name", "carrying organisation", "catalogue", "themes", "certainty"],
        max_width=40,
    )
    return 0


def cmd_catalogue_reset(args: argparse.Namespace) -> int:
    from briefer.core.operations import reset_catalogue

    with store_for(args) as store:
        before = store.catalogue_version()
        reset = reset_catalogue(store).value
    print(
        translate(
            "Cli",
            "Catalogue replaced by the bundled one (version {before} → {after}). "
            "Marks and notes are untouched.",
        ).format(before=before, after=reset.version)
    )
    if reset.removed:
        names = listed([_programme_name(p) for p in reset.removed])
        print(
            translate(
                "Cli", "Removed: {programmes} — import or sync them again to get them back."
            ).format(programmes=names)
        )
    if reset.reverted:
        names = listed([_programme_name(p) for p in reset.reverted])
        print(translate("Cli", "Back to the bundled data: {programmes}.").format(programmes=names))
    if reset.orphaned_marks:
        print(
            translate(
                "Cli",
                "%n marked item(s) now refer to programmes no longer in the catalogue.",
                None,
                reset.orphaned_marks,
            )
        )
    return 0


def _programme_name(programme) -> str:
    if programme.imported:
        text = translate("Cli", "{name} (imported from {origin})")
    else:
        text = translate("Cli", "{name} (synced from {origin})")
    title, namespace = programme.title, programme.namespace
    name = title if namespace.lower() in title.lower() else f"{namespace} — {title}"
    return text.format(name=name, origin=programme.origin)


def cmd_catalogue_build(args: argparse.Namespace) -> int:
    from briefer.build.catalogue import build_bundled_catalogue, default_facts_path

    facts = args.facts or default_facts_path()
    if not facts.exists():
        message = translate("Cli", "No forum facts at {path}; pass --facts PATH to facts.json.")
        raise InputError(message.format(path=facts))
    out = args.out or paths.bundled_catalogue()
    data = build_bundled_catalogue(facts, out)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in data.tables.items() if rows)
    text = translate("Cli", "Wrote {path} (rows per table: {counts}).")
    print(text.format(path=out, counts=counts))
    return 0
