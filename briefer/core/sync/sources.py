"""Sources of fresh data (a URL and its kind), syncing them, and importing files."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.core.errors import BrieferError, InputError, NotFoundError, os_reason
from briefer.core.i18n import language, translate
from briefer.core.localize import after_colon, listed
from briefer.core.neutral import Words, from_data
from briefer.core.paths import resources_dir
from briefer.core.progress import Reporter
from briefer.core.store import Store, now_iso
from briefer.core.sync.apply import ApplyResult, apply_catalogue, is_file
from briefer.core.sync.builder import namespace_for
from briefer.core.sync.feed import parse_feed
from briefer.core.sync.fetch import (
    DEADLINE,
    Fetched,
    FetchError,
    fetch,
    looks_like_web_page,
    web_page_error,
)
from briefer.core.sync.fetch import MAX_BYTES as MAX_DOWNLOAD
from briefer.core.sync.formats import READERS, detect_kind
from briefer.core.sync.kinds import KINDS
from briefer.core.sync.signing import SignatureError, load_public, verify

MAX_FILE = 64 * 1024 * 1024
MAX_SIGNATURE = 64 * 1024


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str
    public_key: str | None
    trust_unsigned: bool
    etag: str | None
    last_modified: str | None
    last_checked: str | None
    last_status: str | None


def unknown_kind_message(kind: str) -> str:
    return translate("Sync", "Kind '{kind}' is not one of {kinds}.").format(
        kind=kind, kinds=", ".join(KINDS)
    )


def _source(row: dict[str, Any]) -> Source:
    return Source(
        row["name"],
        row["url"],
        row["kind"],
        row["public_key"],
        bool(row["trust_unsigned"]),
        row["etag"],
        row["last_modified"],
        row["last_checked"],
        row["last_status"],
    )


def add_source(
    store: Store,
    name: str,
    url: str,
    kind: str,
    public_key: str | None = None,
    trust_unsigned: bool = False,
) -> Source:
    """Add the source `name` (its address is tested apart: `address_problem`).

    Raises:
        InputError: a bad name, kind, address or key, or a name in use.
    """
    name = name.strip()
    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise InputError(translate("Sync", "A source name uses letters, digits, '-' and '_' only."))
    if kind not in KINDS:
        raise InputError(unknown_kind_message(kind), kind="unknown_kind", facts={"kind": kind})
    if not url.lower().startswith(("https://", "http://", "file://")):
        raise InputError(
            translate("Sync", "'{url}' is not an http(s) or file address.").format(url=url)
        )
    if public_key is not None:
        load_public(public_key)
    if kind == "briefer" and public_key is None and not trust_unsigned:
        raise InputError(
            translate(
                "Sync",
                "A Briefer feed needs the publisher's public key, or your acceptance of "
                "unsigned data from this address.",
            ),
            kind="key_needed",
            facts={"name": name, "url": url},
        )
    if store.query_one("SELECT 1 FROM sources WHERE name = ?", (name,)):
        raise InputError(
            translate("Sync", "There is already a source named '{name}'.").format(name=name)
        )
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sources (name, url, kind, public_key, trust_unsigned, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, url, kind, public_key, int(trust_unsigned), now_iso()),
        )
    return get_source(store, name)


def address_problem(
    url: str, kind: str, public_key: str | None, trust_unsigned: bool, lang: str = "en"
) -> str | None:
    """Why `url` does not answer as a `kind` source (the window's Test, `probe_source`), or
    None when it does (found by review: `sources add` said « Added … key checked » of a 404
    address and a refused port, which failed only at the next sync)."""
    from briefer.core.errors import Cancelled
    from briefer.core.sync.probe import probe_source

    try:
        probe_source(url, kind, public_key, trust_unsigned, lang)
    except Cancelled:
        raise
    except BrieferError as exc:
        return str(exc)
    return None


def get_source(store: Store, name: str) -> Source:
    row = store.query_one("SELECT * FROM sources WHERE name = ?", (name,))
    if row is None:
        known = listed([s.name for s in list_sources(store)]) or translate("Sync", "none yet")
        raise NotFoundError(
            translate("Sync", "No source named '{name}' (sources: {known}).").format(
                name=name, known=known
            )
        )
    return _source(row)


def list_sources(store: Store) -> list[Source]:
    return [_source(r) for r in store.query("SELECT * FROM sources ORDER BY name")]


def remove_source(store: Store, name: str) -> None:
    get_source(store, name)
    with store.transaction():
        store.conn.execute("DELETE FROM sources WHERE name = ?", (name,))


def shipped_keys() -> list[str]:
    folder = resources_dir() / "keys"
    return [p.read_text() for p in sorted(folder.glob("*.pub"))] if folder.exists() else []


def trusted_keys(source: Source | None) -> list:
    keys = shipped_keys() + ([source.public_key] if source and source.public_key else [])
    return [load_public(k) for k in keys]


def _record(store: Store, source: Source, status: str, fetched: Any | None = None) -> None:
    with store.transaction():
        if fetched is not None:
            store.conn.execute(
                "UPDATE sources SET etag = ?, last_modified = ? WHERE name = ?",
                (fetched.etag, fetched.last_modified, source.name),
            )
        store.conn.execute(
            "UPDATE sources SET last_checked = ?, last_status = ? WHERE name = ?",
            (now_iso(), status, source.name),
        )


@dataclass(frozen=True)
class Download:
    """The network half of a sync: what a source's server gave, before anything is written."""

    source: Source
    fetched: Fetched
    signature: bytes | None
    warnings: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.fetched.status == 304


def download_source(
    source: Source,
    *,
    force: bool = False,
    timeout: float = 20.0,
    progress: Reporter | None = None,
    max_bytes: int = MAX_DOWNLOAD,
    deadline_seconds: float = DEADLINE,
) -> Download:
    """Fetch `source` (and its signature) without touching any store, within one deadline.

    With `force` the request is unconditional: the server must send the whole file.

    Raises:
        FetchError, SignatureError: nothing was fetched that can be applied.
    """
    deadline = time.monotonic() + deadline_seconds
    fetched = fetch(
        source.url,
        None if force else source.etag,
        None if force else source.last_modified,
        timeout=timeout,
        max_bytes=max_bytes,
        progress=progress,
        deadline=deadline,
    )
    if fetched.status == 304:
        return Download(source, fetched, None)
    if looks_like_web_page(fetched.body, fetched.content_type):
        raise web_page_error(source.url)
    warnings: tuple[str, ...] = ()
    signature = None
    if source.kind == "briefer":
        signature = _fetch_signature(source, timeout, deadline)
        if signature is None:
            warnings = (
                translate("Sync", "The feed is unsigned; accepted because you trust this source."),
            )
    return Download(source, fetched, signature, warnings)


_APPLIED = "applied catalogue version "
_FAILED = "failed: "
_CLIP = 300  # characters of a stored value: a server's words may be long


def status_text(last_status: str | None) -> str:
    """A source's last status, as stored (in English words), in the display language."""
    if not last_status:
        return translate("Sync", "never synced")
    if last_status == "not modified":
        return translate("Sync", "not modified")
    if last_status == "up to date":
        return translate("Sync", "up to date")
    if last_status.startswith(_APPLIED):
        version = last_status.removeprefix(_APPLIED)
        return translate("Sync", "applied catalogue version {version}").format(version=version)
    failure = stored_failure(last_status)
    if failure is not None:
        reason = after_colon(failure_reason(failure), language())
        return translate("Sync", "failed: {reason}").format(reason=reason)
    return last_status


def neutral_status(last_status: str | None) -> str | None:
    """A source's last status in English words whatever the language it failed in, as
    `--json` writes: "failed: " and the reason for a failure, as stored otherwise."""
    failure = stored_failure(last_status)
    if failure is None:
        return last_status
    return _FAILED + failure_reason(failure, english=True)


def stored_failure(last_status: str | None) -> dict[str, Any] | None:
    """A failed sync's record: its `kind` and its reason, kept in no language (`words`), or
    as worded then (`text`, in `lang`); None when the last sync did not fail. A failure
    stored as words alone (before the reason was kept in no language) gives its `text`."""
    if not last_status or not last_status.startswith(_FAILED):
        return None
    reason = last_status.removeprefix(_FAILED)
    try:
        record = json.loads(reason)
    except ValueError:
        record = None
    return record if isinstance(record, dict) and "kind" in record else {"text": reason}


def failure_reason(failure: dict[str, Any], english: bool = False) -> str:
    """A stored failure's reason in the display language (or English), as far as it was kept
    in no language; else in the words it was stored in."""
    if "words" in failure:
        try:
            return from_data(failure["words"]).text(english)
        except (ValueError, KeyError, IndexError, TypeError):
            pass  # a record this version cannot word: its kind at least
    return str(failure.get("text") or failure.get("kind") or "")


def record_failure(store: Store, source: Source, error: Exception) -> None:
    """Keep a failed sync's kind and reason as the source's last status: its reason in no
    language when the error keeps it so, else as worded now, with its language."""
    kind = getattr(error, "kind", "error")
    words = getattr(error, "words", None)
    if words is not None:
        record = {"kind": kind, "words": _clipped(words.data())}
    else:
        record = {"kind": kind, "text": str(error)[:500], "lang": language()}
    _record(store, source, _FAILED + json.dumps(record, ensure_ascii=False))


def _clipped(data: Any) -> Any:
    """A message's `data()` with each value clipped, not its own text: a catalogue entry cut
    short is found in no catalogue."""
    if isinstance(data, str):
        return data[:_CLIP]
    if isinstance(data, list):
        return [_clipped(d) for d in data]
    if isinstance(data, dict) and isinstance(data.get("values"), dict):
        return {**data, "values": {k: _clipped(v) for k, v in data["values"].items()}}
    return data


def apply_download(
    store: Store,
    download: Download,
    *,
    force: bool = False,
    progress: Reporter | None = None,
) -> ApplyResult | None:
    """The write half of a sync: apply what `download_source` fetched; None when not modified.

    Raises:
        SignatureError, InputError: with nothing changed but the source's status.
    """
    source = download.source
    if download.not_modified:
        _record(store, source, "not modified")
        return None
    try:
        result = _apply_raw(
            store,
            download.fetched.body,
            source.kind,
            source.name,
            source,
            download.signature,
            force,
            list(download.warnings),
            progress,
            url=source.url,
        )
    except InputError as exc:
        record_failure(store, source, exc)
        raise
    _record(
        store,
        source,
        f"{_APPLIED}{result.version_after}" if result.status == "applied" else "up to date",
        download.fetched,
    )
    return result


def sync_source(
    store: Store,
    name: str,
    force: bool = False,
    timeout: float = 20.0,
    progress: Reporter | None = None,
    max_bytes: int = MAX_DOWNLOAD,
    deadline_seconds: float = DEADLINE,
) -> ApplyResult | None:
    """Fetch `name` and apply it; None when the server says it has not changed.

    Raises:
        FetchError, SignatureError, InputError: with nothing changed but the source's status.
    """
    source = get_source(store, name)
    try:
        download = download_source(
            source,
            force=force,
            timeout=timeout,
            progress=progress,
            max_bytes=max_bytes,
            deadline_seconds=deadline_seconds,
        )
    except (FetchError, InputError) as exc:
        record_failure(store, source, exc)
        raise
    return apply_download(store, download, force=force, progress=progress)


def _fetch_signature(source: Source, timeout: float, deadline: float) -> bytes | None:
    url = source.url + ".sig"
    try:
        fetched = fetch(url, timeout=timeout, max_bytes=MAX_SIGNATURE, deadline=deadline)
    except FetchError as exc:
        if exc.status == 404 and source.trust_unsigned:
            return None
        if exc.status == 404:
            raise SignatureError(
                words=Words.translate(
                    "Sync", "The feed has no signature at {url}; refused. Nothing was changed."
                ).format(url=source.url + ".sig"),
                kind="missing_signature",
                facts={"source": source.name, "url": source.url + ".sig"},
            ) from exc
        raise
    if looks_like_web_page(fetched.body, fetched.content_type):
        raise web_page_error(url)
    return fetched.body


def _apply_raw(
    store: Store,
    raw: bytes,
    kind: str,
    source_name: str,
    source: Source | None,
    signature: bytes | None,
    force: bool,
    warnings: list[str],
    progress: Reporter | None,
    url: str | None = None,
    namespace: str | None = None,
    signed: bool = False,
    origin: str | None = None,
) -> ApplyResult:
    if kind == "briefer":
        if signature is not None:
            verify(raw, signature, trusted_keys(source))
        elif source is None or not source.trust_unsigned:
            raise SignatureError(
                words=Words.translate(
                    "Sync",
                    "The feed is unsigned and this source is not marked "
                    "trusted-unsigned; refused. Nothing was changed.",
                ),
                kind="unsigned",
                facts={"source": source_name},
            )
        data, header = parse_feed(raw)
        return apply_catalogue(
            store,
            header["namespace"],
            data,
            source=source_name,
            kind=kind,
            feed_version=header["catalogue_version"],
            generated_at=header["generated_at"],
            force=force,
            warnings=warnings,
            progress=progress,
            signed=signed or signature is not None,
        )
    data, notes = READERS[kind](raw, namespace, url)
    ns = namespace_from(data)
    beside = None if namespace else beside_namespace(store, ns, source_name, origin or "")
    said = None
    if beside is not None:
        data, notes = READERS[kind](raw, beside, url)
        owner = _owner(store.catalogue_meta().get("sources") or {}, ns).removeprefix("file:")
        said = translate(
            "Import",
            "'{namespace}' holds the programme imported from {owner}, and this file names "
            "no programme of its own: its items are imported beside it, as '{beside}'.",
        ).format(namespace=ns, owner=owner, beside=beside)
        warnings.append(said)
        ns = beside
    warnings += notes
    result = apply_catalogue(
        store,
        ns,
        data,
        source=source_name,
        kind=kind,
        force=force,
        warnings=warnings,
        progress=progress,
        origin=origin,
    )
    result.beside = said
    return result


# What an iCalendar file without a calendar name and any CSV file are imported as: nothing in
# them says which programme they are, so two such files from two organisers meet there.
UNNAMED = frozenset({namespace_for("Imported calendar"), "csv"})


def _owner(sources: dict[str, Any], namespace: str) -> str:
    """The source (a URL, or "file:NAME") whose programme `namespace` holds; "" if none."""
    return str((sources.get(namespace) or {}).get("source") or "")


def file_source(path: Path) -> tuple[str, str]:
    """How an imported file is named as a source ("file:NAME") and where it was read from."""
    return f"file:{os.path.basename(path)}", str(Path(path).absolute())


def beside_namespace(store: Store, namespace: str, source_name: str, origin: str) -> str | None:
    """Where a file goes whose programme has no name (`UNNAMED`), when another file's programme
    is in `namespace`: a namespace from its own file name that no other source's programme or
    catalogue item holds ("side-b", else "side-b-2", ...). None: import into `namespace`.

    Importing a second organiser's calendar silently withdrew the first one's items, marked
    ones included (found by review); so did one of the same name from another folder (both
    "calendar.ics"). The same file imported again, or a name given with --namespace, replaces
    its own items as before; a file recorded before paths were kept counts as the same by name.
    """
    if namespace not in UNNAMED or not is_file(source_name):
        return None
    sources = store.catalogue_meta().get("sources") or {}

    def ours(ns: str) -> bool:
        entry = sources.get(ns) or {}
        return entry.get("source") == source_name and entry.get("path") in (None, origin)

    owner = _owner(sources, namespace)
    if not owner or not is_file(owner) or ours(namespace):
        return None
    base = namespace_for(Path(source_name.removeprefix("file:")).stem)
    for n in range(1, 1000):
        candidate = base if n == 1 else f"{base}-{n}"
        if candidate in UNNAMED:
            continue
        if ours(candidate):
            return candidate
        held = store.query_one(
            "SELECT 1 FROM cat.items WHERE id >= ? AND id < ? LIMIT 1",
            (f"{candidate}:", f"{candidate};"),
        )
        if candidate not in sources and held is None:
            return candidate
    return None


def namespace_from(data: Any) -> str:
    editions = data.tables["editions"]
    return editions[0]["id"].split(":", 1)[0] if editions else "import"


def import_file(
    store: Store,
    path: Path,
    kind: str | None = None,
    namespace: str | None = None,
    force: bool = False,
    progress: Reporter | None = None,
) -> ApplyResult:
    """Import a schedule file; a Briefer feed beside its `.sig` is verified against known keys."""
    try:
        if path.stat().st_size > MAX_FILE:
            message = translate("Files", "{path} is larger than {limit} MB; refused.")
            raise InputError(message.format(path=path, limit=MAX_FILE // 2**20))
        raw = path.read_bytes()
    except OSError as exc:
        message = translate("Files", "Cannot read {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc
    if kind is not None and kind not in KINDS:
        raise InputError(unknown_kind_message(kind), kind="unknown_kind", facts={"kind": kind})
    kind = kind or detect_kind(raw)
    warnings: list[str] = []
    sig_path = Path(f"{path}.sig")
    signed = kind == "briefer" and sig_path.exists()
    if signed:
        keys = [load_public(s.public_key) for s in list_sources(store) if s.public_key]
        verify(raw, sig_path.read_bytes()[:MAX_SIGNATURE], trusted_keys(None) + keys)
        warnings.append(translate("Sync", "Signature checked: {name}.").format(name=sig_path.name))
    elif kind == "briefer":
        warnings.append(
            translate(
                "Sync",
                "The feed file has no .sig beside it: imported without a signature check.",
            )
        )
    chosen = Source("file", str(path), kind, None, True, None, None, None, None)
    source_name, origin = file_source(path)
    return _apply_raw(
        store,
        raw,
        kind,
        source_name,
        chosen,
        None,
        force,
        warnings,
        progress,
        namespace=namespace,
        signed=signed,
        origin=origin,
    )
