"""Turning any imported programme into catalogue rows with stable, namespaced ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from briefer.core.catalogue.io import CatalogueData, Row
from briefer.core.i18n import translate
from briefer.core.search.textnorm import slug
from briefer.core.sync import validate
from briefer.core.timefmt import to_utc_text

_CANCELLED = re.compile(
    r"^\s*[\[(]?\s*(cancell?ed|annul[ée]e?s?|abgesagt|entf[äa]llt|ملغ[اى]ة?)\b\s*[\])]?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def is_cancelled_title(title: str | None) -> bool:
    return bool(title and _CANCELLED.match(title))


LinkSpec = tuple[str | None, str | None, str]
"""A link as a reader finds it: (url, title, kind)."""
LINK_TITLE_LIMIT = 200
LINK_URL_LIMIT = 2048
LINKS_PER_ITEM = 50


def web_url(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) URL of sane length, else None."""
    if not value:
        return None
    url = value.strip()
    if len(url) > LINK_URL_LIMIT or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        return None
    return url


_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clip_title(value: str | None) -> str | None:
    """A link title on one line, without control or bidi-override characters, at most
    LINK_TITLE_LIMIT characters."""
    text = " ".join(_HIDDEN.sub(" ", value or "").split())
    if len(text) > LINK_TITLE_LIMIT:
        text = text[: LINK_TITLE_LIMIT - 1] + "…"
    return text or None


def namespace_for(text: str) -> str:
    return slug(text)[:40] or "import"


