"""Build the bundled catalogue from the public Paris Peace Forum facts (`shared/corpus/ppf`).

Only what a source states goes in, each entry with its source URL and certainty. Records that
describe the same theme in different languages are merged; conflicting facts are all kept.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from briefer.core.catalogue.io import CatalogueData, Row, write_catalogue
from briefer.core.catalogue.schema import LANGS
from briefer.core.errors import InputError
from briefer.core.localize import joined
from briefer.core.search.textnorm import fold, slug

SOURCE = "ppf"
FORUM_TZ = "Europe/Paris"
# Bumped whenever the builder or the facts change, so installed apps replace an older bundle.
BUNDLED_CATALOGUE_VERSION = 2026120801
FORUM_NAMES = {
    "en": "Paris Peace Forum",
    "fr": "Forum de Paris sur la Paix",
    "ar": "منتدى باريس للسلام",
}
_PROVENANCE_KEYS = {
    "kind",
    "id",
    "edition_year",
    "source_url",
    "language",
    "source_type",
    "certainty",
    "notes",
    "also_sources",
    "input",
}
# The facts files read, in order: the first holds `records`, the later ones are plain lists.
FACTS_FILES = ("facts.json", "facts-pass3.json")
_EDITION_FIELDS = ("edition_number", "start_date", "end_date", "venue", "location", "format")


def item_id(local: str) -> str:
    return f"{SOURCE}:{local}"


def _sources(record: dict[str, Any]) -> str | None:
    extra = record.get("also_sources") or []
    return json.dumps(extra, ensure_ascii=False) if extra else None


def _provenance(record: dict[str, Any], extra_notes: list[str] | None = None) -> Row:
    notes = [record.get("notes"), *(extra_notes or [])]
    if record.get("input", FACTS_FILES[0]) != FACTS_FILES[0]:
        notes.append(f"(Record {record['id']} of {record['input']}.)")
    return {
        "source_url": record.get("source_url"),
        "also_sources": _sources(record),
        "certainty": record.get("certainty"),
        "notes": " ".join(n for n in notes if n) or None,
    }


def _text(value: Any, lang: str | None = None) -> str | None:
    """A record's text; a list's entries joined with the semicolon of the text's language
    (Arabic "؛", French with a narrow no-break space before it: the facts hold the entries, the
    separator is this build's), without the reader's bracketed placeholders for what the
    sources did not show ("[not seen]", "[… — EN label not seen]"): they were printed as part of
    a theme's name."""
    if value is None:
        return None
    if isinstance(value, list):
        seen = [str(v) for v in value if not _PLACEHOLDER.fullmatch(str(v).strip())]
        return joined(seen, lang or "en", strong=True) or None
    return str(value)


_PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")


def _localized(record: dict[str, Any], field: str, target: str | None = None) -> Row:
    """`field_ar/fr/en` of a record, and the first other language found as `_other`."""
    target = target or field
    row: Row = {f"{target}_{lang}": _text(record.get(f"{field}_{lang}"), lang) for lang in LANGS}
    for key, value in record.items():
        match = re.fullmatch(rf"{field}_([a-z]{{2}})", key)
        if match and match.group(1) not in LANGS and value:
            row[f"{target}_other"] = _text(value)
            row["other_lang"] = match.group(1)
            break
    return row


def _utc(day: str | None, hhmm: str | None, tz: str) -> str | None:
    if not day or not hhmm:
        return None
    local = datetime.combine(date.fromisoformat(day), time.fromisoformat(hhmm), ZoneInfo(tz))
    return local.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def split_venue(text: str) -> tuple[str, str | None, str | None]:
    """ "Name, street, 75019 Paris" as its name, city and address (the source's own words)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return text.strip(), None, None
    city = re.sub(r"^\d{4,5}\s+", "", parts[-1])
    address = ", ".join(parts[1:]) if len(parts) > 2 else None
    return parts[0], city, address


# Remarks the reader of a source wrote beside a name, about the copy rather than the person.
_REMARK = re.compile(r"\b(?:cut off|copy read|illegible|unclear)\b|^quoted$", re.IGNORECASE)
_SAID = re.compile(r"\s*\((stated|inferred|reported|expected)\)$", re.IGNORECASE)


def parse_person(text: str) -> tuple[str, str | None, str | None]:
    """Split "Name — Function" or "Name (Function)" into the name, the function and a remark.

    A remark is what follows a name already given its function in brackets ("Pascal Lamy
    (President, Paris Peace Forum) — official welcome"), or a note on the copy read ("Chip
    Cunliffe (XL Catlin) — quoted", "Ambassador Alain … (surname cut off in the copy read)"):
    it was shown as the person's function.
    """
    parts = re.split(r"\s+[—–]\s+", text.strip(), maxsplit=1)
    head, tail = parts[0].strip(), (parts[1].strip() if len(parts) == 2 else None)
    paren = re.match(r"^(.*?)\s*\((.*)\)$", head)
    if paren:
        name, inner = paren.group(1).strip(), paren.group(2).strip()
        if _REMARK.search(inner):
            return name, None, "; ".join(r for r in (inner, tail) if r)
        return name, inner, tail
    if tail is not None and _REMARK.search(tail):
        return head, None, tail
    said = _SAID.search(tail or "")
    if said:  # "— President of France (inferred)": how the source knows, not the function
        return head, tail[: said.start()].strip() or None, said.group(1)
    return head, tail, None


def _id_name(text: str) -> str:
    """The part of a speaker's line an id was first made from (what precedes " — ", or a final
    bracket): ids stay as published, so notes and meetings that name a person keep them."""
    dash = re.split(r"\s+[—–]\s+", text, maxsplit=1)
    if len(dash) == 2:
        return dash[0].strip()
    paren = re.match(r"^(.*?)\s*\((.*)\)\s*$", text)
    return paren.group(1).strip() if paren else text.strip()



def _project_page(url: str) -> bool:
    """Whether `url` is a project's own page on the forum's site (printed as the project's link,
    with a QR code): not a session page where its card was seen, not a press release or a list
    of projects, which are sources (printed as such)."""
    from urllib.parse import urlparse

    parts = urlparse(url)
    if not parts.netloc.endswith("parispeaceforum.org"):
        return False
    path = parts.path.strip("/").split("/")
    return any(part in ("projects", "projets", "initiatives") for part in path[:-1])

class _Builder:
    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.data = CatalogueData()
        self.themes_by_key: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
        self.people_by_name: dict[tuple[int, str], str] = {}
        self.orgs: dict[str, str] = {}
        self.venues: dict[str, str] = {}
        self.rooms: dict[tuple[int, str], str] = {}
        self.edition_venue: dict[int, str] = {}

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r["kind"] == kind]

    def build(self) -> CatalogueData:
        self.editions()
        self.themes()
        self.people()
        self.projects()
        self.sessions()
        return self.data

    def venue(self, name: str, city: str | None = None, address: str | None = None) -> str:
        key = re.sub(r"^(la|le|les|the) ", "", fold(name))
        if key not in self.venues:
            vid = item_id(f"venue:{slug(name)}")
            self.venues[key] = vid
            row = {"id": vid, "name_en": name, "name_fr": name, "city": city, "address": address}
            self.data.add("venues", row)
        return self.venues[key]

    def organisation(self, name: str, source_url: str | None) -> str:
        key = fold(name)
        if key not in self.orgs:
            oid = item_id(f"org:{slug(name)}")
            self.orgs[key] = oid
            self.data.add("organisations", {"id": oid, "name": name, "source_url": source_url})
        return self.orgs[key]

    def editions(self) -> None:
        by_year: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for record in self.of_kind("edition"):
            by_year[record["edition_year"]].append(record)
        for year, records in sorted(by_year.items()):
            records.sort(key=lambda r: "edition_number" not in r)
            first: dict[str, Any] = {}
            for field in _EDITION_FIELDS:
                for r in records:
                    if r.get(field) is not None:
                        first.setdefault(field, r[field])
                        break
            eid = item_id(f"edition-{year}")
            number = first.get("edition_number")
            names = {f"name_{lang}": f"{FORUM_NAMES[lang]} {year}" for lang in LANGS}
            for r in records:
                for lang in LANGS:
                    if r.get(f"name_{lang}"):
                        names[f"name_{lang}"] = r[f"name_{lang}"]
            lead = records[0]
            row: Row = {
                "id": eid,
                "year": year,
                "number": number,
                **names,
                "start_date": first.get("start_date"),
                "end_date": first.get("end_date"),
                "venue": first.get("venue"),
                "location": first.get("location"),
                "format": first.get("format"),
                "timezone": FORUM_TZ,
                **_provenance(lead),
            }
            self.data.add("editions", row)
            if row["venue"]:
                self.edition_venue[year] = self.venue(*split_venue(row["venue"]))
            for r in records:
                for key, value in r.items():
                    if key in _PROVENANCE_KEYS or key.startswith("name_"):
                        continue
                    self.data.add(
                        "facts",
                        {
                            "id": item_id(f"{r['id']}:{key}"),
                            "edition_id": eid,
                            "label": key,
                            "value": json.dumps(value, ensure_ascii=False),
                            **_provenance(r),
                        },
                    )

    def themes(self) -> None:
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
        for record in self.of_kind("theme"):
            key = record.get("theme_key")
            group = (record["edition_year"], record["theme_type"], key) if key else (record["id"],)
            groups[group].append(record)
        for records in groups.values():
            lead = records[0]
            row: Row = {
                "id": item_id(lead["id"]),
                "edition_id": item_id(f"edition-{lead['edition_year']}"),
                "type": lead["theme_type"],
                "key": lead.get("theme_key"),
            }
            sources: list[str] = []
            notes: list[str] = []
            for lang in (*LANGS, "other"):
                ranked = sorted(records, key=lambda r, lang=lang: lang not in r["language"])
                for r in ranked:
                    loc = _localized(r, "name") | _localized(r, "description")
                    for field in ("name", "description"):
                        value = loc.get(f"{field}_{lang}")
                        if value and not row.get(f"{field}_{lang}"):
                            row[f"{field}_{lang}"] = value
                            if lang == "other":
                                row["other_lang"] = loc.get("other_lang")
            for r in records:
                sources.append(r["source_url"])
                if r.get("notes"):
                    notes.append(r["notes"])
            row.update(
                {
                    "source_url": sources[0],
                    "also_sources": json.dumps(sources[1:]) if len(sources) > 1 else None,
                    "certainty": lead.get("certainty"),
                    "notes": " ".join(notes) or None,
                }
            )
            self.data.add("themes", row)
            if row["key"]:
                self.themes_by_key[(lead["edition_year"], row["key"])].append(
                    (row["type"], row["id"])
                )

    def theme_for(self, year: int, key: str | None) -> str | None:
        order = ("project_theme", "forum_priority", "programme_track", "forum_axis")
        candidates = self.themes_by_key.get((year, key or ""), [])
        for wanted in order:
            for kind, tid in candidates:
                if kind == wanted:
                    return tid
        return candidates[0][1] if candidates else None

    def people(self) -> None:
        for record in self.of_kind("speaker"):
            if not isinstance(record.get("name"), str):
                continue
            pid = item_id(record["id"])
            participation = record.get("participation")
            self.data.add(
                "people",
                {
                    "id": pid,
                    "name": record["name"],
                    "function": record.get("role"),
                    **_provenance(
                        record, [f"Participation: {participation}."] if participation else None
                    ),
                },
            )
            self.people_by_name[(record["edition_year"], fold(record["name"]))] = pid

    def person(self, year: int, text: str, record: dict[str, Any]) -> tuple[str, str | None]:
        name, function, remark = parse_person(text)
        key = (year, fold(name))
        if key not in self.people_by_name:
            pid = item_id(f"person:{year}:{slug(_id_name(text))}")
            self.people_by_name[key] = pid
            self.data.add(
                "people",
                {
                    "id": pid,
                    "name": name,
                    "function": function,
                    "source_url": record.get("source_url"),
                    "certainty": record.get("certainty"),
                    "notes": f"As the source lists them: {text}" if remark else None,
                },
            )
        return self.people_by_name[key], function

    def projects(self) -> None:
        for record in self.of_kind("project"):
            year = record["edition_year"]
            pid = item_id(record["id"])
            org = record.get("carrying_organisation")
            urls = [record["source_url"], *(record.get("also_sources") or [])]
            project_page = next((u for u in urls if _project_page(u)), None)
            extra = []
            for key in ("basis", "edition_year_basis", "support_year_basis"):
                if record.get(key):
                    extra.append(f"{key.replace('_', ' ').capitalize()}: {record[key]}.")
            if record.get("support_year"):
                extra.append(f"Scale-up support year: {record['support_year']}.")
            extra += _project_extras(record)
            row: Row = {
                "id": pid,
                "edition_id": item_id(f"edition-{year}") if year else None,
                "catalogue": record.get("catalogue"),
                **_localized(record, "name"),
                **_localized(record, "summary"),
                "organisation_id": self.organisation(org, record["source_url"]) if org else None,
                "regions": json.dumps([record["region"]]) if record.get("region") else "[]",
                "countries": json.dumps(record.get("countries") or [], ensure_ascii=False),
                "url": project_page,
                **_provenance(record, extra),
            }
            self.data.add("projects", row)
            theme = self.theme_for(year, record.get("theme_key")) if year else None
            if theme:
                self.data.add("item_themes", {"item_id": pid, "theme_id": theme})

    def room(self, year: int, name: str) -> str:
        key = (year, fold(name))
        if key not in self.rooms:
            rid = item_id(f"room:{year}:{slug(name)}")
            self.rooms[key] = rid
            self.data.add(
                "rooms",
                {
                    "id": rid,
                    "venue_id": self.edition_venue.get(year),
                    "name_en": name,
                    "name_fr": name,
                },
            )
        return self.rooms[key]

    def sessions(self) -> None:
        records = self.of_kind("session")
        superseded = {r["updates_id"]: r for r in records if r.get("updates_id")}
        for record in records:
            if record["id"] in superseded:
                continue
            self.session(record)
        for record in self.of_kind("session_supplement"):
            self.supplement(record)

    def supplement(self, record: dict[str, Any]) -> None:
        """Add a supplement's summary, speakers and sources to the session it names."""
        sid = item_id(record["supplements"])
        session = next((s for s in self.data.tables["sessions"] if s["id"] == sid), None)
        if session is None:
            raise InputError(f"The supplement {record['id']} adds to {sid}, which is not known.")
        sources = json.loads(session.get("also_sources") or "[]")
        sources += [u for u in (record["source_url"], *(record.get("also_sources") or [])) if u]
        session["also_sources"] = json.dumps(list(dict.fromkeys(sources)), ensure_ascii=False)
        added = []
        if record.get("summary_en") and not session.get("abstract_en"):
            session["abstract_en"] = record["summary_en"]
            added.append("the summary")
        year = record["edition_year"]
        linked = [p for p in self.data.tables["session_people"] if p["session_id"] == sid]
        taken = {p["person_id"] for p in linked}
        position = len(linked)
        for text in record.get("speakers") or []:
            pid, function = self.person(year, text, record)
            if pid in taken:
                continue
            self.data.add(
                "session_people",
                {
                    "session_id": sid,
                    "person_id": pid,
                    "role": "speaker",
                    "function": function,
                    "position": position,
                },
            )
            taken.add(pid)
            position += 1
            added.append(parse_person(text)[0])
        what = ", ".join(added) or "sources"
        note = (
            f"Supplement {record['id']} ({record.get('input')}) adds {what}: "
            f"{record.get('title_en') or ''} — source {record['source_url']}, "
            f"certainty {record.get('certainty')}. {record.get('notes') or ''}"
        )
        session["notes"] = " ".join(n for n in (session.get("notes"), note.strip()) if n)

    def session(self, record: dict[str, Any]) -> None:
        year = record["edition_year"]
        sid = item_id(record["id"])
        tz = record.get("timezone") or FORUM_TZ
        day = record.get("date")
        extra = []
        if record.get("speakers_total_stated"):
            extra.append(f"The source states {record['speakers_total_stated']} speakers.")
        if record.get("related_projects"):
            extra.append("Related projects (per source): " + "; ".join(record["related_projects"]))
        if record.get("same_event_as"):
            extra.append(f"Same event as {item_id(record['same_event_as'])}.")
        title = _localized(record, "title")
        row: Row = {
            "id": sid,
            "edition_id": item_id(f"edition-{year}"),
            **title,
            "abstract_en": record.get("summary_en"),
            "day": day,
            "start": _utc(day, record.get("start_time"), tz),
            "end": _utc(day, record.get("end_time"), tz),
            "timezone": tz,
            "venue_id": self.venue(record["venue"]) if record.get("venue") else None,
            "room_id": self.room(year, record["room"]) if record.get("room") else None,
            "format": record.get("format"),
            "track": record.get("track"),
            "status": "scheduled",
            "language": None,
            **_provenance(record, extra),
        }
        if not row["venue_id"] and row["room_id"]:
            row["venue_id"] = self.edition_venue.get(year)
        self.data.add("sessions", row)
        position = 0
        for role, entries in (
            ("moderator", [record["moderator"]] if record.get("moderator") else []),
            ("speaker", record.get("speakers") or []),
        ):
            for text in entries:
                pid, function = self.person(year, text, record)
                self.data.add(
                    "session_people",
                    {
                        "session_id": sid,
                        "person_id": pid,
                        "role": role,
                        "function": function,
                        "position": position,
                    },
                )
                position += 1
        theme = self.theme_for(year, record.get("theme_key"))
        if theme:
            self.data.add("item_themes", {"item_id": sid, "theme_id": theme})


def _project_extras(record: dict[str, Any]) -> list[str]:
    """What a pass-3 project record states beyond the catalogue's columns, as notes."""
    out = []
    if record.get("ppf_category_en"):
        out.append(f"PPF category: {record['ppf_category_en']}.")
    if record.get("is_scale_up_label"):
        out.append("The project page carries the label 'Scale-up project'.")
    if record.get("presented_in_edition"):
        out.append(f"Presented again at the {record['presented_in_edition']} edition.")
    if record.get("edition_year") is None and "edition_year" in record:
        out.append("Edition unknown: the sources show no year.")
    return out


def _completeness(data: CatalogueData, records: list[dict[str, Any]]) -> list[Row]:
    out = []
    for edition in data.tables["editions"]:
        year = edition["year"]
        sessions = [s for s in data.tables["sessions"] if s["edition_id"] == edition["id"]]
        projects = [
            p
            for p in data.tables["projects"]
            if p["edition_id"] == edition["id"] and p["catalogue"] == "space_for_solutions"
        ]
        expected_sessions = expected_projects = None
        for r in records:
            if r["kind"] == "edition" and r["edition_year"] == year:
                expected_sessions = expected_sessions or r.get("debates")
                expected_projects = expected_projects or r.get("projects_selected")
        out.append(
            {
                "edition_id": edition["id"],
                "year": year,
                "sessions_known": len(sessions),
                "sessions_expected": expected_sessions,
                "projects_known": len(projects),
                "projects_known_stated": sum(1 for p in projects if p["certainty"] == "stated"),
                "projects_expected": expected_projects,
            }
        )
    return out


def _read_facts(path: Path) -> tuple[bytes, list[dict[str, Any]]]:
    """The bytes and records of one facts file, each record tagged with the file it came from."""
    try:
        raw = path.read_bytes()
        document = json.loads(raw)
        records = document["records"] if isinstance(document, dict) else document
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError("no list of records")
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"Cannot read the forum facts at {path}: {exc}") from exc
    return raw, [{**r, "input": path.name} for r in records]


