"""The content model of a pack: what goes in it, decided before any layout, tested exactly.

The delegation's own meetings are entries too (`Entry.own`), in the agenda and the day sheet
among the sessions in time order, with a brief each ("meetings"); the who's who ("people")
lists the people the delegate will meet — the counterparts of their meetings and the speakers
of their marked sessions — with the delegation's notes on them; the roster ("roster", in the
whole delegation's pack) says who attends what, day by day.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from briefer.core.catalogue.items import item_detail
from briefer.core.catalogue.provenance import namespace_of
from briefer.core.collation import sort_key
from briefer.core.countries import country_unless_named
from briefer.core.delegations import Delegate, Delegation, list_delegates
from briefer.core.errors import BrieferError
from briefer.core.languages import is_rtl
from briefer.core.marks import (
    Conflict,
    Mark,
    Span,
    conflicts,
    conflicts_involving,
    list_marks,
    session_span,
)
from briefer.core.meetings import Meeting, list_meetings, local_time_text, place_text
from briefer.core.notes import Note, list_notes
from briefer.core.packs.labels import flag_key, label
from briefer.core.packs.note_blocks import printed
from briefer.core.packs.spans import Span as TextSpan
from briefer.core.packs.spans import name_list
from briefer.core.phones import ltr_phone_numbers
from briefer.core.spoken import spoken_languages
from briefer.core.store import Store
from briefer.core.sync.titles import read_change
from briefer.core.timefmt import FORUM_TZ

SECTIONS = ("changes", "agenda", "meetings", "sessions", "projects", "people", "roster", "notes")
TITLE_LIMIT = 400
TEXT_LIMIT = 20_000


def clip(text: str | None, limit: int = TITLE_LIMIT) -> str | None:
    """Text cut to `limit` characters: a title of a megabyte is a publishing error, not a title."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


_TEXTS = {  # a catalogue item's texts, by kind: (its table, {the detail's key: the column})
    "session": ("sessions", {"title": "title", "abstract": "abstract"}),
    "project": ("projects", {"title": "name", "summary": "summary"}),
}


def text_languages(store: Any, detail: dict[str, Any], lang: str) -> dict[str, str | None]:
    """The language each of an item's texts is in, as `localize.pick` took it for `lang`
    (a title may fall back to English in a French pack): the Word pack tags them so, for
    spelling. Found by review: an English abstract was tagged French."""
    from briefer.core.localize import picked_language

    table, fields = _TEXTS.get(detail.get("kind") or "", (None, {}))
    if table is None:
        return {}
    row = store.query_one(f"SELECT * FROM cat.{table} WHERE id = ?", (detail["id"],))
    if row is None:
        return {}
    return {key: picked_language(row, column, lang) for key, column in fields.items()}


def _clipped(detail: dict[str, Any]) -> dict[str, Any]:
    detail["title"] = clip(detail.get("title")) or "—"
    for name in ("abstract", "summary"):
        detail[name] = clip(detail.get(name), TEXT_LIMIT)
    for person in detail.get("people", []):
        person["name"] = clip(person.get("name"))
        person["function"] = clip(person.get("function"))
    return detail


@dataclass
class Entry:
    """A marked item with its catalogue detail, mark, notes and flags."""

    detail: dict[str, Any]
    mark: Mark
    notes: list[Note]
    conflicts_with: list[str] = field(default_factory=list)
    changed: bool = False
    new: bool = False  # added to the programme since the last pack (a change too)
    span: Span | None = None  # by the open-ended rule of `briefer.core.marks`; None without start
    meeting: Meeting | None = None  # set for the delegation's own items

    @property
    def own(self) -> bool:
        return self.meeting is not None

    @property
    def priority_key(self) -> str | None:
        """The label of the mark's priority; None for an own meeting, which has none."""
        return None if self.meeting else self.mark.priority

    @property
    def kind_key(self) -> str | None:
        """The label of an own meeting's kind ("bilateral"); None for a catalogue item."""
        return f"kind_{self.meeting.kind}" if self.meeting else None

    @property
    def id(self) -> str:
        return self.detail["id"]

    @property
    def status(self) -> str:
        return self.detail.get("status") or "scheduled"

    @property
    def declined(self) -> bool:
        """Declined by the delegation: by its mark, or an own meeting by its status."""
        return self.mark.status == "declined" or (self.own and self.status == "declined")

    def flag_keys(self) -> list[str]:
        """The labels of the flags printed before the item (own, cancelled, declined…), each
        agreeing with an own meeting where the label has a form for it."""
        keys = ["own_item"] if self.own else []
        if self.status in ("cancelled", "withdrawn"):
            keys.append(flag_key(self.status, self))
            return keys  # « ANNULÉE MODIFIÉE »: the change is the cancellation
        if self.declined:
            keys.append(flag_key("declined", self))
        if self.new:  # it was « MODIFIÉE » while the changes listed it as new
            keys.append("new_project" if self.detail.get("kind") == "project" else "new")
        elif self.changed:
            keys.append(flag_key("changed", self))
        if self.conflicts_with:
            keys.append("conflict")
        return keys


