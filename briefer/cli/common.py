"""Helpers shared by the command modules: opening the store, the language, the delegation."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.core.i18n import translate
from briefer.core.localize import check_lang, listed
from briefer.core.store import Store, open_store

if TYPE_CHECKING:
    from briefer.core.progress import Progress


@contextlib.contextmanager
def store_for(args: argparse.Namespace) -> Iterator[Store]:
    """The store of --data-dir, unlocked first with the passphrase when it is encrypted."""

    from briefer.core.progress import Reporter

    data = unlock_data(args)
    said = RebuildLine()
    try:
        store = open_store(data, progress=Reporter(said))
    finally:
        said.end()
    try:
        yield store
    finally:
        store.close()


class RebuildLine:
    """The catalogue's rebuild at opening (once, after an update), said on stderr: one line,
    its share counted up in place on a terminal. Nothing on stdout, which --json keeps."""

    def __init__(self) -> None:
        import sys

        self.stream = sys.stderr
        self.terminal = self.stream is not None and self.stream.isatty()
        self.shown = False
        self.text = ""  # worded at the first report, not at every command's start

    def __call__(self, progress: Progress) -> None:
        if self.stream is None or (self.shown and not self.terminal):
            return
        text = self.text = self.text or translate(
            "Cli", "Rebuilding the catalogue's search index for this version of Briefer (once)…"
        )
        if self.terminal:
            share = min(1.0, progress.done / progress.total) if progress.total else 0.0
            print(f"\r{text} {share:4.0%}", end="", file=self.stream, flush=True)
        else:
            print(text, file=self.stream, flush=True)
        self.shown = True

    def end(self) -> None:
        if self.shown and self.terminal:
            print(file=self.stream, flush=True)


def unlock_data(args: argparse.Namespace):
    """The data folder of --data-dir, its key in memory when it is encrypted: the passphrase
    from BRIEFER_PASSPHRASE_FILE, else typed at the terminal (refused when there is none)."""
    from briefer.core import crypto
    from briefer.core.datafolder import DataFolder

    data = DataFolder.locate(args.data_dir)
    if crypto.is_encrypted(data) and crypto.KEYRING.get(data) is None:
        crypto.unlock(data, read_secrets(passphrase_prompt())[0])
    return data


def display_lang(args: argparse.Namespace) -> str:
    """--lang, else the display language chosen in Briefer, else LC_ALL / LC_MESSAGES / LANG;
    read once per run (the saved choice is a file)."""
    if not getattr(args, "display_lang", None):
        args.display_lang = _display_lang(args)
    return args.display_lang


def _display_lang(args: argparse.Namespace) -> str:
    import os

    from briefer.core import languages
    from briefer.core.datafolder import DataFolder
    from briefer.core.preferences import display_language

    if args.lang:
        return check_lang(args.lang)
    saved = display_language(DataFolder.locate(args.data_dir))
    if saved:
        return saved
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = languages.supported(os.environ.get(name))
        if found:
            return found
    return languages.system_language() or languages.DEFAULT


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print JSON for scripts")
    )


def secret(prompt: str) -> str:
    """A secret typed at the terminal, unechoed; without a terminal, the next line of the
    input, without Python's English warning that it may be echoed."""
    import getpass
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def read_secrets(*prompts: str) -> list[str]:
    """One secret per prompt: the lines of $BRIEFER_PASSPHRASE_FILE in order, else the terminal.

    Never from an argument: a command line is visible to every user of the machine.
    """
    import os
    import sys

    from briefer.core.crypto import PASSPHRASE_FILE_ENV
    from briefer.core.errors import InputError, os_reason

    source = os.environ.get(PASSPHRASE_FILE_ENV)
    if not source:
        try:
            return [secret(prompt) for prompt in prompts]
        except EOFError:  # no terminal and nothing on the input
            print(file=sys.stderr)  # the prompt's line ends before the message
            raise InputError(
                translate(
                    "Cli",
                    "No passphrase was given: the input ended. Type it at the terminal, or "
                    "name a file holding it in BRIEFER_PASSPHRASE_FILE.",
                )
            ) from None
    try:
        lines = Path(source).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        message = translate("Cli", "Cannot read the passphrase file {path}: {error}")
        raise InputError(message.format(path=source, error=os_reason(exc))) from exc
    if len(lines) < len(prompts):
        message = translate(
            "Cli", "The passphrase file {path} needs %n line(s): {lines}", None, len(prompts)
        )
        names = listed([p.strip().rstrip(":").strip() for p in prompts], strong=True)
        raise InputError(message.format(path=source, lines=names))
    return lines[: len(prompts)]


def passphrase_prompt() -> str:
    return translate("Cli", "Passphrase: ")