def facts_inputs(facts_path: Path) -> list[Path]:
    """`facts_path` and the later facts files found beside it."""
    later = [facts_path.with_name(name) for name in FACTS_FILES[1:]]
    return [facts_path, *(p for p in later if p.exists())]


def build_from_facts(facts_path: Path, *more: Path) -> CatalogueData:
    """Catalogue rows from the facts file at `facts_path` and the further facts files `more`."""
    records: list[dict[str, Any]] = []
    inputs = []
    digest = hashlib.sha256()
    for path in (facts_path, *more):
        raw, found = _read_facts(path)
        records += found
        digest.update(raw)
        inputs.append({"file": path.name, "records": len(found), "sha256": _sha(raw)})
    seen: set[str] = set()
    for record in records:
        if record["id"] in seen:
            raise InputError(f"The forum facts repeat the id {record['id']}.")
        seen.add(record["id"])
    data = _Builder(records).build()
    data.meta = {
        "catalogue_version": BUNDLED_CATALOGUE_VERSION,
        "source": "bundled",
        "source_name": "Paris Peace Forum public facts (Briefer bundle)",
        "data_sha256": digest.hexdigest(),
        "inputs": inputs,
        "generated_at": None,
        "illustrative": False,
        "partial": True,
        "completeness": _completeness(data, records),
    }
    return data


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def default_facts_path() -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ppf" / "facts.json"


def build_bundled_catalogue(facts_path: Path, out: Path) -> CatalogueData:
    """Regenerate the bundled catalogue file `out` from `facts_path` and the facts beside it."""
    data = build_from_facts(*facts_inputs(facts_path))
    write_catalogue(data, out)
    return data
