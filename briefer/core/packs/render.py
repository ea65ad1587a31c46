"""Rendering a pack's content model to a PDF: cover, contents, agenda, briefs, notes."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from briefer import __version__
from briefer.core.errors import InputError
from briefer.core.files import write_atomic
from briefer.core.gcpause import cycle_collector_paused
from briefer.core.packs.content import Entry, PackContent
from briefer.core.packs.fonts import FontSet, load_fonts, unregister
from briefer.core.packs.labels import LABELS, label
from briefer.core.packs.markdown_flow import markdown_flowables
from briefer.core.packs.styles import GREY, NAVY, RED, Styles, make_styles
from briefer.core.packs.textlayout import BidiParagraph, ShapedParagraph, Span, TextStyle, draw_line
from briefer.core.progress import Reporter
from briefer.core.textnorm import has_arabic
from briefer.core.timefmt import day_name, local

rl_config.useA85 = 0  # binary streams: smaller files, and no pure-Python ASCII85 pass
PAPER = {"a4": A4, "letter": LETTER, "a5": A5}
MARGIN = 56.0
_counter = itertools.count()


@dataclass(frozen=True)
class PackOptions:
    paper: str = "a4"
    watermark: str | None = None
    password: str | None = None
    title: str | None = None


class _Doc(BaseDocTemplate):
    def __init__(self, target: Any, pack: _PackBuilder, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self.pack = pack
        self.found: dict[str, int] = {}
        width, height = self.pagesize
        m = pack.margin
        frame = Frame(m, m, width - 2 * m, height - 2 * m - 16, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=pack.decorate_cover),
                PageTemplate("body", [frame], onPage=pack.decorate),
            ]
        )

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's API
        self.canv._briefer_dry = self.pack.dry

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's API
        outline = getattr(flowable, "outline", None)
        if outline and outline[2] not in self.found:
            title, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.found[key] = self.page
            self.pack.progress(self.page)


class _PackBuilder:
    def __init__(
        self,
        content: PackContent,
        options: PackOptions,
        fonts: FontSet,
        report: Reporter,
        edition_names: dict[str, str],
    ) -> None:
        self.c = content
        self.edition_names = edition_names
        self.options = options
        self.fonts = fonts
        self.lang = content.lang
        self.s: Styles = make_styles(content.lang)
        self.report = report
        self.pages: dict[str, int] = {}
        self.total = 0
        self.headings: list[tuple[str, int, str]] = []
        self.illustrative = bool(content.catalogue_meta.get("illustrative"))
        self.shaped: dict[tuple, ShapedParagraph] = {}
        self.margin = 34.0 if options.paper == "a5" else MARGIN
        self.dry = False
        self.day: str | None = None

    def join(self, items: Iterable[str]) -> str:
        """A list as a reader of the pack expects: with the Arabic comma where Arabic is written."""
        items = [i for i in items if i]
        arabic = self.lang == "ar" and any(has_arabic(i) for i in items)
        return ("، " if arabic else ", ").join(items)

    def progress(self, page: int) -> None:
        self.report(page, self.total or None, "render")

    def L(self, key: str) -> str:  # noqa: N802 - short on purpose: used for every label
        return label(key, self.lang)

    def para(
        self,
        text: str | list[Span],
        style: TextStyle | None = None,
        *,
        outline: tuple[str, int, str] | None = None,
        keep: bool = False,
    ) -> BidiParagraph:
        spans = [Span(text)] if isinstance(text, str) else text
        style = style or self.s.body
        key = (tuple((s.text, s.bold, s.italic, s.link, id(s.color)) for s in spans), id(style))
        shaped = self.shaped.get(key)
        if shaped is None:
            shaped = self.shaped[key] = ShapedParagraph(spans, style, self.fonts)
        return BidiParagraph(shaped, outline=outline, keep_with_next=keep)

    def heading(self, text: str, level: int, key: str | None = None) -> BidiParagraph:
        key = key or f"h{len(self.headings)}"
        self.headings.append((text, level, key))
        style = (
            self.s.h1
            if level == 0
            else replace(self.s.h2, direction="auto", align=self.s.data.align)
        )
        return self.para(text, style, outline=(text, level, key), keep=True)

    def field(self, name: str, value: str | list[Span] | None) -> BidiParagraph | None:
        if not value:
            return None
        spans = [Span(self.L(name) + ": ", bold=True)]
        values = [Span(value)] if isinstance(value, str) else value
        spans += [replace(s, isolate=True) for s in values]
        return self.para(spans)

    # --- page decoration -------------------------------------------------------------
    def _band(
        self,
        canvas: Any,
        spans_start: list[Span],
        spans_end: list[Span],
        y: float,
        style: TextStyle,
    ) -> None:
        width = canvas._pagesize[0]
        for spans, at_start in ((spans_start, True), (spans_end, False)):
            if not spans:
                continue
            lines = self.para(spans, style).shaped.break_lines(width / 2 - self.margin)
            if not lines:
                continue
            line = lines[0]
            left_side = at_start != self.s.rtl
            x = self.margin if left_side else width - self.margin - line.width
            draw_line(canvas, line, x, y, style)

    def decorate(self, canvas: Any, doc: Any) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if self.options.watermark:
            self._watermark(canvas, width, height)
        small = self.s.band
        head_start = [Span(self.c.delegation.name, bold=True)]
        if self.c.delegate:
            head_start.append(Span(" — " + self.c.delegate.name))
        head_end = (
            [Span(self.c.classification, bold=True, color=RED)] if self.c.classification else []
        )
        self._band(canvas, head_start, head_end, height - self.margin + 6, small)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.line(
            self.margin, height - self.margin + 2, width - self.margin, height - self.margin + 2
        )
        canvas.line(self.margin, self.margin - 8, width - self.margin, self.margin - 8)
        page = self.L("page_of").format(page=doc.page, pages=self.total or "…")
        printed = self.c.printed_at.strftime("%Y-%m-%d %H:%M UTC")
        foot_end = [Span(self.L("printed") + " " + printed)]
        if self.illustrative:
            foot_end = [Span(self.L("illustrative"), bold=True, color=RED)]
        self._band(canvas, [Span(page)], foot_end, self.margin - 20, small)
        canvas.restoreState()

    def decorate_cover(self, canvas: Any, doc: Any) -> None:
        self.decorate(canvas, doc)

    def _watermark(self, canvas: Any, width: float, height: float) -> None:
        style = TextStyle(
            size=64, leading=70, bold=True, color=Color(0.85, 0.85, 0.85), direction="auto"
        )
        shaped = ShapedParagraph([Span(self.options.watermark or "")], style, self.fonts)
        lines = shaped.break_lines(10_000)
        if not lines:
            return
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        draw_line(canvas, lines[0], -lines[0].width / 2, -20, style)
        canvas.restoreState()

    # --- story -------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        if self.day is not None:
            return self.daysheet()
        out: list[Flowable] = []
        out += self.cover()
        out += self.contents()
        builders: dict[str, Callable[[], list[Flowable]]] = {
            "changes": self.changes,
            "agenda": self.agenda,
            "sessions": self.session_briefs,
            "projects": self.project_briefs,
            "notes": self.notes,
        }
        for section in self.c.sections:
            out += builders[section]()
        return out

    def cover(self) -> list[Flowable]:
        c = self.c
        edition = self._edition_name()
        rows = [
            (
                "delegation",
                c.delegation.name + (f" ({c.delegation.country})" if c.delegation.country else ""),
            ),
            (
                "delegate",
                c.delegate.name + (f" — {c.delegate.function}" if c.delegate.function else "")
                if c.delegate
                else self.L("whole_delegation"),
            ),
            ("language", self.L("language_name")),
            ("printed", c.printed_at.strftime("%Y-%m-%d %H:%M UTC")),
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
        """The editions the pack's items belong to, in order (a pack may span several)."""
        editions = sorted(
            {e.detail.get("edition_id") for e in (*self.c.sessions, *self.c.projects)} - {None, ""},
        )
        names = [self.edition_names.get(e, e) for e in editions]
        return " · ".join(names) or "Paris Peace Forum"  # a name may hold a comma

    def contents(self) -> list[Flowable]:
        out: list[Flowable] = [self.para(self.L("contents"), self.s.h1)]
        rows = []
        for title, level, key in self._planned_headings():
            page = str(self.pages.get(key, "000"))
            style = self.s.toc1 if level == 0 else self.s.toc2
            cell = self.para(
                [Span(title, link=f"#{key}", color=Color(0, 0, 0), isolate=True)], style
            )
            num = self.para(
                [Span(page, link=f"#{key}", color=Color(0, 0, 0))],
                replace(style, align="end", indent=0),
            )
            rows.append([num, cell] if self.s.rtl else [cell, num])
        if rows:
            avail = self._frame_width()
            widths = [40, avail - 40] if self.s.rtl else [avail - 40, 40]
            table = Table(rows, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            out.append(table)
        out.append(PageBreak())
        return out

    def _frame_width(self) -> float:
        return PAPER[self.options.paper][0] - 2 * self.margin

    def _planned_headings(self) -> list[tuple[str, int, str]]:
        planned = []
        for section in self.c.sections:
            if section == "changes" and not self.c.changes:
                continue
            planned.append((self.L(section), 0, f"sec-{section}"))
            if section == "sessions":
                planned += [(e.detail["title"], 1, f"item-{e.id}") for e in self._sessions()]
            if section == "projects":
                planned += [(e.detail["title"], 1, f"item-{e.id}") for e in self.c.projects]
        return planned

    def _sessions(self) -> list[Entry]:
        return [e for _, entries in self.c.days() for e in entries]

    def _flags(self, entry: Entry) -> list[Span]:
        spans = []
        if entry.status in ("cancelled", "withdrawn"):
            spans.append(Span(self.L(entry.status) + " ", bold=True, color=RED))
        if entry.changed:
            spans.append(Span(self.L("changed") + " ", bold=True, color=RED))
        if entry.conflicts_with:
            spans.append(Span(self.L("conflict") + " ", bold=True, color=RED))
        return spans

    def changes(self) -> list[Flowable]:
        if not self.c.changes:
            return []
        out: list[Flowable] = [self.heading(self.L("changes"), 0, "sec-changes")]
        header = [
            self.para(self.L(k), self.s.cell_bold) for k in ("session", "field", "before", "after")
        ]
        rows = [header]
        titles = {e.id: e.detail["title"] for e in (*self.c.sessions, *self.c.projects)}
        for ch in self.c.changes:
            rows.append(
                [
                    self.para(titles.get(ch["item_id"], ch["item_id"]), self.s.data_cell),
                    self.para(ch["field"], self.s.data_cell),
                    self.para(ch.get("old") or "—", self.s.data_cell),
                    self.para(ch.get("new") or "—", self.s.data_cell),
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
        if not self.c.sessions:
            out.append(self.para(self.L("nothing_marked")))
        for day, entries in self.c.days():
            out.append(self.para(day_label(day, self.lang), self.s.h2, keep=True))
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
                        self.para(self.L(e.mark.priority), self.s.cell),
                        self.para(
                            self.join(e.mark.delegates) or self.L("whole_delegation"),
                            self.s.data_cell,
                        ),
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
        target = f"#item-{e.id}" if "sessions" in self.c.sections and self.day is None else None
        link = Span(d["title"], bold=True, link=target, color=Color(0, 0, 0))
        cell.append(self.para([link], self.s.data_cell))
        if d.get("format"):
            cell.append(self.para(d["format"], replace(self.s.data_cell, color=GREY, size=8)))
        if e.conflicts_with:
            others = "; ".join(self._title_of(i) for i in e.conflicts_with)
            cell.append(
                self.para(
                    [Span(self.L("conflict_with") + ": "), Span(others, isolate=True)],
                    replace(self.s.flag, bold=False, size=8, leading=11),
                )
            )
        return cell

    def daysheet(self) -> list[Flowable]:
        """One day's sessions for the jacket pocket: time, place, title, priority."""
        who = self.c.delegate.name if self.c.delegate else self.L("whole_delegation")
        title = f"{self.L('daysheet_title')} — {day_label(self.day, self.lang)}"
        out: list[Flowable] = [
            self.para(title, replace(self.s.h1, size=15, leading=21), keep=True),
            self.para(
                [Span(self.c.delegation.name + " — ", isolate=True), Span(who, isolate=True)],
                self.s.small,
            ),
        ]
        entries = [e for day, items in self.c.days() if day == self.day for e in items]
        if not entries:
            out.append(self.para(self.L("nothing_marked")))
            return out
        header = [self.para(self.L(k), self.s.cell_bold) for k in ("time", "place", "session")]
        rows = [header]
        for e in entries:
            rows.append(
                [
                    self.para(self._time(e.detail), self.s.cell_bold),
                    self.para(self._place(e.detail), self.s.data_cell),
                    self._agenda_title(e),
                ]
            )
        out.append(self._table(rows, [0.2, 0.3, 0.5]))
        return out

    def _title_of(self, item_id: str) -> str:
        for e in self.c.sessions:
            if e.id == item_id:
                return e.detail["title"]
        return item_id

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
            parts.append(f"{self.L('online')}: {d['online_url']}")
        return self.join(parts) or self.L("tba")

    def _mark_and_notes(self, e: Entry) -> list[Flowable]:
        out: list[Flowable] = [self.para(self.L("mark"), self.s.note_h3, keep=True)]
        who = self.join(e.mark.delegates) or self.L("whole_delegation")
        out.append(self.field("priority", f"{self.L(e.mark.priority)} — {who}"))
        if e.mark.reason:
            out.append(self.field("reason", e.mark.reason))
        if e.notes:
            out.append(self.para(self.L("our_notes"), self.s.note_h3, keep=True))
            for note in e.notes:
                out += markdown_flowables(note.body, self.s, self.fonts, self.para)
        return [f for f in out if f]

    def _certainty(self, value: str | None) -> str | None:
        key = f"certainty_{value}"
        return label(key, self.lang) if value and key in LABELS else value

    def _source(self, d: dict[str, Any]) -> list[Flowable]:
        value = d.get("source_url")
        if not value:
            return []
        return [
            f
            for f in (
                self.field(
                    "source", [Span(value, link=value if value.startswith("http") else None)]
                ),
                self.field("certainty", self._certainty(d.get("certainty"))),
            )
            if f
        ]

    def _fields(self, *pairs: tuple[str, str | list[Span] | None]) -> list[Flowable]:
        return [f for f in (self.field(name, value) for name, value in pairs) if f]

    def _text_block(self, label_key: str, text: str | None) -> list[Flowable]:
        if not text:
            return []
        return [
            self.para(self.L(label_key), self.s.note_h3, keep=True),
            self.para(text, self.s.data),
        ]

    def _briefs(
        self, section: str, entries: list[Entry], body: Callable[[Entry], list[Flowable]]
    ) -> list[Flowable]:
        """A section of briefs: each one's heading, `body`, then the mark, notes and source."""
        out: list[Flowable] = [self.heading(self.L(section), 0, f"sec-{section}")]
        for e in entries:
            out += [CondPageBreak(130), self.heading(e.detail["title"], 1, f"item-{e.id}")]
            out += body(e)
            out += self._mark_and_notes(e)
            out += self._source(e.detail)
            out.append(Spacer(1, 10))
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
        themes = self.join(t["name"] or "" for t in d.get("themes", []))
        block += self._fields(
            ("time", self.join([day_label(d.get("day"), self.lang), self._time(d)])),
            ("place", self._place(d)),
            ("format", d.get("format")),
            ("track", d.get("track")),
            ("themes", themes),
        )
        people = d.get("people") or []
        if people:
            block.append(self.para(self.L("speakers"), self.s.note_h3, keep=True))
            for p in people:
                text = p["name"] + (f" — {p['function']}" if p.get("function") else "")
                if p.get("role") == "moderator":
                    text += f" ({self.L('moderator')})"
                block.append(self.para("• " + text, self.s.data))
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
            link = self.field("link", [Span(url, link=url if url.startswith("http") else None)])
            block.append(KeepTogether([link, _qr(url, self.s.rtl, self._frame_width())]))
        return block

    def notes(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("notes"), 0, "sec-notes")]
        for note in self.c.free_notes:
            out += markdown_flowables(note.body, self.s, self.fonts, self.para)
            out.append(Spacer(1, 8))
        return out


class QrCode(Flowable):
    """A QR code drawn as one filled path: ReportLab's widget builds a shape per module."""

    _matrices: dict[str, list[list[bool]]] = {}  # noqa: RUF012 - shared cache by design

    def __init__(self, url: str, size: float = 72.0, align: str = "LEFT") -> None:
        super().__init__()
        self.url = url[:1000]
        self.size = size
        self.hAlign = align

    def matrix(self) -> list[list[bool]]:
        found = self._matrices.get(self.url)
        if found is None:
            widget = QrCodeWidget(self.url)
            widget.qr.make()
            count = widget.qr.getModuleCount()
            found = [[bool(widget.qr.isDark(r, c)) for c in range(count)] for r in range(count)]
            self._matrices[self.url] = found
        return found

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        if getattr(self.canv, "_briefer_dry", False):
            return
        rows = self.matrix()
        border = 2
        cell = self.size / (len(rows) + 2 * border)
        path = self.canv.beginPath()
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                run = c
                while run < len(row) and row[run]:
                    run += 1
                y = self.size - (r + border + 1) * cell
                path.rect((c + border) * cell, y, (run - c) * cell, cell)
                c = run
        self.canv.drawPath(path, stroke=0, fill=1)


def day_label(day: str | None, lang: str) -> str:
    return day_name(day, lang) if day else label("day_tba", lang)


def _qr(url: str, rtl: bool, width: float) -> Flowable:
    return QrCode(url, align="RIGHT" if rtl else "LEFT")


def _pdf_title(content: PackContent) -> str:
    who = content.delegate.name if content.delegate else label("whole_delegation", content.lang)
    return f"{label('pack_title', content.lang)} — {content.delegation.name} — {who}"


def render_pack(
    content: PackContent,
    out: Path,
    options: PackOptions | None = None,
    progress: Reporter | None = None,
    edition_names: dict[str, str] | None = None,
    day: str | None = None,
) -> dict[str, Any]:
    """Render `content` to the PDF file `out` (written atomically); return what it contains."""
    with cycle_collector_paused():
        return _render(content, out, options, progress, edition_names, day)


def _render(
    content: PackContent,
    out: Path,
    options: PackOptions | None,
    progress: Reporter | None,
    edition_names: dict[str, str] | None,
    day: str | None,
) -> dict[str, Any]:
    options = options or PackOptions()
    if options.paper not in PAPER:
        raise InputError(f"Paper {options.paper!r} is not one of A4, letter.")
    report = progress or Reporter()
    fonts = load_fonts(f"pack{next(_counter)}")
    builder = _PackBuilder(content, options, fonts, report, edition_names or {})
    try:
        builder.day = day
        kwargs = dict(
            pagesize=PAPER[options.paper],
            leftMargin=builder.margin,
            rightMargin=builder.margin,
            topMargin=builder.margin,
            bottomMargin=builder.margin,
            title=options.title or _pdf_title(content),
            author=content.delegation.name,
            subject=label("pack_title", content.lang),
            creator=f"Briefer {__version__}",
            lang=content.lang,
            pageCompression=1,
        )
        builder.dry = True
        first = _Doc(io.BytesIO(), builder, **kwargs)
        first.build(builder.story())
        builder.pages, builder.total = dict(first.found), first.page
        builder.dry = False
        for _ in range(2):
            builder.headings = []
            buffer = io.BytesIO()
            final = _Doc(buffer, builder, **kwargs)
            final.build(builder.story())
            if final.page == builder.total and final.found == builder.pages:
                break
            builder.pages, builder.total = dict(final.found), final.page
        data = buffer.getvalue()
        if options.password:
            data = _encrypt(data, options.password)
        write_atomic(out, data)
        return {"pages": final.page, "headings": builder.headings, "sections": content.sections}
    finally:
        # ReportLab's documents are reference cycles that hold the builder: without this, the
        # shaped paragraphs would wait for the cycle collector (a 0.1 s stop in the window).
        builder.shaped.clear()
        unregister(fonts)


def _encrypt(data: bytes, password: str) -> bytes:
    """The PDF protected with AES-256 (ReportLab 5.1's own AES-256 output does not open)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
