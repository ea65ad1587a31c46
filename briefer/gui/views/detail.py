"""The detail pane: an item's fields in the display language, its source, its mark and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.catalogue.items import item_detail, theme_names
from briefer.core.changes import OpChanges
from briefer.core.delegations import list_delegates
from briefer.core.directions import FSI, LRI, PDI, isolated
from briefer.core.errors import BrieferError
from briefer.core.localize import joined
from briefer.core.marks import (
    PRIORITIES,
    STATUSES,
    describe_their_version,
    find_mark,
    remove_mark,
    set_mark,
    settle_mark_conflict,
    unassign,
)
from briefer.core.meetings import MEETING_PREFIX, get_meeting, local_time_text, place_text
from briefer.core.notes import list_notes
from briefer.core.packs.typography import colon
from briefer.core.packs.uax9 import dominant_direction
from briefer.core.phones import ltr_phone_numbers, unbroken_phone_numbers
from briefer.core.richtext import plain_paragraphs_html
from briefer.core.spoken import language_name
from briefer.core.timefmt import day_name
from briefer.core.undo import snapshot_mark
from briefer.core.words import (
    certainty_word,
    kind_word,
    logistics_word,
    mark_status_word,
    priority_word,
    status_word,
)
from briefer.gui import colours
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import elide_names
from briefer.gui.safe_text import SafeTextBrowser
from briefer.gui.undo import record
from briefer.gui.widgets import Retranslatable, a11y_name, esc, info


def value_list(items: list, lang: str, rtl: bool) -> str:
    """Names or words in one line, joined as `lang` joins them, the line in the window's
    direction (`DetailPane._pair`), each item in its own (`isolated`)."""
    return joined([isolated(str(item), rtl) for item in items], lang)


def _speaker(person: dict) -> str:
    return " — ".join(filter(None, (person["name"], person.get("function"))))


class DetailPane(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.item_id: str | None = None
        self.show_lang: str | None = None
        self.browser = SafeTextBrowser()  # feeds' texts: no resource loaded, links confirmed
        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(10)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.priority = QComboBox()
        self.status = QComboBox()  # where the delegation stands on the item (the mark's status)
        self.delegates = QListWidget()
        elide_names(self.delegates)
        self.delegates.setMaximumHeight(110)
        self.reason = QLineEdit()
        self.save = QPushButton()
        self.save.clicked.connect(self.save_mark)
        self.unmark = QPushButton()
        self.unmark.clicked.connect(self.remove_mark)
        self.notes_button = QPushButton()
        self.notes_button.clicked.connect(
            lambda: self.item_id and self.ctx.note_requested.emit(self.item_id)
        )
        self.message = info(QLabel())
        self.message.setWordWrap(True)
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.language)
        self.conflict_box = self._conflict_box()
        self.meeting_box = self._meeting_box()
        top = QHBoxLayout()
        top.addWidget(self.lang_label)
        top.addWidget(self.language, 1)
        self.form = QFormLayout()
        self.priority_label, self.delegates_label, self.reason_label = QLabel(), QLabel(), QLabel()
        self.status_label = QLabel()
        self.form.addRow(self.priority_label, self.priority)
        self.form.addRow(self.status_label, self.status)
        self.form.addRow(self.delegates_label, self.delegates)
        self.form.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.unmark)
        buttons.addWidget(self.notes_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.meeting_box)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.message)
        ctx.store_did_change.connect(self.refresh)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()
        self._set_enabled(False)

    def retranslate_ui(self) -> None:
        self.lang_label.setText(self.tr("Show in:"))
        self.priority_label.setText(self.tr("Priority"))
        self.status_label.setText(self.tr("Status"))
        self.delegates_label.setText(self.tr("Delegates"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why it matters to the delegation"))
        self.save.setText(self.tr("Save mark"))
        self.unmark.setText(self.tr("Unmark"))
        self.notes_button.setText(self.tr("Notes…"))
        self.edit_meeting.setText(self.tr("Edit…"))
        self.cancel_meeting.setText(self.tr("Cancel meeting"))
        self.delete_meeting.setText(self.tr("Delete…"))
        a11y_name(self.browser, self.tr("Item details"))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_theirs.setText(self.tr("Take theirs"))
        self.priority.blockSignals(True)
        current = self.priority.currentData()
        self.priority.clear()
        for value in PRIORITIES:
            self.priority.addItem(priority_word(value), value)
        if current:
            self.priority.setCurrentIndex(max(0, self.priority.findData(current)))
        self.priority.blockSignals(False)
        current = self.status.currentData()
        self.status.clear()
        for value in STATUSES:
            self.status.addItem(mark_status_word(value), value)
        self.status.setCurrentIndex(max(0, self.status.findData(current or "open")))
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("the window's language"), None)
        for code, name in (("ar", "العربية"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.show_lang)))
        self.language.blockSignals(False)
        self.message.clear()  # "Mark saved.", in the language it was said in
        self.refresh()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The item shown again when its text, its mark, its notes or the delegates changed."""
        if (
            changes.catalogue
            or changes.marks
            or changes.notes
            or changes.delegations
            or changes.meetings
            or changes.people
        ):
            self.refresh()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.priority,
            self.status,
            self.delegates,
            self.reason,
            self.save,
            self.unmark,
            self.notes_button,
        ):
            widget.setEnabled(enabled)

    def _language_picked(self) -> None:
        self.show_lang = self.language.currentData()
        self.refresh()

    def show_item(self, item_id: str) -> None:
        self.item_id = item_id
        self.message.clear()
        self.refresh()

    def _conflict_box(self) -> QWidget:
        """The other side's mark from a selection import, in words, and the two ways to settle."""
        box = QWidget()
        self.theirs = info(QLabel())
        self.theirs.setWordWrap(True)
        self.keep_mine = QPushButton()
        self.keep_mine.clicked.connect(lambda: self._settle("mine"))
        self.take_theirs = QPushButton()
        self.take_theirs.clicked.connect(lambda: self._settle("theirs"))
        # The words above the buttons: beside them, in the narrow pane, they stood one or two
        # to a line.
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.theirs)
        row = QHBoxLayout()
        row.addWidget(self.keep_mine)
        row.addWidget(self.take_theirs)
        row.addStretch(1)
        column.addLayout(row)
        box.hide()
        return box

    def _settle(self, keep: str) -> None:
        delegation = self.ctx.delegation()
        if delegation is None or not self.item_id:
            return
        try:
            settle_mark_conflict(self.ctx.store, delegation, self.item_id, keep)
        except BrieferError as exc:
            self.message.setText(str(exc))
            return
        self.ctx.apply_changes(OpChanges(marks=True))

    def _meeting_box(self) -> QWidget:
        """Edit, cancel or delete the delegation's own meeting shown."""
        box = QWidget()
        self.edit_meeting = QPushButton()
        self.cancel_meeting = QPushButton()
        self.delete_meeting = QPushButton()
        self.edit_meeting.clicked.connect(lambda: self._meeting_action("edit_meeting_dialog"))
        self.cancel_meeting.clicked.connect(lambda: self._meeting_action("cancel_meeting_action"))
        self.delete_meeting.clicked.connect(lambda: self._meeting_action("delete_meeting_action"))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.edit_meeting, self.cancel_meeting, self.delete_meeting):
            row.addWidget(button)
        box.hide()
        return box

    def _meeting_action(self, name: str) -> None:
        from briefer.gui.dialogs import meeting as actions

        if self.item_id and self.item_id.startswith(MEETING_PREFIX):
            done = getattr(actions, name)(self, self.ctx, self.item_id)
            if name == "delete_meeting_action" and done:
                self.item_id = None
                self.refresh()

    def _show_mark_form(self, shown: bool) -> None:
        """The mark's fields and buttons, for catalogue items only: an own meeting showed a
        greyed « Statut : en suspens » under its own status (found by review)."""
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        self.save.setVisible(shown)
        self.unmark.setVisible(shown)

    def refresh(self) -> None:
        self.conflict_box.hide()
        self.meeting_box.hide()
        self._show_mark_form(not (self.item_id or "").startswith(MEETING_PREFIX))
        if not self.item_id:
            hint = self.tr("Select a session or a project.")
            self.browser.setHtml(f"<p>{esc(hint)}</p>")
            return
        lang = self.show_lang or self.ctx.lang
        if self.item_id.startswith(MEETING_PREFIX):
            self._show_meeting(lang)
            return
        try:
            detail = item_detail(self.ctx.store, self.item_id, lang)
        except BrieferError as exc:
            self.browser.setHtml(f"<p>{esc(exc)}</p>")
            self._set_enabled(False)
            return
        delegation = self.ctx.delegation()
        notes = list_notes(self.ctx.store, delegation, self.item_id) if delegation else []
        self.browser.setHtml(self._html(detail, len(notes)))  # its U+202F kept (SafeTextBrowser)
        self.browser.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self._set_enabled(delegation is not None and detail.get("status") != "withdrawn")
        # Found by review: a withdrawn item's notes, counted here, could not be opened.
        self.notes_button.setEnabled(delegation is not None)
        self.unmark.setEnabled(False)
        self.delegates.clear()
        if delegation is None:
            self.message.setText(self.tr("Create a delegation (My delegation) to mark items."))
            return
        mark = find_mark(self.ctx.store, delegation, self.item_id)
        for delegate in list_delegates(self.ctx.store, delegation):
            entry = QListWidgetItem(delegate.name)
            entry.setData(Qt.ItemDataRole.UserRole, delegate.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            assigned = bool(mark and delegate.name in mark.delegates)
            entry.setCheckState(Qt.CheckState.Checked if assigned else Qt.CheckState.Unchecked)
            self.delegates.addItem(entry)
        if mark and mark.import_conflict:
            self.theirs.setText(
                self.tr("Their version, from an imported selection: {theirs}").format(
                    theirs=describe_their_version(mark)
                )
            )
            self.conflict_box.show()
        if mark:
            self.priority.setCurrentIndex(self.priority.findData(mark.priority))
            self.status.setCurrentIndex(max(0, self.status.findData(mark.status or "open")))
            self.reason.setText(mark.reason or "")
            self.unmark.setEnabled(True)
        else:
            self.priority.setCurrentIndex(self.priority.findData("should"))
            self.status.setCurrentIndex(self.status.findData("open"))
            self.reason.clear()

    def _show_meeting(self, lang: str) -> None:
        """One of the delegation's own meetings, read only: it has no mark of its own (the
        form shows none, not the last item's, greyed out)."""
        self._set_enabled(False)
        self.delegates.clear()
        self.priority.setCurrentIndex(self.priority.findData("should"))
        self.status.setCurrentIndex(self.status.findData("open"))
        self.reason.clear()
        try:
            meeting = get_meeting(self.ctx.store, self.item_id)
        except BrieferError as exc:
            self.browser.setHtml(f"<p>{esc(exc)}</p>")
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rows = [
            (self.tr("Our meeting"), kind_word(meeting.kind)),
            (self.tr("Status"), status_word(meeting.status)),
            (
                self.tr("Day"),
                day_name(meeting.day, lang) if meeting.day else self.tr("to be announced"),
            ),
            (self.tr("Time"), meeting.forum_time() or self.tr("to be announced")),
            (self.tr("Local time"), local_time_text(meeting, lang)),
            (self.tr("Place"), place_text(self.ctx.store, meeting, lang)),
            # Counted labels: one counterpart was « Interlocuteurs : Ngozi Okonjo-Iweala ».
            (
                self.tr("Counterpart(s)", "", len(meeting.counterparts)),
                [c.name for c in meeting.counterparts],
            ),
            (self.tr("Delegate(s)", "", len(meeting.delegates)), list(meeting.delegates)),
            *(
                (logistics_word(key), ltr_phone_numbers(unbroken_phone_numbers(value), rtl))
                for key, value in meeting.logistics.items()
            ),
        ]
        cells = "".join(self._pair(k, v) for k, v in rows if v)
        html = f"<h3>{esc(meeting.title)}</h3><table width='100%'>{cells}</table>"
        self.browser.setHtml(html)
        self.meeting_box.show()
        self.cancel_meeting.setEnabled(meeting.status != "cancelled")
        self.notes_button.setEnabled(self.ctx.delegation() is not None)

    def _window_dir(self) -> str:
        return "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"

    def _pair(self, label: str, value: object) -> str:
        """A label and its value as a table row, the label on the side the window reads from:
        Qt lays a table's cells out left to right whatever its direction, so in a
        right-to-left window the value's cell comes first.

        Both cells are set in the window's direction (found by review: Qt takes a paragraph's
        direction from its first letter, even one inside an isolate, so « Salle Garonne » stood
        flush left far from its Arabic label and « خالد بن سلمان, Jean-Noël Barrot » read
        right to left in English). A value with letters is isolated in its own direction, a
        list item by item (`value_list`); one without (a time range) reads from the window's
        side.
        """
        window = self._window_dir()
        if isinstance(value, list):
            shown = esc(value_list(value, self.ctx.lang, window == "rtl"))
        else:
            shown = esc(isolated(str(value), window == "rtl"))
        # Bold by the cell's style: a cell ending in <b> handed its direction on to the
        # paragraph after the table (Qt 6's HTML reader; an English abstract read from the
        # right, its full stop on the left).
        label_cell = f"<td dir='{window}' style='font-weight:bold'>{esc(label)}</td>"
        value_cell = f"<td dir='{window}'>{shown}</td>"
        if window == "rtl":
            return f"<tr>{value_cell}{label_cell}</tr>"
        return f"<tr>{label_cell}{value_cell}</tr>"

    def _html(self, d: dict, note_count: int) -> str:
        def row(label: str, value: object) -> str:
            if value in (None, "", [], {}):
                return ""
            return self._pair(label, value)

        status = d.get("status")
        flags = ""
        if status in ("cancelled", "withdrawn"):
            word = self.tr("cancelled") if status == "cancelled" else self.tr("withdrawn")
            red = colours.warning(self.browser.palette()).name()
            flags = f"<p style='color:{red}'><b>{esc(word.upper())}</b></p>"
        elif status == "not_in_catalogue":
            word = self.tr("Not in your catalogue: known from an imported selection.")
            flags = f"<p><i>{esc(word)}</i></p>"
        # Each line in the window's direction, its bullet on the window's side (found by
        # review: Latin speakers' bullets stood on the left of the Arabic pane), its text in
        # its own direction.
        li = f"<li dir='{self._window_dir()}'>"
        rtl = self._window_dir() == "rtl"
        people = "".join(f"{li}{esc(isolated(_speaker(p), rtl))}</li>" for p in d.get("people", []))
        titles = "".join(
            f"{li}{esc(language_name(k, self.ctx.lang) + colon(self.ctx.lang))}"
            f"{esc(isolated(v, rtl))}</li>"
            for k, v in d.get("titles", {}).items()
        )
        body = d.get("abstract") or d.get("summary")
        source = d.get("source_url")
        speakers_label = self.tr("Speakers")
        languages_label = self.tr("In other languages")
        source_label = self.tr("Source")
        notes_label = self.tr("%n note(s)", "", note_count)
        parts = [
            f"<h3>{esc(d['title'])}</h3>",
            flags,
            "<table cellspacing='4' width='100%'>",  # on the reading side when values are short
            row(self.tr("Day"), day_name(d["day"], self.ctx.lang) if d.get("day") else None),
            row(self.tr("Time"), d.get("time") if d.get("kind") == "session" else None),
            row(self.tr("On this computer's clock"), d.get("your_time")),
            row(self.tr("Place"), d.get("place")),
            row(self.tr("City"), d.get("city")),
            row(self.tr("Format"), d.get("format")),
            row(self.tr("Track"), d.get("track")),
            row(self.tr("Organisation"), d.get("organisation")),
            row(self.tr("Themes"), theme_names(d)),
            row(self.tr("Regions"), d.get("regions")),
            row(self.tr("Countries"), d.get("countries")),
            row(self.tr("Certainty"), certainty_word(d.get("certainty"))),
            "</table>",
        ]
        if body:
            parts.append(plain_paragraphs_html(body))
        if people:
            parts.append(f"<p><b>{esc(speakers_label)}</b></p><ul>{people}</ul>")
        if len(d.get("titles", {})) > 1:
            parts.append(f"<p><b>{esc(languages_label)}</b></p><ul>{titles}</ul>")
        parts.append(self._links_html(d.get("links") or []))
        if source:
            link = (
                f"{LRI}<a href='{esc(source)}'>{esc(source)}</a>{PDI}"
                if source.startswith(("http://", "https://"))
                else f"{FSI}{esc(source)}{PDI}"
            )  # an address reads left to right in the Arabic pane, its "/" kept at the end
            said = esc(source_label + colon(self.ctx.lang).rstrip())  # « Source : » in French
            parts.append(f"<p><b>{said}</b> {link}</p>")
        if d.get("source_notes"):
            parts.append(self._source_notes_html(d["source_notes"]))
        parts.append(f"<p>{esc(notes_label)}</p>")
        return "".join(parts)

    def _source_notes_html(self, notes: str) -> str:
        """What the catalogue's authors noted on their source, as they wrote it (in English for
        the bundled catalogue): headed in the window's language, in the notes' own direction."""
        heading = self.tr("Note on the source, as the catalogue's authors wrote it")
        direction = dominant_direction(notes)
        return (
            f"<p style='color:#555'><b>{esc(heading)}</b></p>"
            f"<p dir='{direction}' style='color:#555'>{esc(notes)}</p>"
        )

    def _links_html(self, links: list[dict]) -> str:
        """The item's http(s) links (recordings, slides, pages) as a clickable list."""
        entries = "".join(
            f'<li dir="{self._window_dir()}">{FSI}<a href="{esc(link["url"])}">'
            f"{esc(link.get('title') or link['url'])}</a>{PDI}</li>"
            for link in links
            if str(link.get("url", "")).lower().startswith(("http://", "https://"))
        )
        return f"<p><b>{esc(self.tr('Links'))}</b></p><ul>{entries}</ul>" if entries else ""

    def save_mark(self) -> None:
        delegation = self.ctx.delegation()
        if not (delegation and self.item_id):
            return
        chosen, dropped = [], []
        from briefer.core.delegations import get_delegate

        for i in range(self.delegates.count()):
            entry = self.delegates.item(i)
            delegate = get_delegate(self.ctx.store, entry.data(Qt.ItemDataRole.UserRole))
            (chosen if entry.checkState() == Qt.CheckState.Checked else dropped).append(delegate)
        snapshot = snapshot_mark(self.ctx.store, delegation, self.item_id)
        try:
            before = find_mark(self.ctx.store, delegation, self.item_id)
            assigned = set(before.delegates) if before else set()
            set_mark(
                self.ctx.store,
                delegation,
                self.item_id,
                self.priority.currentData(),
                chosen,
                self.reason.text().strip() or None,
                self.status.currentData(),
            )
            for delegate in dropped:
                if delegate.name in assigned:
                    unassign(self.ctx.store, delegation, self.item_id, delegate)
        except BrieferError as exc:
            self.message.setText(str(exc))
            return
        record(
            self.ctx,
            lambda: self.tr("Save mark", "what Edit › Undo undoes, after its word"),
            snapshot,
        )
        self.message.setText(self.tr("Mark saved."))
        self.ctx.apply_changes(OpChanges(marks=True))

    def remove_mark(self) -> None:
        delegation = self.ctx.delegation()
        if not (delegation and self.item_id):
            return
        snapshot = snapshot_mark(self.ctx.store, delegation, self.item_id)
        try:
            remove_mark(self.ctx.store, delegation, self.item_id)
        except BrieferError as exc:
            self.message.setText(str(exc))
            return
        record(
            self.ctx, lambda: self.tr("Unmark", "what Edit › Undo undoes, after its word"), snapshot
        )
        self.message.setText(
            self.tr("Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.")
        )
        self.ctx.apply_changes(OpChanges(marks=True))
