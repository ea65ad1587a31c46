"""Full-text search over the catalogue and the user's notes, Arabic-aware, with snippets.

Both index and query are folded (`textnorm`), so spelling variants meet; every query term is a
prefix, so results come as the user types; a word may be excluded, quoted words are a phrase,
and a term may have an alternative (`query`). Matches are found in tiers, each ranking above the
next: the words as typed and whole, as typed (prefixes), without their Arabic proclitics. One SQL
statement per tier finds and ranks the matches, with no count beforehand; a long prefix is
searched as the indexed words it completes (`terms`). Snippets are cut from the original text (a
note's without its Markdown syntax): the text is folded whole and its words paired with the
original's, and a word is highlighted by the same rules as the index matched it (`highlight`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from briefer.core.catalogue.io import place_names, vocab_names
from briefer.core.catalogue.items import title_of
from briefer.core.catalogue.vocab import regions_named
from briefer.core.delegations import Delegate, Delegation
from briefer.core.i18n import translate
from briefer.core.localize import FALLBACK
from briefer.core.markdown_plain import plain_text
from briefer.core.meetings import MEETING_PREFIX, item_title
from briefer.core.people import CONTACT_PREFIX
from briefer.core.search.pasted import day_hits, id_hits, pasted
from briefer.core.search.query import ParsedQuery, Phrase, Term, parse_query
from briefer.core.search.terms import INDEXED_PREFIX, term_info
from briefer.core.search.textnorm import (
    PREFIX_STEM,
    QueryWord,
    fold,
    fold_with_map,
    mark_pattern,
    word_forms,
)
from briefer.core.store import Store

# bm25 weights of: item_id, kind, title, body, people, places
_WEIGHTS = "0, 0, 10.0, 2.0, 4.0, 3.0"
SNIPPET_CHARS = 160
RANK_LIMIT = 500
ACRONYM_READS = 4  # matches read per hit wanted for an acronym: the index folds its case
BM25_BUDGET = 50_000


@dataclass(frozen=True)
class Filters:
    edition_id: str | None = None
    day: str | None = None
    theme_id: str | None = None
    region: str | None = None
    format: str | None = None
    kinds: tuple[str, ...] = ()  # of kinds.SEARCH_KINDS; none: every kind
    marked_only: bool = False
    delegate: Delegate | None = None


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0
    note_id: str | None = None
    tier: int = 0  # 0 for the query's words as typed and whole, more as the match is looser
    own: bool = False  # the delegation's own meeting or contact, not the catalogue's

    @property
    def what(self) -> str:
        """What the hit is, for `item_kind_word`: its kind, "contact" for one of ours (found by
        review: a contact and the catalogue's speaker of one name were both a "person")."""
        return "contact" if self.own and self.kind == "person" else self.kind


Part = tuple[str, int]  # an FTS5 expression and the items holding it
PartOf = Callable[[str, bool], Part | None]  # a term's part, as a prefix or a whole word


def _fts(term: str, prefix: bool) -> str:
    # A one-letter prefix would match most of a large catalogue: one letter matches a word.
    return f'"{term}"*' if prefix and len(term) > 1 else f'"{term}"'


def _any(parts: list[Part | None]) -> Part | None:
    found = [p for p in parts if p is not None]
    if len(found) <= 1:
        return found[0] if found else None
    return "(" + " OR ".join(e for e, _ in found) + ")", sum(n for _, n in found)


def _plain_part(term: str, prefix: bool) -> Part:
    return _fts(term, prefix), 0


def _word_tiers(word: QueryWord, part: PartOf) -> list[Part | None]:
    """One word's expressions, strictest first: the word as typed, whole (None: no item holds
    it); its typed form (a prefix, unless whole); that or its proclitic-free forms."""
    typed = part(word.typed, not word.whole)
    exact = part(word.typed, False) if not word.whole else typed
    forms = [part(f, len(f) >= PREFIX_STEM) for f in word.stripped]
    return [exact, typed, _any([typed, *forms])]


def _phrase_part(phrase: Phrase, part: PartOf, prefix: bool) -> Part | None:
    """A phrase's expression (its words whole, the last a prefix if `prefix`), None when an
    item holds none of a word."""
    last = len(phrase.words) - 1
    parts = [part(w, prefix and i == last) for i, w in enumerate(phrase.words)]
    if None in parts:
        return None
    star = "*" if prefix and len(phrase.words[-1]) > 1 else ""
    return f'"{" ".join(phrase.words)}"{star}', sum(n for _, n in parts)  # type: ignore[misc]


def _term_tiers(term: Term, part: PartOf) -> list[Part | None]:
    if isinstance(term, QueryWord):
        return _word_tiers(term, part)
    typed = _phrase_part(term, part, term.open)
    return [_phrase_part(term, part, False) if term.open else typed, typed, typed]


def _group_tiers(group: tuple[Term, ...], part: PartOf) -> list[Part | None]:
    """A group's expressions, strictest first: any of its terms."""
    per_term = [_term_tiers(term, part) for term in group]
    return [_any([t[level] for t in per_term]) for level in range(3)]


EXACT, TYPED, STRIPPED = range(3)  # a hit's tier: how closely it matches the query


def _tiers(query: ParsedQuery, part: PartOf) -> list[tuple[int, str, int]]:
    """The query's expressions, strictest first, with their tier and the items they read: the
    words as typed and whole, as typed, or without their proclitics. A match of a stricter one
    ranks above any of a looser one only. Without the excluded terms (`_excluded`)."""
    per_group = [_group_tiers(group, part) for group in query.groups]
    tiers: list[tuple[int, str, int]] = []
    for level in (EXACT, TYPED, STRIPPED):
        chosen = [g[level] for g in per_group]
        if None in chosen:
            continue
        expression = " AND ".join(e for e, _ in chosen)  # type: ignore[misc]
        if not tiers or tiers[-1][1] != expression:
            tiers.append((level, expression, sum(n for _, n in chosen)))  # type: ignore[misc]
    return tiers


def _excluded(query: ParsedQuery) -> str | None:
    """The expression of the terms a match must not hold: a word whole, or without its
    proclitics; a phrase as typed."""
    parts: list[Part | None] = []
    for term in query.excluded:
        if isinstance(term, Phrase):
            parts.append(_phrase_part(term, _plain_part, False))
        else:
            parts += [_plain_part(form, False) for form in (term.typed, *term.stripped)]
    found = _any(parts)
    return found[0] if found else None


def _without(expression: str, excluded: str | None) -> str:
    return f"({expression}) NOT {excluded}" if excluded else expression


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user query: every word as a prefix (or its proclitic-free
    forms), all required, or either of two; phrases; no excluded term."""
    parsed = parse_query(query)
    if not parsed.groups:
        return None
    return _without(_tiers(parsed, _plain_part)[-1][1], _excluded(parsed))


def _catalogue_part(store: Store, term: str, prefix: bool) -> Part | None:
    """A term's expression on the catalogue index and the items holding it (past BM25_BUDGET:
    too many to count; 0: a catalogue file without the terms table). None: no item holds
    the whole word.

    A long prefix with few completions is searched as its words, read lazily.
    """
    info = term_info(store.conn, term, prefix=prefix and len(term) > 1)
    if info is None:
        return _fts(term, prefix), 0
    postings = BM25_BUDGET + 1 if info.postings is None else info.postings
    if not prefix:
        return (_fts(term, False), postings) if info.words else None
    if info.words and len(term) > INDEXED_PREFIX:
        words = " OR ".join(f'"{w}"' for w in info.words)
        return (words if len(info.words) == 1 else f"({words})"), postings
    return _fts(term, prefix), postings


def _catalogue_plan(store: Store, query: ParsedQuery) -> list[tuple[int, str, bool]]:
    """The expressions for the catalogue index, strictest first, and whether ranking each with
    bm25 is affordable: bm25 reads every item holding each term (BM25_BUDGET items in all is
    about 1 ms); a query past it is ordered by title match instead."""
    cache: dict[tuple[str, bool], Part | None] = {}

    def part(term: str, prefix: bool) -> Part | None:
        if (term, prefix) not in cache:
            cache[term, prefix] = _catalogue_part(store, term, prefix)
        return cache[term, prefix]

    return [(level, e, n <= BM25_BUDGET) for level, e, n in _tiers(query, part)]


def filter_sql(
    filters: Filters, delegation: Delegation | None, item: str = "f.item_id"
) -> tuple[str, list[Any]]:
    """The filters as SQL conditions on the column `item` (an item id) and `f.kind`."""
    sql: list[str] = []
    params: list[Any] = []
    if filters.kinds:
        sql.append(f"f.kind IN ({','.join('?' * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.edition_id:
        sql.append(f"{item} IN (SELECT id FROM cat.items WHERE edition_id = ?)")
        params.append(filters.edition_id)
    if filters.day:
        sql.append(f"{item} IN (SELECT id FROM cat.sessions WHERE day = ?)")
        params.append(filters.day)
    if filters.format:
        sql.append(f"{item} IN (SELECT id FROM cat.sessions WHERE format = ?)")
        params.append(filters.format)
    if filters.theme_id:
        sql.append(f"{item} IN (SELECT item_id FROM cat.item_themes WHERE theme_id = ?)")
        params.append(filters.theme_id)
    if filters.region:
        named, names = _in(regions_named(filters.region))
        sql.append(
            f"{item} IN (SELECT p.id FROM cat.projects p, json_each(p.regions) r "
            f"WHERE r.value LIKE ? OR r.value IN {named})"
        )
        params += [f"%{filters.region}%", *names]
    if (filters.marked_only or filters.delegate) and delegation is not None:
        sql.append(f"{item} IN (SELECT item_id FROM marks WHERE delegation_id = ?)")
        params.append(delegation.id)
    if filters.delegate is not None:
        sql.append(f"{item} IN (SELECT item_id FROM mark_delegates WHERE delegate_id = ?)")
        params.append(filters.delegate.id)
    return "".join(f" AND {s}" for s in sql), params


def _in(values: Iterable[str]) -> tuple[str, list[str]]:
    values = list(values)
    return f"({','.join('?' * len(values))})", values


def texts_by_item(store: Store, rows: list[dict[str, Any]], lang: str) -> dict[str, list[str]]:
    """The original texts of each hit, the display language first, for cutting its snippet."""
    langs = (*FALLBACK[lang], "other")
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["item_id"])
    texts: dict[str, list[str]] = {row["item_id"]: [] for row in rows}
    sessions, projects = by_kind.pop("session", []), by_kind.pop("project", [])
    if sessions:
        _session_texts(store, sessions, langs, texts)
    if projects:
        _project_texts(store, projects, langs, texts)
    if sessions or projects:
        marks, params = _in([*sessions, *projects])
        for theme in store.query(
            "SELECT it.item_id, t.* FROM cat.item_themes it "
            f"JOIN cat.themes t ON t.id = it.theme_id WHERE it.item_id IN {marks}",
            params,
        ):
            texts[theme["item_id"]] += [theme.get(f"name_{c}") or "" for c in FALLBACK[lang]]
    others = [item_id for ids in by_kind.values() for item_id in ids]
    if others:
        _other_texts(store, others, langs, texts)
    return {item_id: [t for t in values if t] for item_id, values in texts.items()}


def _session_texts(
    store: Store, ids: list[str], langs: tuple[str, ...], texts: dict[str, list[str]]
) -> None:
    marks, params = _in(ids)
    found = store.query(f"SELECT * FROM cat.sessions WHERE id IN {marks}", params)
    rows = {r["id"]: r for r in found}
    people: dict[str, list[str]] = {}
    for r in store.query(
        "SELECT sp.session_id, p.name, COALESCE(sp.function, p.function) AS function "
        "FROM cat.session_people sp JOIN cat.people p ON p.id = sp.person_id "
        f"WHERE sp.session_id IN {marks}",
        params,
    ):
        people.setdefault(r["session_id"], []).append(
            f"{r['name']} — {r['function']}" if r["function"] else r["name"]
        )
    places = _places(store, rows.values(), langs)
    for item_id in ids:
        row = rows.get(item_id, {})
        texts[item_id] += [row.get(f"{name}_{c}") for name in ("title", "abstract") for c in langs]
        texts[item_id] += people.get(item_id, [])
        texts[item_id] += vocab_names(row.get("format"), row.get("track"), langs)
        texts[item_id] += places.get(row.get("room_id"), []) + places.get(row.get("venue_id"), [])


def _places(
    store: Store, sessions: Iterable[dict[str, Any]], langs: tuple[str, ...]
) -> dict[Any, list[str]]:
    """The names of the sessions' rooms and venues in `langs`, and a venue's city, by id."""
    rooms = {r.get("room_id") for r in sessions} - {None}
    venues = {r.get("venue_id") for r in sessions} - {None}
    found: dict[Any, list[str]] = {}
    for table, wanted in (("rooms", rooms), ("venues", venues)):
        if not wanted:
            continue
        marks, params = _in(wanted)
        for row in store.query(f"SELECT * FROM cat.{table} WHERE id IN {marks}", params):
            names = [row.get(f"name_{c}") for c in langs] + [row.get("city")]
            found[row["id"]] = list(dict.fromkeys(n for n in names if n))
    return found


def _project_texts(
    store: Store, ids: list[str], langs: tuple[str, ...], texts: dict[str, list[str]]
) -> None:
    marks, params = _in(ids)
    found = store.query(f"SELECT * FROM cat.projects WHERE id IN {marks}", params)
    rows = {r["id"]: r for r in found}
    org_ids = {r["organisation_id"] for r in rows.values() if r.get("organisation_id")}
    org_marks, org_params = _in(org_ids)
    orgs = {
        r["id"]: r["name"]
        for r in store.query(
            f"SELECT id, name FROM cat.organisations WHERE id IN {org_marks}", org_params
        )
    }
    for item_id in ids:
        row = rows.get(item_id, {})
        texts[item_id] += [row.get(f"{name}_{c}") for name in ("name", "summary") for c in langs]
        texts[item_id].append(orgs.get(row.get("organisation_id") or ""))
        texts[item_id] += place_names(_json(row, "regions"), _json(row, "countries"), langs)


def _json(row: dict[str, Any], key: str) -> list[str]:
    return [v for v in json.loads(row.get(key) or "[]") if isinstance(v, str)]


def _other_texts(
    store: Store, ids: list[str], langs: tuple[str, ...], texts: dict[str, list[str]]
) -> None:
    marks, params = _in(ids)
    for item in store.query(f"SELECT * FROM cat.items WHERE id IN {marks}", params):
        texts[item["id"]] += [item.get(f"title_{c}") for c in langs]
    extra = {
        "people": ("function",),
        "themes": tuple(f"description_{c}" for c in langs),
        "editions": ("venue", "format"),
        "venues": ("city", "address"),
    }
    for table, keys in extra.items():
        for row in store.query(f"SELECT * FROM cat.{table} WHERE id IN {marks}", params):
            texts[row["id"]] += [row.get(key) for key in keys]


_WORD = re.compile(r"\w+")
_PROCLITIC_LETTERS = "وفبكلا"
_HAMZA = "\u0621"


@functools.cache
def _original_word() -> re.Pattern[str]:
    """A word of original text: letters with their combining marks and tatweel."""
    return re.compile(r"(?:\w|" + mark_pattern().pattern + ")+")


Terms = Sequence[Term | str]


@dataclass(frozen=True)
class _Rule:
    """What a word of a text must begin with, or be, to match a query."""

    prefixes: tuple[str, ...]
    words: frozenset[str]
    acronyms: frozenset[str] = frozenset()
    phrases: tuple[Phrase, ...] = ()

    def matches(self, word: str) -> bool:
        return (bool(self.prefixes) and word.startswith(self.prefixes)) or word in self.words


def _may_hold(folded: str, term: str) -> bool:
    """Whether a folded text may hold `term` (the article elided after li-: "للسلام"; a hamza
    typed as waw or ya: "موسسه" for "مءسسه")."""
    if term in folded or (term[:2] == "ال" and term[1:] in folded):
        return True
    return _HAMZA in folded and any(
        term in folded.replace(_HAMZA, seat) for seat in ("\u0648", "\u064a")
    )


@functools.lru_cache(maxsize=256)
def _rule(terms: tuple[Term | str, ...]) -> _Rule:
    """The rule of query terms; a bare string is a word as typed, one letter a whole word."""
    words = [QueryWord(t, (), len(t) == 1) if isinstance(t, str) else t for t in terms if t]
    single = [w for w in words if isinstance(w, QueryWord)]
    return _Rule(
        tuple(p for w in single for p in w.prefixes()),
        frozenset(f for w in single for f in w.words()),
        frozenset(w.typed for w in single if w.acronym),
        tuple(w for w in words if isinstance(w, Phrase)),
    )


def _phrase_words(words: list[str], phrases: tuple[Phrase, ...]) -> list[int]:
    """Indexes of the folded `words` that are the words of a phrase, where they are adjacent."""
    found: set[int] = set()
    for phrase in phrases:
        size, last = len(phrase.words), phrase.words[-1]
        for start, word in enumerate(words[: len(words) - size + 1]):
            if word != phrase.words[0]:
                continue
            run = words[start : start + size]
            ends = run[-1] == last or (phrase.open and run[-1].startswith(last))
            if ends and run[:-1] == list(phrase.words[:-1]):
                found.update(range(start, start + size))
    return sorted(found)


def _matching_words(words: list[str], rule: _Rule) -> list[int]:
    """Indexes of the folded `words` that match, themselves or in another of their forms (without
    their proclitics, a hamza as waw or ya), as the index matched them."""
    found = []
    for index, word in enumerate(words):
        if rule.matches(word) or (
            (word[0] in _PROCLITIC_LETTERS or _HAMZA in word)
            and any(map(rule.matches, word_forms(word)))
        ):
            found.append(index)
    return found


def highlight(text: str, terms: Terms) -> list[tuple[int, int]]:
    """Spans of `text` (original indexes) of the words that match the query words `terms`.

    The same rules as the index decide (a word, or the word without its proclitics). The text is
    folded whole at C speed and its words paired with the original's, which folding keeps in
    number and order; where it does not (a rare symbol that folds to several words), the
    character-by-character folding map is used instead.
    """
    rule = _rule(tuple(terms))
    key = (*rule.prefixes, *rule.words, *(p.words[0] for p in rule.phrases))
    folded = fold(text)
    if not key or not any(_may_hold(folded, t) for t in key):
        return []
    words = _WORD.findall(folded)
    found = _matching_words(words, rule)
    if rule.phrases:
        found = sorted({*found, *_phrase_words(words, rule.phrases)})
    if not found:
        return []
    originals = [m.span() for m in _original_word().finditer(text)]
    if len(originals) == len(words):
        spans = [originals[i] for i in found]
    else:
        folded, source = fold_with_map(text)
        ends = [m.span() for m in _WORD.finditer(folded)]
        spans = [(source[ends[i][0]], source[ends[i][1] - 1] + 1) for i in found]
    if rule.acronyms:  # "UN" highlights "UN", not the article "un"
        spans = [(a, b) for a, b in spans if text[a:b].isupper() or not _acronym(text[a:b], rule)]
    return spans


def _acronym(word: str, rule: _Rule) -> bool:
    """Whether `word` of a text matches the query only as one of its acronyms."""
    folded = fold(word)
    others = _Rule(rule.prefixes, rule.words - rule.acronyms)
    return folded in rule.acronyms and not others.matches(folded)


def holds_acronyms(texts: list[str], query: ParsedQuery) -> bool:
    """Whether `texts` hold, of each group of the query, a term that is no acronym or an acronym
    in capitals (the index folds case)."""
    return all(any(_holds_acronym(texts, term) for term in group) for group in query.groups)


_WORD_START = "(?:(?<!\\w)|(?<=[\u0648\u0641\u0628\u0643\u0644\u0640]))"


def _holds_acronym(texts: list[str], term: Term) -> bool:
    if isinstance(term, Phrase) or not term.acronym:
        return True
    # After a word's start, or a proclitic stuck to it ("ولـWHO"), as the index splits it off.
    found = rf"{_WORD_START}{re.escape(term.typed.upper())}(?!\w)"
    return any(re.search(found, t) for t in texts)


def make_snippet(
    texts: list[str], terms: Terms, exact: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """A window of the first text with a match (`exact`: with a query word as typed and whole,
    if one has), and the match spans within the window; its lines joined with " · " (a note's
    heading does not run into its first line) and its runs of spaces made one."""
    if exact:
        texts = _exact_first(texts, terms)
    for text in texts:
        spans = highlight(text, terms)
        if not spans:
            continue
        if "\n" in text or "  " in text:  # only the text shown is made one line: abstracts are long
            text = _one_line(text)
            spans = highlight(text, terms)
        first = spans[0][0]
        start = max(0, first - SNIPPET_CHARS // 3) if len(text) > SNIPPET_CHARS else 0
        if start:
            start = _word_start(text, start, first)
        end = _word_end(text, start + SNIPPET_CHARS, spans[0][1])
        prefix = "…" if start else ""
        window = prefix + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
        shift = len(prefix) - start
        inside = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
        return window, inside
    text = _one_line(texts[0][: SNIPPET_CHARS * 2]) if texts else ""
    end = _word_end(text, SNIPPET_CHARS, 0)
    return text[:end] + ("…" if end < len(text) else ""), []


def not_the_title(
    title: str,
    snippet: str,
    spans: list[tuple[int, int]],
    others: list[str],
    lead: str = "",
) -> tuple[str, list[tuple[int, int]]]:
    """`snippet`, or when it only repeats `title` (the title matched), `lead` and the first of
    `others` that is not the title, without highlights. Found by review: « Tokyo call / Tokyo
    call », and a contact and a speaker of one name as « Ngozi Okonjo-Iweala » twice over."""
    if _one_line(snippet).strip() != _one_line(title).strip():
        return snippet, spans
    rest = [t for t in others if t.strip() and _one_line(t).strip() != _one_line(title).strip()]
    line = make_snippet(rest[:1], [])[0] if rest else ""
    said = " · ".join(t for t in (lead, line) if t)
    return (said, []) if said else (snippet, spans)


def _word_end(text: str, end: int, floor: int) -> int:
    """Where a snippet meant to end at `end` ends on a word: before the word `end` falls in,
    unless that is before `floor` (the end of its match), without the spaces and separators."""
    if end >= len(text):
        return len(text)
    if not text[end].isspace():
        space = text.rfind(" ", floor, end)
        if space <= floor:
            return end
        end = space
    return max(floor, len(text[:end].rstrip(" ,;:·—–-")))


def _exact_first(texts: list[str], terms: Terms) -> list[str]:
    """`texts` with the first that holds a query word as typed, whole, moved to the front."""
    strict = [
        t if isinstance(t, Phrase) else QueryWord(t if isinstance(t, str) else t.typed, (), True)
        for t in terms
    ]
    first = next((i for i, text in enumerate(texts) if highlight(text, strict)), 0)
    return [texts[first], *texts[:first], *texts[first + 1 :]] if first else texts


_LINE_BREAKS = re.compile(r"[ \t]*(?:\r?\n[ \t]*)+")
_SPACES = re.compile(r"[ \t]{2,}")


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" · ", text.strip()))


def _word_start(text: str, start: int, first: int) -> int:
    """Where a snippet meant to begin at `start`, before the match at `first`, begins on a word:
    the start of the word `start` falls in if that is near enough, else the next word (it began
    inside a word: "…ة الفضاء" for "حماية الفضاء"), else the text's start for a first word."""
    space = text.rfind(" ", 0, start + 1)
    if space < 0 and first < SNIPPET_CHARS * 2 // 3:
        return 0
    if space >= 0 and first - space < SNIPPET_CHARS // 2:
        return space + 1
    ahead = text.find(" ", start, first)
    return ahead + 1 if ahead >= 0 else start


