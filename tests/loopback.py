"""A real HTTP server on 127.0.0.1 whose answers each test scripts, and signed feeds (fixtures)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.marks import set_mark
from briefer.core.notes import add_note
from briefer.core.sync.signing import generate_keys, load_private, sign


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    mode: str = "normal"  # normal | stall | truncate | drip | not_modified
    hits: int = 0


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}
    requests: ClassVar[list[dict[str, str]]] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.requests.append({"path": self.path, **{k: v for k, v in self.headers.items()}})
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        route.hits += 1
        etag = route.headers.get("ETag")
        if route.mode == "not_modified":
            self.send_response(304)
            self.end_headers()
            return
        if etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(route.status)
        for key, value in route.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if route.mode == "stall":
            self.wfile.write(route.body[: len(route.body) // 2])
            self.wfile.flush()
            time.sleep(2.5)
            return
        if route.mode == "drip":
            self._drip(route.body)
            return
        if route.mode == "truncate":
            self.wfile.write(route.body[: len(route.body) // 2])
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.wfile.write(route.body)

    def _drip(self, body: bytes) -> None:
        """One byte at a time, slowly, until the client gives up."""
        try:
            for index in range(len(body)):
                self.wfile.write(body[index : index + 1])
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return


@pytest.fixture
def server():
    Handler.routes = {}
    Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    httpd.routes = Handler.routes
    httpd.requests = Handler.requests
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def keys(tmp_path: Path):
    private, public = generate_keys(tmp_path / "publisher")
    other, _other_public = generate_keys(tmp_path / "stranger")
    return {
        "private": load_private(private),
        "public": public,
        "public_text": public.read_text(),
        "stranger": load_private(other),
    }


def gz(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as stream:
        stream.write(data)
    return buffer.getvalue()


def feed_document(version: int = 5, sessions: list[dict] | None = None, **extra) -> dict:
    if sessions is None:
        sessions = [
            {
                "id": "ppf:ses-2021-101",
                "edition_id": "ppf:edition-2021",
                "title_en": "Risking repeat: The urgency of better pandemic preparedness",
                "day": "2021-11-11",
                "start": "2021-11-11T13:30:00Z",
                "end": "2021-11-11T14:15:00Z",
                "timezone": "Europe/Paris",
                "room_id": "ppf:room:2021:stage-c",
                "status": "scheduled",
            },
            {
                "id": "ppf:ses-new",
                "edition_id": "ppf:edition-2021",
                "title_en": "A new panel",
                "title_ar": "جلسة جديدة",
                "day": "2021-11-12",
                "start": "2021-11-12T09:00:00Z",
                "timezone": "Europe/Paris",
                "status": "scheduled",
            },
        ]
    document = {
        "format": "briefer-feed",
        "format_version": 1,
        "namespace": "ppf",
        "catalogue_version": version,
        "generated_at": "2026-11-20T10:00:00Z",
        "title": "Illustrative test feed",
        "illustrative": True,
        "partial": True,
        "tables": {
            "editions": [{"id": "ppf:edition-2021", "year": 2021, "name_en": "PPF 2021"}],
            "rooms": [{"id": "ppf:room:2021:stage-c", "name_en": "Stage C"}],
            "sessions": sessions,
        },
    }
    document.update(extra)
    return document


def signed(document: dict | bytes, private) -> tuple[bytes, bytes]:
    raw = gz(document if isinstance(document, bytes) else json.dumps(document).encode())
    return raw, sign(private, raw)


@pytest.fixture
def user_state(store):
    """The store with user data in it, and a function that fingerprints both files' contents."""
    delegation = create_delegation(store, "Délégation", "SN")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina], "Santé")
    set_mark(store, delegation, "ppf:ses-2021-102", "should", [amina])
    add_note(store, delegation, "ppf:ses-2021-102", "Note à garder — ملاحظة")

    def fingerprint() -> tuple:
        catalogue = hashlib.sha256(store.catalogue_path.read_bytes()).hexdigest()
        user = tuple(
            tuple(map(tuple, store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()))
            for t in ("delegations", "delegates", "marks", "mark_delegates", "notes")
        )
        return catalogue, user

    return delegation, fingerprint