@dataclass
class WhoEntry:
    """A person the delegate will meet, where, and what the delegation noted on them."""

    id: str
    name: str
    function: str | None = None
    organisation: str | None = None
    country: str | None = None
    languages: list[str] = field(default_factory=list)
    own: bool = False  # one of the delegation's contacts
    meets: list[str] = field(default_factory=list)  # titles of our meetings with them
    speaks: list[str] = field(default_factory=list)  # titles of the marked sessions they speak in
    # Markdown, each with the direction its writer set (None: its dominant script's)
    notes: list[tuple[str, str | None]] = field(default_factory=list)

    def language_key(self) -> str:
        """The label of the languages: "Language" for one, "Languages" for more."""
        return "languages" if len(self.languages) > 1 else "language"

    def line_spans(self, lang: str) -> list[TextSpan]:
        """ "Function, Organisation (Country)" as printed (the country left out where they
        name it: `country_unless_named`): each part isolated in its own direction, the
        language's comma between them. As one isolated string, an Arabic function with a
        French country read « (Émirats arabes unis) (الإمارات) وزارة الخارجية ,وكيل… »."""
        spans = name_list([p for p in (self.function, self.organisation) if p], lang)
        if self.country:  # its brackets inside its isolate: they pair in its direction
            spans += [TextSpan(" ")] if spans else []
            spans.append(TextSpan(f"({self.country})", isolate=True))
        return spans


