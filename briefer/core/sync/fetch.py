"""Downloading a source: conditional, time-limited, size-capped, always TLS-verified.

System proxy settings are honoured (urllib reads them from the environment and the OS). There is
deliberately no switch to disable certificate checks; a private CA is trusted through the
standard SSL_CERT_FILE variable, which is visible to whoever sets it.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from briefer import __version__
from briefer.core.errors import BrieferError
from briefer.core.i18n import translate
from briefer.core.neutral import Message, Number, Sentences, Words
from briefer.core.progress import Reporter

USER_AGENT = f"Briefer/{__version__} (+offline briefing for forum delegations)"
MAX_BYTES = 64 * 1024 * 1024
DEADLINE = 300.0  # seconds a whole sync may take, however steadily the server drips


class FetchError(BrieferError):
    """The source could not be downloaded; nothing was changed (`unchanged`: the message
    says so after the fault). `words` is the fault kept in no language."""

    default_kind = "fetch"

    def __init__(self, fault: Message, status: int | None = None, unchanged: bool = True) -> None:
        said = fault.text()
        super().__init__(f"{said} {unchanged_note()}" if unchanged else said, words=fault)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 for not modified
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str | None = None


def size_words(count: int) -> Words:
    """A byte count in the unit that reads best: bytes, KB or MB, its number written as the
    reader's language writes it (« 20,1 Ko »)."""
    if count < 1024:
        return Words.translate("Sync", "%n byte(s)", None, count)
    if count < 1024 * 1024:
        return Words.translate("Sync", "{count} KB").format(count=Number(round(count / 1024, 1)))
    return Words.translate("Sync", "{count} MB").format(count=Number(round(count / 2**20, 1)))


def looks_like_web_page(body: bytes, content_type: str | None = None) -> bool:
    """Whether a download is an HTML page (a network's login page, an error page)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def web_page_error(url: str) -> FetchError:
    """The server sent a web page where a feed or a signature was expected."""
    message = Words.translate(
        "Sync",
        "{url} answered with a web page, not a feed or a signature: a network's login page "
        "(a hotel's or an airport's Wi-Fi) may be in the way, or the address is wrong.",
    ).format(url=url)
    error = FetchError(message)
    error.kind = "not_a_feed"
    error.facts = {"url": url}
    return error


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http or https only, and never from https down to http."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old = urllib.request.urlparse(req.full_url).scheme.lower()
        new = urllib.request.urlparse(newurl).scheme.lower()
        if new not in ("http", "https") or (old == "https" and new == "http"):
            message = Words.translate(
                "Sync",
                "{url} redirected to {target}, which is not a safe address (only https, or "
                "http from http, is followed); refused.",
            ).format(url=req.full_url, target=newurl)
            error = FetchError(message)
            error.kind = "unsafe_redirect"
            error.facts = {"url": req.full_url, "target": newurl}
            raise error
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _deadline_error(url: str, total: int) -> FetchError:
    message = Words.translate(
        "Sync",
        "The download from {url} was still running when the time allowed for a sync ran out "
        "({size} received): the connection is too slow or the server is holding it open; "
        "stopped.",
    ).format(url=url, size=size_words(total))
    error = FetchError(message)
    error.kind = "deadline"
    return error


def unchanged_note() -> str:
    """What every fetch fault adds: the user's data is as it was."""
    return translate("Sync", "Nothing was changed; your data is as it was.")


def _connect_error(url: str, reason: object) -> FetchError:
    message: Words
    if isinstance(reason, socket.gaierror):
        host = urllib.request.urlparse(url).hostname
        message = Words.translate(
            "Sync",
            "Cannot find the server '{host}' (DNS lookup failed): "
            "check the address or your connection.",
        ).format(host=host)
    elif isinstance(reason, ConnectionRefusedError):
        message = Words.translate("Sync", "The server refused the connection ({url}).").format(
            url=url
        )
    elif isinstance(reason, TimeoutError | socket.timeout):
        message = Words.translate(
            "Sync",
            "Connecting to {url} timed out: the network may be offline or the server down.",
        ).format(url=url)
    elif isinstance(reason, ssl.SSLCertVerificationError):
        message = Words.translate(
            "Sync",
            "The server's TLS certificate could not be verified ({reason}); "
            "the connection was refused.",
        ).format(reason=reason.verify_message)
    else:
        message = Words.translate("Sync", "Cannot reach {url}: {reason}.").format(
            url=url, reason=str(reason)
        )
    return FetchError(message)