@dataclass
class ImportBuilder:
    """Collects an imported programme; ids are `namespace:kind:local`, stable across versions."""

    namespace: str
    source_url: str | None = None
    certainty: str = "stated"
    data: CatalogueData = field(default_factory=CatalogueData)
    warnings: list[str] = field(default_factory=list)
    _rooms: dict[str, str] = field(default_factory=dict)
    _venue_id: str | None = None
    _item_links: dict[str, list[str]] = field(default_factory=dict)
    _dropped_links: int = 0
    _people: dict[str, str] = field(default_factory=dict)
    _ids: set[str] = field(default_factory=set)
    _next: dict[str, int] = field(default_factory=dict)
    _links: set[tuple[str, str, str]] = field(default_factory=set)

    @property
    def provenance(self) -> str | None:
        """The source's address when it is a web address (a `file:` source is not shown)."""
        return web_url(self.source_url)

    @property
    def edition_id(self) -> str:
        return f"{self.namespace}:edition"

    def edition(
        self, title: str, start: str | None, end: str | None, tz: str | None, **extra: Any
    ) -> None:
        first = validate.day(start, self.edition_id, "start")
        last = validate.day(end, self.edition_id, "end")
        validate.span(first, last, self.edition_id)
        self.data.add(
            "editions",
            {
                "id": self.edition_id,
                "year": first.year if first else None,
                "name_en": title,
                "name_fr": title,
                "start_date": first.isoformat() if first else None,
                "end_date": last.isoformat() if last else None,
                "timezone": tz,
                "source_url": self.provenance,
                "certainty": self.certainty,
                **extra,
            },
        )

    def venue(self, name: str | None, city: str | None = None, address: str | None = None):
        """Record the programme's venue; its rooms and sessions are placed there."""
        name, city, address = (" ".join((v or "").split()) or None for v in (name, city, address))
        if not (name or city):
            return None
        vid = f"{self.namespace}:venue"
        label = name or city
        self.data.add(
            "venues",
            {"id": vid, "name_en": label, "name_fr": label, "city": city, "address": address},
        )
        self._venue_id = vid
        return vid

    def link(self, item_id: str, url: str | None, title: str | None, kind: str = "link") -> bool:
        """Attach a web link to `item_id`; anything but an http(s) URL is dropped."""
        safe = web_url(url)
        known = self._item_links.setdefault(item_id, [])
        if safe is None:
            self._dropped_links += bool(url)
            return False
        if safe in known or len(known) >= LINKS_PER_ITEM:
            return False
        self.data.add(
            "links",
            {
                "item_id": item_id,
                "url": safe,
                "title": clip_title(title),
                "kind": kind,
                "position": len(known),
            },
        )
        known.append(safe)
        return True

    def room(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        key = name.strip()
        if key not in self._rooms:
            rid = self.unique(f"{self.namespace}:room:{slug(key)}", quiet=True)
            self._rooms[key] = rid
            self.data.add(
                "rooms", {"id": rid, "venue_id": self._venue_id, "name_en": key, "name_fr": key}
            )
        return self._rooms[key]

    def person(self, local: str | None, name: str) -> str:
        key = str(local) if local not in (None, "") else f"n-{slug(name)}"
        if key not in self._people:
            pid = f"{self.namespace}:person:{key}"
            self._people[key] = pid
            self.data.add(
                "people",
                {
                    "id": pid,
                    "name": name.strip(),
                    "source_url": self.provenance,
                    "certainty": self.certainty,
                },
            )
        return self._people[key]

    def unique(self, item_id: str, quiet: bool = False) -> str:
        """`item_id`, made unique if the source repeats it (with a warning unless `quiet`):
        `item_id~2`, `item_id~3`…, each found in constant time."""
        if item_id not in self._ids:
            self._ids.add(item_id)
            return item_id
        n = self._next.get(item_id, 2)
        while f"{item_id}~{n}" in self._ids:
            n += 1
        self._next[item_id] = n + 1
        if not quiet:
            text = translate("Import", "The source repeats the id {id}; the copy is {copy}.")
            self.warnings.append(text.format(id=item_id, copy=f"{item_id}~{n}"))
        self._ids.add(f"{item_id}~{n}")
        return f"{item_id}~{n}"

    def session(
        self,
        local_id: str,
        title: str | None,
        start: datetime | None,
        end: datetime | None,
        day: date | None,
        tz: str | None,
        *,
        abstract: str | None = None,
        room: str | None = None,
        track: str | None = None,
        format: str | None = None,
        language: str | None = None,
        status: str | None = None,
        url: str | None = None,
        people: list[tuple[str | None, str, str]] | None = None,
        links: list[LinkSpec] | None = None,
    ) -> str:
        """Add a session; `people` holds (local person id, name, role), `links` (url, title,
        kind)."""
        sid = self.unique(f"{self.namespace}:{local_id}")
        title = " ".join(title.split()) if title else None
        status = validate.status(status, sid)
        if status is None:
            status = "cancelled" if is_cancelled_title(title) else "scheduled"
        validate.span(start, end, sid)
        row: Row = {
            "id": sid,
            "edition_id": self.edition_id,
            "title_en": title or None,
            "abstract_en": abstract or None,
            "day": day.isoformat() if day else None,
            "start": to_utc_text(start) if start else None,
            "end": to_utc_text(end) if end else None,
            "timezone": tz,
            "venue_id": self._venue_id,
            "room_id": self.room(room),
            "track": track or None,
            "format": format or None,
            "language": validate.language(language, sid),
            "status": status,
            "source_url": validate.web_address(url, sid, "url") or self.provenance,
            "certainty": self.certainty,
        }
        self.data.add("sessions", row)
        for position, (local, name, role) in enumerate(people or []):
            if not name or not name.strip():
                continue
            pid = self.person(local, name)
            if (sid, pid, role) not in self._links:
                self._links.add((sid, pid, role))
                self.data.add(
                    "session_people",
                    {"session_id": sid, "person_id": pid, "role": role, "position": position},
                )
        for link_url, link_title, kind in links or []:
            self.link(sid, link_url, link_title, kind)
        return sid

    def finish(self, title: str, illustrative: bool = False, named: bool = True) -> CatalogueData:
        """The collected rows, each checked by `validate.check_row`. `named`: False where the
        file names no programme (a CSV file, a calendar without a name), so that the title its
        edition was given ("csv (CSV)") is not printed as a forum's name."""
        validate.check_catalogue(self.data.tables)
        if self._dropped_links:
            self.warnings.append(
                translate(
                    "Import",
                    "%n link(s) were not usable http(s) URLs and were left out.",
                    None,
                    self._dropped_links,
                )
            )
        self.data.meta = {
            "source_name": title,
            "illustrative": illustrative,
            "named": named,
            "partial": False,
            "completeness": [],
        }
        return self.data


def parse_duration(text: str | None) -> timedelta | None:
    """'00:30', '1:30:00' or 'PT1H30M' as a timedelta."""
    if not text:
        return None
    text = text.strip()
    iso = re.fullmatch(r"P(?:T)?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", text)
    if iso and any(iso.groups()):
        h, m, s = (int(g or 0) for g in iso.groups())
        return timedelta(hours=h, minutes=m, seconds=s)
    parts = text.split(":")
    if all(p.isdigit() for p in parts) and 2 <= len(parts) <= 3:
        h, m = int(parts[0]), int(parts[1])
        s = int(parts[2]) if len(parts) == 3 else 0
        return timedelta(hours=h, minutes=m, seconds=s)
    return None
