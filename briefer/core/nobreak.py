"""Where a line must not break: inside a phone number, and inside an Arabic compound name."""

from __future__ import annotations

import re

from briefer.core.phones import unbroken_phone_numbers

# The first word of an Arabic compound name goes with the next: "عبد الله", "أبو ظبي", "بن سلمان",
# "آل نهيان". A native reader does not accept "عبد" at a line's end and "الله" on the next.
_HEADS = "عبد|أبو|أبي|أبا|ابو|بن|ابن|بنت|آل"
_NAME_HEAD = re.compile(
    rf"(?<![\w\u064b-\u065f])(?:{_HEADS})[\u064b-\u065f]*( +)(?=[\u0621-\u064a])"
)


def unbroken(text: str) -> str:
    """`text` with the spaces a line must not break at as no-break spaces, for line breaking
    only (the text drawn keeps its own): in phone numbers and in Arabic compound names."""
    return unbroken_names(unbroken_phone_numbers(text))


def unbroken_names(text: str) -> str:
    """`text` with a no-break space after the first word of each Arabic compound name (the
    Word pack writes it so: Word and LibreOffice break lines themselves)."""
    if "ب" not in text and "آ" not in text:  # every head above holds one of these
        return text
    return _NAME_HEAD.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