def marked_snippet(
    snippet: str, spans: list[tuple[int, int]], left: str = "[", right: str = "]"
) -> str:
    out, last = [], 0
    for a, b in spans:
        out += [snippet[last:a], left, snippet[a:b], right]
        last = b
    out.append(snippet[last:])
    return "".join(out)


def _ranked_rows(
    store: Store, expression: str, where: str, params: list[Any], limit: int, window: int
) -> list[dict[str, Any]]:
    """Matching items, best first by bm25 among the first `window` matches.

    Scoring every match costs tens of milliseconds past a few thousand, so a broad query (one or
    two letters typed) is ranked within its first `window` matches in index order, until the next
    keystroke narrows it; a narrower query is ranked whole. One statement, no count beforehand;
    the ranking reads only rowids and scores (reading a stored column of every match would load
    its whole row), and the item ids are read for the best `limit` only.
    """
    return store.query(
        "SELECT f.item_id, f.kind, r.score FROM ("
        f"SELECT rowid, score FROM (SELECT f.rowid, bm25(search_fts, {_WEIGHTS}) AS score "
        f"FROM cat.search_fts f WHERE search_fts MATCH ?{where} LIMIT {window}) "
        "ORDER BY score LIMIT ?"
        ") r JOIN cat.search_fts f ON f.rowid = r.rowid ORDER BY r.score",
        [expression, *params, limit],
    )


