"""Trust between sources and a hostile network, against a real loopback HTTP server."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from loopback import Route, feed_document, gz, signed

from briefer.cli import main
from briefer.core.catalogue.items import overview
from briefer.core.datafolder import DataFolder
from briefer.core.errors import BrieferError
from briefer.core.sync.apply import RefusedError
from briefer.core.sync.fetch import FetchError, _SafeRedirects, fetch
from briefer.core.sync.sources import add_source, get_source, import_file, sync_source

HTML = b"<!DOCTYPE html><html><body><form>Hotel Wi-Fi login</form></body></html>"


def _official(store, server, keys, version: int = 5) -> None:
    raw, sig = signed(feed_document(version), keys["private"])
    server.routes["/feed.json.gz"] = Route(body=raw)
    server.routes["/feed.json.gz.sig"] = Route(body=sig)
    add_source(store, "official", server.url + "/feed.json.gz", "briefer", keys["public_text"])
    assert sync_source(store, "official").status == "applied"


def _unsigned(server, store, version: int, path: str = "/rogue.json.gz") -> None:
    document = feed_document(version, title="Rogue")
    document["tables"]["sessions"][0]["title_en"] = "Hijacked"
    server.routes[path] = Route(body=gz(json.dumps(document).encode()))
    add_source(store, "rogue", server.url + path, "briefer", trust_unsigned=True)


def test_an_unsigned_source_cannot_take_a_signed_namespace(store, server, keys, user_state):
    _, fingerprint = user_state
    _official(store, server, keys)
    _unsigned(server, store, 2**62)
    before = fingerprint()
    with pytest.raises(RefusedError) as caught:
        sync_source(store, "rogue")
    error = caught.value
    assert error.kind == "namespace_claimed" and error.forcible
    assert error.facts == {
        "namespace": "ppf",
        "owner": "official",
        "claimant": "rogue",
        "signed": True,
    }
    assert "'rogue'" in str(error) and "'official' (signed)" in str(error)
    assert fingerprint() == before


def test_an_unsigned_version_never_locks_out_the_signed_publisher(store, server, keys):
    _official(store, server, keys, version=5)
    _unsigned(server, store, 2**62)
    assert sync_source(store, "rogue", force=True).status == "applied"
    raw, sig = signed(feed_document(6), keys["private"])
    server.routes["/feed.json.gz"] = Route(body=raw)
    server.routes["/feed.json.gz.sig"] = Route(body=sig)
    result = sync_source(store, "official")
    assert result.status == "applied"
    titles = store.query("SELECT title_en FROM cat.sessions WHERE id = 'ppf:ses-2021-101'")
    assert titles == [{"title_en": feed_document()["tables"]["sessions"][0]["title_en"]}]
    raw, sig = signed(feed_document(4), keys["private"])
    server.routes["/feed.json.gz"] = Route(body=raw)
    server.routes["/feed.json.gz.sig"] = Route(body=sig)
    with pytest.raises(RefusedError, match="rollback"):
        sync_source(store, "official")


def test_info_names_the_publisher_and_the_signature(store, server, keys):
    _official(store, server, keys)
    editions = {e["id"]: e for e in overview(store)["editions"]}
    assert editions["ppf:edition-2021"]["published_by"] == "official"
    assert editions["ppf:edition-2021"]["signed"] is True


def _claiming_file(tmp_path: Path) -> Path:
    document = feed_document(9)
    path = tmp_path / "programme.json.gz"
    path.write_bytes(gz(json.dumps(document).encode()))
    return path


def test_an_emailed_file_cannot_replace_the_signed_programme(store, server, keys, tmp_path):
    _official(store, server, keys)
    with pytest.raises(RefusedError) as caught:
        import_file(store, _claiming_file(tmp_path))
    assert caught.value.facts["owner"] == "official"
    assert caught.value.facts["claimant"] == "file:programme.json.gz"
    assert import_file(store, _claiming_file(tmp_path), force=True).status == "applied"
    editions = {e["id"]: e for e in overview(store)["editions"]}
    assert editions["ppf:edition-2021"]["published_by"] == "file:programme.json.gz"
    assert editions["ppf:edition-2021"]["signed"] is False


def test_the_command_line_refuses_a_claim_and_names_its_flag(
    data_dir, server, keys, tmp_path, capsys
):
    from briefer.core.store import open_store

    store = open_store(data_dir)
    _official(store, server, keys)
    store.close()
    catalogue = DataFolder(data_dir).catalogue_db
    before = catalogue.read_bytes()
    path = _claiming_file(tmp_path)
    code = main(["--data-dir", str(data_dir), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "'official' (signed)" in err and "programme.json.gz" in err and "--force" in err
    assert DataFolder(data_dir).catalogue_db == catalogue and catalogue.read_bytes() == before
    assert main(["--data-dir", str(data_dir), "import", str(path), "--force"]) == 0
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    out = capsys.readouterr().out
    assert "published by" in out and "the file programme.json.gz" in out and "unsigned" in out


def test_a_dripping_server_is_stopped_by_the_sync_deadline(store, server, user_state):
    _, fingerprint = user_state
    server.routes["/drip.xml"] = Route(body=b"<schedule>" + b" " * 500, mode="drip")
    add_source(store, "slow", server.url + "/drip.xml", "frab-xml")
    before = fingerprint()
    with pytest.raises(FetchError, match="time allowed for a sync ran out") as caught:
        sync_source(store, "slow", deadline_seconds=1.0)
    assert caught.value.kind == "deadline"
    assert fingerprint() == before


def test_a_redirect_to_ftp_is_not_followed(store, server, user_state):
    _, fingerprint = user_state
    server.routes["/moved.xml"] = Route(status=302, headers={"Location": "ftp://127.0.0.1/x"})
    add_source(store, "moved", server.url + "/moved.xml", "frab-xml")
    before = fingerprint()
    with pytest.raises(FetchError, match=r"ftp://127\.0\.0\.1/x") as caught:
        sync_source(store, "moved")
    assert caught.value.kind == "unsafe_redirect"
    assert fingerprint() == before


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("https://a.example/f", "http://a.example/f", False),
        ("https://a.example/f", "file:///etc/passwd", False),
        ("http://a.example/f", "ftp://a.example/f", False),
        ("http://a.example/f", "https://b.example/f", True),
        ("https://a.example/f", "https://b.example/f", True),
    ],
)
def test_redirects_go_to_http_or_https_and_never_down(old, new, allowed):
    handler = _SafeRedirects()
    request = urllib.request.Request(old)
    if allowed:
        assert handler.redirect_request(request, None, 302, "Found", {}, new).full_url == new
    else:
        with pytest.raises(FetchError, match="not a safe address"):
            handler.redirect_request(request, None, 302, "Found", {}, new)


def test_a_forced_sync_asks_for_the_whole_file_and_a_304_is_an_error(store, server, user_state):
    server.routes["/p.xml"] = Route(body=b"<schedule/>", mode="not_modified")
    add_source(store, "stale", server.url + "/p.xml", "frab-xml")
    store.conn.execute("UPDATE sources SET etag = '\"v1\"' WHERE name = 'stale'")
    assert sync_source(store, "stale") is None
    with pytest.raises(FetchError, match="304") as caught:
        sync_source(store, "stale", force=True)
    assert "If-None-Match" not in server.requests[-1]
    assert caught.value.status == 304
    assert get_source(store, "stale").last_status.startswith("failed")


@pytest.mark.parametrize("kind", ["briefer", "frab-xml", "ics"])
def test_a_captive_portal_is_not_a_feed(store, server, keys, user_state, kind):
    _, fingerprint = user_state
    server.routes["/feed"] = Route(body=HTML, headers={"Content-Type": "text/html"})
    server.routes["/feed.sig"] = Route(body=HTML, headers={"Content-Type": "text/html"})
    key = keys["public_text"] if kind == "briefer" else None
    add_source(store, "portal", server.url + "/feed", kind, key)
    before = fingerprint()
    with pytest.raises(BrieferError) as caught:
        sync_source(store, "portal")
    assert "web page, not a feed" in str(caught.value)
    assert "signature is" not in str(caught.value).lower()
    assert fingerprint() == before


def test_sizes_are_given_in_their_unit(server):
    server.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(FetchError, match=r"4\.9 KB, over the 1000 bytes limit"):
        fetch(server.url + "/big", max_bytes=1000)


@pytest.mark.parametrize("value", ["-5", "0", "nan", "inf", "soon"])
def test_a_negative_timeout_is_refused_as_bad_arguments(data_dir, capsys, value):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(data_dir), "sync", "--timeout", value])
    assert caught.value.code == 2
    assert "positive number of seconds" in capsys.readouterr().err
