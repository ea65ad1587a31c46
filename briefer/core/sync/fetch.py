"""Downloading a source: conditional, time-limited, size-capped, always TLS-verified.

System proxy settings are honoured (urllib reads them from the environment and the OS). There is
deliberately no switch to disable certificate checks; a private CA is trusted through the
standard SSL_CERT_FILE variable, which is visible to whoever sets it.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from briefer import __version__
from briefer.core.errors import BrieferError
from briefer.core.progress import Reporter

USER_AGENT = f"Briefer/{__version__} (+offline briefing for forum delegations)"
MAX_BYTES = 64 * 1024 * 1024


class FetchError(BrieferError):
    """The source could not be downloaded; nothing was changed."""


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 for not modified
    body: bytes
    etag: str | None
    last_modified: str | None


def _unchanged(what: str) -> str:
    return f"{what} Nothing was changed; your data is as it was."


def _connect_error(url: str, reason: object) -> FetchError:
    if isinstance(reason, socket.gaierror):
        host = urllib.request.urlparse(url).hostname
        return FetchError(
            _unchanged(
                f"Cannot find the server {host!r} (DNS lookup failed): "
                "check the address or your connection."
            )
        )
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(_unchanged(f"The server refused the connection ({url})."))
    if isinstance(reason, TimeoutError | socket.timeout):
        return FetchError(
            _unchanged(
                f"Connecting to {url} timed out: the network may be offline or the server down."
            )
        )
    if isinstance(reason, ssl.SSLCertVerificationError):
        return FetchError(
            _unchanged(
                f"The server's TLS certificate could not be verified "
                f"({reason.verify_message}); the connection was refused."
            )
        )
    return FetchError(_unchanged(f"Cannot reach {url}: {reason}."))


def _http_error(url: str, error: urllib.error.HTTPError) -> FetchError:
    if error.code == 404:
        return FetchError(_unchanged(f"The source is not at {url} (HTTP 404 Not Found)."))
    if error.code == 503:
        after = error.headers.get("Retry-After")
        wait = ""
        if after:
            wait = (
                f" Try again in {after} seconds."
                if after.strip().isdigit()
                else (f" Try again after {_when(after)}.")
            )
        return FetchError(_unchanged(f"The server is temporarily unavailable (HTTP 503).{wait}"))
    if 500 <= error.code < 600:
        return FetchError(_unchanged(f"The server failed (HTTP {error.code}); try again later."))
    return FetchError(_unchanged(f"The server answered HTTP {error.code} for {url}."))


def _when(value: str) -> str:
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value


def fetch(
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_BYTES,
    progress: Reporter | None = None,
) -> Fetched:
    """GET `url` with conditional headers; 304 gives an empty body.

    Raises:
        FetchError: with a specific message for each way the download can fail.
    """
    report = progress or Reporter()
    if not url.lower().startswith(("https://", "http://", "file://")):
        raise FetchError(f"{url!r} is not an http(s) address.")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    )
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl.create_default_context())
    )
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Fetched(304, b"", etag, last_modified)
        raise _http_error(url, error) from error
    except urllib.error.URLError as error:
        raise _connect_error(url, error.reason) from error
    except TimeoutError as error:
        raise _connect_error(url, error) from error
    except (ConnectionError, http.client.HTTPException) as error:
        raise FetchError(_unchanged(f"The connection to {url} failed: {error}.")) from error
    with response:
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        if expected is not None and expected > max_bytes:
            raise FetchError(
                _unchanged(
                    f"The source is {expected // (1024 * 1024)} MB, over the "
                    f"{max_bytes // (1024 * 1024)} MB limit."
                )
            )
        body = _read(response, url, expected, max_bytes, report)
        return Fetched(
            200, body, response.headers.get("ETag"), response.headers.get("Last-Modified")
        )


def _read(response, url: str, expected: int | None, max_bytes: int, report: Reporter) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = response.read(65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FetchError(
                    _unchanged(
                        f"The download passed the {max_bytes // (1024 * 1024)} MB limit; stopped."
                    )
                )
            report(total, expected, "download")
    except TimeoutError as error:
        raise FetchError(
            _unchanged(
                f"The server stopped sending in the middle of the download ({total} bytes "
                "received)."
            )
        ) from error
    except http.client.IncompleteRead as error:
        raise FetchError(
            _unchanged(
                f"The download was cut short ({len(error.partial)} bytes of "
                f"{expected if expected is not None else '?'})."
            )
        ) from error
    except (ConnectionError, OSError) as error:
        raise FetchError(
            _unchanged(f"The connection broke during the download: {error}.")
        ) from error
    if expected is not None and total != expected:
        raise FetchError(_unchanged(f"The download was cut short ({total} of {expected} bytes)."))
    return b"".join(chunks)
