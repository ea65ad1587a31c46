"""A source's failure reads the same whatever language the sync that failed ran in.

Found by review: only the fetch and signature failures were kept in no language; a feed's
format, its values, its decoding and size, a schedule file's faults and a refused programme
were stored worded in the language of the sync, so `sources list` in French showed English
after a `--json` sync, and `--json` French after a French one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback import Route, feed_document, gz

from briefer.core import i18n
from briefer.core.store import open_store
from briefer.core.sync import feed as feed_module
from briefer.core.sync.fetch import unchanged_note
from briefer.core.sync.sources import status_text

LANGS = ("en", "fr", "ar")
FRAB_XML = (
    b'<?xml version="1.0"?><schedule><conference><title>T</title><acronym>t</acronym>'
    b"<time_zone_name>Europe/Paris</time_zone_name></conference>"
    b'<day index="1" date="2030-02-31"></day></schedule>'
)


def _feed(**changes) -> bytes:
    document = feed_document()
    document.update(changes)
    return gz(json.dumps(document).encode())


def _bad_start() -> bytes:
    document = feed_document()
    document["tables"]["sessions"][0]["start"] = "2030-13-45T10:00:00Z"
    return gz(json.dumps(document).encode())


def _signed_by(private, body: bytes) -> bytes:
    from briefer.core.sync.signing import sign

    return sign(private, body)


# name: (kind, trusted unsigned, body, signature or None, route headers)
CASES = {
    "feed not JSON": ("briefer", True, lambda k: gz(b'{"format": "briefer-feed", '), None, {}),
    "feed unknown version": ("briefer", True, lambda k: _feed(format_version=9), None, {}),
    "feed unknown table": ("briefer", True, lambda k: _feed(tables={"nope": []}), None, {}),
    "feed bad value": ("briefer", True, lambda k: _bad_start(), None, {}),
    "feed cut gzip": ("briefer", True, lambda k: _feed()[:-12], None, {}),
    "feed too big unzipped": ("briefer", True, lambda k: gz(b" " * (2**20 + 1)), None, {}),
    "feed empty programme": ("briefer", True, lambda k: _feed(tables={}), None, {}),
    "feed bad signature": (
        "briefer",
        False,
        lambda k: _feed(),
        lambda k: _signed_by(k["private"], b"another feed"),
        {},
    ),
    "feed stranger's key": (
        "briefer",
        False,
        lambda k: _feed(),
        lambda k: _signed_by(k["stranger"], _feed()),
        {},
    ),
    "feed malformed signature": ("briefer", False, lambda k: _feed(), lambda k: b"{}", {}),
    "web page": (
        "frab-json",
        False,
        lambda k: b"<!DOCTYPE html><html><body>Log in</body></html>",
        None,
        {"Content-Type": "text/html"},
    ),
    "too big": ("frab-json", False, lambda k: b"{}", None, {"Content-Length": str(2**40)}),
    "frab JSON not JSON": ("frab-json", False, lambda k: b'{"schedule": ', None, {}),
    "frab JSON no schedule": ("frab-json", False, lambda k: b'{"a": 1}', None, {}),
    "frab XML bad day": ("frab-xml", False, lambda k: FRAB_XML, None, {}),
    "calendar cut": ("ics", False, lambda k: b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", None, {}),
    "CSV bad zone": (
        "csv",
        False,
        lambda k: b"kind,id,title_en,timezone\nsession,a,A,Mars/Olympus\n",
        None,
        {},
    ),
    "CSV no header": ("csv", False, lambda k: b"id,title\nsession,a\n", None, {}),
}


def _translated(lang: str, say):
    """What `say()` gives with `lang`'s catalogue installed (English: none)."""
    previous = i18n.translator()
    i18n.set_translator(None if lang == "en" else i18n.catalogue_translator(lang))
    try:
        return say()
    finally:
        i18n.set_translator(previous)


def _status(data_dir: Path, lang: str) -> str:
    """The source's last sync as `sources list` words it in `lang`, whole (its table clips)."""
    store = open_store(data_dir)
    try:
        stored = store.query_one("SELECT last_status FROM sources")["last_status"]
    finally:
        store.close()
    return _translated(lang, lambda: status_text(stored))


def _failure_as_said(stderr: str, lang: str) -> str:
    """The failure `sync` reported in `lang`: its first line, without "briefer: " and the
    note a failed download adds (which is not the failure)."""
    from briefer.cli.output import said

    prefix = _translated(lang, lambda: said(""))
    note = " " + _translated(lang, unchanged_note)
    return stderr.splitlines()[0].removeprefix(prefix).removesuffix(note)


def _expected(failure: str, lang: str) -> str:
    from briefer.core.localize import after_colon

    frame = _translated(lang, lambda: i18n.translate("Sync", "failed: {reason}"))
    return frame.format(reason=after_colon(failure, lang))


def _sync(lang: str) -> tuple[str, ...]:
    """Sync in `lang`; in English as a script does (`--json`)."""
    return ("sync", "s", "--json") if lang == "en" else ("--lang", lang, "sync", "s")


@pytest.mark.parametrize("case", list(CASES))
def test_a_failure_reads_the_same_whatever_language_the_sync_ran_in(
    case, cli, server, keys, data_dir: Path, monkeypatch
):
    kind, unsigned, body, signature, headers = CASES[case]
    monkeypatch.setattr(feed_module, "MAX_DECOMPRESSED", 2**20)
    server.routes["/s"] = Route(body=body(keys), headers=headers)
    if signature is not None:
        server.routes["/s.sig"] = Route(body=signature(keys))
    trust = ["--trust-unsigned"] if unsigned else ["--key", str(keys["public"])]
    add = ("sources", "add", "s", server.url + "/s", "--kind", kind, "--no-check")
    assert cli(*add, *(trust if kind == "briefer" else []))[0] == 0
    said = {}
    for lang in LANGS:
        code, _, err = cli(*_sync(lang))
        assert code == 1, err
        said[lang] = _failure_as_said(err, lang)
    assert len(set(said.values())) == 3, said  # the failure is worded in each language
    shown = {}
    for synced in LANGS:
        assert cli(*_sync(synced))[0] == 1
        read = {lang: _status(data_dir, lang) for lang in LANGS}
        assert read == {lang: _expected(said[lang], lang) for lang in LANGS}, synced
        (row,) = json.loads(cli("--lang", "fr", "sources", "list", "--json")[1])
        assert row["last_status"] == "failed: " + said["en"], synced
        del row["last_checked"]
        shown[synced] = (cli("--lang", "fr", "sources", "list")[1], row)
    assert shown["en"] == shown["fr"] == shown["ar"]
