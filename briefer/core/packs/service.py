"""Making a pack for a delegate and recording it in the user's history."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from briefer.core.catalogue.provenance import namespace_of
from briefer.core.delegations import Delegate, Delegation
from briefer.core.errors import InputError
from briefer.core.files import check_replaceable
from briefer.core.i18n import language, translate
from briefer.core.localize import pick
from briefer.core.packs.content import SECTIONS, build_content
from briefer.core.packs.labels import label
from briefer.core.packs.options import PackOptions
from briefer.core.packs.password import check_pack_password
from briefer.core.packs.render import render_pack
from briefer.core.progress import Reporter
from briefer.core.store import Store, now_iso
from briefer.core.timefmt import day_name, require_day, western_digits

PACK_FORMATS = ("pdf", "docx")


def parse_sections(value: str | None) -> tuple[str, ...]:
    if not value:
        return SECTIONS
    wanted = tuple(s.strip().lower() for s in value.split(",") if s.strip())
    unknown = [s for s in wanted if s not in SECTIONS]
    if unknown:
        message = translate(
            "Packs", "Unknown section(s) {unknown}; choose from {sections}.", None, len(unknown)
        )
        raise InputError(message.format(unknown=", ".join(unknown), sections=", ".join(SECTIONS)))
    return wanted


def pack_format(out: Path, requested: str | None) -> str:
    """The format a pack is written in: `requested`, else the one of `out`'s extension (.docx,
    .pdf), else PDF; refused when `requested` contradicts the extension (a PDF in pack.docx).

    Raises:
        InputError: kind "format_extension", facts format, extension.
    """
    suffix = out.suffix.lower().lstrip(".")
    if requested is None:
        return suffix if suffix in PACK_FORMATS else "pdf"
    if suffix in PACK_FORMATS and suffix != requested:
        message = translate(
            "Packs",
            "{path} ends in .{extension} but the format asked for is {format}; "
            "give the file a .{format} name, or ask for {extension}.",
        )
        raise InputError(
            message.format(path=out, extension=suffix, format=requested),
            kind="format_extension",
            facts={"format": requested, "extension": suffix},
        )
    return requested


def _check_target(out: Path) -> None:
    if out.is_dir():
        message = translate("Packs", "{out} is a folder; give a file name such as {example}.")
        raise InputError(message.format(out=out, example=out / "pack.pdf"))
    if not out.parent.exists():
        message = translate("Packs", "The folder {folder} does not exist.")
        raise InputError(message.format(folder=out.parent))
    if out.exists() and not os.access(out, os.W_OK):
        message = translate("Packs", "{out} cannot be overwritten (read-only).")
        raise InputError(message.format(out=out))


def _check_format(format: str, options: PackOptions | None) -> None:
    if format not in PACK_FORMATS:
        message = translate("Packs", "A pack is written as {formats}, not {format}.")
        raise InputError(
            message.format(formats=" or ".join(PACK_FORMATS), format=format),
            kind="pack_format",
            facts={"format": format, "formats": list(PACK_FORMATS)},
        )
    if format == "docx" and options is not None and options.password:
        raise InputError(
            translate("Packs", "A password protects PDF packs only; no Word pack was written."),
            kind="pack_password_format",
            facts={"format": format},
        )
    check_pack_password(options.password if options else None)


def _edition_names(store: Store, lang: str) -> dict[str, str]:
    """The editions a pack's cover may name: those with a name of their own. Found by review:
    a CSV file's edition, named after its namespace ("csv (CSV)") for want of any name in the
    file, was printed on the cover beside the forum's ("csv (CSV) · Forum de Paris sur la Paix
    2021"); neither it nor a calendar without a name, nor an edition without a name (once
    shown by its id), is a forum the reader knows."""
    sources = store.catalogue_meta().get("sources") or {}

    def named(edition_id: str) -> bool:
        source = sources.get(namespace_of(edition_id))
        if source is None:
            return True  # the bundled catalogue's, or a source recorded without one
        # A CSV file never names its programme; imports before "named" was recorded say so.
        return bool(source.get("named", source.get("kind") != "csv"))

    names = {}
    for row in store.query("SELECT * FROM cat.editions"):
        name = pick(row, "name", lang)
        if name and named(row["id"]):
            names[row["id"]] = name
    return names


def make_pack(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None,
    out: Path,
    lang: str = "en",
    sections: tuple[str, ...] = SECTIONS,
    classification: str = "",
    options: PackOptions | None = None,
    progress: Reporter | None = None,
    format: str = "pdf",
) -> dict[str, Any]:
    """Render the pack of `delegate` (or the whole delegation) to `out`, as a PDF or a Word
    document (`format` "pdf" or "docx"), and record it."""
    _check_format(format, options)
    check_replaceable(out, format)  # before the work of building it
    content = build_content(store, delegation, delegate, lang, sections, classification, format)
    if not (content.sessions or content.projects or content.meetings or content.free_notes):
        who = delegate.name if delegate else delegation.name
        message = translate(
            "Packs", "Nothing is marked for {who}: mark sessions or projects first."
        )
        raise InputError(message.format(who=who))
    _check_target(out)
    if format == "docx":
        from briefer.core.packs.docx_writer import write_docx

        result = write_docx(content, out, options or PackOptions(), _edition_names(store, lang))
    else:
        result = render_pack(content, out, options, progress, _edition_names(store, lang))
    printed = content.printed_sections()  # what the reader of this pack has seen
    seen_sessions = "agenda" in printed or "sessions" in printed
    contents = {
        "sessions": [e.id for e in content.sessions] if seen_sessions else [],
        "projects": [e.id for e in content.projects] if "projects" in printed else [],
        "sections": list(content.sections),
        "pages": result["pages"],
        "format": format,
        "since": content.changes_since,
    }
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO packs (delegation_id, delegate_id, delegate_name, created,"
            " catalogue_version, lang, path, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                delegation.id,
                delegate.id if delegate else None,
                delegate.name if delegate else None,
                now_iso(),
                content.catalogue_version,
                lang,
                str(out),
                json.dumps(contents),
            ),
        )
    return {"id": cursor.lastrowid, "path": str(out), **contents, "changes": len(content.changes)}


def make_daysheet(
    store: Store,
    delegation: Delegation,
    delegate: Delegate | None,
    day: str,
    out: Path,
    lang: str = "en",
    paper: str = "a5",
    classification: str = "",
    watermark: str | None = None,
) -> dict[str, Any]:
    """Render the one-day sheet of `delegate`'s marked sessions on `day` to `out`."""
    day = western_digits(day)
    require_day(day)
    content = build_content(store, delegation, delegate, lang, ("agenda",), classification)
    sessions = [e for e in (*content.sessions, *content.meetings) if e.detail.get("day") == day]
    if not sessions and not content.moved_from(day):
        who = delegate.name if delegate else delegation.name
        message = translate("Packs", "No marked session for {who} on {day}.")
        raise InputError(message.format(who=who, day=day_name(day, language())))
    check_replaceable(out, "pdf")
    _check_target(out)
    title = f"{label('daysheet_title', lang)} — {delegation.name} — {day_name(day, lang)}"
    result = render_pack(
        content,
        out,
        PackOptions(paper=paper, title=title, watermark=watermark),
        None,
        _edition_names(store, lang),
        day,
    )
    return {"path": str(out), "pages": result["pages"], "sessions": [e.id for e in sessions]}
