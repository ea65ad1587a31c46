"""The paragraphs of a plain text from data (an abstract, a summary): one per non-blank line.

Feeds separate paragraphs with newlines (FOSDEM's abstracts with blank lines, others with
single ones, carriage returns or Unicode's separators). The packs, the Word pack and the window
each show one paragraph per line instead of drawing the newline as a missing glyph or running
the paragraphs together.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


def paragraphs_of(text: str) -> list[str]:
    """The non-blank lines of `text`, stripped."""
    return [line.strip() for line in _LINE_BREAKS.split(text) if line.strip()]
