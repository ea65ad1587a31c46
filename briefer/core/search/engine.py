"""Full-text search over the catalogue and the user's notes, Arabic-aware, with snippets.

Both index and query are folded (`textnorm`), so spelling variants meet; every query term is a
prefix, so results come as the user types. Snippets are cut from the original text, with the
matched words located through the folding map.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from briefer.core.catalogue.items import title_of
from briefer.core.delegations import Delegate, Delegation
from briefer.core.i18n import translate
from briefer.core.localize import FALLBACK
from briefer.core.search.textnorm import fold, fold_with_map, query_terms, strip_proclitic
from briefer.core.store import Store

# bm25 weights of: item_id, kind, title, body, people, places
_WEIGHTS = "0, 0, 10.0, 2.0, 4.0, 3.0"
SNIPPET_CHARS = 160
RANK_LIMIT = 4000


@dataclass(frozen=True)
class Filters:
    edition_id: str | None = None
    day: str | None = None
    theme_id: str | None = None
    region: str | None = None
    format: str | None = None
    kinds: tuple[str, ...] = ()
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


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user query: every term as a prefix, all required."""
    terms = query_terms(query)
    if not terms:
        return None
    # A one-letter prefix would match most of a large catalogue: one letter matches a word.
    return " AND ".join(f'"{term}"*' if len(term) > 1 else f'"{term}"' for term in terms)


