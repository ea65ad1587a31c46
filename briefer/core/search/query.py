"""A search query's operators: "-word" excludes, "quoted words" are a phrase, "a OR b" either.

Whatever the user types parses: an unclosed quote runs to the end of the query (its last word a
prefix, as it is being typed), a lone "-" or a dangling "OR" is ignored, "AND" is no word (every
word is required anyway). Only capitals are operators: "or" and "and" are words. Words are folded
as any query word (`textnorm.query_words`); a phrase's words are whole and keep their elided
letters, which the index holds as words ("de l'appel").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefer.core.search.textnorm import QueryWord, query_words, tokens

_OPEN = '"“”«„'
_CLOSE = '"“”»'
_CHUNK = re.compile(
    rf"(?P<minus>[-−]?)(?:[{_OPEN}](?P<phrase>[^{_CLOSE}]*)(?P<closed>[{_CLOSE}]?)"
    rf"|(?P<word>[^\s{_OPEN}{_CLOSE}]+))"
)


@dataclass(frozen=True)
class Phrase:
    """Folded words that must be adjacent, in this order; each whole but, while its quote is
    open, the last (a prefix)."""

    words: tuple[str, ...]
    open: bool = False


Term = QueryWord | Phrase


@dataclass(frozen=True)
class ParsedQuery:
    """The terms a match must hold, as groups of alternatives (every group, one term of each),
    and the terms it must not hold."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    def terms(self) -> tuple[Term, ...]:
        """Every term a match may hold, for highlighting."""
        return tuple(term for group in self.groups for term in group)

    def words(self) -> list[QueryWord]:
        """The single words among `terms`."""
        return [t for t in self.terms() if isinstance(t, QueryWord)]


def _phrase_terms(text: str, open_: bool) -> list[Term]:
    words = tuple(tokens(text))
    if not words:
        return []
    if len(words) == 1:
        return [QueryWord(words[0], (), not open_ or len(words[0]) == 1)]
    return [Phrase(words, open_)]


def parse_query(query: str) -> ParsedQuery:
    """The groups of alternatives and the excluded terms of `query` (see the module)."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    either = False
    for chunk in _CHUNK.finditer(query):
        word = chunk["word"]
        if word in ("OR", "AND") and not chunk["minus"]:
            either = word == "OR" and bool(groups)
            continue
        if word is None:
            terms = _phrase_terms(chunk["phrase"], not chunk["closed"])
        else:
            terms = list(query_words(word))
        if chunk["minus"] and word is not None and len(terms) > 1:
            # "-covid-19" excludes the words together ("covid 19"), not each of them
            terms = _phrase_terms(word, False)
        if chunk["minus"]:
            excluded += terms
            continue
        for index, term in enumerate(terms):
            if either and index == 0:
                groups[-1].append(term)
            else:
                groups.append([term])
        either = either and not terms
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))
