"""The core's operations: each one job a front end starts, returning what it changed.

Every operation is keyword-only after the store, takes `progress` and `should_stop` (see
`briefer.core.progress`), returns an `Outcome` whose `OpChanges` names what it touched, and raises
`BrieferError`s that carry a kind and facts; a refusal that forcing may override is `forcible`,
and the same call with `force=True` accepts it.

Syncing is split in two halves so that a front end can run the network apart from its writes:
`download_sources` touches no store, `apply_downloads` writes. `sync_all` does both in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer.core.changes import NOTHING, OpChanges, Outcome
from briefer.core.errors import BrieferError, Cancelled, InputError, NotFoundError, os_reason
from briefer.core.i18n import translate
from briefer.core.progress import ProgressCallback, Reporter, StopCheck
from briefer.core.store import Store

if TYPE_CHECKING:
    from briefer.core.delegations import Delegate, Delegation
    from briefer.core.marks import Conflict
    from briefer.core.packs.options import PackOptions
    from briefer.core.selection import ImportReport
    from briefer.core.sync.apply import ApplyResult
    from briefer.core.sync.sources import Download, Source

CATALOGUE_REPLACED = OpChanges(catalogue=True, history=True, sources=True)


def _reporter(progress: ProgressCallback | Reporter | None, should_stop: StopCheck | None):
    if isinstance(progress, Reporter):
        return progress
    return Reporter(progress, should_stop)


@dataclass
class SourceReport:
    """One source's part of a sync: its result (None: not modified) or its error."""

    name: str
    result: ApplyResult | None = None
    error: BrieferError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def applied(self) -> bool:
        return self.result is not None and self.result.status == "applied"

    def failure(self, partly: bool) -> str:
        """Its error; without the closing "Nothing was changed" when the sync `partly` changed
        the catalogue from other sources (found by review: « Rien n'a été modifié » after one
        source of two was applied)."""
        text = str(self.error)
        if not partly:
            return text
        from briefer.core.sync.fetch import unchanged_note

        closing = translate("Sync", "Nothing was changed.", "the closing sentence of a refusal")
        for note in (unchanged_note(), closing):
            text = text.removesuffix(" " + note)
        return text


@dataclass
class DelegationImpact:
    """What new programme data did to the current delegation: its marked items it changed, and
    the conflicts it made (found by review: a summary of counts by field hid both)."""

    marked_changed: list[str] = field(default_factory=list)
    new_conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class SyncReport(DelegationImpact):
    """What a sync of several sources did, source by source; one failure stops no other."""

    sources: list[SourceReport] = field(default_factory=list)

    @property
    def failures(self) -> list[SourceReport]:
        return [s for s in self.sources if not s.ok]

    @property
    def partly(self) -> bool:
        """Whether some sources failed and others changed the catalogue."""
        return bool(self.failures) and any(s.applied for s in self.sources)

    @property
    def forcible(self) -> list[str]:
        """The sources whose refusal forcing would override."""
        return [s.name for s in self.failures if s.error is not None and s.error.forcible]

    @property
    def changes_count(self) -> int:
        return sum(len(s.result.changes) for s in self.sources if s.result is not None)

    def changes(self) -> OpChanges:
        if any(s.applied for s in self.sources):
            return CATALOGUE_REPLACED
        return OpChanges(sources=True)


class NoSourceError(NotFoundError):
    default_kind = "no_source"


def sources_to_sync(store: Store, names: Sequence[str] | None = None) -> list[Source]:
    """The sources named (all when None), read before a sync's network half.

    Raises:
        NoSourceError: no source is set up yet.
        NotFoundError: a name that is no source.
    """
    from briefer.core.sync.sources import get_source, list_sources

    if names:
        return [get_source(store, name) for name in names]
    sources = list_sources(store)
    if not sources:
        raise NoSourceError(translate("Sync", "No source yet."))
    return sources


