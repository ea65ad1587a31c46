"""argparse's own words ("usage:", "error:", "invalid choice…") in the display language.

argparse looks its messages up through `gettext` by name at each call; `installed` points those
names at the catalogue, so a message it formats afterwards keeps its placeholders (a test
formats every translation with argparse's own values). Messages of another Python's argparse
that are not listed stay in English.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import textwrap
from collections.abc import Callable, Iterator

from briefer.core.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
_KNOWN = frozenset(MESSAGES)

# The placeholders of the help (« --delegate NAME »), in the reader's language: « NOM ».
METAVARS = (
    QT_TRANSLATE_NOOP("CliMetavar", "ACTION"),
    QT_TRANSLATE_NOOP("CliMetavar", "COMMAND"),
    QT_TRANSLATE_NOOP("CliMetavar", "COUNTRY"),
    QT_TRANSLATE_NOOP("CliMetavar", "DATE"),
    QT_TRANSLATE_NOOP("CliMetavar", "DIR"),
    QT_TRANSLATE_NOOP("CliMetavar", "EDITION"),
    QT_TRANSLATE_NOOP("CliMetavar", "FACTS"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FORMAT"),
    QT_TRANSLATE_NOOP("CliMetavar", "ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "ID_OR_NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "ITEM_ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "LIMIT"),
    QT_TRANSLATE_NOOP("CliMetavar", "LIST"),
    QT_TRANSLATE_NOOP("CliMetavar", "MINUTES"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAMESPACE"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME_OR_ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "NEW"),
    QT_TRANSLATE_NOOP("CliMetavar", "NOTE_ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "OLD"),
    QT_TRANSLATE_NOOP("CliMetavar", "OUT"),
    QT_TRANSLATE_NOOP("CliMetavar", "OUT.png"),
    QT_TRANSLATE_NOOP("CliMetavar", "PATH"),
    QT_TRANSLATE_NOOP("CliMetavar", "PREFIX"),
    QT_TRANSLATE_NOOP("CliMetavar", "PRIVATE_KEY_FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "PUBLIC_KEY_FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "QUERY"),
    QT_TRANSLATE_NOOP("CliMetavar", "REGION"),
    QT_TRANSLATE_NOOP("CliMetavar", "TEXT"),
    QT_TRANSLATE_NOOP("CliMetavar", "THEME_ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "TIME"),
    QT_TRANSLATE_NOOP("CliMetavar", "TIMEOUT"),
    QT_TRANSLATE_NOOP("CliMetavar", "TITLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "WHAT"),
    QT_TRANSLATE_NOOP("CliMetavar", "WxH"),
    QT_TRANSLATE_NOOP("CliMetavar", "YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CliMetavar", "ZONE"),
)
_METAVARS = frozenset(METAVARS)


def gettext(message: str) -> str:
    return translate("argparse", message) if message in _KNOWN else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_HELD = "\u00a0"  # textwrap breaks at ASCII whitespace only
_SPACES = re.compile("[ \t\n\r\f\v]+")  # not the no-break spaces: a translation's own


def metavar_word(metavar: str) -> str:
    """A help placeholder in the display language ("NAME" -> « NOM »); others as they are."""
    return translate("CliMetavar", metavar) if metavar in _METAVARS else metavar


def _held(text: str) -> str:
    """`text` with the spaces inside its isolates held: a help line broke inside one
    (« ⁨changes,agenda,meetings,session » / « s,projects,…⁩ »), which the terminal then
    ordered as two runs."""
    return _ISOLATED.sub(lambda m: m.group().replace(" ", _HELD), text)


def _split_lines(self: argparse.HelpFormatter, text: str, width: int) -> list[str]:
    """argparse's, but never inside a word (a list such as "changes,agenda,meetings" was cut
    at the width, "meetin" / "gs") nor inside an isolate."""
    # Runs of ASCII white space made one, as argparse does, but not str.split()'s: that took
    # the translations' narrow no-break spaces for spaces (found by review: « p. ex. « » /
    # « DIFFUSION RESTREINTE » », « (par défaut » / « : briefer settings) » in `pack --help`).
    text = _held(" ".join(_SPACES.split(text.strip(" \t\n\r\f\v"))))
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return [line.replace(_HELD, " ") for line in lines]


def _metavar_formatter(
    self: argparse.HelpFormatter, action: argparse.Action, default_metavar: str
) -> Callable[[int], tuple[str, ...]]:
    """argparse's, with the placeholders in the display language (`metavar_word`)."""
    formatter = _METAVAR_FORMATTER(self, action, default_metavar)
    return lambda size: tuple(metavar_word(m) for m in formatter(size))


_METAVAR_FORMATTER = argparse.HelpFormatter._metavar_formatter


def _fill_text(self: argparse.HelpFormatter, text: str, width: int, indent: str) -> str:
    lines = _split_lines(self, text, width - len(indent))
    return "\n".join(indent + line for line in lines)


@contextlib.contextmanager
def installed() -> Iterator[None]:
    """argparse's messages through the translator installed (see briefer.core.i18n), and its
    help wrapped without cutting a word or an isolate, for the time of the block: the
    process's other users of argparse keep theirs."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    formatter = argparse.HelpFormatter
    wrapping = formatter._split_lines, formatter._fill_text, formatter._metavar_formatter
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    formatter._split_lines = _split_lines  # type: ignore[method-assign]
    formatter._fill_text = _fill_text  # type: ignore[method-assign]
    formatter._metavar_formatter = _metavar_formatter  # type: ignore[method-assign]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        formatter._split_lines, formatter._fill_text, formatter._metavar_formatter = wrapping
