"""Commands on what the user writes: delegations, delegates, marks, notes, selections."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefer.cli.common import (
    display_lang,
    edit_in_editor,
    file_passphrase,
    id_arg,
    json_flag,
    read_text_file,
    sealed_file,
    store_for,
)
from briefer.cli.output import clip, print_conflicts, print_json, print_table, to_jsonable
from briefer.core.catalogue.items import item_detail
from briefer.core.countries import country_shown
from briefer.core.delegations import (
    add_delegate,
    assigned_items,
    create_delegation,
    current_delegation,
    find_delegate,
    list_delegates,
    list_delegations,
    remove_delegate,
    rename_delegate,
    use_delegation,
)
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.marks import (
    PRIORITIES,
    SETTLE_CHOICES,
    STATUSES,
    conflicts,
    conflicts_of,
    describe_mark,
    describe_their_version,
    find_mark,
    list_marks,
    mark_summaries,
    marks_in_conflict,
    remove_mark,
    set_mark,
    settle_mark_conflict,
    unassign,
)
from briefer.core.notes import (
    NOTE_SETTLE_CHOICES,
    add_note,
    delete_note,
    list_notes,
    notes_in_conflict,
    settle_note_conflict,
)
from briefer.core.timefmt import moment_name
from briefer.core.words import item_kind_word, item_status_word, mark_status_word, priority_word


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "delegation", help=translate("CliHelp", "create, list and choose delegations")
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser(
        "create", help=translate("CliHelp", "create a delegation (the first one becomes current)")
    )
    c.add_argument("name", metavar="NAME")
    c.add_argument(
        "--country",
        metavar="COUNTRY",
        help=translate("CliHelp", "the country: its ISO 3166 code (FR) or its name (France)"),
    )
    json_flag(c)
    c.set_defaults(handler=cmd_delegation_create)
    c = sub.add_parser("list", help=translate("CliHelp", "list delegations"))
    json_flag(c)
    c.set_defaults(handler=cmd_delegation_list)
    c = sub.add_parser("use", help=translate("CliHelp", "make a delegation current"))
    c.add_argument("name", metavar="NAME_OR_ID")
    c.set_defaults(handler=cmd_delegation_use)

    p = commands.add_parser(
        "delegate",
        help=translate(
            "CliHelp", "add, list, remove and rename the current delegation's delegates"
        ),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser("add", help=translate("CliHelp", "add a delegate"))
    c.add_argument("name", metavar="NAME")
    c.add_argument(
        "--function",
        metavar="TEXT",
        help=translate("CliHelp", "function, such as “Deputy Minister”"),
    )
    json_flag(c)
    c.set_defaults(handler=cmd_delegate_add)
    c = sub.add_parser("list", help=translate("CliHelp", "list delegates"))
    json_flag(c)
    c.set_defaults(handler=cmd_delegate_list)
    c = sub.add_parser(
        "remove",
        help=translate("CliHelp", "remove a delegate (their marks stay, unassigned from them)"),
    )
    c.add_argument("name", metavar="NAME")
    json_flag(c)
    c.set_defaults(handler=cmd_delegate_remove)
    c = sub.add_parser(
        "rename", help=translate("CliHelp", "rename a delegate (their marks follow)")
    )
    c.add_argument("name", metavar="OLD")
    c.add_argument("new_name", metavar="NEW")
    c.add_argument("--function", metavar="TEXT", help=translate("CliHelp", "a new function too"))
    json_flag(c)
    c.set_defaults(handler=cmd_delegate_rename)

    p = commands.add_parser("mark", help=translate("CliHelp", "mark an item, or change its mark"))
    p.add_argument("id", metavar="ID", type=id_arg)
    p.add_argument(
        "--priority",
        choices=PRIORITIES,
        help=translate("CliHelp", "must, should or optional attendance"),
    )
    p.add_argument(
        "--delegate",
        action="append",
        metavar="NAME",
        help=translate("CliHelp", "assign (repeatable)"),
    )
    p.add_argument(
        "--reason", metavar="TEXT", help=translate("CliHelp", "why it matters to the delegation")
    )
    p.add_argument(
        "--status", choices=STATUSES, help=translate("CliHelp", "where the delegation stands on it")
    )
    json_flag(p)
    p.set_defaults(handler=cmd_mark)

    p = commands.add_parser(
        "unmark", help=translate("CliHelp", "remove the mark on an item (its notes stay)")
    )
    p.add_argument("id", metavar="ID", type=id_arg)
    p.set_defaults(handler=cmd_unmark)

    p = commands.add_parser(
        "assign",
        help=translate("CliHelp", "assign an item to delegates (an item not marked is marked)"),
    )
    p.add_argument("id", metavar="ID", type=id_arg)
    p.add_argument("delegates", metavar="NAME", nargs="+")
    json_flag(p)
    p.set_defaults(handler=cmd_assign)

    p = commands.add_parser(
        "unassign", help=translate("CliHelp", "take delegates off a marked item (the mark stays)")
    )
    p.add_argument("id", metavar="ID", type=id_arg)
    p.add_argument("delegates", metavar="NAME", nargs="+")
    json_flag(p)
    p.set_defaults(handler=cmd_unassign)

    p = commands.add_parser(
        "marks", help=translate("CliHelp", "list the current delegation's marks")
    )
    p.add_argument(
        "--delegate",
        metavar="NAME",
        help=translate("CliHelp", "only those assigned to this delegate"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_marks)

    p = commands.add_parser(
        "conflicts",
        help=translate(
            "CliHelp", "overlapping marked sessions and own meetings for the same delegate"
        ),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_conflicts)

    p = commands.add_parser(
        "note", help=translate("CliHelp", "add a Markdown note to an item or to the delegation")
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("id", metavar="ID", type=id_arg, nargs="?")
    target.add_argument(
        "--delegation",
        action="store_true",
        help=translate("CliHelp", "a note of the delegation, on no item"),
    )
    source = p.add_mutually_exclusive_group()  # one of them, or --template (see with_template)
    source.add_argument(
        "--text", metavar="TEXT", help=translate("CliHelp", "the note, in Markdown")
    )
    source.add_argument(
        "--file", type=Path, metavar="PATH", help=translate("CliHelp", "read the note from a file")
    )
    source.add_argument(
        "--edit",
        action="store_true",
        help=translate(
            "CliHelp",
            "write it in your text editor (the VISUAL or EDITOR environment variable; "
            "else Notepad on Windows, vi elsewhere)",
        ),
    )
    p.add_argument(
        "--template", metavar="NAME", help=translate("CliHelp", "start from a template's headings")
    )
    json_flag(p)
    from briefer.cli.template_cmds import with_template

    p.set_defaults(handler=with_template(cmd_note))

    p = commands.add_parser(
        "notes", help=translate("CliHelp", "list notes, on an item or all; or delete one")
    )
    p.add_argument("id", metavar="ID", type=id_arg, nargs="?")
    p.add_argument(
        "--delete",
        metavar="NOTE_ID",
        type=id_arg,
        help=translate("CliHelp", "delete this note (by its id)"),
    )
    json_flag(p)
    p.set_defaults(handler=cmd_notes)

    p = commands.add_parser(
        "selection", help=translate("CliHelp", "export or import a delegation's marks and notes")
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    c = sub.add_parser(
        "export",
        help=translate(
            "CliHelp",
            "write the current delegation's marks, notes, meetings and contacts "
            "(default: in the current folder, the delegation's name made safe for file names, "
            "such as republique-de-testland.briefer-selection; a PATH without extension gets "
            ".briefer-selection)",
        ),
    )
    c.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        nargs="?",
        help=translate(
            "CliHelp",
            "the file to write (default: in the current folder, the delegation's name made safe "
            "for file names, such as republique-de-testland.briefer-selection)",
        ),
    )
    c.add_argument(
        "--out", type=Path, metavar="FILE", help=translate("CliHelp", "the file to write (or PATH)")
    )
    protection = c.add_mutually_exclusive_group()
    protection.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "CliHelp",
            "protect the file with a passphrase of its own (typed, or the next line of the "
            "file named by the BRIEFER_PASSPHRASE_FILE environment variable)",
        ),
    )
    protection.add_argument(
        "--plain",
        action="store_true",
        help=translate(
            "CliHelp",
            "write the file unprotected even though your data is encrypted, without the "
            "warning an export of encrypted data otherwise prints",
        ),
    )
    c.set_defaults(handler=cmd_selection_export)
    c = sub.add_parser(
        "import", help=translate("CliHelp", "merge a colleague's export (nothing is overwritten)")
    )
    c.add_argument("path", type=Path, metavar="PATH")
    json_flag(c)
    c.set_defaults(handler=cmd_selection_import)
    c = sub.add_parser(
        "conflicts", help=translate("CliHelp", "marks and notes an import left in two versions")
    )
    json_flag(c)
    c.set_defaults(handler=cmd_selection_conflicts)
    c = sub.add_parser("settle", help=translate("CliHelp", "settle a conflict left by an import"))
    what = c.add_subparsers(dest="what", metavar="WHAT")
    what.required = True
    m = what.add_parser("mark", help=translate("CliHelp", "a mark: keep mine, or take theirs"))
    m.add_argument("id", metavar="ITEM_ID", type=id_arg)
    m.add_argument(
        "--keep",
        choices=SETTLE_CHOICES,
        required=True,
        help=translate("CliHelp", "which version to keep"),
    )
    json_flag(m)
    m.set_defaults(handler=cmd_selection_settle_mark)
    n = what.add_parser(
        "note", help=translate("CliHelp", "a note: keep this version, both, or merge them")
    )
    n.add_argument("id", metavar="NOTE_ID", type=id_arg)
    n.add_argument(
        "--keep",
        choices=NOTE_SETTLE_CHOICES,
        required=True,
        help=translate("CliHelp", "which version to keep"),
    )
    json_flag(n)
    n.set_defaults(handler=cmd_selection_settle_note)


def cmd_delegation_create(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = create_delegation(store, args.name, args.country)
        current = current_delegation(store).id == delegation.id
    if args.json:
        print_json({**delegation.__dict__, "current": current})
    else:
        text = (
            translate("Cli", "Created delegation {name} (id {id}), now current.")
            if current
            else translate("Cli", "Created delegation {name} (id {id}).")
        )
        print(text.format(name=delegation.name, id=delegation.id))
    return 0


def cmd_delegation_list(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        items = list_delegations(store)
        current = store.setting("current_delegation")
    rows = [{**d.__dict__, "current": str(d.id) == current} for d in items]
    if args.json:
        print_json(rows)
    else:
        lang = display_lang(args)  # the country by name (it showed its code: MA)
        print_table(
            [
                [
                    ("*" if r["current"] else ""),
                    r["id"],
                    r["name"],
                    country_shown(r["country"] or "", lang),
                ]
                for r in rows
            ],
            ["", "id", "name", "country"],
        )
    return 0


def cmd_delegation_use(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = use_delegation(store, args.name)
    print(translate("Cli", "Current delegation: {name}.").format(name=delegation.name))
    return 0


def cmd_delegate_add(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegate = add_delegate(store, current_delegation(store), args.name, args.function)
    if args.json:
        print_json(delegate)
    else:
        print(translate("Cli", "Added {name} to the delegation.").format(name=delegate.name))
    return 0


def cmd_delegate_list(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegates = list_delegates(store, current_delegation(store))
    if args.json:
        print_json(delegates)
    else:
        print_table([[d.name, d.function] for d in delegates], ["name", "function"])
    return 0


def cmd_delegate_remove(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegate = find_delegate(store, current_delegation(store), args.name)
        removed = remove_delegate(store, delegate).value
    if args.json:
        print_json(removed)
        return 0
    print(translate("Cli", "Removed {name} from the delegation.").format(name=delegate.name))
    if removed.unassigned:
        count = len(removed.unassigned)
        print(translate("Cli", "Unassigned from %n mark(s) (the marks stay):", None, count))
        for item_id in removed.unassigned:
            print(f"  {item_id}")
    return 0


def cmd_delegate_rename(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegate = find_delegate(store, current_delegation(store), args.name)
        count = len(assigned_items(store, delegate))
        renamed = rename_delegate(store, delegate, args.new_name, args.function).value
    if args.json:
        print_json(renamed)
    else:
        text = translate("Cli", "Renamed {old} to {new}; %n assigned mark(s) follow.", None, count)
        print(text.format(old=delegate.name, new=renamed.name))
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = current_delegation(store)
        delegates = [find_delegate(store, delegation, n) for n in args.delegate or []]
        mark = set_mark(
            store, delegation, args.id, args.priority, delegates, args.reason, args.status
        )
        found = conflicts_of(store, delegation, mark.item_id)
    if args.json:
        print_json({"mark": mark, "conflicts": found})
        return 0
    who = listed(mark.delegates) or translate("Cli", "whole delegation")
    print(
        translate("Cli", "Marked {id}: {priority}, {who}.").format(
            id=mark.item_id, priority=priority_word(mark.priority), who=who
        )
    )
    print_conflicts(found, mark.item_id)
    return 0


def cmd_unmark(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        remove_mark(store, current_delegation(store), args.id)
    print(translate("Cli", "Unmarked {id}. Its notes are kept.").format(id=args.id))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = current_delegation(store)
        delegates = [find_delegate(store, delegation, n) for n in args.delegates]
        was_marked = find_mark(store, delegation, args.id) is not None
        mark = set_mark(store, delegation, args.id, delegates=delegates)
    if args.json:
        print_json(mark)
    elif was_marked:
        text = translate("Cli", "{id} assigned to {who}.")
        print(text.format(id=mark.item_id, who=listed(mark.delegates)))
    else:  # an item not marked yet is marked, with the default priority: say so
        text = translate("Cli", "{id} was not marked: marked {priority} and assigned to {who}.")
        priority = priority_word(mark.priority)
        print(text.format(id=mark.item_id, priority=priority, who=listed(mark.delegates)))
    return 0


def cmd_unassign(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        delegation = current_delegation(store)
        delegates = [find_delegate(store, delegation, n) for n in args.delegates]
        mark = None
        for delegate in delegates:
            mark = unassign(store, delegation, args.id, delegate).value
    assert mark is not None
    if args.json:
        print_json(mark)
    else:
        who = listed(mark.delegates) or translate("Cli", "the whole delegation")
        print(translate("Cli", "{id} is now assigned to {who}.").format(id=mark.item_id, who=who))
    return 0


def cmd_marks(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        lang = display_lang(args)
        delegation = current_delegation(store)
        delegate = find_delegate(store, delegation, args.delegate) if args.delegate else None
        marks = list_marks(store, delegation, delegate)
        details = mark_summaries(store, [m.item_id for m in marks], lang)
    if args.json:
        print_json(
            [
                {
                    **m.__dict__,
                    "title": details[m.item_id]["title"],
                    "item_status": details[m.item_id].get("status"),
                }
                for m in marks
            ]
        )
        return 0
    print_table(
        [
            [
                priority_word(m.priority),
                m.item_id,
                details[m.item_id]["title"],
                listed(m.delegates) or translate("Cli", "(delegation)"),
                mark_status_word(m.status),
                item_status_word(details[m.item_id].get("status"), m.kind) or "",
            ]
            for m in marks
        ],
        ["priority", "id", "title", "delegates", "status", "in the catalogue"],
    )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    lang = display_lang(args)
    with store_for(args) as store:
        found = conflicts(store, current_delegation(store))
        titles = {
            i: _conflict_title(store, i, kind, lang)
            for c in found
            for i, kind in ((c.first, c.first_kind), (c.second, c.second_kind))
        }
    if args.json:
        print_json(
            [
                {
                    **to_jsonable(c),
                    "first_title": titles[c.first],
                    "second_title": titles[c.second],
                }
                for c in found
            ]
        )
    elif not found:
        print(translate("Cli", "No conflicts."))
    else:
        print_table(
            [
                [
                    c.delegate,
                    c.first,
                    _kind_said(titles[c.first], c.first_kind),
                    c.second,
                    _kind_said(titles[c.second], c.second_kind),
                ]
                for c in found
            ],
            ["delegate", "item", "title", "overlaps", "title"],
            max_width=32,
        )
    return 0


def _kind_said(title: str, kind: str) -> str:
    """An own meeting's title with what it is, as the window says it (found by review: a
    meeting stood under "session" as « (own) own:meeting-… »)."""
    return f"{title} ({item_kind_word(kind)})" if kind == "meeting" else title


def _conflict_title(store, item_id: str, kind: str, lang: str) -> str:
    from briefer.core.meetings import item_title

    return item_title(store, item_id, lang)


def _edit_note() -> str:
    return edit_in_editor("", translate("Cli", "The editor “{editor}” failed; no note was added."))


def cmd_note(args: argparse.Namespace) -> int:
    body = (
        args.text
        if args.text is not None
        else (read_text_file(args.file) if args.file else _edit_note())
    )
    with store_for(args) as store:
        note = add_note(
            store, current_delegation(store), None if args.delegation else args.id, body
        )
    if args.json:
        print_json(note)
    else:
        text = (
            translate("Cli", "Note {id} saved on {item}.")
            if note.item_id
            else translate("Cli", "Note {id} saved for the delegation.")
        )
        print(text.format(id=note.id, item=note.item_id))
    return 0


def cmd_notes(args: argparse.Namespace) -> int:
    if args.delete:
        with store_for(args) as store:
            deleted = delete_note(store, args.delete).value
        if args.json:
            print_json(deleted)
        else:
            text = (
                translate("Cli", "Deleted note {id} on {where}.")
                if deleted.item_id
                else translate("Cli", "Deleted note {id} of the delegation.")
            )
            print(text.format(id=deleted.id, where=deleted.item_id))
        return 0
    with store_for(args) as store:
        notes = list_notes(store, current_delegation(store), args.id)
    if args.json:
        print_json(notes)
        return 0
    if not notes:
        print(translate("Cli", "No notes yet."))
        return 0
    lang = display_lang(args)
    for note in notes:
        flag = " " + translate("Cli", "[conflicting version]") if note.conflict_with else ""
        heading = (
            translate("Cli", "— {id} on {where} ({modified})")
            if note.item_id
            else translate("Cli", "— {id}, note of the delegation ({modified})")
        )
        modified = moment_name(note.modified, lang)
        print(heading.format(id=note.id, where=note.item_id, modified=modified) + flag)
        print(note.body.rstrip() + "\n")
    return 0


def cmd_selection_export(args: argparse.Namespace) -> int:
    from briefer.core import crypto
    from briefer.core.selection import default_selection_name, export_selection, selection_path

    path = args.out or args.path
    if args.out and args.path and args.out != args.path:
        raise InputError(translate("Cli", "Give the file to write once: PATH or --out FILE."))
    with store_for(args) as store:
        # Found by review: the window ticks "protect" when the data is encrypted, the command
        # wrote every note in plain without a word. The passphrase stays optional (issue 14);
        # the command says what it wrote.
        unprotected = crypto.is_encrypted(store.data) and not (args.encrypt or args.plain)
        delegation = current_delegation(store)
        path = selection_path(path or Path(default_selection_name(delegation)))
        secret = file_passphrase(args, new=True) if args.encrypt else None
        counts = export_selection(store, delegation, path, secret)
    text = translate(
        "Cli", "Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}."
    )
    print(text.format(path=path, **{k: _counted(k, counts[k]) for k in _COUNTED}))
    if unprotected:
        warning = translate(
            "Cli",
            "Your data is encrypted, but this file holds your marks and notes unprotected: "
            "anyone who has it can read them. Export again with --encrypt to protect it with a "
            "passphrase (--plain says you mean it unprotected, without this warning).",
        )
        print(warning, file=sys.stderr)
    return 0


_COUNTED = ("marks", "notes", "meetings", "contacts", "delegates")


def _counted(kind: str, n: int) -> str:
    """ "3 marks" in the display language."""
    return {
        "marks": lambda: translate("Cli", "%n mark(s)", None, n),
        "notes": lambda: translate("Cli", "%n note(s)", None, n),
        "meetings": lambda: translate("Cli", "%n meeting(s)", None, n),
        "contacts": lambda: translate("Cli", "%n contact(s)", None, n),
        "delegates": lambda: translate("Cli", "%n delegate(s)", None, n),
    }[kind]()


def cmd_selection_import(args: argparse.Namespace) -> int:
    from briefer.core.selection import import_selection

    with store_for(args) as store:
        secret = file_passphrase(args) if sealed_file(args.path) else None
        report = import_selection(store, args.path, secret)
    if args.json:
        print_json(report)
        return 0
    lines = [
        translate("Cli", "%n new mark(s)", None, report.marks_added),
        translate("Cli", "%n mark(s) merged", None, report.marks_merged),
        translate("Cli", "%n new note(s)", None, report.notes_added),
        translate("Cli", "%n note(s) already present", None, report.notes_unchanged),
        translate("Cli", "%n new delegate(s)", None, report.delegates_added),
        translate("Cli", "%n new meeting(s)", None, report.meetings_added),
        translate("Cli", "%n meeting(s) updated", None, report.meetings_updated),
        translate("Cli", "%n new contact(s)", None, report.contacts_added),
    ]
    text = translate("Cli", "Imported into {delegation}: {counts}.")
    print(text.format(delegation=report.delegation, counts=listed(lines)))
    for meeting in report.meeting_conflicts:
        text = translate(
            "Cli",
            "Meeting {id} differs on both sides: the later edit kept, the other version "
            "recorded (briefer meeting show {id}).",
        )
        print("  " + text.format(id=meeting))
    for item in report.mark_conflicts:
        text = translate("Cli", "The mark on {id} differs from yours: yours kept, theirs recorded.")
        print("  " + text.format(id=item))
    for note in report.note_conflicts:
        text = translate(
            "Cli", "Note {id} was edited on both sides: both versions kept and flagged."
        )
        print("  " + text.format(id=note))
    if report.mark_conflicts or report.note_conflicts:
        print(
            translate("Cli", "See them with: {command}").format(
                command="briefer selection conflicts"
            )
        )
    return 0


def cmd_selection_conflicts(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        lang = display_lang(args)
        delegation = current_delegation(store)
        marks = marks_in_conflict(store, delegation)
        notes = notes_in_conflict(store, delegation)
        titles = {
            i: item_detail(store, i, lang)["title"]
            for i in {m.item_id for m in marks} | {n.item_id for n in notes if n.item_id}
        }
        from briefer.core.meetings import meetings_in_conflict, other_version

        meetings = meetings_in_conflict(store, delegation)
    if args.json:
        print_json(
            {
                "marks": [{**m.__dict__, "theirs": describe_their_version(m)} for m in marks],
                "notes": notes,
                "meetings": [
                    {"id": m.id, "title": m.title, "other_version": other_version(m)}
                    for m in meetings
                ],
            }
        )
        return 0
    if not marks and not notes and not meetings:
        print(translate("Cli", "No conflicts left by an import."))
        return 0
    for meeting in meetings:
        other = other_version(meeting)
        text = translate("Cli", "Meeting {id} ({title}), modified {modified}")
        print(
            text.format(id=meeting.id, title=meeting.title, modified=_when(meeting.modified, lang))
        )
        text = translate("Cli", "  other version: {title}, modified {modified}")
        print(text.format(title=other.get("title"), modified=_when(other.get("modified"), lang)))
        print(_settle(f"briefer meeting settle {meeting.id} --keep current|other"))
    for m in marks:
        text = translate("Cli", "Mark on {id} ({title})")
        print(text.format(id=m.item_id, title=titles[m.item_id]))
        print(translate("Cli", "  yours: {mark}").format(mark=describe_mark(m)))
        print(translate("Cli", "  theirs: {mark}").format(mark=describe_their_version(m)))
        print(_settle(f"briefer selection settle mark {m.item_id} --keep mine|theirs"))
    for n in notes:
        if n.item_id:
            text = translate("Cli", "Note {id} on {item} ({title}), other version {other}")
        else:
            text = translate("Cli", "Note {id} for the delegation, other version {other}")
        title = titles.get(n.item_id or "", "")
        print(text.format(id=n.id, item=n.item_id, title=title, other=n.conflict_with))
        print("  " + clip((n.body.strip().splitlines() or [""])[0], 70))
        print(_settle(f"briefer selection settle note {n.id} --keep this|both|merge"))
    return 0


def _when(stamp: str | None, lang: str) -> str:
    return moment_name(stamp, lang) if stamp else "—"


def _settle(command: str) -> str:
    return "  " + translate("Cli", "settle: {command}").format(command=command)


def cmd_selection_settle_mark(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        mark = settle_mark_conflict(store, current_delegation(store), args.id, args.keep).value
    if args.json:
        print_json(mark)
    else:
        text = translate("Cli", "Settled the mark on {id}: {mark}.")
        print(text.format(id=mark.item_id, mark=describe_mark(mark)))
    return 0


def cmd_selection_settle_note(args: argparse.Namespace) -> int:
    with store_for(args) as store:
        note = settle_note_conflict(store, args.id, args.keep).value
    if args.json:
        print_json(note)
    else:
        kept = {
            "this": translate("Cli", "Settled note {id}: this version kept."),
            "both": translate("Cli", "Settled note {id}: both versions kept."),
            "merge": translate("Cli", "Settled note {id}: the versions merged."),
        }
        print(kept[args.keep].format(id=note.id))
    return 0
