"""What syncs and imports changed, for `briefer changes` and the pack's "changed since"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.store import Store
from briefer.core.sync.titles import read_change

if TYPE_CHECKING:
    from briefer.core.delegations import Delegation

OWN_SOURCE = "own"  # the source of changes to the delegation's own meetings (no sync)


def _since_text(since: str) -> str:
    """`since` as the changes' UTC stamps compare with it: a day or a time without an offset
    is this computer's (found by review: « --since 2026-12-07T21:40 » typed in Paris was read
    as UTC, an hour late)."""
    try:
        if len(since) == 10:
            moment = datetime.combine(date.fromisoformat(since), datetime.min.time())
        else:
            moment = datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError as exc:
        message = translate("Sync", "'{value}' is not a date (YYYY-MM-DD) or an ISO time.")
        raise InputError(
            message.format(value=since), kind="bad_since", facts={"value": since}
        ) from exc
    try:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    except (ValueError, OverflowError, OSError) as exc:
        # found by review: 0001-01-01 in India is in year 0, 9999-12-31T23:00 in St John's
        # in year 10000: a traceback
        message = translate("Sync", "'{value}' is too far in the past or the future.")
        raise InputError(
            message.format(value=since), kind="bad_since", facts={"value": since}
        ) from exc


# A change to one of the delegation's marked items or own meetings (parameter :delegation).
_MARKED = (
    "(EXISTS (SELECT 1 FROM marks m WHERE m.item_id = c.item_id"
    " AND m.delegation_id = :delegation) OR EXISTS (SELECT 1 FROM meetings o"
    " WHERE o.id = c.item_id AND o.delegation_id = :delegation))"
)


def _period(
    store: Store, since: str | None, since_pack: int | None
) -> tuple[list[str], dict[str, Any]]:
    """The conditions on a change's time, with their parameters: at `since` or after, and
    after the pack `since_pack` was made."""
    where, params = ["1"], {}
    if since is not None:
        where.append("c.at >= :since")
        params["since"] = _since_text(since)
    if since_pack is not None:
        pack = store.query_one("SELECT created FROM packs WHERE id = ?", (since_pack,))
        if pack is None:
            message = translate("Sync", "No pack with id {id} in the history.")
            raise NotFoundError(message.format(id=since_pack))
        where.append("c.at > :pack")
        params["pack"] = pack["created"]
    return where, params


def list_changes(
    store: Store,
    delegation: Delegation | None = None,
    since: str | None = None,
    since_pack: int | None = None,
    lang: str | None = None,
    marked_only: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Recorded changes, those to the delegation's marked items and own meetings first, then
    newest first. A change the delegation made to its own meeting has the source `own`.

    With `marked_only`, only those (none without a delegation); with `limit`, at most that
    many, in the same order.

    With `lang`, an item still in the catalogue is titled in that language (the title
    recorded with the change is the one its source gave first), and so are recorded titles;
    without it, in English.
    """
    where, params = _period(store, since, since_pack)
    marked = "0"
    if delegation is not None:
        marked = _MARKED
        params["delegation"] = delegation.id
    if marked_only:
        where.append(marked)
    sql = (
        f"SELECT c.id, c.at, c.item_id AS id, c.kind, c.field, c.old, c.new, c.title, "
        f"COALESCE(s.source, CASE WHEN c.sync_id IS NULL THEN '{OWN_SOURCE}' END) AS source, "
        f"{marked} AS marked FROM changes c LEFT JOIN syncs s ON s.id = c.sync_id "
        f"WHERE {' AND '.join(where)} AND (s.status IS NULL OR s.status = 'done') "
        "ORDER BY marked DESC, c.at DESC, c.id"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = max(limit, 0)
    rows = store.query(sql, params)
    from briefer.core.catalogue.items import titles_by_id

    titles = titles_by_id(store, sorted({r["id"] for r in rows}), lang) if lang else {}
    for row in rows:
        row["marked"] = bool(row["marked"])
        read_change(row, lang)
        row["title"] = titles.get(row["id"]) or row["title"]
    return rows


def last_update(store: Store) -> tuple[str, bool] | None:
    """When the catalogue was last updated (UTC, ISO) and whether from a file the user imported
    (its source is "file:…") rather than by a sync; None when it never was."""
    row = store.query_one(
        "SELECT finished, source FROM syncs WHERE status = 'done' ORDER BY id DESC LIMIT 1"
    )
    if not row or not row["finished"]:
        return None
    return row["finished"], str(row["source"] or "").startswith("file:")
