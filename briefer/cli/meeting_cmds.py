"""Commands on the delegation's own items (meetings) and its contacts (people)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from briefer.cli.common import day_arg, display_lang, id_arg, json_flag, store_for
from briefer.cli.output import print_conflicts, print_fields, print_json, print_table
from briefer.core.countries import country_name
from briefer.core.delegations import current_delegation
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.marks import conflicts_of
from briefer.core.meetings import (
    KINDS,
    LOGISTICS,
    STATUSES,
    Meeting,
    add_meeting,
    cancel_meeting,
    delete_meeting,
    edit_meeting,
    find_meeting,
    list_meetings,
    other_version,
    place_text,
    settle_meeting,
)
from briefer.core.people import (
    Person,
    add_contact,
    catalogue_people,
    delete_contact,
    edit_contact,
    find_person,
    list_contacts,
    meetings_with,
)
from briefer.core.spoken import spoken_languages
from briefer.core.store import Store
from briefer.core.timefmt import day_name, moment_name
from briefer.core.words import kind_word, logistics_word, status_word


def _logistics_help(key: str) -> str:
    return {
        "interpretation": translate("CliHelp", "interpretation (languages, booth)"),
        "transport": translate("CliHelp", "transport (car, pick-up)"),
        "badge": translate("CliHelp", "access badge"),
        "press": translate("CliHelp", "press arrangements"),
        "contact": translate("CliHelp", "contact on the ground"),
    }[key]


def _meeting_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--day", metavar="YYYY-MM-DD", help=translate("CliHelp", "the day (in --tz)"))
    p.add_argument(
        "--start",
        metavar="HH:MM",
        help=translate("CliHelp", "start time (in --tz); without it: to be announced"),
    )
    p.add_argument("--end", metavar="HH:MM", help=translate("CliHelp", "end time (in --tz)"))
    p.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate("CliHelp", "time zone of --day/--start/--end (default Europe/Paris)"),
    )
    p.add_argument(
        "--kind",
        choices=KINDS,
        default="other" if adding else None,
        help=translate("CliHelp", "the kind of meeting (bilateral, side, reception…)"),
    )
    p.add_argument(
        "--place", metavar="TEXT", help=translate("CliHelp", "a room id of the venue, or free text")
    )
    p.add_argument(
        "--counterpart",
        action="append",
        metavar="NAME",
        help=translate(
            "CliHelp", "a person met (a contact or a speaker, by name or id); repeat for several"
        ),
    )
    p.add_argument(
        "--delegate",
        action="append",
        metavar="NAME",
        help=translate("CliHelp", "a delegate who attends; repeat for several"),
    )
    p.add_argument(
        "--status",
        choices=STATUSES,
        default="requested" if adding else None,
        help=translate("CliHelp", "where the meeting stands (default when adding: requested)"),
    )
    for key in LOGISTICS:
        p.add_argument(f"--{key}", metavar="TEXT", help=_logistics_help(key))
    json_flag(p)


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "meeting",
        help=translate(
            "CliHelp", "the delegation's own items: bilaterals, side meetings, receptions…"
        ),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser("add", help=translate("CliHelp", "add a meeting"))
    c.add_argument("title", metavar="TITLE")
    _meeting_options(c, adding=True)
    c.set_defaults(handler=cmd_meeting_add)
    c = sub.add_parser(
        "edit", help=translate("CliHelp", "change a meeting (what is not given stays)")
    )
    c.add_argument("id", metavar="ID", type=id_arg)
    c.add_argument("--title", metavar="TEXT", help=translate("CliHelp", "a new title"))
    _meeting_options(c, adding=False)
    c.add_argument(
        "--no-counterparts",
        action="store_true",
        help=translate("CliHelp", "take every counterpart off"),
    )
    c.add_argument(
        "--no-delegates", action="store_true", help=translate("CliHelp", "take every delegate off")
    )
    c.set_defaults(handler=cmd_meeting_edit)
    for action, text, handler in (
        (
            "cancel",
            translate("CliHelp", "mark a meeting cancelled (it stays, and no longer conflicts)"),
            None,
        ),
        ("delete", translate("CliHelp", "delete a meeting"), None),
        ("show", translate("CliHelp", "one meeting in full"), None),
    ):
        c = sub.add_parser(action, help=text)
        c.add_argument("id", metavar="ID", type=id_arg)
        json_flag(c)
        c.set_defaults(handler=handler or _MEETING_HANDLERS[action])
    c = sub.add_parser("list", help=translate("CliHelp", "the delegation's meetings in time order"))
    c.add_argument(
        "--delegate", metavar="NAME", help=translate("CliHelp", "only those this delegate attends")
    )
    c.add_argument(
        "--day", type=day_arg, metavar="YYYY-MM-DD", help=translate("CliHelp", "only this day")
    )
    json_flag(c)
    c.set_defaults(handler=cmd_meeting_list)
    c = sub.add_parser(
        "settle",
        help=translate("CliHelp", "settle a meeting a selection import kept in two versions"),
    )
    c.add_argument("id", metavar="ID", type=id_arg)
    c.add_argument(
        "--keep",
        choices=("current", "other"),
        required=True,
        help=translate("CliHelp", "which version to keep"),
    )
    json_flag(c)
    c.set_defaults(handler=cmd_meeting_settle)

    p = commands.add_parser(
        "person",
        help=translate("CliHelp", "the delegation's contacts and the catalogue's speakers"),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser(
        "add", help=translate("CliHelp", "add a contact (a counterpart the delegation will meet)")
    )
    c.add_argument("name", metavar="NAME")
    _person_options(c)
    c.set_defaults(handler=cmd_person_add)
    c = sub.add_parser("edit", help=translate("CliHelp", "change a contact (by id or name)"))
    c.add_argument("ref", metavar="ID_OR_NAME", type=id_arg)
    c.add_argument("--name", metavar="TEXT", help=translate("CliHelp", "a new name"))
    _person_options(c)
    c.set_defaults(handler=cmd_person_edit)
    c = sub.add_parser(
        "list",
        help=translate("CliHelp", "the delegation's contacts (with --speakers, the speakers)"),
    )
    c.add_argument(
        "--speakers",
        action="store_true",
        help=translate("CliHelp", "the catalogue's speakers instead"),
    )
    json_flag(c)
    c.set_defaults(handler=cmd_person_list)
    c = sub.add_parser(
        "show", help=translate("CliHelp", "a contact or speaker, their sessions and meetings")
    )
    c.add_argument("ref", metavar="ID_OR_NAME", type=id_arg)
    json_flag(c)
    c.set_defaults(handler=cmd_person_show)
    c = sub.add_parser("delete", help=translate("CliHelp", "delete a contact no meeting names"))
    c.add_argument("ref", metavar="ID_OR_NAME", type=id_arg)
    json_flag(c)
    c.set_defaults(handler=cmd_person_delete)


def _person_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--function", metavar="TEXT", help=translate("CliHelp", "their function"))
    p.add_argument(
        "--organisation", metavar="TEXT", help=translate("CliHelp", "their organisation")
    )
    p.add_argument(
        "--country",
        metavar="COUNTRY",
        help=translate("CliHelp", "a country (France, فرنسا) or its ISO 3166 code (FR)"),
    )
    p.add_argument(
        "--languages", metavar="TEXT", help=translate("CliHelp", "languages spoken, e.g. 'fr, en'")
    )
    p.add_argument(
        "--notes",
        metavar="TEXT",
        help=translate("CliHelp", "the delegation's notes on this person"),
    )
    json_flag(p)


def _logistics(args: argparse.Namespace) -> dict[str, str | None]:
    return {k: getattr(args, k) for k in LOGISTICS if getattr(args, k) is not None}


def meeting_json(store: Store, meeting: Meeting, lang: str) -> dict[str, Any]:
    """A meeting for scripts: its stored fields, its time in the forum's zone, its place."""
    out = asdict(meeting)
    out["forum_time"] = meeting.forum_time() or None
    out["place_text"] = place_text(store, meeting, lang)
    out["own"] = True
    out["other_version"] = other_version(meeting) or None
    out.pop("import_conflict", None)
    return out


