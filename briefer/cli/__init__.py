"""The `briefer` command line: every job of the app, headless, over the same core."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from briefer import __version__
from briefer.cli import argparse_words
from briefer.core import i18n
from briefer.core.datafolder import DATA_DIR_ENV, DataFolder
from briefer.core.errors import BrieferError, InputError, NotFoundError, StoreError
from briefer.core.i18n import translate
from briefer.core.logs import setup_logging

EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_STORE = 1, 2, 3, 4

# Each command and the module that registers it: a run registers (and imports) only its own.
COMMANDS = {
    **dict.fromkeys(
        ("info", "search", "show", "programme", "projects", "catalogue"), "catalogue_cmds"
    ),
    **dict.fromkeys(
        (
            "delegation",
            "delegate",
            "mark",
            "unmark",
            "assign",
            "unassign",
            "marks",
            "conflicts",
            "note",
            "notes",
            "selection",
        ),
        "delegation_cmds",
    ),
    **dict.fromkeys(("pack", "daysheet", "ics"), "pack_cmds"),
    **dict.fromkeys(("sources", "sync", "import", "changes", "publish", "keygen"), "sync_cmds"),
    **dict.fromkeys(("gui", "screenshot"), "gui_cmds"),
    "template": "template_cmds",
    **dict.fromkeys(("meeting", "person"), "meeting_cmds"),
    "passphrase": "passphrase_cmds",
    "settings": "settings_cmds",
}


def _global_options(parser: argparse.ArgumentParser, described: bool = True) -> None:
    """--data-dir and --lang; their help only where it can be shown (`described`): looking a
    text up in the catalogue costs a start a fraction of a millisecond each."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CliHelp",
            "data folder (default: the folder named by the {variable} environment variable, "
            "else a briefer-data folder beside the program, else your own: "
            "~/.local/share/Briefer on Linux, ~/Library/Application Support/Briefer on macOS, "
            "C:\\Users\\NAME\\AppData\\Local\\Briefer on Windows)",
        ).format(variable=DATA_DIR_ENV)
        if described
        else None,
    )
    parser.add_argument(
        "--lang",
        choices=("ar", "fr", "en"),
        default=None,
        help=translate(
            "CliHelp",
            "language of messages and catalogue texts (default: the language chosen in "
            "Briefer, else LC_ALL, LC_MESSAGES or LANG, else en)",
        )
        if described
        else None,
    )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of `command` alone (a run needs only its own)."""
    parser = argparse.ArgumentParser(
        prog="briefer",
        description=translate(
            "CliHelp", "Prepare, carry offline and print a delegation's briefing for a forum."
        ),
        epilog=translate(
            "CliHelp", "The data folder may also be set with the {variable} environment variable."
        ).format(variable=DATA_DIR_ENV),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Briefer {__version__}",
        help=translate("CliHelp", "show the version of Briefer and exit"),
    )
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    names = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for name in names:
        import_module(f"briefer.cli.{name}").register(commands)
    return parser


def _pre_parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options of `argv`, and the rest; none when they do not parse."""
    # argparse's words through the catalogue's lookup, not gettext's: gettext searches the
    # system's message catalogues at each word (locale, file lookups), and this parser never
    # prints its help or its errors.
    with argparse_words.installed():
        pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
        _global_options(pre, described=False)
        try:
            return pre.parse_known_args(_up_to_the_command(argv))
        except argparse.ArgumentError:
            return argparse.Namespace(data_dir=None, lang=None), []


def _up_to_the_command(argv: Sequence[str]) -> list[str]:
    """`argv` to its command word: a command's own --lang (`pack --lang ar`, the pack's
    language) is no global option, and set the language of the usage errors."""
    at = 0
    while at < len(argv):
        if argv[at] in ("--data-dir", "--lang"):
            at += 2
        elif argv[at].startswith("-"):
            at += 1
        else:
            return list(argv[: at + 1])
    return list(argv)


def _early(argv: Sequence[str]) -> tuple[argparse.Namespace, str | None]:
    """The global options and --json, read before the command's own (messages about the
    arguments, a bad --day or --at, are written in the display language too), and the command
    word: one reading of the global options for both."""
    args, rest = _pre_parse(argv)
    args.json = "--json" in argv
    return args, (rest[0] if rest and rest[0] in COMMANDS else None)


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of `argv`, found by reading the global options only."""
    return _early(argv)[1]


def _print_error(error: BrieferError) -> None:
    """The core's message, then the command line's remedy for it, if any."""
    from briefer.cli.output import said
    from briefer.cli.remedies import remedy_of

    print(said(str(error)), file=sys.stderr)
    remedy = remedy_of(error)
    if remedy:
        print(f"  {remedy}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _streams_hold_every_text()
    from briefer.cli.output import overrides_inert

    with overrides_inert():
        return _run(argv)


def _run(argv: list[str]) -> int:
    previous = i18n.translator()
    early, command = _early(argv)
    i18n.set_translator(_translator_for(early))  # argparse's own errors too
    try:
        with argparse_words.installed():
            parser = build_parser(command)
            args = parser.parse_args(argv)
    finally:
        i18n.set_translator(previous)
    _no_file_size_signal()
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    try:
        i18n.set_translator(_translator_for(args))
        setup_logging(DataFolder.locate(args.data_dir))
        return handler(args) or 0
    except NotFoundError as exc:
        _print_error(exc)
        return EXIT_NOT_FOUND
    except StoreError as exc:
        _print_error(exc)
        return EXIT_STORE
    except (InputError, BrieferError) as exc:
        _print_error(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        from briefer.cli.output import said

        print(said(i18n.translate("Cli", "interrupted")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        from briefer.core.store import file_fault

        _print_error(file_fault(exc))
        return EXIT_STORE
    except Exception as exc:
        from briefer.core import crypto
        from briefer.core.store import storage_fault

        if not isinstance(exc, crypto.database_errors()):
            raise
        _print_error(storage_fault(exc, DataFolder.locate(args.data_dir).user_db))
        return EXIT_STORE
    finally:
        i18n.set_translator(previous)


def _translator_for(
    args: argparse.Namespace,
) -> Callable[[str, str, str | None, int], str] | None:
    """The catalogue of the display language (read only when a message is translated).

    None (English) for --json: what a script reads does not change with the language, apart from
    the catalogue's own texts (titles, themes), which come in the display language as the
    window shows them (--lang, the saved choice, the locale).
    """
    from briefer.cli.common import display_lang

    if getattr(args, "json", False):
        return None
    try:
        lang = display_lang(args)
    except (BrieferError, OSError):
        lang = "en"
    return i18n.catalogue_translator(lang)


def _streams_hold_every_text() -> None:
    """Output and errors written as UTF-8 where the system's encoding cannot hold every
    character: on Windows a redirect or a pipe is in the ANSI code page (cp1252 has no
    Arabic, cp1256 no narrow no-break space), and the first such character raised. A
    terminal keeps its encoding, with "?" for what it cannot show."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # closed, or already written to in another encoding
            continue


def _no_file_size_signal() -> None:
    """A file size limit (ulimit -f) makes a write fail with EFBIG rather than kill the process."""
    import signal

    if hasattr(signal, "SIGXFSZ"):
        with contextlib.suppress(ValueError):  # not the main thread: leave it as it is
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
