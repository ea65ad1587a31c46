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
from briefer.core.i18n import translate
from briefer.core.progress import Reporter

USER_AGENT = f"Briefer/{__version__} (+offline briefing for forum delegations)"
MAX_BYTES = 64 * 1024 * 1024


class FetchError(BrieferError):
    """The source could not be downloaded; nothing was changed."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 for not modified
    body: bytes
    etag: str | None
    last_modified: str | None


def _unchanged(what: str) -> str:
    return what + " " + translate("Sync", "Nothing was changed; your data is as it was.")


def _connect_error(url: str, reason: object) -> FetchError:
    if isinstance(reason, socket.gaierror):
        host = urllib.request.urlparse(url).hostname
        message = translate(
            "Sync",
            "Cannot find the server '{host}' (DNS lookup failed): "
            "check the address or your connection.",
        ).format(host=host)
    elif isinstance(reason, ConnectionRefusedError):
        message = translate("Sync", "The server refused the connection ({url}).").format(url=url)
    elif isinstance(reason, TimeoutError | socket.timeout):
        message = translate(
            "Sync",
            "Connecting to {url} timed out: the network may be offline or the server down.",
        ).format(url=url)
    elif isinstance(reason, ssl.SSLCertVerificationError):
        message = translate(
            "Sync",
            "The server's TLS certificate could not be verified ({reason}); "
            "the connection was refused.",
        ).format(reason=reason.verify_message)
    else:
        message = translate("Sync", "Cannot reach {url}: {reason}.").format(url=url, reason=reason)
    return FetchError(_unchanged(message))


def _http_error(url: str, error: urllib.error.HTTPError) -> FetchError:
    code = error.code
    if code == 404:
        text = translate("Sync", "The source is not at {url} (HTTP 404 Not Found).").format(url=url)
    elif code == 503:
        text = translate("Sync", "The server is temporarily unavailable (HTTP 503).")
        after = (error.headers.get("Retry-After") or "").strip()
        if after.isdigit():
            text += " " + translate("Sync", "Try again in {after} seconds.").format(after=after)
        elif after:
            text += " " + translate("Sync", "Try again after {after}.").format(after=_when(after))
    elif 500 <= code < 600:
        text = translate("Sync", "The server failed (HTTP {code}); try again later.").format(
            code=code
        )
    else:
        text = translate("Sync", "The server answered HTTP {code} for {url}.").format(
            code=code, url=url
        )
    return FetchError(_unchanged(text), status=code)


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
        raise FetchError(translate("Sync", "'{url}' is not an http(s) address.").format(url=url))
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
        message = translate("Sync", "The connection to {url} failed: {error}.")
        raise FetchError(_unchanged(message.format(url=url, error=error))) from error
    with response:
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        if expected is not None and expected > max_bytes:
            message = translate("Sync", "The source is {size} MB, over the {limit} MB limit.")
            raise FetchError(
                _unchanged(message.format(size=expected // 2**20, limit=max_bytes // 2**20))
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
                message = translate("Sync", "The download passed the {limit} MB limit; stopped.")
                raise FetchError(_unchanged(message.format(limit=max_bytes // 2**20)))
            report(total, expected, "download")
    except TimeoutError as error:
        message = translate(
            "Sync",
            "The server stopped sending in the middle of the download ({total} bytes received).",
        )
        raise FetchError(_unchanged(message.format(total=total))) from error
    except http.client.IncompleteRead as error:
        message = translate("Sync", "The download was cut short ({total} of {expected} bytes).")
        expected_text = expected if expected is not None else "?"
        raise FetchError(
            _unchanged(message.format(total=len(error.partial), expected=expected_text))
        ) from error
    except (ConnectionError, OSError) as error:
        message = translate("Sync", "The connection broke during the download: {error}.")
        raise FetchError(_unchanged(message.format(error=error))) from error
    if expected is not None and total != expected:
        message = translate("Sync", "The download was cut short ({total} of {expected} bytes).")
        raise FetchError(_unchanged(message.format(total=total, expected=expected)))
    return b"".join(chunks)
