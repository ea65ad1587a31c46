"""Syncing against a real HTTP server on 127.0.0.1: success, and every named failure."""

from __future__ import annotations

import json
import socket

import pytest
from loopback import feed_document, gz, signed

from briefer.core.catalogue.items import item_detail
from briefer.core.errors import BrieferError
from briefer.core.sync import feed as feed_module
from briefer.core.sync.history import list_changes
from briefer.core.sync.sources import add_source, get_source, status_text, sync_source


def serve(server, path: str, body: bytes, signature: bytes | None = None, **route) -> str:
    from loopback import Route

    server.routes[path] = Route(body=body, **route)
    if signature is not None:
        server.routes[path + ".sig"] = Route(body=signature)
    return server.url + path


def test_signed_sync_applies_and_keeps_marks_and_notes(store, server, keys, user_state):
    delegation, _ = user_state
    url = serve(
        server, "/feed.json.gz", *signed(feed_document(), keys["private"]), headers={"ETag": '"v5"'}
    )
    add_source(store, "official", url, "briefer", keys["public_text"])
    result = sync_source(store, "official")
    assert result.status == "applied" and result.items == 2
    fields = {(c["item_id"], c["field"]) for c in result.changes}
    assert ("ppf:ses-2021-101", "room") in fields and ("ppf:ses-new", "added") in fields
    assert ("ppf:ses-2021-102", "removed") in fields
    detail = item_detail(store, "ppf:ses-2021-102", "en")
    assert detail["status"] == "withdrawn"
    marks = store.query("SELECT item_id, priority FROM marks ORDER BY item_id")
    assert marks == [
        {"item_id": "ppf:ses-2021-101", "priority": "must"},
        {"item_id": "ppf:ses-2021-102", "priority": "should"},
    ]
    assert store.query("SELECT body FROM notes")[0]["body"] == "Note à garder — ملاحظة"
    changes = list_changes(store, delegation)
    assert changes[0]["marked"] and not changes[-1]["marked"]
    assert server.requests[0]["User-Agent"].startswith("Briefer/")


def test_not_modified_is_a_cheap_no_op(store, server, keys, user_state):
    url = serve(
        server, "/feed.json.gz", *signed(feed_document(), keys["private"]), headers={"ETag": '"v5"'}
    )
    add_source(store, "official", url, "briefer", keys["public_text"])
    sync_source(store, "official")
    _, fingerprint = user_state
    before = fingerprint()
    assert sync_source(store, "official") is None
    assert server.requests[-1]["If-None-Match"] == '"v5"'
    assert fingerprint() == before
    assert get_source(store, "official").last_status == "not modified"


def _refused(
    store, fingerprint, message: str, name: str = "src", timeout: float = 10, **kwargs
) -> None:
    """The sync fails with `message` and the user's data is as it was. `timeout` is short only
    where a timeout is the point: a busy machine must not turn another refusal into one."""
    before = fingerprint()
    with pytest.raises(BrieferError, match=message):
        sync_source(store, name, timeout=timeout, **kwargs)
    assert fingerprint() == before


def _free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_connection_refused(store, user_state):
    _, fp = user_state
    add_source(store, "src", f"http://127.0.0.1:{_free_port()}/f", "frab-xml")
    _refused(store, fp, "refused the connection")


def test_dns_failure(store, user_state, monkeypatch):
    _, fp = user_state
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):
        if host == "feeds.example.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    add_source(store, "src", "https://feeds.example.invalid/f.xml", "frab-xml")
    _refused(store, fp, "DNS lookup failed")


def test_connect_timeout(store, user_state):
    _, fp = user_state
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(8):  # fill the accept queue: further connections are never answered
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(filler)
    try:
        add_source(store, "src", f"http://127.0.0.1:{port}/f.xml", "frab-xml")
        _refused(store, fp, "timed out", timeout=0.5)
    finally:
        for sock in (*fillers, listener):
            sock.close()


def test_server_that_stalls_mid_body(store, server, user_state):
    _, fp = user_state
    url = serve(server, "/slow.xml", b"<schedule>" + b" " * 5000 + b"</schedule>", mode="stall")
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, "stopped sending in the middle", timeout=0.5)


