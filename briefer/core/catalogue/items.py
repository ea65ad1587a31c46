"""Reading the catalogue: the overview, one item in full, the programme by day."""

from __future__ import annotations

import json
from typing import Any

from briefer.core.catalogue.vocab import format_name, track_name
from briefer.core.errors import NotFoundError
from briefer.core.i18n import translate
from briefer.core.localize import all_languages, pick
from briefer.core.queries.programme import ProgrammeFilter, programme
from briefer.core.store import Store
from briefer.core.timefmt import day_name, local, time_range

KIND_TABLES = {
    "session": "sessions",
    "project": "projects",
    "theme": "themes",
    "edition": "editions",
    "person": "people",
    "organisation": "organisations",
    "venue": "venues",
}


BATCH = 500  # ids per query: far below SQLite's parameter limit


def rows_by_id(
    store: Store, item_ids: list[str], columns: str, joins: str = ""
) -> list[dict[str, Any]]:
    """`columns` of the catalogue items `i` with `item_ids` (and `joins`), read in batches."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(item_ids), BATCH):
        chunk = item_ids[start : start + BATCH]
        out += store.query(
            f"SELECT {columns} FROM cat.items i {joins}"
            f" WHERE i.id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    return out


def titles_by_id(store: Store, item_ids: list[str], lang: str) -> dict[str, str]:
    """The catalogue's titles of `item_ids` in `lang`; ids not in the catalogue are left out."""
    rows = rows_by_id(store, item_ids, "i.id, i.title_ar, i.title_fr, i.title_en, i.title_other")
    return {row["id"]: title_of(row, lang) for row in rows}


def find_item(store: Store, item_id: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM cat.items WHERE id = ?", (item_id,))


def require_item(store: Store, item_id: str) -> dict[str, Any]:
    """The catalogue's `items` row for `item_id`.

    Raises:
        NotFoundError: no such item in the catalogue.
    """
    item = find_item(store, item_id)
    if item is None:
        message = translate(
            "Catalogue",
            "No item “{item}” in the catalogue. Ids look like ppf:ses-2021-101; "
            "find them with: briefer search WORDS",
        )
        raise NotFoundError(message.format(item=item_id))
    return item


def title_of(row: dict[str, Any], lang: str, field: str = "title") -> str:
    return pick(row, field, lang) or translate("Catalogue", "(untitled)")


def _json_list(value: str | None) -> list[Any]:
    return json.loads(value) if value else []


def _provenance(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "source_url": row.get("source_url"),
        "also_sources": _json_list(row.get("also_sources")),
        "certainty": row.get("certainty"),
        "source_notes": row.get("notes"),
    }


def _themes(store: Store, item_id: str, lang: str) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT t.* FROM cat.item_themes it JOIN cat.themes t ON t.id = it.theme_id "
        "WHERE it.item_id = ?",
        (item_id,),
    )
    return [{"id": r["id"], "type": r["type"], "name": pick(r, "name", lang)} for r in rows]


def _place(store: Store, session: dict[str, Any], lang: str) -> dict[str, Any]:
    room = venue = None
    if session.get("room_id"):
        row = store.query_one("SELECT * FROM cat.rooms WHERE id = ?", (session["room_id"],))
        room = pick(row, "name", lang) if row else None
    if session.get("venue_id"):
        row = store.query_one("SELECT * FROM cat.venues WHERE id = ?", (session["venue_id"],))
        venue = pick(row, "name", lang) if row else None
    return {"room": room, "venue": venue, "online_url": session.get("online_url")}


def place_text(place: dict[str, Any]) -> str:
    parts = [p for p in (place.get("room"), place.get("venue")) if p]
    if place.get("online_url"):
        parts.append(translate("Place", "online") + " " + place["online_url"])
    return ", ".join(parts) or translate("Place", "place to be announced")


def session_people(store: Store, session_id: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT p.id, p.name, COALESCE(sp.function, p.function) AS function, sp.role "
        "FROM cat.session_people sp JOIN cat.people p ON p.id = sp.person_id "
        "WHERE sp.session_id = ? ORDER BY sp.position",
        (session_id,),
    )


