"""The day sheet: one day's marked sessions and own meetings on one or two A5 pages.

The whole delegation's sheet has an "attends" column: who from the delegation goes where.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import (
    Flowable,
)

from briefer.core.meetings import local_time_text
from briefer.core.packs.content import Entry
from briefer.core.packs.labels import day_label, label_around, when_label
from briefer.core.packs.spans import name_list
from briefer.core.packs.textlayout import Span
from briefer.core.packs.typography import colon
from briefer.core.phones import ltr_phone_numbers


class DaySheetSection:
    """The one-day sheet's story (a mixin of PackBuilder)."""

    def daysheet(self) -> list[Flowable]:
        """One day's sessions for the jacket pocket: time, place, title, priority."""
        who = self.c.delegate.name if self.c.delegate else self.L("whole_delegation")
        title = f"{self.L('daysheet_title')} — {day_label(self.day, self.lang)}"
        out: list[Flowable] = [
            self.para(title, replace(self.s.h1, size=15, leading=21), keep=True),
            # The header names the delegation (and the delegate): this line says whose sheet.
            self.para(
                [Span(self.L("prepared_for") + colon(self.lang)), Span(who, isolate=True)],
                self.s.small,
            ),
        ]
        entries = [e for day, items in self.c.days() if day == self.day for e in items]
        if not entries:
            moved = self._moved_away()
            return out + (moved or [self.para(self.L("nothing_marked"))])
        whole = self.c.delegate is None
        keys = ("time", "place", "session", "attends") if whole else ("time", "place", "session")
        rows = [[self.para(self.L(k), self.s.cell_bold) for k in keys]]
        for e in entries:
            row = [
                self.para(self._time(e.detail), self.s.cell_bold),
                self.para(self._place(e.detail), self.s.data_cell),
                [*self._agenda_title(e), *self._meeting_lines(e)],
            ]
            if whole:
                row.append(self.para(self.names(e.mark.delegates), self.s.cell))
            rows.append(row)
        out.append(self._table(rows, [0.17, 0.25, 0.4, 0.18] if whole else [0.2, 0.3, 0.5]))
        return out + self._moved_away()

    def _moved_away(self) -> list[Flowable]:
        """The items moved from this day to another since the last pack, each with where it
        went: « Déplacée au mardi 8 décembre 2026, 18:00 »."""
        moved = self.c.moved_from(self.day)
        if not moved:
            return []
        out: list[Flowable] = [self.para(self.L("moved_away"), self.s.note_h3, keep=True)]
        for e in moved:
            when = when_label(e.detail.get("day"), self._time(e.detail), self.lang, self.join)
            went = label_around("moved_to_own" if e.own else "moved_to", self.lang, when)
            out.append(self.para([Span(e.detail["title"], bold=True), Span(" — "), *went]))
        return out

    def _meeting_lines(self, e: Entry) -> list[Flowable]:
        """An own meeting's local time (given in another zone), counterparts and on-site
        contact, for the pocket: when they expect us, whom to meet and whom to call."""
        m = e.meeting
        if m is None:
            return []
        lines = []
        local_time = local_time_text(m, self.lang)
        if local_time:  # the clock the counterpart gave, as the pack's card has it
            lines.append(
                [Span(self.L("local_time") + colon(self.lang)), Span(local_time, isolate=True)]
            )
        if m.counterparts:
            key = "counterparts" if len(m.counterparts) > 1 else "counterpart"
            names = name_list([c.name for c in m.counterparts], self.lang)
            lines.append([Span(self.L(key) + colon(self.lang)), *names])
        contact = m.logistics.get("contact")
        if contact:
            text = ltr_phone_numbers(contact, self.s.rtl)
            lines.append([Span(self.L("logistics_contact") + colon(self.lang)), Span(text)])
        return [self.para(line, replace(self.s.data_cell, size=8)) for line in lines]