def _title_first_rows(
    store: Store,
    expression: str,
    where: str,
    params: list[Any],
    limit: int,
    excluded: str | None = None,
) -> list[dict[str, Any]]:
    """Matching items, title matches first, in index order: read lazily, without scoring.

    For a query whose terms are held by most of a large catalogue (a prefix as it is typed),
    which bm25 could only rank by reading every item holding them.
    """
    sql = (
        "SELECT f.item_id, f.kind, 0.0 AS score FROM cat.search_fts f "
        f"WHERE search_fts MATCH ?{where} LIMIT ?"
    )
    titled = f"{{title}} : ({expression})" + (f" NOT {excluded}" if excluded else "")
    rows = store.query(sql, [titled, *params, limit])
    if len(rows) < limit:
        seen = {row["item_id"] for row in rows}
        more = store.query(sql, [_without(expression, excluded), *params, limit + len(rows)])
        rows += [row for row in more if row["item_id"] not in seen][: limit - len(rows)]
    return rows


def tiered(
    run: Callable[[str, int], list[dict[str, Any]]],
    expressions: list[tuple[int, str]],
    key: str,
    limit: int,
) -> list[dict[str, Any]]:
    """The rows `run` finds for each expression, strictest first, each row once with its tier
    (that of the first expression that found it), until `limit` rows are found."""
    rows: list[dict[str, Any]] = []
    seen: set[Any] = set()
    for tier, expression in expressions:
        if len(rows) >= limit:
            break
        for row in run(expression, limit):  # at most len(rows) of them seen already
            if row[key] not in seen and len(rows) < limit:
                seen.add(row[key])
                rows.append({**row, "tier": tier})
    return rows


