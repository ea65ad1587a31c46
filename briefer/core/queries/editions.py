"""The forum's editions: listed by name, chosen by id, name or year, and the one default."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import language, translate
from briefer.core.localize import all_languages, listed, pick
from briefer.core.store import Store


@dataclass(frozen=True)
class Edition:
    id: str
    year: int | None
    name: str
    start_date: str | None
    end_date: str | None
    sessions: int
    publisher: str = "bundled"
    signed: bool | None = None  # None: bundled with Briefer, no signature recorded


def _rows(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT e.*, (SELECT count(*) FROM cat.sessions s WHERE s.edition_id = e.id) AS sessions "
        "FROM cat.editions e ORDER BY e.year DESC, e.start_date DESC, e.id"
    )


def _edition(row: dict[str, Any], lang: str, meta: dict[str, Any]) -> Edition:
    from briefer.core.catalogue.provenance import namespace_of, provenance

    found = provenance(meta, namespace_of(row["id"]))
    return Edition(
        id=row["id"],
        year=row["year"],
        name=pick(row, "name", lang) or row["id"],
        start_date=row["start_date"],
        end_date=row["end_date"],
        sessions=row["sessions"],
        publisher=found["publisher"],
        signed=found["signed"],
    )


def list_editions(store: Store, lang: str) -> list[Edition]:
    """Every edition, newest first, named in `lang` (falling back as every text does)."""
    meta = store.catalogue_meta()
    return [_edition(row, lang, meta) for row in _rows(store)]


def default_edition(store: Store, today: dt.date | None = None) -> str | None:
    """The edition shown first, by one rule for every front end.

    Among the editions that have sessions: the one under way today, else the nearest one to
    come, else the one with the most sessions (the most recent on a tie). No editions: None.
    """
    chosen = _default_of(list_editions(store, "en"), today or dt.date.today())
    return chosen.id if chosen else None


def _default_of(editions: list[Edition], today: dt.date) -> Edition | None:
    """`default_edition`'s rule over `editions`."""
    day = today.isoformat()
    editions = [e for e in editions if e.sessions]
    running = [e for e in editions if e.start_date and e.start_date <= day <= (e.end_date or "")]
    if running:
        return running[0]
    coming = sorted(
        (e for e in editions if e.start_date and e.start_date > day),
        key=lambda e: (e.start_date, e.id),
    )
    if coming:
        return coming[0]
    if editions:
        return max(editions, key=lambda e: (e.sessions, e.year or 0, e.start_date or ""))
    return None


def proposed_day(store: Store, today: dt.date | None = None) -> str:
    """The day a new meeting is first proposed on: today while the default edition is under
    way (or when there is none), else that edition's first day."""
    today = today or dt.date.today()
    edition = _default_of(list_editions(store, "en"), today)
    if edition is None or not edition.start_date:
        return today.isoformat()
    if edition.start_date <= today.isoformat() <= (edition.end_date or ""):
        return today.isoformat()
    return edition.start_date


def resolve_edition(store: Store, text: str) -> str:
    """The id of the edition named by `text`: its id, its name in any language, or its year.

    Raises:
        NotFoundError: no edition answers to `text`.
        InputError: `text` is a year that several editions share (kind "ambiguous_edition").
    """
    wanted = " ".join(text.split()).casefold()
    rows = _rows(store)
    for matches in (
        [r for r in rows if r["id"].casefold() == wanted],
        [r for r in rows if wanted in {n.casefold() for n in all_languages(r, "name").values()}],
        [r for r in rows if wanted.isdigit() and r["year"] == int(wanted)],
    ):
        if len(matches) == 1:
            return matches[0]["id"]
        if len(matches) > 1:
            shown = language()  # the reader's, as `info` names them
            candidates = [f"{r['id']} ({pick(r, 'name', shown) or r['id']})" for r in matches]
            raise InputError(
                translate("Editions", "Several editions answer to '{text}': {candidates}.").format(
                    text=text, candidates=listed(candidates, strong=True)
                ),
                kind="ambiguous_edition",
                facts={"text": text, "candidates": [r["id"] for r in matches]},
            )
    known = listed([r["id"] for r in rows]) or translate("Editions", "none")
    raise NotFoundError(
        translate("Editions", "No edition {text} in the catalogue (editions: {known}).").format(
            text=text, known=known
        ),
        facts={"text": text},
    )
