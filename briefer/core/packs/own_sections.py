"""The pack's sections on the delegation's own items: meeting briefs, who's who and roster."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from briefer.core.packs.content import Entry
from briefer.core.packs.document import Gap
from briefer.core.packs.labels import day_label, when_label
from briefer.core.packs.markdown_flow import markdown_flowables
from briefer.core.packs.spans import listed, name_list
from briefer.core.packs.typography import upper_first


class OwnSections:
    """Meeting briefs, who's who and roster (a mixin of PackBuilder, beside PackSections)."""

    c: Any

    def meeting_briefs(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("meetings"), 0, "sec-meetings")]
        meetings = [(day, e) for day, entries in self.c.days() for e in entries if e.own]
        for number, (day, e) in enumerate(meetings):
            if number:
                out.append(Gap(1, 10))
            out.append(CondPageBreak(130))
            out += self._meeting_body(day, e, self.heading(e.detail["title"], 1, f"item-{e.id}"))
        out.append(PageBreak())
        return out

    def _meeting_body(self, day: str | None, e: Entry, heading: Flowable) -> list[Flowable]:
        block: list[Flowable] = [heading]
        flags = self._flags(e)
        if flags:
            block.append(self.para(flags, self.s.flag))
        when = when_label(day, self._time(e.detail), self.lang, self.join)
        block += self._fields(("time", when), ("place", self._place(e.detail)))
        block += self._fields(*self.c.meeting_fields(e))
        if e.conflicts_with:
            others = listed([self.c.title_of(i) for i in e.conflicts_with], self.lang)
            block += self._fields(("conflict_with", others))
        # A meeting's heading and card on one page (found by review: its local time went to
        # the next page alone); its notes may run on. The heading is inside: ReportLab keeps
        # a paragraph with the next flowable, but not with a KeepTogether.
        block = [KeepTogether(block)]
        if e.notes:
            block.append(self.para(self.L("our_notes"), self.s.note_h3, keep=True))
            for note in e.notes:
                block += markdown_flowables(
                    note.body, self.s, self.fonts, self.para, note.direction
                )
        return block

    def whos_who(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("people"), 0, "sec-people")]
        for number, who in enumerate(self.c.people):
            style = replace(self.s.h2, direction="auto", align=self.s.data.align)
            block = [self.para(who.name, style, keep=True)]
            block += self._fields(
                ("role", who.line_spans(self.lang)),
                (who.language_key(), name_list(who.languages, self.lang)),
                ("meets", listed(list(who.meets), self.lang)),
                ("speaks", listed(list(who.speaks), self.lang)),
            )
            if who.notes:
                block.append(self.para(self.L("our_notes"), self.s.note_h3, keep=True))
                for body, direction in who.notes:
                    block += markdown_flowables(body, self.s, self.fonts, self.para, direction)
            # A person on one page where they fit: the notes went to the next page alone.
            out += [Gap(1, 8)] if number else []
            out += [CondPageBreak(90), KeepTogether(block)]
        out.append(PageBreak())
        return out

    def roster_page(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.L("roster"), 0, "sec-roster")]
        for day, lines in self.c.roster():
            out.append(self.para(upper_first(day_label(day, self.lang)), self.s.h2, keep=True))
            rows = [[self.para(self.L(k), self.s.cell_bold) for k in ("who", "time", "item")]]
            for name, entries in lines:
                for number, e in enumerate(entries):
                    rows.append(
                        [
                            self.para(name if number == 0 else "", self.s.cell_bold),
                            self.para(self._time(e.detail), self.s.cell),
                            self.para(e.detail["title"], self.s.data_cell),
                        ]
                    )
            out.append(self._table(rows, [0.25, 0.15, 0.6]))
        out.append(PageBreak())
        return out