def _longest(query: ParsedQuery) -> int:
    """The length of the query's longest word."""
    return max(
        len(w) for t in query.terms() for w in (t.words if isinstance(t, Phrase) else [t.typed])
    )


def _catalogue_rows(
    store: Store, query: ParsedQuery, where: str, params: list[Any], limit: int
) -> list[dict[str, Any]]:
    """Matching catalogue items, best first, and the tier of each."""
    plan = _catalogue_plan(store, query)
    affordable = {expression: ranked for _, expression, ranked in plan}
    excluded = _excluded(query)
    # Two letters match most words of a script, each many times: a smaller window.
    window = RANK_LIMIT if _longest(query) > 2 else RANK_LIMIT // 5

    def run(expression: str, count: int) -> list[dict[str, Any]]:
        if affordable[expression]:
            found = _without(expression, excluded)
            return _ranked_rows(store, found, where, params, count, window)
        return _title_first_rows(store, expression, where, params, count, excluded)

    return tiered(run, [(level, e) for level, e, _ in plan], "item_id", limit)


def search(
    store: Store,
    query: str,
    lang: str = "en",
    filters: Filters | None = None,
    delegation: Delegation | None = None,
    limit: int = 50,
    include_notes: bool = True,
) -> list[Hit]:
    """Catalogue items and notes matching `query`, best first: first the items whose ids it
    holds; a date in it is the day of the hits, or lists the sessions of that day (`pasted`)."""
    filters = filters or Filters()
    found = pasted(store, query, delegation)
    first = id_hits(store, found.ids, lang) if found.ids else []
    parsed = parse_query(found.rest)
    if found.day and filters.day not in (None, found.day):
        hits: list[Hit] = []  # no day is both
    elif parsed.groups:
        day = replace(filters, day=found.day or filters.day)
        hits = _search_words(store, parsed, lang, day, delegation, limit, include_notes)
    elif found.day:
        hits = day_hits(store, found.day, lang, filters, delegation, limit, _excluded(parsed))
    else:
        hits = []
    shown = {hit.id for hit in first} | set(found.without)
    return (first + [hit for hit in hits if hit.id not in shown])[:limit]


