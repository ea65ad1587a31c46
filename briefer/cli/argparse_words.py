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
from collections.abc import Iterator

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


def gettext(message: str) -> str:
    return translate("argparse", message) if message in _KNOWN else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_HELD = "\u00a0"  # textwrap breaks at ASCII whitespace only


def _held(text: str) -> str:
    """`text` with the spaces inside its isolates held: a help line broke inside one
    (« ⁨changes,agenda,meetings,session » / « s,projects,…⁩ »), which the terminal then
    ordered as two runs."""
    return _ISOLATED.sub(lambda m: m.group().replace(" ", _HELD), text)


def _split_lines(self: argparse.HelpFormatter, text: str, width: int) -> list[str]:
    """argparse's, but never inside a word (a list such as "changes,agenda,meetings" was cut
    at the width, "meetin" / "gs") nor inside an isolate."""
    text = _held(" ".join(text.split()))
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return [line.replace(_HELD, " ") for line in lines]


def _fill_text(self: argparse.HelpFormatter, text: str, width: int, indent: str) -> str:
    lines = _split_lines(self, text, width - len(indent))
    return "\n".join(indent + line for line in lines)


@contextlib.contextmanager
def installed() -> Iterator[None]:
    """argparse's messages through the translator installed (see briefer.core.i18n), and its
    help wrapped without cutting a word or an isolate, for the time of the block: the
    process's other users of argparse keep theirs."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    wrapping = argparse.HelpFormatter._split_lines, argparse.HelpFormatter._fill_text
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    argparse.HelpFormatter._split_lines = _split_lines  # type: ignore[method-assign]
    argparse.HelpFormatter._fill_text = _fill_text  # type: ignore[method-assign]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        argparse.HelpFormatter._split_lines, argparse.HelpFormatter._fill_text = wrapping
