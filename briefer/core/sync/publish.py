"""Publishing a signed Briefer feed that any static web host can serve."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefer.core.catalogue.io import CatalogueData
from briefer.core.catalogue.provenance import namespace_of
from briefer.core.catalogue.schema import TABLES
from briefer.core.errors import InputError, os_reason
from briefer.core.files import check_replaceable, write_atomic
from briefer.core.i18n import translate
from briefer.core.store import Store
from briefer.core.sync.apply import completeness_of, owner, read_catalogue
from briefer.core.sync.feed import decompress, encode_feed
from briefer.core.sync.signing import load_private, sign

FEED_NAME = "catalogue.json.gz"


def _only(data: CatalogueData, namespace: str) -> CatalogueData:
    out = CatalogueData()
    for name in TABLES:
        out.tables[name] = [r for r in data.tables[name] if owner(name, r) == namespace]
    out.meta = dict(data.meta)
    return out


def _previous_version(folder: Path) -> int:
    feed = folder / FEED_NAME
    if not feed.exists():
        return 0
    try:
        return int(json.loads(decompress(feed.read_bytes()))["catalogue_version"])
    except (ValueError, KeyError, OSError):
        return 0


def publish_feed(
    store: Store, out: Path, key_file: Path, namespace: str | None = None
) -> dict[str, Any]:
    """Write `out/catalogue.json.gz` and its `.sig` from the working catalogue's `namespace`.

    Raises:
        InputError: kind "other_kind_exists" when either name holds a file that is not a feed
            or a signature (nothing is written).
    """
    private = load_private(key_file)
    feed, signature = out / FEED_NAME, out / f"{FEED_NAME}.sig"
    check_replaceable(feed, "feed")  # both, before the work of building them
    check_replaceable(signature, "signature")
    data = read_catalogue(store)
    counts: dict[str, int] = {}
    for row in data.tables["sessions"] + data.tables["projects"]:
        counts[namespace_of(row["id"])] = counts.get(namespace_of(row["id"]), 0) + 1
    if namespace is None:
        if not counts:
            raise InputError(
                translate("Sync", "The catalogue holds no session or project to publish.")
            )
        namespace = max(counts, key=lambda k: counts[k])
    if namespace not in counts:
        raise InputError(
            f"The catalogue has nothing in namespace {namespace!r} "
            f"(namespaces: {', '.join(sorted(counts)) or 'none'})."
        )
    part = _only(data, namespace)
    sources = data.meta.get("sources") or {}
    part.meta["source_name"] = (sources.get(namespace) or {}).get("title") or data.meta.get(
        "source_name"
    )
    part.meta["completeness"] = completeness_of(data.meta, namespace)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("Sync", "Cannot create {path}: {error}")
        raise InputError(message.format(path=out, error=os_reason(exc))) from exc
    now = datetime.now(UTC)
    version = max(_previous_version(out) + 1, int(now.strftime("%Y%m%d%H%M%S")))
    payload = encode_feed(part, namespace, version, now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    # The feed is written last: a client never sees a new feed with the old signature for long.
    write_atomic(signature, sign(private, payload))
    write_atomic(feed, payload)
    return {
        "feed": str(feed),
        "signature": str(signature),
        "namespace": namespace,
        "catalogue_version": version,
        "items": counts[namespace],
    }