def _search_words(
    store: Store,
    parsed: ParsedQuery,
    lang: str,
    filters: Filters,
    delegation: Delegation | None,
    limit: int,
    include_notes: bool,
) -> list[Hit]:
    """Catalogue items, notes and own items matching the words of a query, best first."""
    terms = parsed.terms()
    whole = functools.partial(may_hold_whole, query=parsed)
    where, params = filter_sql(filters, delegation)
    acronyms = any(word.acronym for word in parsed.words())
    reads = limit * ACRONYM_READS if acronyms else limit
    rows = _catalogue_rows(store, parsed, where, params, reads)
    texts = texts_by_item(store, rows, lang) if rows else {}
    if acronyms:
        rows = [row for row in rows if holds_acronyms(texts[row["item_id"]], parsed)][:limit]
    marks, ids = _in(row["item_id"] for row in rows)
    items = {
        item["id"]: item
        for item in store.query(f"SELECT * FROM cat.items WHERE id IN {marks}", ids)
    }
    hits: list[Hit] = []
    titled: list[int] = []
    for row in rows:
        snippet, spans = make_snippet(texts[row["item_id"]], terms, whole(row["tier"]))
        item = items.get(row["item_id"], {})
        title = title_of(item, lang)
        if row["kind"] == "person":  # beside our contact of the same name: say who they are
            snippet, spans = not_the_title(title, snippet, spans, texts[row["item_id"]])
        hits.append(
            Hit(
                row["item_id"],
                row["kind"],
                title,
                snippet,
                spans,
                row["score"],
                tier=row["tier"],
            )
        )
        titled.append(_title_rank([item.get(f"title_{c}") for c in _TITLE_LANGS], parsed))
    sources = [_editions_by_year(store, list(zip(hits, titled, strict=True)))]
    excluded = _excluded(parsed)
    expressions = [(level, _without(e, excluded)) for level, e, _ in _tiers(parsed, _plain_part)]
    if (
        include_notes
        and delegation is not None
        and not (filters.kinds and "note" not in filters.kinds)
    ):
        notes = _search_notes(store, expressions, parsed, delegation, lang, limit, filters)
        sources.append([(hit, 1) for hit in notes])
    if delegation is not None:
        from briefer.core.search.own import search_own

        own = search_own(
            store, expressions, parsed, delegation, filters.kinds, limit, filters, lang
        )
        sources.append([(hit, _title_rank([hit.title], parsed)) for hit in own])
    return _merged(sources)