def sealed_file(path: Path) -> bool:
    """Whether `path` is a file protected with a passphrase (an unreadable one is not)."""
    from briefer.core.crypto import is_sealed

    try:
        with path.open("rb") as file:
            return is_sealed(file.read(64))
    except OSError:
        return False


def file_passphrase(args: argparse.Namespace, new: bool = False) -> str:
    """The passphrase of a protected file: typed (twice when `new`), or, from
    $BRIEFER_PASSPHRASE_FILE, the line after the data's own passphrase (if the data has one)."""
    import os

    from briefer.core import crypto
    from briefer.core.datafolder import DataFolder
    from briefer.core.errors import InputError

    if os.environ.get(crypto.PASSPHRASE_FILE_ENV):
        encrypted = crypto.is_encrypted(DataFolder.locate(args.data_dir))
        before = [passphrase_prompt()] if encrypted else []
        return read_secrets(*before, translate("Cli", "File passphrase: "))[-1]
    again = [translate("Cli", "File passphrase again: ")] if new else []
    typed = read_secrets(translate("Cli", "File passphrase: "), *again)
    if new and typed[0] != typed[1]:
        raise InputError(translate("Cli", "The two passphrases differ; nothing was written."))
    return typed[0]


_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def id_arg(text: str) -> str:
    """An argparse type for ids and names: without the invisible bidi controls a right-to-left
    terminal copies with an id it showed isolated (an id never holds one)."""
    return text.translate(_BIDI_CONTROLS).strip()


LARGEST_NUMBER = 999_999_999  # in any whole-number option: a count, an id, minutes


def whole_number(text: str) -> int:
    """An argparse type: a whole number, refused in the display language ("abc" is not)."""
    try:
        number = int(id_arg(text))
    except ValueError:
        message = translate("Cli", "“{text}” is not a whole number.")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None
    if not -LARGEST_NUMBER <= number <= LARGEST_NUMBER:
        # found by review: SQLite's integers end there, past it a traceback (OverflowError)
        message = translate("Cli", "“{text}” is too large a number (at most {largest}).")
        raise argparse.ArgumentTypeError(
            message.format(text=text, largest=LARGEST_NUMBER)
        ) from None
    return number


def day_arg(text: str) -> str:
    """An argparse type: a calendar day written YYYY-MM-DD ("2021-02-30" and "hier" are
    refused, not read as a day with nothing on it), as the day sheet refuses it."""
    from briefer.core.errors import InputError
    from briefer.core.timefmt import require_day, western_digits

    try:
        require_day(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return western_digits(text)


def edit_in_editor(initial: str, failed: str) -> str:
    """`initial` edited in $VISUAL or $EDITOR; the text as the editor left it. `failed`, the
    refusal (with {editor}) when the editor cannot start or exits with an error."""
    import os
    import subprocess
    import tempfile

    from briefer.core.errors import InputError

    editor = (
        os.environ.get("VISUAL")
        or os.environ.get("EDITOR")
        or ("notepad" if os.name == "nt" else "vi")
    )
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as tmp:
        tmp.write(initial)
        path = Path(tmp.name)
    try:
        try:
            ok = subprocess.call([*editor_command(editor), str(path)]) == 0
        except (OSError, ValueError):  # no such program: the editor's fault, not the data's
            ok = False
        if not ok:
            raise InputError(failed.format(editor=editor))
        return path.read_text(encoding="utf-8-sig")
    finally:
        path.unlink(missing_ok=True)


def editor_command(editor: str, windows: bool | None = None) -> list[str]:
    """$EDITOR as a program and its arguments: a path to a program as it is (Windows paths
    hold spaces and backslashes: "C:\\Program Files\\Notepad++\\notepad++.exe"), else split as
    the system's shell would ("code --wait", '"C:\\Program Files\\x.exe" -multiInst')."""
    import os
    import shlex

    windows = os.name == "nt" if windows is None else windows
    if Path(editor).is_file():
        return [editor]
    if not windows:
        return shlex.split(editor)
    return [part.strip('"') for part in shlex.split(editor, posix=False)]


def read_text_file(path: Path) -> str:
    """A note or a template from a UTF-8 file, refused past the 5 MB a note may hold."""
    from briefer.core.errors import InputError, os_reason
    from briefer.core.notes import MAX_NOTE_BYTES

    try:
        if path.stat().st_size > MAX_NOTE_BYTES:
            message = translate("Cli", "{path} is larger than the 5 MB a note may hold.")
            raise InputError(message.format(path=path))
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(translate("Cli", "{path} is not UTF-8 text.").format(path=path)) from exc
    except OSError as exc:
        message = translate("Cli", "Cannot read {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc
