"""Trying an address before it becomes a source: fetched, verified and read, nothing written."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.localize import joined, pick
from briefer.core.sync.fetch import FetchError
from briefer.core.sync.kinds import KINDS
from briefer.core.sync.signing import load_public, verify
from briefer.core.sync.sources import (
    Source,
    download_source,
    trusted_keys,
    unknown_kind_message,
)

PROBE_DEADLINE = 30.0  # seconds for the whole test, signature included


@dataclass(frozen=True)
class Probe:
    """What the address serves."""

    editions: tuple[str, ...]
    sessions: int
    projects: int
    signed: bool
    lang: str = "en"

    def describe(self) -> str:
        """E.g. "Signed by the publisher's key. PPF 2021, PPF 2022: 84 sessions, 80 projects."."""
        text = translate("Sources", "{editions}: {sessions}, {projects}.").format(
            editions=joined(list(self.editions), self.lang, strong=True)
            or translate("Sources", "no edition"),
            sessions=translate("Sources", "%n session(s)", None, self.sessions),
            projects=translate("Sources", "%n project(s)", None, self.projects),
        )
        lead = (
            translate("Sources", "Signed by the publisher's key.")
            if self.signed
            else translate("Sources", "Not signed.")
        )
        return f"{lead} {text}"


def probe_source(
    url: str,
    kind: str,
    public_key: str | None = None,
    trust_unsigned: bool = False,
    lang: str = "en",
) -> Probe:
    """Fetch `url`, check its signature (a Briefer feed) and read it as `kind`, writing nothing.

    Raises:
        InputError: an unknown kind or an unreadable key or file; FetchError: the address does
        not answer as a source should; SignatureError: a feed unsigned or not by this key.
    """
    from briefer.core.sync.feed import parse_feed
    from briefer.core.sync.formats import READERS

    if kind not in KINDS:
        raise InputError(unknown_kind_message(kind), kind="unknown_kind", facts={"kind": kind})
    if public_key is not None:
        load_public(public_key)
    source = Source("probe", url.strip(), kind, public_key, trust_unsigned, None, None, None, None)
    try:
        download = download_source(source, force=True, deadline_seconds=PROBE_DEADLINE)
    except FetchError as exc:  # a test changes nothing anyway: the fault alone is said
        error = FetchError(exc.words, status=exc.status, unchanged=False)
        error.kind, error.facts = exc.kind, exc.facts
        raise error from exc
    raw = download.fetched.body
    # Without a signature (404) download_source has already refused an untrusted feed.
    signed = download.signature is not None
    if kind == "briefer":
        if signed:
            verify(raw, download.signature, trusted_keys(source))
        data, _header = parse_feed(raw, url)
    else:
        data, _notes = READERS[kind](raw, None, url)
    tables = data.tables
    editions = tuple(pick(e, "name", lang) or e["id"] for e in tables.get("editions", []))
    return Probe(
        editions=editions,
        sessions=len(tables.get("sessions", [])),
        projects=len(tables.get("projects", [])),
        signed=signed,
        lang=lang,
    )