_TITLE_LANGS = ("ar", "fr", "en", "other")


def _editions_by_year(store: Store, hits: list[tuple[Hit, int]]) -> list[tuple[Hit, int]]:
    """`hits` with the editions among them, in the places they hold, most recent first within a
    tier and title rank: editions' names differ by their year alone ("Paris Peace Forum 2023"),
    which bm25 orders by the names' lengths; the newest is the one a user most often means."""
    places = [i for i, (hit, _) in enumerate(hits) if hit.kind == "edition"]
    if len(places) < 2:
        return hits
    marks, ids = _in(hits[i][0].id for i in places)
    years = {
        row["id"]: row["year"] or 0
        for row in store.query(f"SELECT id, year FROM cat.editions WHERE id IN {marks}", ids)
    }
    editions = sorted(
        (hits[i] for i in places),
        key=lambda pair: (pair[0].tier, pair[1], -years.get(pair[0].id, 0)),
    )
    out = list(hits)
    for place, pair in zip(places, editions, strict=True):
        out[place] = pair
    return out


def may_hold_whole(tier: int, query: ParsedQuery) -> bool:
    """Whether a hit of `tier` may hold a query word as typed and whole: it matched every word
    so, or one of several words was only the beginning of a word."""
    return tier == EXACT or len(query.groups) > 1