@dataclass
class PackContent:
    delegation: Delegation
    delegate: Delegate | None
    lang: str
    printed_at: datetime
    catalogue_version: int
    catalogue_meta: dict[str, Any]
    sections: tuple[str, ...]
    sessions: list[Entry]
    projects: list[Entry]
    free_notes: list[Note]
    changes: list[dict[str, Any]]
    changes_since: str | None  # the moment `changes` start from (`changes_baseline`)
    classification: str = ""
    meetings: list[Entry] = field(default_factory=list)
    people: list[WhoEntry] = field(default_factory=list)
    delegates: list[str] = field(default_factory=list)  # the delegation's, for the roster

    @property
    def illustrative(self) -> bool:
        """Whether what the pack prints holds illustrative data (not the forum's): an item of
        a source that says so, or of a catalogue that does, or an item marked illustrative.
        One illustrative file imported beside the forum's programme labelled every page of a
        pack of the forum's own sessions "ILLUSTRATIVE DATA" (and took its printing date)."""
        sources = self.catalogue_meta.get("sources") or {}
        imported = any(source.get("illustrative") for source in sources.values())
        # The catalogue's own flag is that of its sources and the base it was built on; where
        # a source says illustrative, the base is taken as the forum's (the bundled one is).
        base = bool(self.catalogue_meta.get("illustrative")) and not imported
        for entry in (*self.sessions, *self.projects):
            source = sources.get(namespace_of(entry.id))
            if (source.get("illustrative") if source is not None else base) or (
                entry.detail.get("certainty") == "illustrative"
            ):
                return True
        return False

    def edition_title(self, names: dict[str, str]) -> str:
        """The editions the pack's items belong to, named by `names`, in order (a pack may
        span several); those `names` leaves out (an import that names no programme) are not
        printed; the forum's name in the pack's language when none is left."""
        editions = sorted(
            {e.detail.get("edition_id") for e in (*self.sessions, *self.projects)} - {None, ""}
        )
        found = [names[e] for e in editions if e in names]
        return " · ".join(found) or label("forum_name", self.lang)  # a name may hold a comma

    def printed_sections(self) -> list[str]:
        """The chosen sections that have something to print (the agenda if none has), in the
        PDF and the Word pack alike."""
        filled = {
            "changes": bool(self.changes),
            "agenda": bool(self.sessions or self.meetings),
            "meetings": bool(self.meetings),
            "sessions": bool(self.sessions),
            "projects": bool(self.projects),
            "people": bool(self.people),
            "roster": bool(self.roster()),
            "notes": bool(self.free_notes),
        }
        printed = [s for s in self.sections if filled[s]]
        if not printed and "agenda" in self.sections:
            return ["agenda"]  # says that nothing is marked for this delegate
        return printed

    def moved_from(self, day: str) -> list[Entry]:
        """The items that were on `day` when the last pack was printed and have moved to
        another day since (found by review: a day sheet dropped them without a word)."""
        entries = {e.id: e for e in (*self.sessions, *self.meetings)}
        # Its day as that pack showed it: the old value of its first time change since (found
        # by review: any change's old day was taken, and an item moved away and back, or
        # through a day the reader never saw, was said to have moved from it).
        shown: dict[str, str | None] = {}
        for change in self.changes:  # in the order they were made
            item_id = change["item_id"]
            if item_id in shown or change["field"] not in ("time", "added"):
                continue
            was = _DAY.search(str(change.get("old") or "")) if change["field"] == "time" else None
            shown[item_id] = was.group() if was else None  # added since: never shown
        moved = [
            entry
            for item_id, entry in entries.items()
            if shown.get(item_id) == day and entry.detail.get("day") != day and _taking_place(entry)
        ]
        return moved

    def days(self) -> list[tuple[str | None, list[Entry]]]:
        """Marked sessions grouped by day, days in order, sessions by time (unknown times last)."""
        groups: dict[str | None, list[Entry]] = {}
        for entry in (*self.sessions, *self.meetings):
            groups.setdefault(entry.detail.get("day"), []).append(entry)
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
        return [
            (
                day,
                sorted(
                    items,
                    key=lambda e: (
                        e.detail.get("start") is None,
                        e.detail.get("start") or "",
                        not e.own,
                        e.id,
                    ),
                ),
            )
            for day, items in ordered
        ]

    def delegation_line(self) -> str | list[TextSpan]:
        """The delegation as the cover names it, its country by name in the pack's language
        (found by review: « وفد المملكة المغربية (MA) », its code), unless its name says it."""
        name = self.delegation.name
        country = country_unless_named(self.delegation.country, name, self.lang)
        return [TextSpan(name), TextSpan(f" ({country})")] if country else name

    def title_of(self, item_id: str) -> str:
        """The title of a session, project or meeting of the pack, else its id."""
        for e in (*self.sessions, *self.meetings, *self.projects):
            if e.id == item_id:
                return e.detail["title"]
        return item_id

    def meeting_fields(self, e: Entry) -> list[tuple[str, str | list[TextSpan]]]:
        """A meeting's brief as (label key, text) pairs, in the pack's language."""
        m = e.meeting
        assert m is not None

        def say(key: str) -> str:
            return label(key, self.lang)

        pairs = [
            ("kind", say(f"kind_{m.kind}")),
            ("meeting_status", say(f"status_{m.status}")),
            (
                "counterparts" if len(m.counterparts) > 1 else "counterpart",
                name_list([c.name for c in m.counterparts], self.lang),
            ),
            ("attends", name_list(m.delegates, self.lang) or say("whole_delegation")),
        ]
        pairs.append(("local_time", local_time_text(m, self.lang) or ""))
        # A contact's "+33 6 12 34 56 78" in an Arabic line would read with its groups reversed.
        rtl = is_rtl(self.lang)
        pairs += [(f"logistics_{k}", ltr_phone_numbers(v, rtl)) for k, v in m.logistics.items()]
        return [(k, v) for k, v in pairs if v]

    def roster(self) -> list[tuple[str | None, list[tuple[str, list[Entry]]]]]:
        """Who attends what, day by day: each delegate's entries taking place, in time order."""
        out = []
        for day, entries in self.days():
            lines = []
            for name in self.delegates:
                mine = [e for e in entries if name in e.mark.delegates and _taking_place(e)]
                if mine:
                    lines.append((name, mine))
            # An item no delegate is assigned to is the whole delegation's (a reception):
            # it was left out, as if nobody went.
            everyone = [e for e in entries if not e.mark.delegates and _taking_place(e)]
            if everyone:
                lines.append((label("whole_delegation", self.lang), everyone))
            if lines:
                out.append((day, lines))
        return out


_HONORIFICS = re.compile(
    r"^(?:(?:h\.?\s?e\.?|s\.?\s?e\.?|dr|pr|prof|mr|mrs|ms|mme|mlle|m|sir|dame|amb|"
    r"السيد|السيدة|الدكتور|الدكتورة|معالي|سعادة|الأستاذ|الأستاذة|فخامة|سمو)\.?\s+)+",
    re.IGNORECASE,
)