def your_time(start: str | None, end: str | None, tz: str | None, lang: str = "en") -> str | None:
    """The session's time on this computer's clock, when that differs from the session's zone."""
    first = local(start, tz)
    if first is None:
        return None
    mine = first.astimezone()
    if mine.utcoffset() == first.utcoffset():
        return None
    clock = mine.strftime("%H:%M")
    last = local(end, tz)
    if last is not None:
        clock += "–" + last.astimezone().strftime("%H:%M")
    # « jeudi 11 novembre 2021 à 16:00 », « …, 16:00–17:00 » (found by review: the day and the
    # time ran together, « jeudi 11 novembre 2021 16:00 »)
    joint = " à " if lang == "fr" and last is None else "، " if lang == "ar" else ", "
    text = f"{day_name(mine.date().isoformat(), lang)}{joint}{clock}"
    return f"{text} ({mine.strftime('%Z') or mine.strftime('%z')})"


def session_detail(store: Store, row: dict[str, Any], lang: str) -> dict[str, Any]:
    start = local(row.get("start"), row.get("timezone"))
    place = _place(store, row, lang)
    return {
        "id": row["id"],
        "kind": "session",
        "edition_id": row["edition_id"],
        "title": title_of(row, lang),
        "titles": all_languages(row, "title"),
        "abstract": pick(row, "abstract", lang),
        "day": row.get("day"),
        "time": time_range(row.get("start"), row.get("end"), row.get("timezone")),
        "start": row.get("start"),
        "end": row.get("end"),
        "start_local": start.isoformat() if start else None,
        "your_time": your_time(row.get("start"), row.get("end"), row.get("timezone"), lang),
        "timezone": row.get("timezone"),
        "place": place_text(place),
        **place,
        "format": format_name(row.get("format"), lang),
        "track": track_name(row.get("track"), lang),
        "status": row.get("status") or "scheduled",
        "people": session_people(store, row["id"]),
        "themes": _themes(store, row["id"], lang),
        **_provenance(row),
    }


def project_detail(store: Store, row: dict[str, Any], lang: str) -> dict[str, Any]:
    from briefer.core.catalogue.vocab import region_name
    from briefer.core.countries import country_shown  # not before the window's first rows

    org = None
    if row.get("organisation_id"):
        found = store.query_one(
            "SELECT name FROM cat.organisations WHERE id = ?", (row["organisation_id"],)
        )
        org = found["name"] if found else None
    return {
        "id": row["id"],
        "kind": "project",
        "edition_id": row["edition_id"],
        "title": title_of(row, lang, "name"),
        "titles": all_languages(row, "name"),
        "summary": pick(row, "summary", lang),
        "catalogue": row.get("catalogue"),
        "organisation": org,
        "actor_type": row.get("actor_type"),
        "regions": [region_name(r, lang) for r in _json_list(row.get("regions"))],
        "countries": [country_shown(c, lang) for c in _json_list(row.get("countries"))],
        "url": row.get("url"),
        "themes": _themes(store, row["id"], lang),
        **_provenance(row),
    }


def _generic_detail(store: Store, kind: str, row: dict[str, Any], lang: str) -> dict[str, Any]:
    detail = {"id": row["id"], "kind": kind}
    if kind in ("theme", "edition", "venue"):
        detail["title"] = title_of(row, lang, "name")
        detail["titles"] = all_languages(row, "name")
    else:
        detail["title"] = row.get("name") or translate("Catalogue", "(untitled)")
    for key, value in row.items():
        if key not in detail and not key.startswith(("name_", "title_")) and value is not None:
            detail[key] = value
    if kind == "person":
        detail["sessions"] = store.query(
            "SELECT sp.session_id AS id, sp.role FROM cat.session_people sp WHERE sp.person_id = ?",
            (row["id"],),
        )
    if kind == "edition":
        detail["facts"] = [
            {**f, "value": json.loads(f["value"])}
            for f in store.query(
                "SELECT label, value, source_url, certainty, notes FROM cat.facts "
                "WHERE edition_id = ? ORDER BY id",
                (row["id"],),
            )
        ]
    if "also_sources" in detail:
        detail["also_sources"] = _json_list(detail["also_sources"])
    return detail