def _title_rank(titles: list[str | None], query: ParsedQuery) -> int:
    """0 when a title holds, of every group of the query, a word as typed and whole (or with
    proclitics) or a phrase, else 1."""
    for title in filter(None, titles):
        folded = fold(title)
        if not all(any(_may_hold(folded, _first(t)) for t in g) for g in query.groups):
            continue
        words = _WORD.findall(folded)
        found = set(words)
        found.update(form for token in list(found) for form in word_forms(token))
        if all(any(_title_holds(t, found, words) for t in g) for g in query.groups):
            return 0
    return 1


def _first(term: Term) -> str:
    return term.words[0] if isinstance(term, Phrase) else term.typed


def _title_holds(term: Term, found: set[str], words: list[str]) -> bool:
    if isinstance(term, Phrase):
        return bool(_phrase_words(words, (term,)))
    return term.typed in found


def _merged(sources: list[list[tuple[Hit, int]]]) -> list[Hit]:
    """The hits of the catalogue, notes and own items in one order: the closest tier of match
    first, then titles holding the query's words, then each source's own rank (their bm25
    scores, from different indexes, do not compare), the catalogue first at a tie."""
    keyed = [
        ((hit.tier, title, rank), hit)
        for source in sources
        for rank, (hit, title) in enumerate(source)
    ]
    keyed.sort(key=lambda pair: pair[0])
    return [hit for _, hit in keyed]