def _http_error(url: str, error: urllib.error.HTTPError) -> FetchError:
    code = error.code
    text: Message
    if code == 404:
        text = Words.translate("Sync", "The source is not at {url} (HTTP 404 Not Found).").format(
            url=url
        )
    elif code == 503:
        text = _unavailable((error.headers.get("Retry-After") or "").strip())
    elif 500 <= code < 600:
        text = Words.translate("Sync", "The server failed (HTTP {code}); try again later.").format(
            code=code
        )
    else:
        text = Words.translate("Sync", "The server answered HTTP {code} for {url}.").format(
            code=code, url=url
        )
    return FetchError(text, status=code)


def _unavailable(after: str) -> Message:
    """HTTP 503, and when to try again if the server said (Retry-After)."""
    down = Words.translate("Sync", "The server is temporarily unavailable (HTTP 503).")
    if after.isdigit():
        return Sentences(
            (down, Words.translate("Sync", "Try again in %n second(s).", None, int(after)))
        )
    if after:
        return Sentences(
            (down, Words.translate("Sync", "Try again after {after}.").format(after=_when(after)))
        )
    return down


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
    deadline: float | None = None,
) -> Fetched:
    """GET `url` with conditional headers; 304 gives an empty body.

    `deadline` is a `time.monotonic()` instant the whole download must end by (default: now
    plus `DEADLINE`); `timeout` bounds each single read. Without `etag` and `last_modified` the
    request is unconditional, and a 304 answer to it is an error.

    Raises:
        FetchError: with a specific message for each way the download can fail.
    """
    if not timeout > 0:
        raise FetchError(
            Words.translate("Sync", "A timeout must be a positive number of seconds."),
            unchanged=False,
        )
    report = progress or Reporter()
    started = time.monotonic()
    deadline = deadline if deadline is not None else started + DEADLINE
    if not url.lower().startswith(("https://", "http://", "file://")):
        not_http = Words.translate("Sync", "'{url}' is not an http(s) address.")
        raise FetchError(not_http.format(url=url), unchanged=False)
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    )
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    from briefer.core.sync.tls import handlers  # one cached TLS context for every request

    opener = urllib.request.build_opener(*handlers(), _SafeRedirects())
    try:
        response = opener.open(request, timeout=min(timeout, max(deadline - started, 0.1)))
    except urllib.error.HTTPError as error:
        if error.code == 304 and (etag or last_modified):
            return Fetched(304, b"", etag, last_modified)
        if error.code == 304:
            message = Words.translate(
                "Sync",
                "{url} answered 'not modified' (HTTP 304) to a request for the whole file, "
                "which a server may not do; nothing was fetched.",
            ).format(url=url)
            raise FetchError(message, status=304) from error
        raise _http_error(url, error) from error
    except FetchError:
        raise
    except urllib.error.URLError as error:
        raise _connect_error(url, error.reason) from error
    except TimeoutError as error:
        raise _connect_error(url, error) from error
    except (ConnectionError, http.client.HTTPException) as error:
        message = Words.translate("Sync", "The connection to {url} failed: {error}.")
        raise FetchError(message.format(url=url, error=str(error))) from error
    with response:
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        if expected is not None and expected > max_bytes:
            message = Words.translate("Sync", "The source is {size}, over the {limit} limit.")
            raise FetchError(message.format(size=size_words(expected), limit=size_words(max_bytes)))
        body = _read(response, url, expected, max_bytes, report, (started, deadline))
        return Fetched(
            200,
            body,
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
            response.headers.get("Content-Type"),
        )


def _read(
    response,
    url: str,
    expected: int | None,
    max_bytes: int,
    report: Reporter,
    window: tuple[float, float],
) -> bytes:
    _started, deadline = window
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise _deadline_error(url, total)
            chunk = response.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                message = Words.translate("Sync", "The download passed the {limit} limit; stopped.")
                raise FetchError(message.format(limit=size_words(max_bytes)))
            report(total, expected, "download")
    except TimeoutError as error:
        message = Words.translate(
            "Sync",
            "The server stopped sending in the middle of the download ({size} received).",
        )
        raise FetchError(message.format(size=size_words(total))) from error
    except http.client.IncompleteRead as error:
        message = Words.translate("Sync", "The download was cut short ({total} of {expected}).")
        expected_words = size_words(expected) if expected is not None else "?"
        raise FetchError(
            message.format(total=size_words(len(error.partial)), expected=expected_words)
        ) from error
    except (ConnectionError, OSError) as error:
        message = Words.translate("Sync", "The connection broke during the download: {error}.")
        raise FetchError(message.format(error=str(error))) from error
    if expected is not None and total != expected:
        message = Words.translate("Sync", "The download was cut short ({total} of {expected}).")
        raise FetchError(message.format(total=size_words(total), expected=size_words(expected)))
    return b"".join(chunks)
