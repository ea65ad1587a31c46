"""Commands on briefing-note templates, and starting a note from one (`note --template`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from briefer.cli.common import display_lang, edit_in_editor, json_flag, read_text_file, store_for
from briefer.cli.output import print_json, print_table
from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.localize import listed
from briefer.core.words import template_origin_word

Handler = Callable[[argparse.Namespace], "int | None"]


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "template", help=translate("CliHelp", "briefing-note templates: list, show, edit, delete")
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True

    c = sub.add_parser(
        "list", help=translate("CliHelp", "every template and the languages it is written in")
    )
    json_flag(c)
    c.set_defaults(handler=cmd_list)

    c = sub.add_parser("show", help=translate("CliHelp", "print a template's Markdown"))
    c.add_argument("name", metavar="NAME")
    _lang_option(c)
    json_flag(c)
    c.set_defaults(handler=cmd_show)

    c = sub.add_parser(
        "edit",
        help=translate(
            "CliHelp",
            "change a template, or add your own; without --text or --file, in your text "
            "editor (the VISUAL or EDITOR environment variable)",
        ),
    )
    c.add_argument("name", metavar="NAME")
    _lang_option(c)
    c.add_argument(
        "--title", metavar="TEXT", help=translate("CliHelp", "the title shown beside its name")
    )
    source = c.add_mutually_exclusive_group()
    source.add_argument(
        "--text", metavar="MARKDOWN", help=translate("CliHelp", "the template, in Markdown")
    )
    source.add_argument(
        "--file",
        type=Path,
        metavar="PATH",
        help=translate("CliHelp", "read the Markdown from a file"),
    )
    json_flag(c)
    c.set_defaults(handler=cmd_edit)

    c = sub.add_parser(
        "delete",
        help=translate(
            "CliHelp", "delete your template; a built-in one goes back to Briefer's wording"
        ),
    )
    c.add_argument("name", metavar="NAME")
    c.add_argument(
        "--lang",
        dest="template_lang",
        choices=("ar", "fr", "en"),
        help=translate("CliHelp", "only this language"),
    )
    c.set_defaults(handler=cmd_delete)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        dest="template_lang",
        choices=("ar", "fr", "en"),
        help=translate("CliHelp", "the template's language (default: the display language)"),
    )


def _lang(args: argparse.Namespace) -> str:
    return args.template_lang or display_lang(args)


def cmd_list(args: argparse.Namespace) -> int:
    from briefer.core.templates import list_templates

    with store_for(args) as store:
        templates = list_templates(store)
    if args.json:
        print_json(templates)
        return 0
    by_name: dict[str, list] = {}
    for template in templates:
        by_name.setdefault(template.name, []).append(template)
    lang = display_lang(args)
    rows = []
    for name, versions in by_name.items():
        shown = next((t for t in versions if t.lang == lang), versions[0])
        origins = [template_origin_word(o) for o in sorted({t.origin for t in versions})]
        rows.append([name, shown.title, " ".join(t.lang for t in versions), listed(origins)])
    print_table(rows, ["name", "title", "languages", "origin"], whole={"name"})
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from briefer.core.templates import get_template

    with store_for(args) as store:
        template = get_template(store, args.name, _lang(args))
    if args.json:
        print_json(template)
    else:
        print(template.body.rstrip("\n"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from briefer.core.errors import NotFoundError
    from briefer.core.templates import get_template, save_template

    lang = _lang(args)
    with store_for(args) as store:
        if args.text is not None:
            body = args.text
        elif args.file is not None:
            body = read_text_file(args.file)
        else:
            try:
                current = get_template(store, args.name, lang).body
            except NotFoundError:
                current = ""
            body = edit_in_editor(
                current, translate("Cli", "The editor “{editor}” failed; no template was saved.")
            )
        template = save_template(store, args.name, lang, body, args.title).value
    if args.json:
        print_json(template)
    else:
        text = translate("Cli", "Template {name} ({lang}) saved.")
        print(text.format(name=template.name, lang=template.lang))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from briefer.core.templates import delete_template

    with store_for(args) as store:
        deleted = delete_template(store, args.name, args.template_lang).value
    text = translate("Cli", "Deleted %n version(s) of the template {name}.", None, deleted)
    print(text.format(name=args.name))
    return 0


def with_template(handler: Handler) -> Handler:
    """`briefer note` with `--template NAME`: the note starts as the template's headings.

    With --edit the template is opened in the editor first; with --text or --file that text
    follows the headings; alone, the note is the headings, to fill in later.
    """

    def run(args: argparse.Namespace) -> int | None:
        name = getattr(args, "template", None)
        if name is None:
            if args.text is None and args.file is None and not args.edit:
                raise InputError(
                    translate(
                        "Cli",
                        "Give the note with --text, --file or --edit, or start it with "
                        "--template NAME.",
                    )
                )
            return handler(args)
        from briefer.core.templates import get_template, note_from_template

        with store_for(args) as store:
            template = get_template(store, name, display_lang(args))
        if args.edit:
            body = edit_in_editor(
                note_from_template(template),
                translate("Cli", "The editor “{editor}” failed; no note was added."),
            )
        else:
            text = args.text if args.text is not None else None
            if args.file is not None:
                text = read_text_file(args.file)
            body = note_from_template(template, text)
        args.text, args.file, args.edit = body, None, False
        return handler(args)

    return run