def download_sources(
    sources: Sequence[Source],
    *,
    force: bool = False,
    timeout: float = 20.0,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> list[Download | BrieferError]:
    """The network half of a sync, source by source: a download or the error that stopped it.

    Touches no store, so it may run while other work writes.
    """
    from briefer.core.sync.sources import download_source

    report = _reporter(progress, should_stop)
    out: list[Download | BrieferError] = []
    for source in sources:
        try:
            out.append(download_source(source, force=force, timeout=timeout, progress=report))
        except Cancelled:
            raise
        except BrieferError as exc:
            out.append(exc)
    return out


def apply_downloads(
    store: Store,
    sources: Sequence[Source],
    downloads: Sequence[Download | BrieferError],
    *,
    force: bool = False,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[SyncReport]:
    """The write half of a sync: apply each download, record each failure; none stops the rest."""
    from briefer.core.sync.sources import Download, apply_download, record_failure

    report = _reporter(progress, should_stop)
    out = SyncReport()
    fresh = any(isinstance(d, Download) and not d.not_modified for d in downloads)
    delegation = _current_or_none(store) if fresh else None  # not-modified: nothing to count
    before = _conflicts_before(store, delegation)
    for source, download in zip(sources, downloads, strict=True):
        if isinstance(download, BrieferError):
            record_failure(store, source, download)
            out.sources.append(SourceReport(source.name, error=_of_source(download, source)))
            continue
        try:
            result = apply_download(store, download, force=force, progress=report)
        except Cancelled:
            raise
        except BrieferError as exc:
            out.sources.append(SourceReport(source.name, error=_of_source(exc, source)))
        else:
            out.sources.append(SourceReport(source.name, result=result))
    if delegation is not None and any(s.applied for s in out.sources):
        results = [s.result for s in out.sources if s.applied and s.result is not None]
        _delegation_impact(store, delegation, before, results, out)
    return Outcome(out, out.changes())


def _of_source(error: BrieferError, source: Source) -> BrieferError:
    """`error` with the failing source's name among its facts (`failing_source`), so a front
    end can name the way to stop syncing it (found by review: a source that was never there
    failed at each sync, and nothing said how to remove it)."""
    error.facts = {**error.facts, "failing_source": source.name}
    return error


def _current_or_none(store: Store) -> Delegation | None:
    from briefer.core.delegations import current_delegation

    try:
        return current_delegation(store)
    except NotFoundError:
        return None


def _conflicts_before(store: Store, delegation: Delegation | None) -> set[tuple[Any, ...]]:
    """The delegation's conflicts as pairs in no order (`Conflict.pair`), before new data."""
    from briefer.core.marks import conflicts

    return {c.pair for c in conflicts(store, delegation)} if delegation else set()


def _delegation_impact(
    store: Store,
    delegation: Delegation,
    before: set[tuple[Any, ...]],
    results: Sequence[ApplyResult],
    out: DelegationImpact,
) -> None:
    """Fill `out`'s marked items changed and new conflicts for `delegation`: a conflict is new
    when its two items did not conflict before, whichever of them starts first now."""
    from briefer.core.marks import conflicts, list_marks

    marked = {mark.item_id for mark in list_marks(store, delegation)}
    changed = [
        change["item_id"]
        for result in results
        for change in result.changes
        if change["item_id"] in marked
    ]
    out.marked_changed = list(dict.fromkeys(changed))
    out.new_conflicts = [c for c in conflicts(store, delegation) if c.pair not in before]


def sync_all(
    store: Store,
    *,
    names: Sequence[str] | None = None,
    force: bool = False,
    timeout: float = 20.0,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[SyncReport]:
    """Sync every source (or those named), each tried whatever the others did.

    Raises:
        NoSourceError, NotFoundError: no source, or a name that is none.
    """
    sources = sources_to_sync(store, names)
    report = _reporter(progress, should_stop)
    downloads = download_sources(sources, force=force, timeout=timeout, progress=report)
    return apply_downloads(store, sources, downloads, force=force, progress=report)


def sync_one(
    store: Store,
    *,
    name: str,
    force: bool = False,
    timeout: float = 20.0,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[ApplyResult | None]:
    """Sync the source `name`; None when its server says nothing changed.

    Raises:
        FetchError, SignatureError, RefusedError (forcible), NotFoundError.
    """
    from briefer.core.sync.sources import sync_source

    result = sync_source(store, name, force, timeout, _reporter(progress, should_stop))
    applied = result is not None and result.status == "applied"
    return Outcome(result, CATALOGUE_REPLACED if applied else OpChanges(sources=True))


@dataclass
class FileImport(DelegationImpact):
    """What importing a programme file did: its result, and (as a sync says) what it did to
    the current delegation."""

    result: ApplyResult | None = None


def import_file(
    store: Store,
    *,
    path: Path,
    kind: str | None = None,
    namespace: str | None = None,
    force: bool = False,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[FileImport]:
    """Import a programme file into the catalogue.

    Raises:
        InputError, SignatureError, RefusedError (forcible).
    """
    from briefer.core.sync.sources import import_file as import_schedule

    delegation = _current_or_none(store)
    before = _conflicts_before(store, delegation)
    result = import_schedule(store, path, kind, namespace, force, _reporter(progress, should_stop))
    out = FileImport(result=result)
    changed = result.status == "applied"
    if changed and delegation is not None:
        _delegation_impact(store, delegation, before, [result], out)
    return Outcome(out, OpChanges(catalogue=True, history=True) if changed else NOTHING)


@dataclass(frozen=True)
class Programme:
    """A programme (a namespace of the catalogue) that came from a file or a source."""

    namespace: str
    title: str
    origin: str  # the file's name, or the source's
    imported: bool  # from a file (else synced from a source)


@dataclass
class CatalogueReset:
    """What a catalogue reset did: the version now in place, the imported and synced
    programmes it removed (and those it put back as bundled), and how many marked items now
    refer to a programme no longer in the catalogue."""

    version: int
    removed: list[Programme] = field(default_factory=list)
    reverted: list[Programme] = field(default_factory=list)
    orphaned_marks: int = 0


def _programmes(meta: dict[str, Any]) -> dict[str, Programme]:
    found = {}
    for namespace, entry in sorted((meta.get("sources") or {}).items()):
        entry = entry or {}
        source = str(entry.get("source") or "")
        imported = source.startswith("file:")
        origin = source.removeprefix("file:") if imported else source
        title = str(entry.get("title") or namespace)
        found[namespace] = Programme(namespace, title, origin or namespace, imported)
    return found


def _namespaces(store: Store) -> set[str]:
    rows = store.query(
        "SELECT DISTINCT substr(id, 1, instr(id, ':') - 1) AS ns FROM cat.sessions"
        " UNION SELECT DISTINCT substr(id, 1, instr(id, ':') - 1) FROM cat.projects"
        " UNION SELECT DISTINCT substr(id, 1, instr(id, ':') - 1) FROM cat.editions"
    )
    return {row["ns"] for row in rows}


def reset_catalogue(
    store: Store,
    *,
    bundled: Path | None = None,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[CatalogueReset]:
    """Put the bundled catalogue back in place of synced and imported data; user data stays.

    Returns the catalogue version now in place and what went: found by review, every imported
    and synced programme was dropped with only "marks and notes are untouched" said.
    """
    import shutil

    from briefer.core.catalogue.writelock import catalogue_writer
    from briefer.core.paths import bundled_catalogue

    report = _reporter(progress, should_stop)
    report(0, 1, "reset")
    source = bundled or bundled_catalogue()
    part = store.data.catalogue_next
    with catalogue_writer(store.data.root, progress=report):
        before = _programmes(store.catalogue_meta())
        shutil.copyfile(source, part)
        store.replace_catalogue(part)
    present = _namespaces(store)
    removed = [p for ns, p in before.items() if ns not in present]
    reverted = [p for ns, p in before.items() if ns in present]
    orphaned = 0
    if removed:
        marked = store.query("SELECT DISTINCT item_id FROM marks")
        gone = {p.namespace for p in removed}
        orphaned = sum(1 for row in marked if row["item_id"].split(":", 1)[0] in gone)
    result = CatalogueReset(store.catalogue_version(), removed, reverted, orphaned)
    return Outcome(result, OpChanges(catalogue=True))


def import_selection(
    store: Store,
    *,
    path: Path,
    passphrase: str | None = None,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[ImportReport]:
    """Take in a colleague's marks and notes (a protected file opened with `passphrase`).

    Made in steps that let other writes in; a stop between steps keeps what was merged, and
    importing the file again completes it.
    """
    from briefer.core.selection import import_selection as take_in

    report = _reporter(progress, should_stop)
    report(0, None, "selection")
    merged = take_in(
        store, path, passphrase, step=lambda done, total: report(done, total, "selection")
    )
    return Outcome(
        merged, OpChanges(marks=True, notes=True, delegations=True, meetings=True, people=True)
    )


def build_pack(
    store: Store,
    *,
    delegation: Delegation,
    delegate: Delegate | None,
    out: Path,
    lang: str = "en",
    sections: tuple[str, ...] | None = None,
    classification: str = "",
    options: PackOptions | None = None,
    format: str = "pdf",
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[dict[str, Any]]:
    """Build a briefing pack and record it in the pack history."""
    from briefer.core.packs.content import SECTIONS
    from briefer.core.packs.service import make_pack

    result = make_pack(
        store,
        delegation,
        delegate,
        out,
        lang,
        sections or SECTIONS,
        classification,
        options,
        _reporter(progress, should_stop),
        format,
    )
    return Outcome(result, OpChanges(packs=True))


def build_daysheet(
    store: Store,
    *,
    delegation: Delegation,
    delegate: Delegate | None,
    day: str,
    out: Path,
    lang: str = "en",
    paper: str = "a5",
    classification: str = "",
    watermark: str | None = None,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[dict[str, Any]]:
    """Build the one-day sheet of a delegate's marked sessions; no history records it."""
    from briefer.core.packs.service import make_daysheet

    _reporter(progress, should_stop)(0, None, "daysheet")
    result = make_daysheet(
        store, delegation, delegate, day, out, lang, paper, classification, watermark
    )
    return Outcome(result, NOTHING)


def publish(
    store: Store,
    *,
    out: Path,
    key_file: Path,
    namespace: str | None = None,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[dict[str, Any]]:
    """Write a signed feed of the working catalogue; the store is not changed."""
    from briefer.core.sync.publish import publish_feed

    _reporter(progress, should_stop)(0, None, "publish")
    return Outcome(publish_feed(store, out, key_file, namespace), NOTHING)


def rebuild_index(
    store: Store,
    *,
    progress: ProgressCallback | Reporter | None = None,
    should_stop: StopCheck | None = None,
) -> Outcome[bool]:
    """Write the catalogue again when an older Briefer wrote its search index (once, after an
    update; the window's opening leaves it to this): the same rows, as the next generation.
    The value says whether it was written; a stop or a crash leaves the old file in use."""
    from briefer.core.store import reindex_older

    done = reindex_older(store.data, _reporter(progress, should_stop))
    return Outcome(done, OpChanges(catalogue=True) if done else NOTHING)


@dataclass(frozen=True)
class EditionPreview:
    """One edition of a schedule file, and whether the catalogue already has it."""

    id: str
    name: str
    sessions: int
    new: bool
    sessions_now: int = 0  # its sessions in the catalogue, when it is not new


@dataclass(frozen=True)
class SchedulePreview:
    """What importing a schedule file would do, read without writing anything."""

    path: Path
    kind: str
    editions: tuple[EditionPreview, ...]

    def describe(self) -> str:
        """One sentence an edition, e.g. "Import FOSDEM 2019 (775 sessions) as a new edition."."""
        from briefer.core.i18n import language
        from briefer.core.localize import count_text

        lines = []
        for e in self.editions:
            if e.new:
                text = translate(
                    "Import", "Import {name} (%n session(s)) as a new edition.", None, e.sessions
                )
            else:
                text = translate(
                    "Import",
                    "Import {name} (%n session(s)), replacing the {now} sessions of the "
                    "edition already in the catalogue; marks and notes are kept.",
                    None,
                    e.sessions,
                )
            lines.append(text.format(name=e.name, now=count_text(e.sessions_now, language())))
        if not lines:
            lines.append(translate("Import", "The file holds no edition: nothing would change."))
        return "\n".join(lines)


@dataclass(frozen=True)
class SelectionPreview:
    """What importing a colleague's selection file would bring, read without writing."""

    path: Path
    delegation: str
    new_delegation: bool
    marks: int
    notes: int
    meetings: int
    contacts: int
    delegates: int

    def describe(self) -> str:
        """E.g. "3 marks, 2 notes, 0 meetings and 1 contact from Délégation du Sénégal"."""
        text = translate(
            "Import",
            "Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts "
            "from {delegation} ({delegates} delegates). Nothing of yours is overwritten: "
            "where both sides changed an entry, both versions are kept.",
        ).format(
            marks=self.marks,
            notes=self.notes,
            meetings=self.meetings,
            contacts=self.contacts,
            delegation=self.delegation,
            delegates=self.delegates,
        )
        if self.new_delegation:
            text += " " + translate("Import", "The delegation is new here: it will be created.")
        return text


def is_selection_file(path: Path) -> bool:
    """A selection file by its extension, or a JSON file that says it is one."""
    from briefer.core.selection import EXTENSION, FORMAT

    if path.suffix.lower() == EXTENSION:
        return True
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return f'"format": "{FORMAT}"'.encode() in head or f'"format":"{FORMAT}"'.encode() in head


def preview_import(
    store: Store, *, path: Path, lang: str = "en", passphrase: str | None = None
) -> SchedulePreview | SelectionPreview:
    """Read the file the user gave (a schedule or a selection) and say what importing it would
    change, writing nothing.

    Raises:
        InputError: unreadable, too large, or in no supported format; kind
            "selection_passphrase" for a protected selection opened without `passphrase`.
    """
    if is_selection_file(path):
        return _preview_selection(store, path, passphrase)
    return _preview_schedule(store, path, lang)


def _preview_selection(store: Store, path: Path, passphrase: str | None) -> SelectionPreview:
    from briefer.core.delegations import list_delegations
    from briefer.core.selection import read_selection

    doc = read_selection(path, passphrase)
    who = doc.get("delegation") or {}
    known = {d.uid for d in list_delegations(store)}
    return SelectionPreview(
        path=path,
        delegation=str(who.get("name") or ""),
        new_delegation=who.get("uid") not in known,
        marks=len(doc.get("marks") or []),
        notes=len(doc.get("notes") or []),
        meetings=len(doc.get("meetings") or []),
        contacts=len(doc.get("contacts") or []),
        delegates=len(who.get("delegates") or []),
    )


def _preview_schedule(store: Store, path: Path, lang: str) -> SchedulePreview:
    from briefer.core.localize import pick
    from briefer.core.queries.editions import list_editions
    from briefer.core.sync.feed import parse_feed
    from briefer.core.sync.formats import READERS, detect_kind
    from briefer.core.sync.sources import MAX_FILE, beside_namespace, file_source, namespace_from

    try:
        if path.stat().st_size > MAX_FILE:
            message = translate("Files", "{path} is larger than {limit} MB; refused.")
            raise InputError(message.format(path=path, limit=MAX_FILE // 2**20))
        raw = path.read_bytes()
    except OSError as exc:
        message = translate("Files", "Cannot read {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc
    kind = detect_kind(raw)
    data = parse_feed(raw)[0] if kind == "briefer" else READERS[kind](raw, None, None)[0]
    if kind != "briefer":  # as the import will: beside another file's unnamed programme
        beside = beside_namespace(store, namespace_from(data), *file_source(path))
        if beside is not None:
            data = READERS[kind](raw, beside, None)[0]
    sessions: dict[str, int] = {}
    for session in data.tables.get("sessions", []):
        sessions[session.get("edition_id")] = sessions.get(session.get("edition_id"), 0) + 1
    present = {e.id: e for e in list_editions(store, lang)}
    # A programme the file does not name is called by the file's name: « Importer csv (CSV) »
    # read as a name the user never gave (found by review).
    unnamed = data.meta.get("named") is False
    editions = tuple(
        EditionPreview(
            id=row["id"],
            name=path.name if unnamed else pick(row, "name", lang) or row["id"],
            sessions=sessions.get(row["id"], 0),
            new=row["id"] not in present,
            sessions_now=present[row["id"]].sessions if row["id"] in present else 0,
        )
        for row in data.tables.get("editions", [])
    )
    return SchedulePreview(path=path, kind=kind, editions=editions)
