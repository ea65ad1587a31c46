"""What an operation changed, so that each front end refreshes only what it shows of it.

Modelled on Anki's `OpChanges`: every core operation that writes returns an `Outcome` whose
`changes` says which kinds of data it touched; the window's runner re-attaches the catalogue when
it was replaced and refreshes the views concerned; the command line ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    catalogue: bool = False  # the catalogue file was replaced (sync, import, reset)
    marks: bool = False
    notes: bool = False
    delegations: bool = False  # delegations and their delegates
    packs: bool = False  # pack history
    sources: bool = False
    history: bool = False  # the change history of syncs and imports
    preferences: bool = False
    templates: bool = False  # briefing-note templates
    meetings: bool = False  # the delegation's own items (meetings)
    people: bool = False  # the delegation's own contacts

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


NOTHING = OpChanges()
EVERYTHING = OpChanges(**{f.name: True for f in fields(OpChanges)})


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: OpChanges = NOTHING