def _print_meeting(store: Store, meeting: Meeting, lang: str) -> None:
    other = other_version(meeting)
    print_fields(
        [
            ("id", meeting.id),
            ("title", meeting.title),
            ("kind", kind_word(meeting.kind)),
            ("status", status_word(meeting.status)),
            ("day", day_name(meeting.day, lang) if meeting.day else _tba()),
            ("time (forum)", meeting.forum_time() or _tba()),
            ("given in", meeting.timezone),
            ("place", place_text(store, meeting, lang)),
            ("counterparts", [c.name for c in meeting.counterparts]),
            ("delegates", list(meeting.delegates)),
            *((_label(logistics_word(k)), v) for k, v in meeting.logistics.items()),
            ("other version", _describe_other(other, lang) if other else None),
        ]
    )


def _describe_other(other: dict[str, Any], lang: str) -> str:
    modified = moment_name(other["modified"], lang) if other.get("modified") else "—"
    text = translate("Cli", "{title} — {status} — {modified} (settle: {command})")
    return text.format(
        title=other.get("title") or "—",
        status=status_word(other.get("status") or "") or "—",
        modified=modified,
        command="briefer meeting settle ID --keep …",
    )


def _label(word: str) -> str:
    """A field label as the others are written: "interpretation", not "Interpretation"."""
    return word[:1].lower() + word[1:]


