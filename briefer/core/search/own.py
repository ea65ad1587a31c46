"""Search over the delegation's own items (meetings) and contacts, in the user's `own_fts`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.core.localize import listed
from briefer.core.markdown_plain import plain_text
from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.core.delegations import Delegation
    from briefer.core.search.engine import Filters, Hit
    from briefer.core.search.query import ParsedQuery

OWN_KINDS = ("meeting", "person")
# Each own kind as `Filters.kinds` names it (engine.SEARCH_KINDS): a contact is not a "person",
# the catalogue's speakers are.
FILTERED_AS = {"meeting": "meeting", "person": "contact"}


def _filters_sql(filters: Filters | None) -> tuple[list[str], str, list[object]] | None:
    """The own kinds the filters leave, and the conditions on the meeting `m`, as the programme
    shows own items: in an edition's days, on a day, attended by a delegate. Contacts have no
    day or mark; catalogue-only filters (theme, region, format) leave nothing."""
    if filters is None:
        return list(OWN_KINDS), "", []
    if filters.theme_id or filters.region or filters.format:
        return None
    kinds = list(OWN_KINDS)
    sql, params = "", []
    if filters.edition_id or filters.day or filters.delegate or filters.marked_only:
        kinds = ["meeting"]
    if filters.edition_id:
        sql += (
            " AND (m.day IN (SELECT day FROM cat.sessions WHERE edition_id = ?) OR m.day BETWEEN"
            " (SELECT start_date FROM cat.editions WHERE id = ?)"
            " AND (SELECT end_date FROM cat.editions WHERE id = ?))"
        )
        params += [filters.edition_id] * 3
    if filters.day:
        sql += " AND m.day = ?"
        params.append(filters.day)
    if filters.delegate is not None:
        sql += " AND m.id IN (SELECT meeting_id FROM meeting_delegates WHERE delegate_id = ?)"
        params.append(filters.delegate.id)
    return kinds, sql, params


def search_own(
    store: Store,
    expressions: list[tuple[int, str]],
    query: ParsedQuery,
    delegation: Delegation,
    kinds: tuple[str, ...],
    limit: int,
    filters: Filters | None = None,
    lang: str = "en",
) -> list[Hit]:
    """The delegation's meetings and contacts matching the query under `filters`, best first;
    each snippet cut from the text that matched, as indexed (a counterpart, a country…)."""
    from briefer.core.search.engine import (
        Hit,
        holds_acronyms,
        make_snippet,
        may_hold_whole,
        not_the_title,
        tiered,
    )

    allowed = _filters_sql(filters)
    if allowed is None:
        return []
    own_kinds, where, params = allowed
    wanted = [k for k in own_kinds if not kinds or FILTERED_AS[k] in kinds]
    if not wanted:
        return []
    sql = (
        "SELECT f.own_id, f.kind, bm25(own_fts, 0, 0, 10.0, 3.0) AS score,"
        " COALESCE(m.title, c.name) AS title, m.place, m.logistics, m.day, m.start,"
        ' m."end", c.function,'
        " c.organisation, c.notes, c.country, c.languages"
        " FROM own_fts f LEFT JOIN meetings m ON m.id = f.own_id"
        " LEFT JOIN contacts c ON c.id = f.own_id"
        f" WHERE own_fts MATCH ? AND f.kind IN ({','.join('?' * len(wanted))})"
        f" AND COALESCE(m.delegation_id, c.delegation_id) = ?{where} ORDER BY score LIMIT ?"
    )
    rows = tiered(
        lambda expression, count: store.query(
            sql, (expression, *wanted, delegation.id, *params, count)
        ),
        expressions,
        "own_id",
        limit,
    )
    hits = []
    names = _counterparts(store, [row["own_id"] for row in rows if row["kind"] == "meeting"])
    for row in rows:
        texts = _texts(row, names.get(row["own_id"], []), lang)
        if not holds_acronyms(texts, query):
            continue
        shown = [t for t in texts if t.strip()]
        snippet, spans = make_snippet(shown, query.terms(), may_hold_whole(row["tier"], query))
        title = row["title"] or ""
        snippet, spans = not_the_title(title, snippet, spans, *_instead(row, names, texts, lang))
        hits.append(
            Hit(
                row["own_id"],
                row["kind"],
                title,
                snippet,
                spans,
                row["score"],
                tier=row["tier"],
                own=True,
            )
        )
    return hits


def _instead(
    row: dict[str, object], names: dict[str, list[str]], texts: list[str], lang: str
) -> tuple[list[str], str]:
    """What an own hit says when its title matched: a meeting's day, time and counterparts; a
    contact, that it is ours, and its role or another line of its card."""
    from briefer.core.meetings import FORUM_TZ
    from briefer.core.timefmt import local, when_text
    from briefer.core.words import item_kind_word

    if row["kind"] != "meeting":
        return texts[1:], item_kind_word("contact")
    start, end = (
        local(str(row["start"] or "") or None, FORUM_TZ),
        local(str(row["end"] or "") or None, FORUM_TZ),
    )
    clock = start.strftime("%H:%M") + ("–" + end.strftime("%H:%M") if end else "") if start else ""
    when = when_text(str(row["day"] or "") or None, clock, lang)
    return [listed(names.get(str(row["own_id"]), []))], when


def _counterparts(store: Store, meeting_ids: list[str]) -> dict[str, list[str]]:
    """The counterparts' names of each meeting, in the meeting's order."""
    if not meeting_ids:
        return {}
    marks = ",".join("?" * len(meeting_ids))
    names: dict[str, list[str]] = {}
    for row in store.query(
        f"SELECT meeting_id, name FROM meeting_counterparts WHERE meeting_id IN ({marks})"
        " ORDER BY position, name",
        meeting_ids,
    ):
        names.setdefault(row["meeting_id"], []).append(row["name"])
    return names


def _texts(row: dict[str, object], counterparts: list[str], lang: str) -> list[str]:
    """The texts an own item's index row was written from (`meeting_texts`, `contact_texts`),
    its title first, a contact's country and languages in `lang` first."""
    from briefer.core.localize import FALLBACK
    from briefer.core.meetings import meeting_texts, parse_logistics
    from briefer.core.people import contact_texts

    title = str(row["title"] or "")
    if row["kind"] == "meeting":
        place = row["place"] if isinstance(row["place"], str) else None
        logistics = row["logistics"] if isinstance(row["logistics"], str) else None
        others = meeting_texts(place, counterparts, parse_logistics(logistics))
    else:
        contact = {**row, "notes": plain_text(str(row["notes"] or ""))}  # notes: Markdown
        # Function and organisation as the pack's who's who joins them: they ran together
        # (« Présidente de la Commission européenne l'Union européenne », found by review).
        role = listed([str(t) for t in (row["function"], row["organisation"]) if t])
        rest = {**contact, "function": None, "organisation": None}
        others = [role, *contact_texts(rest, tuple(FALLBACK.get(lang, (lang,))))]
    return [title, *others]