@pytest.mark.parametrize(
    ("status", "headers", "message"),
    [
        (404, {}, "404 Not Found"),
        (500, {}, "HTTP 500"),
        (503, {"Retry-After": "120"}, "Try again in 120 seconds"),
    ],
)
def test_http_errors(store, server, user_state, status, headers, message):
    _, fp = user_state
    url = serve(server, "/f.xml", b"error page", status=status, headers=headers)
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, message)


def test_truncated_body(store, server, user_state):
    _, fp = user_state
    url = serve(server, "/f.xml", b"<schedule>" + b"x" * 10000, mode="truncate")
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, "cut short")


def test_invalid_json_feed(store, server, keys, user_state):
    _, fp = user_state
    url = serve(server, "/f.gz", *signed(b'{"format": "briefer-feed", oops', keys["private"]))
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, "not valid JSON")


def test_invalid_xml(store, server, user_state):
    _, fp = user_state
    url = serve(server, "/f.xml", b"<schedule><conference><title>x</conference>")
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, "not well-formed XML")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["sessions"][0].update(title_en=5), "must be a str"),
        (lambda d: d["tables"]["sessions"][0].update(colour="red"), "unknown field 'colour'"),
        (
            lambda d: d["tables"]["sessions"].append(dict(d["tables"]["sessions"][0])),
            "duplicate id 'ppf:ses-2021-101'",
        ),
        (
            lambda d: d["tables"]["sessions"][0].update(room_id="ppf:room:nowhere"),
            "unknown item 'ppf:room:nowhere'",
        ),
        (lambda d: d["tables"]["sessions"][0].update(start="11/11/2021 14:30"), "not an ISO 8601"),
        (lambda d: d.update(namespace="../etc"), "namespace"),
    ],
)
def test_schema_and_reference_violations(store, server, keys, user_state, change, message):
    _, fp = user_state
    document = feed_document()
    change(document)
    url = serve(server, "/f.gz", *signed(document, keys["private"]))
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, message)


def test_bad_signature(store, server, keys, user_state):
    _, fp = user_state
    raw, _ = signed(feed_document(), keys["private"])
    _, other_signature = signed(feed_document(version=6), keys["private"])
    url = serve(server, "/f.gz", raw, other_signature)
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, "Bad signature")
    _refused(store, fp, "Bad signature", force=True)


def test_signature_by_an_untrusted_key(store, server, keys, user_state):
    _, fp = user_state
    url = serve(server, "/f.gz", *signed(feed_document(), keys["stranger"]))
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, "does not trust")


def test_unsigned_feed_needs_explicit_trust(store, server, user_state):
    _, _fp = user_state
    url = serve(server, "/f.gz", gz(json.dumps(feed_document()).encode()))
    with pytest.raises(BrieferError, match="public key"):
        add_source(store, "src", url, "briefer")
    add_source(store, "trusted", url, "briefer", trust_unsigned=True)
    result = sync_source(store, "trusted")
    assert any("unsigned" in w for w in result.warnings)


def test_rollback_refused_unless_forced(store, server, keys, user_state):
    _, fp = user_state
    url = serve(server, "/f.gz", *signed(feed_document(version=7), keys["private"]))
    add_source(store, "src", url, "briefer", keys["public_text"])
    sync_source(store, "src")
    serve(server, "/f.gz", *signed(feed_document(version=6), keys["private"]))
    _refused(store, fp, "rollback")
    assert sync_source(store, "src", force=True).status == "applied"


def test_body_over_the_size_cap(store, server, user_state):
    _, fp = user_state
    url = serve(server, "/big.xml", b"<schedule>" + b" " * 50_000 + b"</schedule>")
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, "limit", max_bytes=10_000)