def _tba() -> str:
    return translate("Cli", "to be announced")


def cmd_meeting_add(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        delegation = current_delegation(store)
        meeting = add_meeting(
            store,
            delegation,
            args.title,
            day=args.day,
            start=args.start,
            end=args.end,
            tz=args.tz,
            kind=args.kind,
            place=args.place,
            status=args.status,
            counterparts=args.counterpart or [],
            delegates=args.delegate or [],
            logistics=_logistics(args),
        ).value
        # found by review: `mark` reported the conflicts it made, `meeting add` did not
        found = conflicts_of(store, delegation, meeting.id)
        if args.json:
            print_json({**meeting_json(store, meeting, lang), "conflicts": found})
        else:
            added = translate("Cli", "Added {name} ({id}).")
            print(added.format(name=meeting.title, id=meeting.id))
            print_conflicts(found, meeting.id)
    return 0


def cmd_meeting_edit(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        delegation = current_delegation(store)
        meeting = find_meeting(store, delegation, args.id)
        times = {k: getattr(args, k) for k in ("day", "start", "end") if getattr(args, k)}
        meeting = edit_meeting(
            store,
            delegation,
            meeting.id,
            title=args.title,
            tz=args.tz,
            kind=args.kind,
            place=args.place,
            status=args.status,
            counterparts=[] if args.no_counterparts else args.counterpart,
            delegates=[] if args.no_delegates else args.delegate,
            logistics=_logistics(args),
            **times,
        ).value
        found = conflicts_of(store, delegation, meeting.id)
        if args.json:
            print_json({**meeting_json(store, meeting, lang), "conflicts": found})
        else:
            changed = translate("Cli", "Changed {name} ({id}).")
            print(changed.format(name=meeting.title, id=meeting.id))
            print_conflicts(found, meeting.id)
    return 0


def cmd_meeting_cancel(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        delegation = current_delegation(store)
        meeting = cancel_meeting(store, delegation, find_meeting(store, delegation, args.id).id)
        if args.json:
            print_json(meeting_json(store, meeting.value, lang))
        else:
            print(translate("Cli", "Cancelled {name}.").format(name=meeting.value.title))
    return 0


def cmd_meeting_delete(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = current_delegation(store)
        meeting = delete_meeting(store, delegation, find_meeting(store, delegation, args.id).id)
    if args.json:
        print_json({"deleted": meeting.value.id})
    else:
        print(translate("Cli", "Deleted {name}.").format(name=meeting.value.title))
    return 0


def cmd_meeting_show(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        meeting = find_meeting(store, current_delegation(store), args.id)
        if args.json:
            print_json(meeting_json(store, meeting, lang))
        else:
            _print_meeting(store, meeting, lang)
    return 0


def cmd_meeting_list(args: argparse.Namespace) -> int:
    from briefer.core.delegations import find_delegate

    lang = display_lang(args)
    with store_for(args) as store:
        delegation = current_delegation(store)
        delegate = find_delegate(store, delegation, args.delegate) if args.delegate else None
        meetings = list_meetings(store, delegation, delegate, args.day)
        if args.json:
            print_json([meeting_json(store, m, lang) for m in meetings])
            return 0
        print_table(
            [
                [
                    m.day or "—",
                    m.forum_time() or "—",
                    m.title + (" " + _two_versions() if m.import_conflict else ""),
                    kind_word(m.kind),
                    status_word(m.status),
                    listed([c.name for c in m.counterparts]),
                    listed(m.delegates),
                    m.id,
                ]
                for m in meetings
            ],
            ["day", "time", "title", "kind", "status", "counterparts", "delegates", "id"],
        )
    return 0


def cmd_meeting_settle(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        delegation = current_delegation(store)
        meeting = find_meeting(store, delegation, args.id)
        settled = settle_meeting(store, delegation, meeting.id, args.keep).value
        if args.json:
            out = meeting_json(store, settled.meeting, lang)
            print_json({**out, "delegates_dropped": list(settled.dropped)})
            return 0
        text = translate("Cli", "Settled {title}: one version kept.")
        print(text.format(title=settled.meeting.title))
        if settled.dropped:
            text = translate(
                "Cli", "No longer in the delegation, so not kept as attending: {names}."
            )
            print(text.format(names=listed(list(settled.dropped))))
    return 0


_MEETING_HANDLERS = {
    "cancel": cmd_meeting_cancel,
    "delete": cmd_meeting_delete,
    "show": cmd_meeting_show,
}


def _person_values(args: argparse.Namespace) -> dict[str, str | None]:
    keys = ("function", "organisation", "country", "languages", "notes")
    return {k: getattr(args, k) for k in keys}


def person_json(person: Person) -> dict[str, Any]:
    out = asdict(person)
    out.pop("import_conflict", None)
    return out


def cmd_person_add(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        person = add_contact(
            store, current_delegation(store), args.name, **_person_values(args)
        ).value
    if args.json:
        print_json(person_json(person))
    else:
        print(translate("Cli", "Added {name} ({id}).").format(name=person.name, id=person.id))
    return 0


def cmd_person_edit(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        person = find_person(store, current_delegation(store), args.ref)
        if not person.own:
            from briefer.core.errors import InputError

            message = translate(
                "Cli",
                "{name} is a speaker of the catalogue, not a contact of the delegation: add "
                "them as a contact with {command}.",
            )
            raise InputError(message.format(name=person.name, command="briefer person add"))
        person = edit_contact(store, person.id, name=args.name, **_person_values(args)).value
    if args.json:
        print_json(person_json(person))
    else:
        print(translate("Cli", "Changed {name} ({id}).").format(name=person.name, id=person.id))
    return 0


def cmd_person_list(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        people = (
            catalogue_people(store, lang)
            if args.speakers
            else list_contacts(store, current_delegation(store))
        )
    if args.json:
        print_json([person_json(p) for p in people])
    elif args.speakers:
        print_table(
            [[p.name, p.organisation, len(p.sessions), p.id] for p in people],
            ["name", "organisation", "sessions", "id"],
        )
    else:
        print_table(
            [
                [p.name, p.function, p.organisation, country_name(p.country, lang), p.id]
                for p in people
            ],
            ["name", "function", "organisation", "country", "id"],
        )
    return 0


def cmd_person_show(args: argparse.Namespace) -> int:
    from briefer.core.people import catalogue_person

    lang = display_lang(args)
    with store_for(args) as store:
        person = find_person(store, current_delegation(store), args.ref)
        if not person.own:
            person = catalogue_person(store, person.id, lang)
        meetings = meetings_with(store, person.id)
    if args.json:
        print_json({**person_json(person), "meetings": meetings})
        return 0
    print_fields(
        [
            ("id", person.id),
            ("name", person.name),
            ("function", person.function),
            ("organisation", person.organisation),
            ("country", country_name(person.country, lang)),
            ("languages", spoken_languages(person.languages, lang) or None),
            ("notes", person.notes),
            ("sessions", [_dated(s, lang) for s in person.sessions]),
            ("meetings", [_dated(m, lang) for m in meetings]),
        ]
    )
    return 0


def _dated(entry: dict[str, Any], lang: str) -> str:
    """ "Thursday 11 November 2021 Title (id)", "—" for a day not announced."""
    day = day_name(entry["day"], lang) if entry.get("day") else "—"
    return translate("Cli", "{day}: {title} ({id})").format(
        day=day, title=entry["title"], id=entry["id"]
    )


def _two_versions() -> str:
    return translate("Cli", "[two versions]")


def cmd_person_delete(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        person = find_person(store, current_delegation(store), args.ref)
        deleted = delete_contact(store, person.id).value
    if args.json:
        print_json({"deleted": deleted.id})
    else:
        print(translate("Cli", "Deleted {name}.").format(name=deleted.name))
    return 0