def sorting_name(name: str) -> tuple[str, str, str]:
    """A person's name as the who's who sorts it: without the titles before it ("Dr. Aiko
    Tanaka" was filed under D, « S.E. M. Jean Dupont » under S), in the alphabet's order
    (`core.collation`: « Œdipe » under O, not after Z)."""
    return sort_key(_HONORIFICS.sub("", name.strip()) or name)


def _printed(store: Store, delegation: Delegation, item_id: str) -> list[Note]:
    """The notes on `item_id` a pack prints something of (not a template's bare headings)."""
    return [n for n in list_notes(store, delegation, item_id) if printed(n.body)]


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _taking_place(e: Entry) -> bool:
    if e.meeting is not None:
        return e.meeting.taking_place
    return e.mark.status != "declined" and e.status not in ("cancelled", "withdrawn")


def meeting_entry(
    store: Store, meeting: Meeting, lang: str, notes: list[Note] | None = None
) -> Entry:
    """A meeting as an entry of the pack: a detail shaped like a session's, in forum time."""
    detail = {
        "id": meeting.id,
        "kind": "meeting",
        "title": clip(meeting.title) or "—",
        "day": meeting.day,
        "start": meeting.start,
        "end": meeting.end,
        "timezone": FORUM_TZ,
        "room": clip(place_text(store, meeting, lang)),
        "status": meeting.status,
    }
    mark = Mark(meeting.id, "meeting", "must", "open", None, meeting.delegates, meeting.modified)
    span = Span(meeting.start, meeting.end or meeting.start) if meeting.start else None
    return Entry(detail, mark, notes or [], span=span, meeting=meeting)


def whos_who(
    store: Store,
    delegation: Delegation,
    meetings: list[Meeting],
    marks: list[Mark],
    lang: str,
) -> list[WhoEntry]:
    """The counterparts of `meetings` and the speakers of the sessions `marks` mark."""
    from briefer.core.localize import pick
    from briefer.core.people import person

    people: dict[str, WhoEntry] = {}

    def entry(person_id: str, name: str) -> WhoEntry:
        if person_id not in people:
            try:
                p = person(store, person_id, lang)
                people[person_id] = WhoEntry(
                    person_id, clip(p.name) or name, clip(p.function), clip(p.organisation),
                    country_unless_named(p.country, f"{p.function} {p.organisation}", lang),
                    spoken_languages(p.languages, lang), p.own,
                    notes=[(p.notes, None)] if p.notes else [],
                )  # fmt: skip
            except BrieferError:
                people[person_id] = WhoEntry(person_id, name)
            people[person_id].notes += [
                (n.body, n.direction) for n in _printed(store, delegation, person_id)
            ]
        return people[person_id]

    for m in meetings:
        if m.taking_place:
            for c in m.counterparts:
                entry(c.id, c.name).meets.append(m.title)
    for mark in marks:
        if mark.status == "declined":
            continue
        rows = store.query(
            "SELECT p.id, p.name, s.title_ar, s.title_fr, s.title_en, s.title_other"
            " FROM cat.session_people sp JOIN cat.people p ON p.id = sp.person_id"
            " JOIN cat.sessions s ON s.id = sp.session_id WHERE sp.session_id = ?"
            " ORDER BY sp.position, p.name",
            (mark.item_id,),
        )
        for r in rows:
            title = pick(r, "title", lang) or mark.item_id
            who = entry(r["id"], r["name"])
            if title not in who.speaks:
                who.speaks.append(clip(title) or title)
    return sorted(people.values(), key=lambda w: (sorting_name(w.name), w.id))


def previous_pack(
    store: Store, delegation: Delegation, delegate: Delegate | None, lang: str, format: str = "pdf"
):
    """The last pack printed for `delegate` in `lang` and `format`: its reader has seen what it
    held (the French copy printed after the Arabic one still lists the changes, and so does the
    cabinet's Word copy printed after the PDF). The first copy in a language and format goes on
    from the delegate's last pack in any."""
    who = (delegation.id, delegate.id if delegate else None)
    query = "SELECT * FROM packs WHERE delegation_id = ? AND delegate_id IS ?"
    order = " ORDER BY created DESC, id DESC LIMIT 1"
    same = " AND lang = ? AND coalesce(json_extract(contents, '$.format'), 'pdf') = ?"
    found = store.query_one(query + same + order, (*who, lang, format))
    return found or store.query_one(query + order, who)


