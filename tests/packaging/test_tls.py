"""HTTPS through the system's trust store and proxy settings (briefer.core.sync.tls)."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from briefer.core.sync import tls


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


class _Hello(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")


@pytest.fixture
def https_server(tmp_path):
    cert_file, key_file = _self_signed(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}/", cert_file
    server.shutdown()
    server.server_close()


@pytest.fixture
def fresh_context(monkeypatch):
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    tls.ssl_context.cache_clear()
    yield
    tls.ssl_context.cache_clear()


def _get(url: str) -> bytes:
    opener = urllib.request.build_opener(*tls.handlers())
    with opener.open(url, timeout=10) as response:
        return response.read()


def test_the_context_comes_from_the_system_trust_store(fresh_context):
    import truststore

    assert isinstance(tls.ssl_context(), truststore.SSLContext)
    assert tls.ssl_context() is tls.ssl_context()
    assert tls.ssl_context().verify_mode == ssl.CERT_REQUIRED


def test_an_untrusted_server_is_refused(https_server, fresh_context):
    url, _ = https_server
    with pytest.raises(urllib.error.URLError) as caught:
        _get(url)
    assert isinstance(caught.value.reason, ssl.SSLCertVerificationError)


def test_a_certificate_the_system_trusts_is_accepted(https_server, fresh_context, monkeypatch):
    url, cert_file = https_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    assert _get(url) == b"hello"


def test_the_system_proxy_settings_are_used(fresh_context, monkeypatch):
    monkeypatch.setenv("https_proxy", "http://proxy.example:3128")
    proxy = next(h for h in tls.handlers() if isinstance(h, urllib.request.ProxyHandler))
    assert proxy.proxies["https"] == "http://proxy.example:3128"
