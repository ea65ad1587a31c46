"""Names a user types, matched as the same name: folded as search folds them, or as written."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def composed(name: str) -> str:
    """`name` with its spaces tidied, in Unicode's composed form (NFC)."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def name_key(name: str) -> str:
    """What two names that are the same name share, folded as search folds them (one place for
    every name a user types: delegations, delegates, contacts, speakers): spaces, case, accents,
    the Unicode form, and Arabic's spelling variants aside ("يوسف الادريسى" is "يوسف الإدريسي",
    "jean-yves le drian" is "Jean-Yves Le Drian")."""
    from briefer.core.search.textnorm import fold

    return fold(composed(name))


def written_as(same: Sequence[T], name: str, name_of: Callable[[T], str]) -> list[T]:
    """Those of `same` (names that are `name` by `name_key`) written as `name` is: spaces, the
    Unicode form and case aside, not accents or spelling. Near-duplicates ("Hélène Dupont",
    "Helene Dupont") are told apart by how the user wrote the name."""
    written = composed(name).casefold()
    return [x for x in same if composed(name_of(x)).casefold() == written]
