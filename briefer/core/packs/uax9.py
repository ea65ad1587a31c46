"""The Unicode Bidirectional Algorithm (UAX #9), resolved levels of one paragraph.

Rules P2–P3, X1–X10 (embeddings, overrides and isolates), W1–W7, N0 (bracket pairs), N1–N2,
I1–I2 and the paragraph-end part of L1. Visual reordering (L2) is done per line by the caller,
which knows where lines break; mirroring (L4) is HarfBuzz's. Pure Python: python-bidi's Rust
core gives only the display string, and its Python module predates isolates and N0.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED

from briefer.core.directions import NO_OVERRIDES

MAX_DEPTH = 125
_STRONG = frozenset({"L", "R", "AL"})
_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_REMOVED = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}


def bidi_class(ch: str) -> str:
    return unicodedata.bidirectional(ch) or "L"


def _opening_pair(ch: str) -> str | None:
    """The closing bracket of `ch` if it is an opening paired bracket (Bidi_Paired_Bracket)."""
    if unicodedata.category(ch) != "Ps":
        return None
    mate = MIRRORED.get(ch)
    if mate is None or unicodedata.category(mate) != "Pe":
        return None
    return _CANONICAL.get(mate, mate)


def _is_closing(ch: str) -> bool:
    return unicodedata.category(ch) == "Pe" and ch in MIRRORED


def first_strong(types: list[str], start: int = 0, end: int | None = None) -> str | None:
    """Rules P2–P3: the first L, R or AL outside isolates, as "L" or "R"."""
    depth = 0
    for t in types[start:end]:
        if t in _INITIATORS:
            depth += 1
        elif t == "PDI":
            if depth == 0:
                if end is not None:
                    return None
                continue
            depth -= 1
        elif depth == 0 and t in _STRONG:
            return "L" if t == "L" else "R"
    return None


def text_direction(text: str) -> str | None:
    """ "L" or "R" by the first strong letter of `text` outside isolates (P2), None without one."""
    return first_strong([bidi_class(c) for c in text])


def dominant_direction(text: str) -> str:
    """ "rtl" or "ltr": the direction most of the words of `text` are read in, each line (a
    paragraph) read as `auto_direction` reads it; "ltr" without a letter."""
    weights = {"rtl": 0, "ltr": 0}
    first = None
    for line in text.splitlines():
        words = _classified(line)
        direction = _phrase_direction(words)
        if direction is not None:
            weights[direction] += sum(1 for kind, _ in words if kind in _SCRIPTED)
            first = first or direction
    if weights["rtl"] != weights["ltr"]:
        return "rtl" if weights["rtl"] > weights["ltr"] else "ltr"
    return first or "ltr"


_Word = tuple[str | None, str]  # (kind, the separator after it, "^" after a preposition, or "")
_SCRIPTED = frozenset("RnlaN")
_LOWER = frozenset("nla")  # a sentence's word, a linking word, an article
_LINKING = frozenset("la")
_OPEN = "([{"
_CLOSE = ")]}"
_BRACKETS = re.compile(r"[()\[\]{}]")
_LOOKED_AT = 400  # words of a line: its beginning decides, and a hostile line stays cheap
_LETTERS_LOOKED_AT = 100  # characters of a word


def _classified(text: str) -> list[_Word]:
    """The words of `text` as `_word_kind` sees them, those in brackets or quotes left out (an
    aside: "Qatar Foundation (مؤسسة قطر)" is Latin, "قال ماكرون: «Nous devons agir»" Arabic)
    unless brackets do not close (":-(") or nothing outside them has a letter. A quote that
    does not close runs to the end; one opened inside a word ("ماكرون:«Nous") counts too."""
    words = _split_quotes(text.split(None, _LOOKED_AT)[:_LOOKED_AT])
    outside: list[_Word] = []
    every = [_word_kind(word) if len(word) <= 40 else _kind_of(word) for word in words]
    depth = 0
    closer = ""  # the mark that ends the open quote
    for word, kind in zip(words, every, strict=True):
        opening = "" if closer else _QUOTES.get(word[0], "")
        if not depth and not closer and not opening and word[0] not in _OPEN:
            outside.append(kind)
        if _BRACKETS.search(word):
            depth += sum(word.count(c) for c in _OPEN) - sum(word.count(c) for c in _CLOSE)
            depth = max(depth, 0)
        if opening or closer:
            closer = closer or opening
            tail = word[1:] if opening else word
            if any(mark in tail for mark in _CLOSING[closer]):  # "«oui»,", "«oui»→"
                closer = ""
    if depth or not any(kind in _SCRIPTED for kind, _ in outside):
        return every
    return outside


_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’"}  # opening mark: closing mark
_CLOSING = {"»": ("»",), "”": ("”",), "“": ("“", "”"), '"': ('"',), "’": ("’",)}
_INNER_OPENING = re.compile("(?<=.)[«“]")


def _split_quotes(words: list[str]) -> list[str]:
    """`words`, each cut before a quotation mark that opens inside it ("ماكرون:«Nous")."""
    if not any("«" in word[1:] or "“" in word[1:] for word in words):
        return words
    out: list[str] = []
    for word in words:
        out += _INNER_OPENING.sub(lambda m: "\0" + m[0], word).split("\0")
    return out


_SEPARATORS = frozenset(":/|–—-=·•،؛")  # "Speaker: …", "Opening Ceremony / الجلسة الافتتاحية"
_PARTICLES = frozenset(
    "bin ibn bint ben abu al el von van der den ter zu dos das del della di da".split()
)  # lower-case words of names: "Mohammed bin Salman", "Ursula von der Leyen"
_ARTICLED = re.compile(r"(?:al|el|ad|ar|as|at|an|az|ash|ibn|bin|abu|ben)[-'’]\w", re.I)
_LINKS = frozenset(
    "de du des sur sans pour et en au aux of for and on in".split()
)  # lower-case words inside a name: "Forum de Paris sur la Paix", "Médecins sans frontières"
_ARTICLES = frozenset("la le les the".split())  # inside a name too; after one, a capital
_ELIDED = re.compile(r"(?:l|d|j|m|n|s|t|c|qu)['’](?=\w)", re.I)  # French "l'OCDE", "d'Arabie"
# Arabic prepositions: a phrase ending on one governs what follows ("اجتماع مع representatives
# of the OECD" is Arabic); as a word's separator, "^".
_PREPOSITIONS = frozenset(
    "مع في عن حول إلى الى على من بعد قبل ضد لدى عند بين نحو خلال ضمن عبر".split()
)
_ADDRESS = re.compile(r"(?:\w+://|www\.)\S+|[^@\s]+@[^@\s]+\.\w+", re.I)


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> _Word:
    return _kind_of(word)


def _kind_of(word: str) -> _Word:
    """A word's kind: "R" (a right-to-left script), "n" (a Latin word in lower case, the
    grammar of a sentence), "N" (a Latin name, acronym or capitalised word, or a particle of a
    name), "U" (a web or e-mail address: left to right, but no sign of a sentence's script),
    "|" (a separator: a label or one of two titles ends there) or None (no letter; a Latin
    word with digits, "COVID-19", "14h30"; a single letter). A word is in the script of most
    of its letters; marks are not letters. With it, the separator that ends the word, or "^"
    for an Arabic preposition (`_PREPOSITIONS`)."""
    if word in _SEPARATORS:
        return "|", word
    if _ADDRESS.fullmatch(word):
        return "U", ""
    sep = word[-1] if word[-1] in _SEPARATORS and len(word) > 1 else ""
    right = left = digits = 0
    initial = ""
    for ch in word[:_LETTERS_LOOKED_AT]:
        if ch.isalpha():
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                right += 1
            elif kind == "L":
                left += 1
                initial = initial or ch
        elif ch.isdigit():
            digits += 1
    if right > left:
        return "R", sep or ("^" if word in _PREPOSITIONS else "")
    if not left or digits:
        return None, sep
    if left == 1:  # "M." is a title; "à", "n°", "h" say nothing
        return ("N" if initial.isupper() and word.endswith(".") else None), sep
    if initial.isupper() or not word.islower():  # "iPhone" is a name too
        return "N", sep
    bare = _ELIDED.sub("", word.strip(".,;:!?«»\"'()[]{}"), count=1)
    if bare[:1].isupper() or bare.lower() in _PARTICLES or _ARTICLED.match(bare):
        return "N", sep
    return ("l" if bare in _LINKS else "a" if bare in _ARTICLES else "n"), sep


def _phrase_direction(words: list[_Word]) -> str | None:
    """The direction a reader gives a line of classified words: that of its first word in a
    script (P2), unless the other script plainly carries the sentence.

    An Arabic opening is Latin only when lower-case Latin words (linking words and articles
    count half) are more than twice the Arabic ones, and not when it ends on "/" or "|" (a
    bilingual title "الحوكمة العالمية / global health governance" stays Arabic), or when it is
    a subject of three words at most, with no separator or preposition at its end, followed
    only by Latin words that outnumber its own, a lower-case one first ("محمد بن سلمان meets
    Macron in Paris"). A Latin
    opening with no separator before Arabic words is Arabic when it reads as a name or title
    (`_is_name`) that the Arabic words outweigh and no Latin sentence goes on after them
    ("Mohammed bin Salman يلتقي الرئيس الفرنسي", "Forum de Paris sur la Paix ينطلق غداً"), or
    when it is one lower-case word before three Arabic words or more ("webinar حول الأمن
    السيبراني"); so is a name labelling an Arabic sentence (`_labels_arabic`: "WHO: منظمة
    الصحة العالمية تدعو…"); "Speaker: كمالا هاريس", "Rencontre avec محمد بن سلمان ولي العهد"
    stay Latin."""
    scripted: list[list] = []  # [kind, separator after]
    for kind, sep in words:
        if kind in _SCRIPTED:
            scripted.append([kind, sep])
        elif sep and scripted:
            scripted[-1][1] = sep
    if not scripted:
        return "ltr" if any(kind == "U" for kind, _ in words) else None
    kinds = [kind for kind, _ in scripted]
    rtl = kinds.count("R")
    if kinds[0] == "R":
        arabic = next((i for i, kind in enumerate(kinds) if kind != "R"), len(kinds))
        if scripted[arabic - 1][1] in ("/", "|"):
            return "rtl"
        sentence = kinds.count("n") + sum(1 for kind in kinds if kind in _LINKING) / 2
        if sentence > 2 * rtl:
            return "ltr"
        rest = kinds[arabic:]
        if arabic <= 3 and not scripted[arabic - 1][1] and rest[:1] == ["n"] and "R" not in rest:
            # A short Arabic subject, then a Latin sentence: "محمد بن سلمان meets Macron in
            # Paris", "الجزيرة a couvert l'événement"; not a label ("الموضوع: Meeting…")
            latin = len(rest) - sum(1 for kind in rest if kind in _LINKING) / 2
            return "ltr" if latin > arabic else "rtl"
        return "rtl"
    if not rtl:
        return "ltr"
    opening = kinds[: kinds.index("R")]
    rest = kinds[len(opening) :]
    if any(sep for _, sep in scripted[: len(opening)]):
        return "rtl" if _labels_arabic(scripted[: len(opening)], rest) else "ltr"
    if _is_name(opening):
        if "n" in rest:  # the Latin sentence goes on: "Arrivée de S.A.R. الأمير … prévue à 10h"
            return "ltr"
        weight = len(opening) + sum(1 for kind in opening if kind in _LINKING)
        linking = sum(1 for kind in rest if kind in _LINKING)
        return "rtl" if rtl > linking and 3 * rtl >= weight else "ltr"
    if opening == ["n"] and rtl >= 3 and not any(kind in _LOWER for kind in rest):
        return "rtl"
    return "ltr"


_LABELLED_SENTENCE = 5  # Arabic words after a Latin label that make a sentence, not a name


def _labels_arabic(opening: list[list], rest: list[str]) -> bool:
    """Whether a Latin opening ending on a colon is the label of an Arabic sentence: a name
    ("WHO", "Paris Peace Forum") before enough Arabic words to be a sentence ("WHO: منظمة
    الصحة العالمية تدعو إلى التأهب للأوبئة"), which may name something in Latin letters on
    the way, three Arabic words to one ("… وفق خطة UNICEF", found by review: the note
    reopened left to right); "Speaker: كمالا هاريس" stays Latin."""
    seps = [sep for _, sep in opening]
    if seps[-1] != ":" or any(seps[:-1]) or not _is_name([kind for kind, _ in opening]):
        return False
    arabic = rest.count("R")
    return arabic >= _LABELLED_SENTENCE and arabic >= 3 * (len(rest) - arabic)


def _is_name(kinds: list[str]) -> bool:
    """Whether a Latin opening reads as a name or title: capitalised words and particles,
    linking words and articles inside it, and one lower-case word right after a linking word
    ("Forum de Paris sur la Paix", "Médecins sans frontières", "de Gaulle"); not after an
    article ("Réunion de la commission" is a sentence's beginning)."""
    if kinds[-1] in _LINKING or kinds.count("n") > 1:
        return False
    for at, kind in enumerate(kinds):
        if kind == "N" or (kind in _LINKING and (at or kinds[1] == "N")):
            continue
        if kind == "n" and at and kinds[at - 1] == "l":
            continue
        return False
    return True


_MARKS = {"\u200e": "ltr", "\u200f": "rtl", "\u061c": "rtl"}  # LRM, RLM, ALM
_EXPLICIT = re.compile("[\u200e\u200f\u061c\u2066-\u2069]")  # marks and isolates


_OPENERS, _CLOSER = "\u2066\u2067\u2068", "\u2069"  # LRI RLI FSI, PDI


def without_overrides(text: str) -> str:
    """`text` from data with no say over the text around it: embeddings and overrides dropped
    ("\u202eمرحبا abc" would show "cba"), its isolates balanced (a stray PDI dropped, an
    open isolate closed) so that they cannot close an isolate around it."""
    text = text.translate(NO_OVERRIDES)
    if _CLOSER not in text and not any(c in text for c in _OPENERS):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == _CLOSER:
            if not depth:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out) + _CLOSER * depth


def auto_direction(text: str) -> str | None:
    """The direction of a paragraph (or isolated span) left to "auto", one rule for the packs,
    the Word pack and the window: a mark (LRM, RLM, ALM) before the first letter is the
    writer's choice; otherwise the script of most words outside isolates, then of all words
    (`_phrase_direction`: "COVID-19 جائحة عالمية" and "لقاء مع Jean-Yves Le Drian" are Arabic,
    "Rencontre avec محمد بن سلمان" is French). None for text without a letter."""
    if _EXPLICIT.search(text) is None:
        return _phrase_direction(_classified(text))
    outside: list[str] = []
    depth = 0
    decided = False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _INITIATORS:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0:
            if not decided:
                if ch in _MARKS:
                    return _MARKS[ch]
                decided = kind in _STRONG
            outside.append(ch)
    return _phrase_direction(_classified("".join(outside))) or _phrase_direction(_classified(text))


def base_level(text: str) -> int:
    """Paragraph level from the first strong letter (P2–P3), left to right if there is none."""
    return 1 if text_direction(text) == "R" else 0


def _matching_pdis(types: list[str]) -> dict[int, int]:
    """BD9: each isolate initiator's matching PDI."""
    matches: dict[int, int] = {}
    open_: list[int] = []
    for i, t in enumerate(types):
        if t in _INITIATORS:
            open_.append(i)
        elif t == "PDI" and open_:
            matches[open_.pop()] = i
    return matches


@dataclass(slots=True)
class _Entry:
    level: int
    override: str | None
    isolate: bool


def _explicit(types: list[str], base: int, matches: dict[int, int]) -> list[int]:
    """Rules X1–X8: explicit levels; overrides rewrite `types` in place."""
    n = len(types)
    levels = [base] * n
    stack = [_Entry(base, None, False)]
    overflow_isolate = overflow_embedding = valid_isolate = 0
    for i in range(n):
        t = types[i]
        top = stack[-1]
        if t in ("RLE", "LRE", "RLO", "LRO"):
            levels[i] = top.level
            rtl = t[0] == "R"
            new = (top.level + 1) | 1 if rtl else (top.level + 2) & ~1
            if new <= MAX_DEPTH and not overflow_isolate and not overflow_embedding:
                override = None if t[2] == "E" else ("R" if rtl else "L")
                stack.append(_Entry(new, override, False))
            elif not overflow_isolate:
                overflow_embedding += 1
        elif t in _INITIATORS:
            levels[i] = top.level
            if top.override:
                types[i] = top.override
            if t == "FSI":
                end = matches.get(i, n)
                t = "RLI" if first_strong(types, i + 1, end) == "R" else "LRI"
            rtl = t == "RLI"
            new = (top.level + 1) | 1 if rtl else (top.level + 2) & ~1
            if new <= MAX_DEPTH and not overflow_isolate and not overflow_embedding:
                valid_isolate += 1
                stack.append(_Entry(new, None, True))
            else:
                overflow_isolate += 1
        elif t == "PDI":
            if overflow_isolate:
                overflow_isolate -= 1
            elif valid_isolate:
                overflow_embedding = 0
                while not stack[-1].isolate:
                    stack.pop()
                stack.pop()
                valid_isolate -= 1
            top = stack[-1]
            levels[i] = top.level
            if top.override:
                types[i] = top.override
        elif t == "PDF":
            levels[i] = top.level
            if overflow_isolate:
                pass
            elif overflow_embedding:
                overflow_embedding -= 1
            elif not top.isolate and len(stack) >= 2:
                stack.pop()
        elif t == "B":
            levels[i] = base
        else:
            levels[i] = top.level
            if top.override and t != "BN":
                types[i] = top.override
    return levels


def _sequences(
    kept: list[int], levels: list[int], types: list[str], matches: dict[int, int]
) -> list[list[int]]:
    """BD13: isolating run sequences, as lists of character indices."""
    runs: list[list[int]] = []
    for i in kept:
        if runs and levels[runs[-1][-1]] == levels[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    run_of_start = {run[0]: run for run in runs}
    sequences = []
    for run in runs:
        if types[run[0]] == "PDI" and run[0] in matches.values():
            continue  # continues the sequence of its isolate initiator
        sequence = list(run)
        while types[sequence[-1]] in _INITIATORS and sequence[-1] in matches:
            follow = run_of_start.get(matches[sequence[-1]])
            if follow is None:
                break
            sequence += follow
        sequences.append(sequence)
    return sequences


# What `rtl_number_levels` handles: no left-to-right letter, no explicit mark or isolate, no
# separator of segments or paragraphs, no boundary neutral.
RTL_NUMBER_CLASSES = frozenset({"AL", "R", "EN", "AN", "WS", "CS", "ES", "ET", "ON", "NSM"})


def rtl_number_levels(text: str, distinct: set[str] | None = None) -> list[int]:
    """`resolve_levels(text, 1)` of a text whose classes are all in RTL_NUMBER_CLASSES.

    Without a left-to-right letter, every neutral (brackets too, N0) sits between
    right-to-left types: numbers count as R, and sos and eos are R. So every character is at
    level 1 but the numbers, at level 2. Which characters are numbers is decided by W1 (a mark
    takes the type before it), W2 (a European digit after an Arabic letter is an Arabic
    number), W4 (one separator between two numbers of the same type joins them) and W5
    (terminators beside European numbers are European numbers): applied, one letter a class,
    to the text's classes as a string, so that the work per character is C's. `distinct` is
    `set(text)`, where the caller has it.
    """
    for ch in (set(text) if distinct is None else distinct) - _LETTER_KNOWN:
        _LETTER_OF[ord(ch)] = _CLASS_LETTER[unicodedata.bidirectional(ch)]
        _LETTER_KNOWN.add(ch)
    types = text.translate(_LETTER_OF)
    if "m" in types:
        marked = types
        types = _NONSPACING_MARKS.sub(
            lambda m: (marked[m.start() - 1] if m.start() else "r") * len(m[0]), types
        )
    if "e" in types:
        types = _arabic_numbers(types)
        if "c" in types or "s" in types:
            types = _JOINED_EUROPEAN.sub("e", types)
        if "t" in types:
            types = _TERMINATORS.sub(lambda m: _beside_european(m, types), types)
    if "n" in types and "c" in types:
        types = _JOINED_ARABIC.sub("n", types)
    return list(types.translate(_LEVEL_OF).encode("latin-1"))


_CLASS_LETTER = {
    "AL": "a", "R": "r", "EN": "e", "AN": "n", "WS": "w",
    "CS": "c", "ES": "s", "ET": "t", "ON": "o", "NSM": "m",
}  # fmt: skip
_LETTER_OF: dict[int, str] = {}  # a character's class letter, as met
_LETTER_KNOWN: set[str] = set()
_NONSPACING_MARKS = re.compile("m+")
_AFTER_ARABIC_LETTER = re.compile("a[^ar]*e[^r]*")  # from an AL on, to the next R: W2's reach
_JOINED_EUROPEAN = re.compile("(?<=e)[cs](?=e)")
_JOINED_ARABIC = re.compile("(?<=n)c(?=n)")
_TERMINATORS = re.compile("t+")
_LEVEL_OF = str.maketrans({letter: "\x02" if letter in "en" else "\x01" for letter in "arenwcstom"})


def _beside_european(run: re.Match, types: str) -> str:
    """W5: a run of terminators beside a European number is European numbers."""
    start, end = run.span()
    if (start and types[start - 1] == "e") or types[end : end + 1] == "e":
        return "e" * (end - start)
    return run[0]


def _arabic_numbers(types: str) -> str:
    """W2: the European numbers whose last strong type before them is AL become AN."""
    return _AFTER_ARABIC_LETTER.sub(lambda m: m[0].replace("e", "n"), types)


def resolve_levels(text: str, base: int | None = None) -> tuple[list[int], int]:
    """Resolved embedding level of each character of one paragraph, and the paragraph level."""
    resolved, base, _ = _resolve(text, base)
    return resolved, base


def run_directions(text: str, base: int) -> list[str | None]:
    """Each character's direction as its paragraph resolves it (rules up to N2): "rtl" for a
    character resolved R, or a number (EN, AN) that rule W7 left to the right-to-left text
    it follows; "ltr" for one resolved L; None for an explicit control (an isolate, a mark's
    own direction is its type's). A Word run carries `w:rtl` by it (`docx_writer`): Word
    orders a run's neutrals and digits by the run's direction."""
    _, _, types = _resolve(text, base)
    out: list[str | None] = []
    for ch, t in zip(text, types, strict=True):
        if ch in "\u2066\u2067\u2068\u2069" or t in _REMOVED:
            out.append(None)
        else:
            out.append("rtl" if t in ("R", "AL", "EN", "AN") else "ltr")
    return out


def _resolve(text: str, base: int | None) -> tuple[list[int], int, list[str]]:
    original = [bidi_class(c) for c in text]
    if base is None:
        base = 1 if first_strong(original) == "R" else 0
    types = list(original)
    matches = _matching_pdis(types)
    levels = _explicit(types, base, matches)
    kept = [i for i, t in enumerate(original) if t not in _REMOVED]
    position = {i: k for k, i in enumerate(kept)}
    for sequence in _sequences(kept, levels, types, matches):
        level = levels[sequence[0]]
        first, last = position[sequence[0]], position[sequence[-1]]
        before = levels[kept[first - 1]] if first > 0 else base
        after = (
            levels[kept[last + 1]]
            if last + 1 < len(kept) and original[sequence[-1]] not in _INITIATORS
            else base
        )
        if original[sequence[-1]] in _INITIATORS and sequence[-1] not in matches:
            after = base
        sos = "R" if max(before, level) % 2 else "L"
        eos = "R" if max(after, level) % 2 else "L"
        _resolve_sequence(text, sequence, types, original, level, sos, eos)
    resolved = list(levels)
    for i in kept:
        t = types[i]
        if resolved[i] % 2 == 0:
            resolved[i] += 1 if t == "R" else 2 if t in ("AN", "EN") else 0
        elif t in ("L", "EN", "AN"):
            resolved[i] += 1
    previous = base
    for i, t in enumerate(original):
        if t in _REMOVED:
            resolved[i] = previous
        previous = resolved[i]
    resolved_types = list(types)
    # L1, at the paragraph's end and around separators.
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        t = original[i]
        if t in ("S", "B"):
            resolved[i] = base
            trailing = True
        elif trailing and (t in ("WS", "LRI", "RLI", "FSI", "PDI") or t in _REMOVED):
            resolved[i] = base
        else:
            trailing = False
    return resolved, base, resolved_types


def _resolve_sequence(
    text: str,
    seq: list[int],
    types: list[str],
    original: list[str],
    level: int,
    sos: str,
    eos: str,
) -> None:
    """Rules W1–W7, N0–N2 on one isolating run sequence (types rewritten in place)."""
    t = [types[i] for i in seq]
    n = len(t)
    # W1
    prev = sos
    for k in range(n):
        if t[k] == "NSM":
            t[k] = "ON" if prev in _INITIATORS or prev == "PDI" else prev
        prev = t[k]
    # W2, W3
    last_strong = sos
    for k in range(n):
        if t[k] in _STRONG:
            last_strong = t[k]
        elif t[k] == "EN" and last_strong == "AL":
            t[k] = "AN"
    t = ["R" if x == "AL" else x for x in t]
    # W4
    for k in range(1, n - 1):
        if t[k] == "ES" and t[k - 1] == "EN" and t[k + 1] == "EN":
            t[k] = "EN"
        elif t[k] == "CS" and t[k - 1] == t[k + 1] and t[k - 1] in ("EN", "AN"):
            t[k] = t[k - 1]
    # W5
    k = 0
    while k < n:
        if t[k] == "ET":
            j = k
            while j < n and t[j] == "ET":
                j += 1
            if (k > 0 and t[k - 1] == "EN") or (j < n and t[j] == "EN"):
                t[k:j] = ["EN"] * (j - k)
            k = j
        else:
            k += 1
    # W6
    t = ["ON" if x in ("ES", "ET", "CS") else x for x in t]
    # W7
    last_strong = sos
    for k in range(n):
        if t[k] in ("L", "R"):
            last_strong = t[k]
        elif t[k] == "EN" and last_strong == "L":
            t[k] = "L"
    _bracket_pairs(text, seq, t, original, level, sos)
    # N1, N2
    embedding = "R" if level % 2 else "L"
    k = 0
    while k < n:
        if t[k] in _NEUTRAL:
            j = k
            while j < n and t[j] in _NEUTRAL:
                j += 1
            left = sos if k == 0 else _strength(t[k - 1])
            right = eos if j == n else _strength(t[j])
            t[k:j] = [left if left == right else embedding] * (j - k)
            k = j
        else:
            k += 1
    for k, i in enumerate(seq):
        types[i] = t[k]


def _strength(t: str) -> str:
    return "R" if t in ("R", "EN", "AN") else t


def _bracket_pairs(
    text: str, seq: list[int], t: list[str], original: list[str], level: int, sos: str
) -> None:
    """BD16 and rule N0: paired brackets take the direction of their content or context."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, i in enumerate(seq):
        if t[k] != "ON":
            continue
        ch = _CANONICAL.get(text[i], text[i])
        closing = _opening_pair(ch)
        if closing is not None:
            if len(stack) == 63:
                break
            stack.append((closing, k))
        elif _is_closing(ch):
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    pairs.sort()
    embedding = "R" if level % 2 else "L"
    for open_k, close_k in pairs:
        inside = {_strength(x) for x in t[open_k + 1 : close_k]} & {"L", "R"}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            context = sos
            for x in reversed(t[:open_k]):
                if _strength(x) in ("L", "R"):
                    context = _strength(x)
                    break
            direction = context if context != embedding else embedding
        for k in (open_k, close_k):
            t[k] = direction
            j = k + 1
            while j < len(seq) and original[seq[j]] == "NSM":
                t[j] = direction
                j += 1
