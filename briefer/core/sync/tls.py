"""HTTPS as the system sees it: its trust store and its proxy settings.

Python's default context reads OpenSSL's CA file, which a bundle on Windows or macOS does not
have and which lacks the certificates an organisation installs in the system store (TLS
inspection). `truststore` verifies through the system instead: Windows' CryptoAPI, macOS'
Security framework, and on Linux the distribution's CA bundle (found even when the bundled
OpenSSL looks elsewhere; `SSL_CERT_FILE` still chooses another one).
"""

from __future__ import annotations

import ssl
import urllib.request
from functools import cache


@cache
def ssl_context() -> ssl.SSLContext:
    """One client context for every HTTPS request, verifying against the system's trust store."""
    try:
        import truststore
    except ImportError:  # an install without it still verifies, with OpenSSL's own CA file
        return ssl.create_default_context()
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def system_proxies() -> dict[str, str]:
    """The proxies to use: `*_proxy` variables, else Windows' Internet settings or macOS'."""
    return urllib.request.getproxies()


def handlers() -> list[urllib.request.BaseHandler]:
    """urllib handlers for `build_opener`: the system's proxies and trust store."""
    return [
        urllib.request.ProxyHandler(system_proxies()),
        urllib.request.HTTPSHandler(context=ssl_context()),
    ]