def test_compression_bomb(store, server, keys, user_state, monkeypatch):
    _, fp = user_state
    monkeypatch.setattr(feed_module, "MAX_DECOMPRESSED", 1024 * 1024)
    url = serve(
        server, "/bomb.gz", *signed(b"{" + b" " * (20 * 1024 * 1024) + b"}", keys["private"])
    )
    assert len(server.routes["/bomb.gz"].body) < 100_000
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, "compression bomb")


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<schedule><conference><title>&x;</title></conference></schedule>",
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<schedule><conference><title>&lol3;</title></conference></schedule>",
    ],
)
def test_xml_external_entity_and_billion_laughs(store, server, user_state, payload):
    _, fp = user_state
    url = serve(server, "/evil.xml", payload)
    add_source(store, "src", url, "frab-xml")
    _refused(store, fp, "DTD or entities")


def test_empty_feed_refused_unless_forced(store, server, keys, user_state):
    _, fp = user_state
    url = serve(server, "/f.gz", *signed(feed_document(sessions=[]), keys["private"]))
    add_source(store, "src", url, "briefer", keys["public_text"])
    _refused(store, fp, "empty programme")
    assert sync_source(store, "src", force=True).status == "applied"


def test_failed_sync_is_recorded_on_the_source(store, server, user_state):
    url = serve(server, "/f.xml", b"", status=500)
    add_source(store, "src", url, "frab-xml")
    with pytest.raises(BrieferError):
        sync_source(store, "src")
    assert status_text(get_source(store, "src").last_status).startswith("failed: The server failed")


def test_tls_certificate_is_verified(store, user_state, tmp_path):
    import datetime
    import ssl
    import threading
    from http.server import HTTPServer

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from loopback import Handler, Route

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "k.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    Handler.routes = {"/f.xml": Route(body=b"<schedule/>")}
    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.handle_request, daemon=True)
    thread.start()
    _, fp = user_state
    try:
        add_source(store, "src", f"https://127.0.0.1:{httpd.server_address[1]}/f.xml", "frab-xml")
        _refused(store, fp, "certificate could not be verified")
    finally:
        thread.join(5)
        httpd.server_close()


def test_published_feed_matches_the_shipped_schema(store, tmp_path, keys):
    import gzip

    import jsonschema

    from briefer.core.catalogue.schema import TABLES
    from briefer.core.paths import resources_dir
    from briefer.core.sync.publish import publish_feed

    schema = json.loads((resources_dir() / "feed.schema.json").read_text(encoding="utf-8"))
    for name, columns in TABLES.items():
        assert set(schema["$defs"][name]["properties"]) == set(columns), name
    publish_feed(store, tmp_path / "site", tmp_path / "publisher.key")
    document = json.loads(gzip.decompress((tmp_path / "site" / "catalogue.json.gz").read_bytes()))
    jsonschema.validate(document, schema)
    assert document["namespace"] == "ppf" and len(document["tables"]["sessions"]) == 33


def test_a_withdrawn_session_keeps_its_time_in_the_packs_agenda(
    store, server, keys, user_state, tmp_path
):
    """Found by a review of the reprint flow: a withdrawn session's agenda row read "to be
    announced", its time and place dropped with the catalogue's row; the time it had is kept."""
    from briefer.core.packs.content import build_content
    from briefer.core.packs.sections import PackSections

    delegation, _ = user_state
    before = item_detail(store, "ppf:ses-2021-102", "fr")["time"]
    url = serve(server, "/feed.json.gz", *signed(feed_document(), keys["private"]))
    add_source(store, "official", url, "briefer", keys["public_text"])
    sync_source(store, "official")
    detail = item_detail(store, "ppf:ses-2021-102", "fr")
    assert detail["status"] == "withdrawn" and detail["time"] == before != "à confirmer"
    entry = next(e for e in build_content(store, delegation, None, "fr").sessions
                 if e.id == "ppf:ses-2021-102")  # fmt: skip
    assert PackSections._time(None, entry.detail) == before


