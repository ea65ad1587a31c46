"""Folding of Arabic, French and English text for search.

Every indexed text and every query goes through `fold()`, so that spelling variants meet:
alef forms, alef maqsura and ya, taa marbuta and ha, hamza seats, tashkeel and tatweel in Arabic;
the Persian and Urdu forms of kaf, ya and ha; case, accents and the ligatures œ and æ in Latin
scripts; Arabic-Indic digits. `fold_with_map()` also returns, for each
folded character, the index of the source character it came from, to highlight matches in the
original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_ARABIC_MAP = {
    "\u0671": "\u0627",  # alef wasla
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0629": "\u0647",  # taa marbuta -> ha
    "\u0624": "\u0621",  # hamza on waw -> hamza
    "\u0626": "\u0621",  # hamza on ya -> hamza
    "\u06cc": "\u064a",  # Farsi ya
    "\u06cd": "\u064a",  # ya with tail
    "\u06d0": "\u064a",  # ya (Pashto, Uyghur)
    "\u06d2": "\u064a",  # Urdu ya barree (with hamza: decomposed, then as this)
    "\u06a9": "\u0643",  # keheh
    "\u06aa": "\u0643",  # swash kaf
    "\u06c1": "\u0647",  # Urdu heh goal (with hamza: decomposed, then as this)
    "\u06c3": "\u0647",  # Urdu taa marbuta goal, as taa marbuta
    "\u06be": "\u0647",  # Urdu heh doachashmee
    "\u06d5": "\u0647",  # ae (Kurdish), and heh with ya above once decomposed
    # Persian and Urdu letters for sounds Arabic writes with its nearest letter ("پاکستان",
    # "باكستان"): pe, che, zhe, gaf, ve, and Urdu's retroflex tte, ddal, rre, and noon ghunna.
    "\u067e": "\u0628",
    "\u0686": "\u062c",
    "\u0698": "\u0632",
    "\u06af": "\u0643",
    "\u06a4": "\u0641",
    "\u0679": "\u062a",
    "\u0688": "\u062f",
    "\u0691": "\u0631",
    "\u06ba": "\u0646",
}
_LIGATURES = (("œ", "oe"), ("æ", "ae"))  # after casefold: NFKD leaves them whole
_DROP = {"\u0640"}  # tatweel
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_ALEF_HAMZA = {"\u0622", "\u0623", "\u0625"}

# Proclitics Arabic writes attached to a word, outermost first: a conjunction (wa-, fa-), then a
# preposition (bi-, ka-, li-), then the article; li- before the article loses its alef ("للسلام").
# The index holds each word and its forms without them; a stem shorter than MIN_STEM letters is
# never split off, so short words are not destroyed ("لها", "بلد"), nor are WHOLE_WORDS.
_CONJUNCTIONS = frozenset("وف")
_PREPOSITIONS = frozenset("بكل")
_ARTICLE = "ال"
MIN_STEM = 3
_TOKEN = re.compile(r"\w+", re.UNICODE)
# A conjunction and a preposition (or one of them) stuck to a word in Latin letters or digits
# ("وCOP28", "لـUNICEF", "وبـCOP29", "و2016"): split off whatever the stem's length, as no Arabic
# word goes on in Latin letters.
_LATIN_STEM = re.compile("([\u0648\u0641]?[\u0628\u0643\u0644]?)([^\\W_\u0600-\u06ff]\\w*)")
# A hamza inside a word (not first, not after alef), which the writer may have put on waw or ya
# ("مؤسسة", "رئيس": folded "مءسسه", "رءيس") and a user types without it ("موسسة", "رييس").
_SEATED_HAMZA = re.compile("(?<=[^\\W\u0627])\u0621")
# A hamza after alef inside a word, which the writer puts on ya ("عائشة", "رسائل": folded "عاءشه",
# "رساءل") and a user often types as a ya ("عايشة", "رسايل"). The index holds the word as written
# only; a query word stands for both spellings instead (`alef_seat_variant`), so that indexes
# written before meet it without being written again.
_HAMZA_AFTER_ALEF = re.compile("(?<=\\w\u0627)\u0621(?=\\w)")
_YA_AFTER_ALEF = re.compile("(?<=\\w\u0627)\u064a(?=\\w)")

# The version of what `index_text` writes: an index written by an older one is written again
# (the user's notes and own items by a migration, a catalogue file when the store opens). The
# name keys made with `fold` go with it: a catalogue's are made again with its index; the
# contacts' and delegates' need that migration to call `migrations._v14_name_keys` too.
# 2: Latin words and digits after a proclitic, hamza on waw or ya typed as waw or ya.
INDEX_FORMAT = 2


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
    return _unligature("".join(out).casefold())


def _unligature(text: str) -> str:
    for ligature, letters in _LIGATURES:
        if ligature in text:
            text = text.replace(ligature, letters)
    return text


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
def mark_pattern() -> re.Pattern[str]:
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


def _latin1(text: str) -> bool:
    """Whether every character of `text` is below U+0100 (so none is Arabic), at C speed.

    Python keeps such a text one byte per character and encodes it to Latin-1 as a copy,
    where the Arabic pattern tests it character by character (about 100 instructions each:
    half of folding the bench feed's French texts). Other texts are scanned to the end, once.
    """
    return len(text.encode("latin-1", "ignore")) == len(text)


def fold(text: str) -> str:
    """Fold `text` for comparison: see the module docstring.

    Same result as folding character by character (`fold_with_map`), at C speed: letters are
    mapped, then NFKD splits off hamza and madda marks, which go with tashkeel and tatweel.
    """
    if text.isascii():
        return text.lower()
    if _latin1(text) or _ARABIC_SCRIPT.search(text) is None:
        return _fold_latin(text)
    decomposed = unicodedata.normalize("NFKD", _map_letters(text))
    return _unligature(_map_letters(mark_pattern().sub("", decomposed)).casefold())


def _fold_latin(text: str) -> str:
    """`fold` of a text without Arabic letters: accents, case and ligatures."""
    return _unligature(mark_pattern().sub("", unicodedata.normalize("NFKD", text)).casefold())


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


# Folded words that begin like a proclitic but must not be split: "الله" is not "له", the name
# "فالنتين" is not "نتين", "الهام" (inspiration) is not "هام".
WHOLE_WORDS = frozenset(
    fold(word) for word in ("الله", "اللهم", "الهام", "فالنتين", "فالنسيا", "فالكون", "كالدونيا")
)


@functools.lru_cache(maxsize=65536)
def proclitic_variants(token: str) -> tuple[str, ...]:
    """Forms of a folded Arabic word without its proclitics, outermost first.

    "وبالسلام" gives "بالسلام", "السلام", "سلام"; "للسلام" gives "السلام", "سلام"; "لمحافظه" gives
    "محافظه". Nothing is split off a stem shorter than MIN_STEM or from a word in WHOLE_WORDS.
    """
    if token in WHOLE_WORDS or not is_arabic(token):
        return ()
    latin = _LATIN_STEM.fullmatch(token)
    if latin is not None:
        return tuple(token[i:] for i in range(1, len(latin.group(1)) + 1))
    forms: list[str] = []
    rest = token
    if rest[0] in _CONJUNCTIONS and len(rest) - 1 >= MIN_STEM:
        rest = rest[1:]
        forms.append(rest)
    if rest in WHOLE_WORDS:
        return tuple(forms)
    if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
        rest = _ARTICLE + rest[2:]
        forms.append(rest)
    elif rest[0] in _PREPOSITIONS and len(rest) - 1 >= MIN_STEM:
        rest = rest[1:]
        forms.append(rest)
    if rest in WHOLE_WORDS:
        return tuple(forms)
    if rest.startswith(_ARTICLE) and len(rest) - 2 >= MIN_STEM:
        forms.append(rest[2:])
    return tuple(forms)


@functools.lru_cache(maxsize=65536)
def word_forms(token: str) -> tuple[str, ...]:
    """The other forms a folded word is indexed and matched under: without its proclitics
    (`proclitic_variants`), and each of those and the word itself with a hamza inside it as waw
    and as ya ("مءسسه": "موسسه", "ميسسه"), as a user types it without the hamza."""
    forms = proclitic_variants(token) if token[:1] in _PROCLITIC_FIRST else ()
    if "\u0621" not in token:
        return forms
    seated = (_SEATED_HAMZA.sub(seat, f) for f in (token, *forms) for seat in ("\u0648", "\u064a"))
    return tuple(f for f in dict.fromkeys([*forms, *seated]) if f != token)


def alef_seat_variant(token: str) -> str:
    """A folded word with its hamza after alef (inside the word) as ya, or its ya there as that
    hamza ("عاءشه" and "عايشه" each give the other); the word itself when it has neither."""
    if "\u0621" in token:
        return _HAMZA_AFTER_ALEF.sub("\u064a", token)
    return _YA_AFTER_ALEF.sub("\u0621", token)


def query_forms(token: str) -> tuple[str, ...]:
    """The other forms a folded query word matches: without its proclitics
    (`proclitic_variants`), and each of those and the word with the other spelling of a hamza
    after alef (`alef_seat_variant`)."""
    forms = proclitic_variants(token)
    if "\u0627" not in token:
        return forms
    seated = (alef_seat_variant(f) for f in (token, *forms))
    return tuple(f for f in dict.fromkeys([*forms, *seated]) if f != token)


_PROCLITIC_FIRST = frozenset("\u0648\u0641\u0628\u0643\u0644\u0627")  # and the article's alef


def index_text(*texts: str | None) -> str:
    """Folded text for the full-text index, each Arabic word followed by its other forms
    (without its proclitics, its hamza as waw or ya: `word_forms`).

    The index's tokenizer splits words; only the extra forms are added here, after the text's
    own words so that these stay adjacent for phrase queries. Arabic text is folded word by
    word through a cache (folding is per character, so the words' folds are the text's): a
    catalogue repeats most of its words, and the proclitic search runs once per distinct word.
    """
    parts = []
    for text in texts:
        if not text:
            continue
        if text.isascii():
            parts.append(text.lower())
            continue
        if _latin1(text) or _ARABIC_SCRIPT.search(text) is None:
            parts.append(_fold_latin(text))
            continue
        words = text.split()
        parts.append(" ".join(map(_folded_word, words)))
        forms = " ".join(filter(None, map(_word_forms, words)))
        if forms:
            parts.append(forms)
    return " ".join(parts)


@functools.lru_cache(maxsize=1 << 16)
def _folded_word(word: str) -> str:
    return fold(word)


@functools.lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> str:
    """The other forms (`word_forms`) of the Arabic words in a whitespace-free `word`, or ""."""
    folded = _folded_word(word)
    if _ARABIC_SCRIPT.search(folded) is None:
        return ""
    return " ".join(form for token in _TOKEN.findall(folded) for form in word_forms(token))


def clear_caches() -> None:
    """Forget the folded words kept for indexing (they may come from the user's notes)."""
    _folded_word.cache_clear()
    _word_forms.cache_clear()
    word_forms.cache_clear()
    proclitic_variants.cache_clear()


# French elisions and the English possessive: "l'économie" is searched as "économie", "women's"
# as "women" (a one-letter word would be required, and highlight every word it begins).
_ELIDED = re.compile(r"(?i)(?<!\w)(?:qu|[cdjlmnst])['’](?!['’])|(?<=\w)['’]s(?!\w)")


PREFIX_STEM = 4  # a proclitic-free form of a query word shorter than this is a whole word


@dataclass(frozen=True)
class QueryWord:
    """A word of a query: folded as typed, and (Arabic) its other forms (`query_forms`)."""

    typed: str
    stripped: tuple[str, ...] = ()  # without proclitics, or a hamza after alef spelt otherwise
    whole: bool = False  # matched as a whole word only, not as the prefix of longer words
    acronym: bool = False  # short, in capitals: matches the word in capitals ("UN", not "un")

    def prefixes(self) -> tuple[str, ...]:
        """The forms a word of the text may begin with to match."""
        forms = () if self.whole else (self.typed,)
        return forms + tuple(f for f in self.stripped if len(f) >= PREFIX_STEM)

    def words(self) -> tuple[str, ...]:
        """The forms a word of the text must equal to match."""
        forms = (self.typed,) if self.whole else ()
        return forms + tuple(f for f in self.stripped if len(f) < PREFIX_STEM)


# An acronym: 2 to 5 capitals ("UN", "OMS"), or letters with dots ("U.N.", "a.i."), the same word.
_DOTTED = re.compile(r"(?<![\w.])((?:[^\W\d_]\.){2,5})(?!\w)")
_ACRONYM = re.compile(r"(?<!\w)[^\W\d_]{2,5}(?!\w)")


CASED_ACRONYM = 3  # the longest acronym that must be in capitals: "un", "ai", "who" are words


def _acronyms(query: str) -> tuple[str, frozenset[str]]:
    """The query with dotted acronyms written without dots, and its acronyms, folded."""
    query = _DOTTED.sub(lambda m: m.group(1).replace(".", "").upper(), query)
    found = (m.group() for m in _ACRONYM.finditer(query))
    return query, frozenset(fold(word) for word in found if word.isupper())


def query_words(query: str) -> list[QueryWord]:
    """The words of a query, folded, French elisions taken off; an Arabic word also stands for its
    proclitic-free forms ("بالغين": "الغين", "غين"), a short one as a whole word ("غين" is not
    every word it begins), and for its other spelling of a hamza after alef ("عايشه": "عاءشه",
    and back); a one-letter word and an acronym ("UN" is not "una") are whole
    words, a short acronym in capitals ("Un océan" is not the UN; "COVID" is "Covid")."""
    query, acronyms = _acronyms(_ELIDED.sub(" ", query))
    return [
        QueryWord(
            token,
            query_forms(token),
            len(token) == 1 or token in acronyms,
            token in acronyms and len(token) <= CASED_ACRONYM,
        )
        for token in tokens(query)
    ]


def query_terms(query: str) -> list[str]:
    """The folded words of a query as typed (see `query_words`)."""
    return [word.typed for word in query_words(query)]