def _filter_sql(filters: Filters, delegation: Delegation | None) -> tuple[str, list[Any]]:
    sql: list[str] = []
    params: list[Any] = []
    if filters.kinds:
        sql.append(f"f.kind IN ({','.join('?' * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.edition_id:
        sql.append("f.item_id IN (SELECT id FROM cat.items WHERE edition_id = ?)")
        params.append(filters.edition_id)
    if filters.day:
        sql.append("f.item_id IN (SELECT id FROM cat.sessions WHERE day = ?)")
        params.append(filters.day)
    if filters.format:
        sql.append("f.item_id IN (SELECT id FROM cat.sessions WHERE format LIKE ?)")
        params.append(f"%{filters.format}%")
    if filters.theme_id:
        sql.append("f.item_id IN (SELECT item_id FROM cat.item_themes WHERE theme_id = ?)")
        params.append(filters.theme_id)
    if filters.region:
        sql.append(
            "f.item_id IN (SELECT p.id FROM cat.projects p, json_each(p.regions) r "
            "WHERE r.value LIKE ?)"
        )
        params.append(f"%{filters.region}%")
    if (filters.marked_only or filters.delegate) and delegation is not None:
        sql.append("f.item_id IN (SELECT item_id FROM marks WHERE delegation_id = ?)")
        params.append(delegation.id)
    if filters.delegate is not None:
        sql.append("f.item_id IN (SELECT item_id FROM mark_delegates WHERE delegate_id = ?)")
        params.append(filters.delegate.id)
    return "".join(f" AND {s}" for s in sql), params


def _item_texts(store: Store, item_id: str, kind: str, lang: str) -> list[str]:
    """The original texts of an item, the display language first, for cutting a snippet."""
    table = {"session": "sessions", "project": "projects"}.get(kind)
    texts: list[str] = []
    if table:
        row = store.query_one(f"SELECT * FROM cat.{table} WHERE id = ?", (item_id,)) or {}
        fields = ("title", "abstract") if kind == "session" else ("name", "summary")
        for name in fields:
            for candidate in (*FALLBACK[lang], "other"):
                if row.get(f"{name}_{candidate}"):
                    texts.append(row[f"{name}_{candidate}"])
        if kind == "session":
            texts += [
                f"{r['name']} — {r['function']}" if r["function"] else r["name"]
                for r in store.query(
                    "SELECT p.name, COALESCE(sp.function, p.function) AS function "
                    "FROM cat.session_people sp JOIN cat.people p ON p.id = sp.person_id "
                    "WHERE sp.session_id = ?",
                    (item_id,),
                )
            ]
            texts += [row.get("track") or "", row.get("format") or ""]
        else:
            org = store.query_one(
                "SELECT name FROM cat.organisations WHERE id = ?", (row.get("organisation_id"),)
            )
            texts += [org["name"] if org else "", *json.loads(row.get("countries") or "[]")]
            texts += json.loads(row.get("regions") or "[]")
        for theme in store.query(
            "SELECT t.* FROM cat.item_themes it JOIN cat.themes t ON t.id = it.theme_id "
            "WHERE it.item_id = ?",
            (item_id,),
        ):
            texts += [theme.get(f"name_{c}") or "" for c in FALLBACK[lang]]
    else:
        item = store.query_one("SELECT * FROM cat.items WHERE id = ?", (item_id,)) or {}
        texts += [item.get(f"title_{c}") or "" for c in (*FALLBACK[lang], "other")]
        detail_table = {"person": "people", "theme": "themes"}.get(kind)
        if detail_table:
            row = store.query_one(f"SELECT * FROM cat.{detail_table} WHERE id = ?", (item_id,))
            for key, value in (row or {}).items():
                if isinstance(value, str) and key in (
                    "function",
                    "description_en",
                    "description_fr",
                ):
                    texts.append(value)
    return [t for t in texts if t]


_WORD = re.compile(r"\w+")


def highlight(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Spans of `text` (original indexes) whose words start with one of the folded `terms`."""
    quick = fold(text)
    if not any(term in quick for term in terms):
        return []  # the character-by-character map below is only built for texts that match
    folded, source = fold_with_map(text)
    spans = []
    for word in _WORD.finditer(folded):
        token = word.group()
        candidates = [token]
        bare = strip_proclitic(token)
        if bare:
            candidates.append(bare)
        for term in terms:
            for candidate in candidates:
                if candidate.startswith(term):
                    spans.append((source[word.start()], source[word.end() - 1] + 1))
                    break
            else:
                continue
            break
    return spans


def make_snippet(texts: list[str], terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A window of the first text with a match, and the match spans within the window."""
    for text in texts:
        spans = highlight(text, terms)
        if not spans:
            continue
        first = spans[0][0]
        start = max(0, first - SNIPPET_CHARS // 3)
        if start:
            space = text.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 and first - space < SNIPPET_CHARS // 2 else start
        end = min(len(text), start + SNIPPET_CHARS)
        prefix = "…" if start else ""
        window = prefix + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
        shift = len(prefix) - start
        inside = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
        return window, inside
    text = texts[0] if texts else ""
    return text[:SNIPPET_CHARS], []


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
    store: Store, expression: str, where: str, params: list[Any], limit: int
) -> list[dict[str, Any]]:
    """Matching items, ranked by bm25 unless the match set is too broad to rank as one types.

    Ranking scores every match, which costs tens of milliseconds past a few thousand; a query
    that broad (one or two letters typed) gets title matches first, in catalogue order, until
    the next keystroke narrows it.
    """
    base = f"FROM cat.search_fts f WHERE search_fts MATCH ?{where}"
    broad = store.conn.execute(
        f"SELECT count(*) FROM (SELECT 1 {base} LIMIT {RANK_LIMIT + 1})", [expression, *params]
    ).fetchone()[0]
    if broad <= RANK_LIMIT:
        return store.query(
            f"SELECT f.item_id, f.kind, bm25(search_fts, {_WEIGHTS}) AS score {base} "
            "ORDER BY score LIMIT ?",
            [expression, *params, limit],
        )
    rows = store.query(
        f"SELECT f.item_id, f.kind, 0.0 AS score {base} LIMIT ?",
        [f"{{title}} : ({expression})", *params, limit],
    )
    if len(rows) < limit:
        seen = {r["item_id"] for r in rows}
        more = store.query(
            f"SELECT f.item_id, f.kind, 0.0 AS score {base} LIMIT ?",
            [expression, *params, limit * 2],
        )
        rows += [r for r in more if r["item_id"] not in seen][: limit - len(rows)]
    return rows


def search(
    store: Store,
    query: str,
    lang: str = "en",
    filters: Filters | None = None,
    delegation: Delegation | None = None,
    limit: int = 50,
    include_notes: bool = True,
) -> list[Hit]:
    """Catalogue items and notes matching `query`, best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    filters = filters or Filters()
    terms = query_terms(query)
    where, params = _filter_sql(filters, delegation)
    rows = _ranked_rows(store, expression, where, params, limit)
    hits: list[Hit] = []
    for row in rows:
        item = store.query_one("SELECT * FROM cat.items WHERE id = ?", (row["item_id"],)) or {}
        snippet, spans = make_snippet(_item_texts(store, row["item_id"], row["kind"], lang), terms)
        hits.append(
            Hit(row["item_id"], row["kind"], title_of(item, lang), snippet, spans, row["score"])
        )
    if (
        include_notes
        and delegation is not None
        and not (filters.kinds and "note" not in filters.kinds)
    ):
        hits += _search_notes(store, expression, terms, delegation, lang, limit)
    return hits


def _search_notes(
    store: Store, expression: str, terms: list[str], delegation: Delegation, lang: str, limit: int
) -> list[Hit]:
    rows = store.query(
        "SELECT n.id, n.item_id, n.body, bm25(notes_fts) AS score FROM notes_fts "
        "JOIN notes n ON n.id = notes_fts.note_id "
        "WHERE notes_fts MATCH ? AND n.delegation_id = ? ORDER BY score LIMIT ?",
        (expression, delegation.id, limit),
    )
    hits = []
    for row in rows:
        if row["item_id"]:
            item = store.query_one("SELECT * FROM cat.items WHERE id = ?", (row["item_id"],))
            item = (
                item
                or store.query_one(
                    "SELECT * FROM item_snapshots WHERE item_id = ?", (row["item_id"],)
                )
                or {}
            )
            title = translate("Search", "Note on {title}").format(title=title_of(item, lang))
        else:
            title = translate("Search", "Delegation note")
        snippet, spans = make_snippet([row["body"]], terms)
        hits.append(
            Hit(
                row["item_id"] or "delegation",
                "note",
                title,
                snippet,
                spans,
                row["score"],
                row["id"],
            )
        )
    return hits