def item_detail(store: Store, item_id: str, lang: str) -> dict[str, Any]:
    """Everything the catalogue holds on `item_id`, or its snapshot flagged withdrawn.

    Raises:
        NotFoundError: the item is neither in the catalogue nor known to the user's data.
    """
    item = find_item(store, item_id)
    if item is None:
        snap = store.query_one("SELECT * FROM item_snapshots WHERE item_id = ?", (item_id,))
        if snap is None and _referenced(store, item_id):
            snap = {"kind": None, "title_other": item_id}
        if snap is None:
            require_item(store, item_id)
        assert snap is not None
        if "catalogue_version" in snap and snap["catalogue_version"] is None:
            # Known only from an imported selection: another catalogue's item, not a withdrawn one.
            return {
                "id": item_id,
                "kind": snap["kind"],
                "title": title_of(snap, lang),
                "status": "not_in_catalogue",
                "day": snap.get("day"),
                "time": time_range(snap.get("start"), snap.get("end")),
                "start": snap.get("start"),
                "end": snap.get("end"),
            }
        return {
            "id": item_id,
            "kind": snap["kind"],
            "title": title_of(snap, lang),
            "status": "withdrawn",
            "day": snap.get("day"),
            "time": time_range(snap.get("start"), snap.get("end")),
            "start": snap.get("start"),  # where a pack's agenda places it, as it was
            "end": snap.get("end"),
        }
    kind = item["kind"]
    row = store.query_one(f"SELECT * FROM cat.{KIND_TABLES[kind]} WHERE id = ?", (item_id,))
    assert row is not None
    if kind == "session":
        detail = session_detail(store, row, lang)
        detail["city"] = _venue_city(store, row.get("venue_id"))
    elif kind == "project":
        detail = project_detail(store, row, lang)
    else:
        detail = _generic_detail(store, kind, row, lang)
    detail["links"] = item_links(store, item_id)
    return detail


def item_links(store: Store, item_id: str) -> list[dict[str, Any]]:
    """The web links (recordings, slides, pages) the catalogue holds for `item_id`, in order."""
    return store.query(
        "SELECT url, title, kind FROM cat.links WHERE item_id = ? ORDER BY position, url",
        (item_id,),
    )


def _venue_city(store: Store, venue_id: str | None) -> str | None:
    if not venue_id:
        return None
    row = store.query_one("SELECT city FROM cat.venues WHERE id = ?", (venue_id,))
    return row["city"] if row else None


def _referenced(store: Store, item_id: str) -> bool:
    return bool(
        store.query_one(
            "SELECT 1 FROM marks WHERE item_id = :i UNION SELECT 1 FROM notes WHERE item_id = :i",
            {"i": item_id},
        )
    )


def overview(store: Store, lang: str = "en") -> dict[str, Any]:
    """Editions with their counts, how complete the catalogue is, and its version."""
    meta = store.catalogue_meta()
    completeness = {c["edition_id"]: c for c in meta.get("completeness") or []}
    editions = []
    for row in store.query("SELECT * FROM cat.editions ORDER BY year, start_date, id"):
        counts = store.query_one(
            "SELECT (SELECT count(*) FROM cat.sessions WHERE edition_id = :e) AS sessions,"
            " (SELECT count(*) FROM cat.projects WHERE edition_id = :e) AS projects,"
            " (SELECT count(*) FROM cat.projects WHERE edition_id = :e"
            "   AND catalogue = 'space_for_solutions') AS selected_projects",
            {"e": row["id"]},
        )
        assert counts is not None
        known = completeness.get(row["id"], {})
        editions.append(
            {
                "id": row["id"],
                "year": row["year"],
                "number": row["number"],
                "name": pick(row, "name", lang) or row["id"],
                "start_date": row["start_date"],
                "end_date": row["end_date"],
                "venue": row["venue"],
                **counts,
                "sessions_expected": known.get("sessions_expected"),
                "projects_expected": known.get("projects_expected"),
                **_published(meta, row["id"]),
            }
        )
    return {
        "catalogue_version": meta.get("catalogue_version"),
        "source": meta.get("source"),
        "source_name": meta.get("source_name"),
        "partial": bool(meta.get("partial")),
        "illustrative": bool(meta.get("illustrative")),
        "editions": editions,
        "completeness": completeness_lines(editions),
    }