def changes_baseline(
    store: Store, previous: dict[str, Any] | None, item_ids: set[str]
) -> str | None:
    """When the changes a pack lists start: at `previous` (the pack before it, `previous_pack`),
    unless nothing about `item_ids` changed since it. A copy of the same state (a reprint after a
    paper jam, the Word copy after the PDF) is the same edition, and lists what `previous` listed:
    before, it listed nothing and dropped every CHANGED flag."""
    if previous is None:
        return None
    since = previous["created"]
    unchanged = store.query_one(
        "SELECT NOT EXISTS (SELECT 1 FROM changes WHERE at > ? AND item_id IN "
        "(SELECT value FROM json_each(?))) AS unchanged",
        (since, json.dumps(sorted(item_ids))),
    )["unchanged"]
    if unchanged:
        try:
            recorded = json.loads(previous["contents"] or "{}")
        except ValueError:
            recorded = None
        if isinstance(recorded, dict) and "since" in recorded:
            return recorded["since"]
    return since


def changes_since(
    store: Store, since: str | None, item_ids: set[str], lang: str
) -> list[dict[str, Any]]:
    """The changes to `item_ids` since `since`, recorded titles in `lang`."""
    if since is None:
        return []
    rows = store.query("SELECT * FROM changes WHERE at > ? ORDER BY at, id", (since,))
    return [read_change(r, lang) for r in rows if r["item_id"] in item_ids]


def _overlapped(clashes: list[Conflict], item_id: str, delegate: Delegate | None) -> list[str]:
    """The items `item_id` overlaps, for `delegate` or for anyone in the delegation."""
    found = conflicts_involving(clashes, item_id, delegate.name if delegate else None)
    return list(dict.fromkeys(c.other(item_id) for c in found))


def build_content(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None,
    lang: str,
    sections: tuple[str, ...] = SECTIONS,
    classification: str = "",
    format: str = "pdf",
) -> PackContent:
    """Gather the marked items (of `delegate`, or of the whole delegation) and their notes, for
    a pack in `format` ("pdf" or "docx": each has its own readers, `previous_pack`)."""
    marks = list_marks(store, delegation, delegate, whole=True)
    own = list_meetings(store, delegation, delegate, whole=True)
    meetings = [meeting_entry(store, m, lang, _printed(store, delegation, m.id)) for m in own]
    clashes = conflicts(store, delegation)
    sessions, projects = [], []
    item_ids = {m.item_id for m in marks} | {m.id for m in own}
    previous = previous_pack(store, delegation, delegate, lang, format)
    since = changes_baseline(store, previous, item_ids)
    changes = changes_since(store, since, item_ids, lang)
    changed_ids = {c["item_id"] for c in changes}
    new_ids = {c["item_id"] for c in changes if c["field"] == "added"}
    for mark in marks:
        detail = _clipped(item_detail(store, mark.item_id, lang))
        if format == "docx":  # proofing languages: the Word pack's alone (a query an item)
            detail["languages"] = text_languages(store, detail, lang)
        entry = Entry(
            detail,
            mark,
            _printed(store, delegation, mark.item_id),
            changed=mark.item_id in changed_ids,
            new=mark.item_id in new_ids,
        )
        if detail.get("kind") == "session":
            entry.span = session_span(store, mark.item_id)
        entry.conflicts_with = _overlapped(clashes, mark.item_id, delegate)
        if detail.get("kind") == "project":
            projects.append(entry)
        elif detail.get("kind") == "session" or detail.get("status") == "withdrawn":
            sessions.append(entry)
    for entry in meetings:
        entry.conflicts_with = _overlapped(clashes, entry.id, delegate)
    people = whos_who(store, delegation, own, marks, lang)
    names = [d.name for d in list_delegates(store, delegation)] if delegate is None else []
    present = {
        "meetings": bool(meetings),
        "people": bool(people),
        "roster": delegate is None and any(e.mark.delegates for e in (*sessions, *meetings)),
    }
    return PackContent(
        delegation=delegation,
        delegate=delegate,
        lang=lang,
        printed_at=datetime.now(UTC),
        catalogue_version=store.catalogue_version(),
        catalogue_meta=store.catalogue_meta(),
        sections=tuple(s for s in SECTIONS if s in sections and present.get(s, True)),
        sessions=sessions,
        projects=projects,
        free_notes=[n for n in list_notes(store, delegation, free_only=True) if printed(n.body)],
        changes=changes,
        changes_since=since,
        classification=classification,
        meetings=meetings,
        people=people,
        delegates=names,
    )