def _note_target(store: Store, item_id: str, lang: str) -> str:
    """The title of what a note is on: an own meeting, a contact, or a catalogue item (as it
    was, if the catalogue no longer has it)."""
    if item_id.startswith((MEETING_PREFIX, CONTACT_PREFIX)):
        return item_title(store, item_id, lang)
    item = store.query_one("SELECT * FROM cat.items WHERE id = ?", (item_id,))
    item = item or store.query_one("SELECT * FROM item_snapshots WHERE item_id = ?", (item_id,))
    return title_of(item or {}, lang)


def _search_notes(
    store: Store,
    expressions: list[tuple[int, str]],
    query: ParsedQuery,
    delegation: Delegation,
    lang: str,
    limit: int,
    filters: Filters | None = None,
) -> list[Hit]:
    """The delegation's notes that match; with filters, only notes on items that pass them (a
    note on the delegation itself belongs to no edition, day or mark)."""
    where, params = filter_sql(replace(filters or Filters(), kinds=()), delegation, "n.item_id")
    rows = tiered(
        lambda expression, count: store.query(
            "SELECT n.id, n.item_id, n.body, bm25(notes_fts) AS score FROM notes_fts "
            "JOIN notes n ON n.id = notes_fts.note_id "
            f"WHERE notes_fts MATCH ? AND n.delegation_id = ?{where} ORDER BY score LIMIT ?",
            (expression, delegation.id, *params, count),
        ),
        expressions,
        "id",
        limit,
    )
    hits = []
    for row in rows:
        body = plain_text(row["body"])
        if not holds_acronyms([body], query):
            continue
        if row["item_id"]:
            on = _note_target(store, row["item_id"], lang)
            title = translate("Search", "Note on {title}").format(title=on)
        else:
            title = translate("Search", "Delegation note")
        snippet, spans = make_snippet([body], query.terms(), may_hold_whole(row["tier"], query))
        hits.append(
            Hit(
                row["item_id"] or "delegation",
                "note",
                title,
                snippet,
                spans,
                row["score"],
                row["id"],
                row["tier"],
            )
        )
    return hits
