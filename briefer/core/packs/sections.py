"""The pack's sections: cover, contents, changes, agenda, briefs and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from briefer.core.catalogue.items import theme_names
from briefer.core.packs.content import Entry, PackContent
from briefer.core.packs.document import Gap
from briefer.core.packs.labels import (
    LABELS,
    MARK_STATUSES_PRINTED,
    change_field,
    change_value,
    day_label,
    label,
    note_dated,
    place_unknown,
    since_spans,
    when_label,
)
from briefer.core.packs.markdown_flow import markdown_flowables
from briefer.core.packs.options import PAPER
from briefer.core.packs.own_sections import OwnSections
from briefer.core.packs.qr import QrCode
from briefer.core.packs.spans import Span, listed
from briefer.core.packs.styles import GREY, NAVY, RED
from briefer.core.packs.typography import colon, moment_text, upper_first
from briefer.core.paragraphs import paragraphs_of
from briefer.core.richtext import safe_link
from briefer.core.timefmt import local


class PackSections(OwnSections):
    """The pack's story, section by section (a mixin of PackBuilder)."""

    def story(self) -> list[Flowable]:
        if self.day is not None:
            return self.daysheet()
        out: list[Flowable] = []
        out += self.cover()
        out += self.contents()
        builders: dict[str, Callable[[], list[Flowable]]] = {
            "changes": self.changes,
            "agenda": self.agenda,
            "meetings": self.meeting_briefs,
            "sessions": self.session_briefs,
            "projects": self.project_briefs,
            "people": self.whos_who,
            "roster": self.roster_page,
            "notes": self.notes,
        }
        for section in self.printed_sections():
            out += builders[section]()
        return out

    def printed_sections(self) -> list[str]:
        """The chosen sections that have something to print (the agenda if none has)."""
        return self.c.printed_sections()

    def cover(self) -> list[Flowable]:
        c = self.c
        edition = self._edition_name()
        rows = [
            ("delegation", c.delegation_line()),
            (
                "prepared_for",
                c.delegate.name + (f" — {c.delegate.function}" if c.delegate.function else "")
                if c.delegate
                else self.L("for_whole_delegation"),
            ),
            ("language", self.L("language_name")),
            ("printed_date", moment_text(c.printed_at, self.lang)),
            ("catalogue_version", str(c.catalogue_version)),
        ]
        out: list[Flowable] = [Spacer(1, 90), self.para(self.L("pack_title"), self.s.title)]
        out.append(self.para(edition, replace(self.s.data, size=13.5, leading=20, space_after=18)))
        out += [f for f in (self.field(k, v) for k, v in rows) if f]
        if c.classification:
            out.append(Spacer(1, 16))
            out.append(self.para(c.classification, replace(self.s.h2, color=RED)))
        out.append(Spacer(1, 24))
        if self.illustrative:
            out.append(self.para(self.L("illustrative"), self.s.flag))
        if c.catalogue_meta.get("partial"):
            out.append(self.para(self.L("partial_catalogue"), self.s.small))
        from reportlab.platypus.doctemplate import NextPageTemplate

        out += [NextPageTemplate("body"), PageBreak()]
        return out

    def _edition_name(self) -> str:
        return self.c.edition_title(self.edition_names)

    def contents(self) -> list[Flowable]:
        out: list[Flowable] = [self.para(self.L("contents"), self.s.h1)]
        rows = []
        for title, level, key in self._planned_headings():
            style = self.s.toc1 if level == 0 else self.s.toc2
            cell = self.para(
                [Span(title, link=f"#{key}", color=Color(0, 0, 0), isolate=True)], style
            )
            num = self.late_text(
                f"BrieferToc{len(rows)}",
                lambda doc, key=key: [Span(str(doc.found.get(key, "")), color=Color(0, 0, 0))],
                replace(style, align="end", indent=0),
                key,
            )
            rows.append([num, cell] if self.s.rtl else [cell, num])
        if rows:
            avail = self._frame_width()
            widths = [40, avail - 40] if self.s.rtl else [avail - 40, 40]
            table = Table(rows, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        self._table_font(),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            out.append(table)
        out.append(PageBreak())
        return out

    def _table_font(self) -> tuple:
        """A table sets its cells' font even for flowable cells: ours, so none goes unembedded."""
        return ("FONTNAME", (0, 0), (-1, -1), self.fonts.get().fontName)

    def _frame_width(self) -> float:
        return PAPER[self.options.paper][0] - 2 * self.margin

    def _planned_headings(self) -> list[tuple[str, int, str]]:
        planned = []
        for section in self.printed_sections():
            planned.append((self.L(section), 0, f"sec-{section}"))
            if section == "meetings":
                planned += [
                    (e.detail["title"], 1, f"item-{e.id}")
                    for _, entries in self.c.days()
                    for e in entries
                    if e.own
                ]
            if section == "sessions":
                planned += [(e.detail["title"], 1, f"item-{e.id}") for e in self._sessions()]
            if section == "projects":
                planned += [(e.detail["title"], 1, f"item-{e.id}") for e in self.c.projects]
        return planned

    def _sessions(self) -> list[Entry]:
        return [e for _, entries in self.c.days() for e in entries if not e.own]

    def _flags(self, entry: Entry) -> list[Span]:
        return [
            Span(self.L(key) + " ", bold=True, color=NAVY if key == "own_item" else RED)
            for key in entry.flag_keys()
        ]

    def changes(self) -> list[Flowable]:
        if not self.c.changes:
            return []
        out: list[Flowable] = [self.heading(self.L("changes"), 0, "sec-changes")]
        since = since_spans(self.c.changes_since, self.lang)
        if since:
            out.append(self.para(since, keep=True))
        header = [
            self.para(self.L(k), self.s.cell_bold) for k in ("item", "field", "before", "after")
        ]
        rows = [header]
        titles = {e.id: e.detail["title"] for e in (*self.c.sessions, *self.c.projects)}
        for ch in self.c.changes:
            title = titles.get(ch["item_id"]) or ch.get("title") or ch["item_id"]
            rows.append(
                [
                    self.para(title, self.s.data_cell),
                    self.para(
                        change_field(ch["field"], self.lang, ch.get("kind"), ch.get("shown_in")),
                        self.s.data_cell,
                    ),
                    *(
                        self.para(
                            change_value(ch["field"], ch.get(side), ch.get("kind"), self.lang),
                            self.s.data_cell,
                        )
                        for side in ("old", "new")
                    ),
                ]
            )
        out.append(self._table(rows, [0.4, 0.15, 0.225, 0.225]))
        out.append(PageBreak())
        return out

    def _table(self, rows: list[list[Any]], fractions: list[float]) -> Table:
        avail = self._frame_width()
        widths = [f * avail for f in fractions]
        if self.s.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    self._table_font(),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, Color(0.75, 0.75, 0.75)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def agenda(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("agenda"), 0, "sec-agenda")]
        if not self.c.sessions and not self.c.meetings:
            out.append(self.para(self.L("nothing_marked")))
        for day, entries in self.c.days():
            heading = day_label(day, self.lang)
            out.append(self.para(upper_first(heading), self.s.h2, keep=True))
            header = [
                self.para(self.L(k), self.s.cell_bold)
                for k in ("time", "place", "session", "priority", "attends")
            ]
            rows = [header]
            for e in entries:
                d = e.detail
                title = self._agenda_title(e)
                rows.append(
                    [
                        self.para(self._time(d), self.s.cell),
                        self.para(self._place(d), self.s.data_cell),
                        title,
                        self.para(self._priority(e), self.s.cell),
                        self.para(self.names(e.mark.delegates), self.s.cell),
                    ]
                )
            out.append(self._table(rows, [0.13, 0.2, 0.42, 0.11, 0.14]))
        out.append(PageBreak())
        return out

    def _agenda_title(self, e: Entry) -> list[Flowable]:
        """The session cell: flags, the title (a link to its brief), format, conflicts."""
        d = e.detail
        cell: list[Flowable] = []
        flags = self._flags(e)
        if flags:
            cell.append(self.para(flags, self.s.flag))
        brief = "meetings" if e.own else "sessions"
        target = f"#item-{e.id}" if brief in self.c.sections and self.day is None else None
        link = Span(d["title"], bold=True, link=target, color=Color(0, 0, 0))
        cell.append(self.para([link], self.s.data_cell))
        kind = self.L(e.kind_key) if e.kind_key else d.get("format")
        if kind:
            cell.append(self.para(upper_first(kind), replace(self.s.data_cell, color=GREY, size=8)))
        if e.conflicts_with:
            others = listed([self._title_of(i) for i in e.conflicts_with], self.lang)
            cell.append(
                self.para(
                    [Span(self.L("conflict_with") + colon(self.lang)), *others],
                    replace(self.s.flag, bold=False, size=8, leading=11),
                )
            )
        return cell

    def _title_of(self, item_id: str) -> str:
        return self.c.title_of(item_id)

    def _priority(self, e: Entry) -> str:
        return self.L(e.priority_key) if e.priority_key else "—"

    def _time(self, d: dict[str, Any]) -> str:
        if not d.get("start"):
            return self.L("tba")
        start = local(d["start"], d.get("timezone"))
        end = local(d.get("end"), d.get("timezone"))
        assert start is not None
        return start.strftime("%H:%M") + (("–" + end.strftime("%H:%M")) if end else "")

    def _place(self, d: dict[str, Any]) -> str:
        parts = [p for p in (d.get("room"), d.get("venue")) if p]
        if d.get("online_url"):
            parts.append(f"{self.L('online')}{colon(self.lang)}{d['online_url']}")
        return self.join(parts) or place_unknown(d, self.lang)

    def _mark_and_notes(self, e: Entry) -> list[Flowable]:
        out: list[Flowable] = [self.para(self.L("mark"), self.s.note_h3, keep=True)]
        who = self.names(e.mark.delegates)
        out.append(self.field("priority", [Span(self.L(e.mark.priority)), Span(" — "), *who]))
        if e.mark.status in MARK_STATUSES_PRINTED:
            out.append(self.field("mark_status", self.L(f"mark_{e.mark.status}")))
        if e.mark.reason:
            out.append(self.field("reason", e.mark.reason))
        if e.notes:
            out.append(self.para(self.L("our_notes"), self.s.note_h3, keep=True))
            for note in e.notes:
                out += markdown_flowables(note.body, self.s, self.fonts, self.para, note.direction)
        return [f for f in out if f]

    def _certainty(self, value: str | None) -> str | None:
        key = f"certainty_{value}"
        return label(key, self.lang) if value and key in LABELS else value

    def _source(self, d: dict[str, Any]) -> list[Flowable]:
        value = d.get("source_url")
        if not value:
            return []
        lines = [
            f
            for f in (
                self.field("source", [Span(value, link=safe_link(value))]),
                self.field("certainty", self._certainty(d.get("certainty"))),
            )
            if f
        ]
        return [KeepTogether(lines)]  # a page never starts with the certainty line alone

    def _fields(self, *pairs: tuple[str, str | list[Span] | None]) -> list[Flowable]:
        return [f for f in (self.field(name, value) for name, value in pairs) if f]

    def _text_block(self, label_key: str, text: str | None) -> list[Flowable]:
        paragraphs = paragraphs_of(text or "")
        if not paragraphs:
            return []
        return [
            self.para(self.L(label_key), self.s.note_h3, keep=True),
            *(self.para(paragraph, self.s.data) for paragraph in paragraphs),
        ]

    def _briefs(
        self, section: str, entries: list[Entry], body: Callable[[Entry], list[Flowable]]
    ) -> list[Flowable]:
        """A section of briefs: each one's heading, `body`, then the mark, notes and source."""
        out: list[Flowable] = [self.heading(self.L(section), 0, f"sec-{section}")]
        for number, e in enumerate(entries):
            if number:
                out.append(Gap(1, 10))
            out += [CondPageBreak(130), self.heading(e.detail["title"], 1, f"item-{e.id}")]
            out += body(e)
            out += self._mark_and_notes(e)
            out += self._source(e.detail)
        out.append(PageBreak())
        return out

    def session_briefs(self) -> list[Flowable]:
        return self._briefs("sessions", self._sessions(), self._session_body)

    def _session_body(self, e: Entry) -> list[Flowable]:
        d = e.detail
        block: list[Flowable] = []
        flags = self._flags(e)
        if flags:
            block.append(self.para(flags, self.s.flag))
        themes = self.join(theme_names(d))
        block += self._fields(
            ("time", when_label(d.get("day"), self._time(d), self.lang, self.join)),
            ("place", self._place(d)),
            ("format", d.get("format")),
            ("track", d.get("track")),
            ("themes", themes),
        )
        if e.conflicts_with:  # the flag said CONFLICT without saying with what
            others = listed([self._title_of(i) for i in e.conflicts_with], self.lang)
            block += self._fields(("conflict_with", others))
        people = d.get("people") or []
        if people:
            block.append(self.para(self.L("speakers"), self.s.note_h3, keep=True))
            for p in people:
                text = p["name"] + (f" — {p['function']}" if p.get("function") else "")
                if p.get("role") == "moderator":
                    text += f" ({self.L('moderator')})"
                # The bullet on the pack's side, the name in its own direction: in an Arabic
                # pack, bullets of Latin names zig-zagged down the page, each line right-aligned.
                block.append(self.para([Span("• "), Span(text, isolate=True)], self.s.body))
        for link in d.get("links") or []:
            title = link.get("title")
            text = f"{title}{colon(self.lang)}{link['url']}" if title else link["url"]
            block.append(self.field("link", [Span(text, link=link["url"])]))
        return block + self._text_block("abstract", d.get("abstract"))

    def project_briefs(self) -> list[Flowable]:
        return self._briefs("projects", self.c.projects, self._project_body)

    def _project_body(self, e: Entry) -> list[Flowable]:
        d = e.detail
        block = self._fields(
            ("organisation", d.get("organisation")),
            ("themes", self.join(t["name"] or "" for t in d.get("themes", []))),
            ("regions", self.join(d.get("regions") or [])),
            ("countries", self.join(d.get("countries") or [])),
        )
        block += self._text_block("summary", d.get("summary"))
        url = d.get("url")
        if url:
            link = self.field("link", [Span(url, link=safe_link(url))])
            block.append(KeepTogether([link, _qr(url, self.s.rtl, self._frame_width())]))
        return block

    def notes(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("notes"), 0, "sec-notes")]
        for number, note in enumerate(self.c.free_notes):
            if number:
                out.append(Gap(1, 8))
            dated = note_dated(note.modified, self.lang)
            if dated:  # where each note begins: they ran together
                out.append(self.para(dated, self.s.note_h3, keep=True))
            out += markdown_flowables(note.body, self.s, self.fonts, self.para, note.direction)
        return out


def _qr(url: str, rtl: bool, width: float) -> Flowable:
    return QrCode(url, align="RIGHT" if rtl else "LEFT")


def _pdf_title(content: PackContent) -> str:
    who = content.delegate.name if content.delegate else label("whole_delegation", content.lang)
    return f"{label('pack_title', content.lang)} — {content.delegation.name} — {who}"