def test_a_sync_says_what_it_did_to_the_delegation(store, server, keys, capsys):
    """Found by review: « forum : 103 éléments dans « ppf » … (salle : 1, …) » and no word
    that six marked sessions had changed and that a delegate now had three conflicts."""
    from briefer.core.delegations import add_delegate, create_delegation
    from briefer.core.marks import set_mark
    from briefer.core.operations import sync_all

    url = serve(server, "/feed.json.gz", *signed(feed_document(5), keys["private"]))
    add_source(store, "official", url, "briefer", keys["public_text"])
    sync_all(store)
    delegation = create_delegation(store, "Délégation", "SN")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina])
    set_mark(store, delegation, "ppf:ses-new", "should", [amina])
    moved = feed_document(6)
    moved["tables"]["sessions"][1]["day"] = "2021-11-11"
    moved["tables"]["sessions"][1]["start"] = "2021-11-11T13:45:00Z"  # during 101
    serve(server, "/feed.json.gz", *signed(moved, keys["private"]))
    report = sync_all(store).value
    assert report.marked_changed == ["ppf:ses-new"]
    assert [(c.delegate, {c.first, c.second}) for c in report.new_conflicts] == [
        ("Amina", {"ppf:ses-2021-101", "ppf:ses-new"})
    ]
    from briefer.cli.sync_cmds import _print_impact

    _print_impact(report)  # what `briefer sync` prints after its summary
    assert capsys.readouterr().out.splitlines() == [
        "Your delegation: 1 marked item changed; see: briefer changes",
        "1 new conflict for Amina; see: briefer conflicts",
    ]
    assert sync_all(store, force=True).value.new_conflicts == []  # nothing new the second time


def test_a_conflict_whose_sessions_swap_order_is_not_new(store, server, keys):
    """Found by review: a sync that moved one of two conflicting sessions past the other's
    start reported the conflict as new: pairs were compared in start order."""
    from briefer.core.delegations import add_delegate, create_delegation
    from briefer.core.marks import conflicts, set_mark
    from briefer.core.operations import sync_all

    first = feed_document(5)
    first["tables"]["sessions"][1].update(day="2021-11-11", start="2021-11-11T13:45:00Z")
    url = serve(server, "/feed.json.gz", *signed(first, keys["private"]))
    add_source(store, "official", url, "briefer", keys["public_text"])
    sync_all(store)
    delegation = create_delegation(store, "Délégation", "SN")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina])
    set_mark(store, delegation, "ppf:ses-new", "should", [amina])
    (before,) = conflicts(store, delegation)
    assert before.first == "ppf:ses-2021-101"
    moved = feed_document(6, sessions=[dict(s) for s in first["tables"]["sessions"]])
    moved["tables"]["sessions"][0]["start"] = "2021-11-11T13:50:00Z"  # now after ses-new's
    serve(server, "/feed.json.gz", *signed(moved, keys["private"]))
    report = sync_all(store).value
    assert report.marked_changed == ["ppf:ses-2021-101"]
    (after,) = conflicts(store, delegation)
    assert after.first == "ppf:ses-new"
    assert report.new_conflicts == []


def test_a_stored_failure_this_version_cannot_word_still_shows_something():
    """A failure kept in no language whose entry no longer fits (a placeholder renamed, a
    record damaged) shows its kind rather than a traceback; free text shows as it was."""
    from briefer.core.sync.sources import failure_reason, status_text, stored_failure

    renamed = '{"kind": "fetch", "words": {"context": "Sync", "source": "Gone {host}", "n": -1}}'
    assert status_text("failed: " + renamed) == "failed: fetch"
    damaged = 'failed: {"kind": "fetch", "words": {"context": "Sync"}}'
    assert failure_reason(stored_failure(damaged)) == "fetch"
    assert status_text("failed: {not json") == "failed: {not json"


def test_a_stored_failure_keeps_its_message_whole_and_clips_its_values(store):
    """Values a server sent are clipped when a failure is stored; the message's own text was
    clipped too, so an entry longer than that was found in no catalogue and shown cut short."""
    from briefer.core.neutral import Words
    from briefer.core.sync.sources import record_failure, status_text

    add_source(store, "src", "http://127.0.0.1:9/feed.json", "frab-json")
    long_text = "The server said: {said}. " + "Nothing was changed. " * 20
    error = BrieferError(words=Words("Sync", long_text).format(said="x" * 1000))
    record_failure(store, get_source(store, "src"), error)
    shown = status_text(get_source(store, "src").last_status)
    assert shown == "failed: " + long_text.format(said="x" * 300)