def _published(meta: dict[str, Any], edition_id: str) -> dict[str, Any]:
    from briefer.core.catalogue.provenance import namespace_of, provenance

    found = provenance(meta, namespace_of(edition_id))
    return {"published_by": found["publisher"], "signed": found["signed"]}


def completeness_lines(editions: list[dict[str, Any]]) -> list[str]:
    """Plain statements of what is known offline, for every edition with an expected count."""
    lines = []
    for e in editions:
        parts = []
        if e.get("projects_expected"):
            parts.append(
                translate(
                    "Catalogue", "{known} of %n selected project(s)", None, e["projects_expected"]
                ).format(known=e["selected_projects"])
            )
        if e.get("sessions_expected"):
            parts.append(
                translate(
                    "Catalogue", "{known} of %n session(s)", None, e["sessions_expected"]
                ).format(known=e["sessions"])
            )
        if parts:
            lines.append(
                translate(
                    "Catalogue",
                    "{year}: {parts} are known offline; sync or import to complete it.",
                ).format(year=e["year"], parts=translate("Catalogue", " and ").join(parts))
            )
    return lines


def list_sessions(
    store: Store,
    edition_id: str | None = None,
    day: str | None = None,
    lang: str = "en",
    *,
    where: ProgrammeFilter | None = None,
) -> list[dict[str, Any]]:
    """Sessions in full, in programme order (the window's order): by day, then time; sessions
    without a time last in their day. `where` filters as the window does; without it, by
    `edition_id` and `day`."""
    where = where or ProgrammeFilter(edition_id=edition_id, day=day)
    return [_programme_detail(store, row, lang) for row in programme(store, where)]


def _programme_detail(store: Store, row: dict[str, Any], lang: str) -> dict[str, Any]:
    """A programme row in full: an own item's, a session's, or a withdrawn session's (its
    snapshot, which the catalogue no longer places: `place` None)."""
    from briefer.core.queries.programme import own_detail

    if row.get("own"):
        return own_detail(row)
    full = store.query_one("SELECT * FROM cat.sessions WHERE id = ?", (row["id"],))
    if full is None:
        return {**item_detail(store, row["id"], lang), "place": None}
    return session_detail(store, full, lang)


def now_and_next_sessions(
    store: Store, moment: Any, delegation: Any, lang: str = "en"
) -> list[dict[str, Any]]:
    """`queries.programme.now_and_next` in full, as `list_sessions` gives sessions, each with
    `in_progress`."""
    from briefer.core.queries.programme import now_and_next, own_detail

    result = []
    for row in now_and_next(store, moment, delegation):
        if row.get("own"):
            result.append({**own_detail(row), "in_progress": row["in_progress"]})
            continue
        full = store.query_one("SELECT * FROM cat.sessions WHERE id = ?", (row["id"],))
        if full is not None:
            result.append({**session_detail(store, full, lang), "in_progress": row["in_progress"]})
    return result


def theme_names(detail: dict[str, Any]) -> list[str]:
    """The names of an item's themes but its track's (`item_detail`'s "track"), compared as
    the lists sort (case, accents and punctuation aside). Found by review: each session read
    « Thématique : La lutte contre la crise du Covid-19 » then « Thèmes : la lutte contre
    la crise du Covid-19 », in the pack, the Word pack and the detail pane."""
    from briefer.core.collation import sort_key

    track = sort_key(detail.get("track"))[0]
    names = [t.get("name") or "" for t in detail.get("themes", [])]
    return [n for n in names if n and not (track and sort_key(n)[0] == track)]
