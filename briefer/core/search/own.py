"""Search over the delegation's own items (meetings) and contacts, in the user's `own_fts`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.core.delegations import Delegation
    from briefer.core.search.engine import Hit

OWN_KINDS = ("meeting", "person")


def search_own(
    store: Store,
    expression: str,
    terms: list[str],
    delegation: Delegation,
    kinds: tuple[str, ...],
    limit: int,
) -> list[Hit]:
    """The delegation's meetings and contacts matching `expression`, best first."""
    from briefer.core.search.engine import Hit, make_snippet

    wanted = [k for k in OWN_KINDS if not kinds or k in kinds]
    if not wanted:
        return []
    rows = store.query(
        "SELECT f.own_id, f.kind, bm25(own_fts, 0, 0, 10.0, 3.0) AS score,"
        " COALESCE(m.title, c.name) AS title,"
        " COALESCE(m.place, '') || ' ' || COALESCE(c.function, '') || ' '"
        " || COALESCE(c.organisation, '') || ' ' || COALESCE(c.notes, '') AS body"
        " FROM own_fts f LEFT JOIN meetings m ON m.id = f.own_id"
        " LEFT JOIN contacts c ON c.id = f.own_id"
        f" WHERE own_fts MATCH ? AND f.kind IN ({','.join('?' * len(wanted))})"
        " AND COALESCE(m.delegation_id, c.delegation_id) = ? ORDER BY score LIMIT ?",
        (expression, *wanted, delegation.id, limit),
    )
    hits = []
    for row in rows:
        texts = [row["title"] or "", row["body"] or ""]
        snippet, spans = make_snippet([t for t in texts if t.strip()], terms)
        title = row["title"] or ""
        hits.append(Hit(row["own_id"], row["kind"], title, snippet, spans, row["score"]))
    return hits
