"""Folding of Arabic, French and English text for search.

Every indexed text and every query goes through `fold()`, so that spelling variants meet:
alef forms, alef maqsura and ya, taa marbuta and ha, hamza seats, tashkeel and tatweel in Arabic;
case and accents in Latin scripts; Arabic-Indic digits. `fold_with_map()` also returns, for each
folded character, the index of the source character it came from, to highlight matches in the
original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ARABIC_MAP = {
    "\u0671": "\u0627",  # alef wasla
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0629": "\u0647",  # taa marbuta -> ha
    "\u0624": "\u0621",  # hamza on waw -> hamza
    "\u0626": "\u0621",  # hamza on ya -> hamza
    "\u06cc": "\u064a",  # Farsi ya
    "\u06a9": "\u0643",  # keheh
}
_DROP = {"\u0640"}  # tatweel
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_ALEF_HAMZA = {"\u0622", "\u0623", "\u0625"}

# Proclitics that Arabic writes attached to a word: the article and its combinations with the
# prepositions and conjunctions (wa-, bi-, li-, fa-, ka-). "للسلام" is indexed also as "سلام".
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _ALEF_HAMZA:
        return "\u0627"
    if ch in _ARABIC_MAP:
        return _ARABIC_MAP[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part) or part in _DROP:
            continue
        part = _ARABIC_MAP.get(part, part)
        out.append(part)
    return "".join(out).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold `text` and map each folded character back to its source index."""
    folded: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        folded.append(piece)
        source.extend([i] * len(piece))
    return "".join(folded), source


def _mark_class() -> str:
    marks = [c for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))]
    ranges, start = [], marks[0]
    for prev, cur in zip(marks, [*marks[1:], None], strict=True):
        if cur != prev + 1:
            ranges.append(f"\\u{start:04x}-\\u{prev:04x}" if prev > start else f"\\u{start:04x}")
            start = cur
    return "[" + "".join(ranges) + "\u0640]"


@functools.cache
def _marks() -> re.Pattern[str]:
    """Every combining mark, and tatweel (built on first use: it scans the whole BMP)."""
    return re.compile(_mark_class())


_LETTERS = tuple({**_ARABIC_MAP, **_DIGITS}.items())


def _map_letters(text: str) -> str:
    # str.replace per mapped letter is C-speed; str.translate with a dict is ten times slower.
    for letter, replacement in _LETTERS:
        if letter in text:
            text = text.replace(letter, replacement)
    return text


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """Whether `text` holds a character of the Arabic script."""
    return _ARABIC_SCRIPT.search(text) is not None


def fold(text: str) -> str:
    """Fold `text` for comparison: see the module docstring.

    Same result as folding character by character (`fold_with_map`), at C speed: letters are
    mapped, then NFKD splits off hamza and madda marks, which go with tashkeel and tatweel.
    """
    if text.isascii():
        return text.lower()
    if _ARABIC_SCRIPT.search(text) is None:  # Latin with accents: no Arabic letter to map
        return _marks().sub("", unicodedata.normalize("NFKD", text)).casefold()
    decomposed = unicodedata.normalize("NFKD", _map_letters(text))
    return _map_letters(_marks().sub("", decomposed)).casefold()


def slug(text: str) -> str:
    """An ASCII id fragment for `text` ("Grande Halle" -> "grande-halle"), or a short hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if value:
        return value
    import hashlib

    return hashlib.sha1(text.encode()).hexdigest()[:10]


def tokens(text: str) -> list[str]:
    """Folded word tokens of `text`."""
    return _TOKEN.findall(fold(text))


def is_arabic(token: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in token)


def strip_proclitic(token: str) -> str | None:
    """The token without its attached article, or None when it has none."""
    if not is_arabic(token):
        return None
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            return token[len(prefix) :]
    return None


_PROCLITIC = re.compile(r"(?<!\w)(?:" + "|".join(_ARABIC_PREFIXES) + r")([\u0600-\u06ff]\w+)")


def index_text(*texts: str | None) -> str:
    """Folded text for the full-text index, with Arabic words also indexed without their article.

    The index's tokenizer splits words; only the extra, article-less Arabic forms are added here.
    """
    parts = []
    for text in texts:
        if not text:
            continue
        folded = fold(text)
        parts.append(folded)
        if _ARABIC_SCRIPT.search(folded) is not None:
            parts.extend(_PROCLITIC.findall(folded))
    return " ".join(parts)


def query_terms(query: str) -> list[str]:
    """Folded search terms of a query, with the Arabic article taken off."""
    terms = []
    for token in tokens(query):
        terms.append(strip_proclitic(token) or token)
    return terms
