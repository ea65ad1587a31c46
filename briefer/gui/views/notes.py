"""Notes: a Markdown editor with live preview, saved as you type (nothing to forget)."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.core.delegations import create_delegation
from briefer.core.directions import in_direction
from briefer.core.errors import BrieferError
from briefer.core.markdown_plain import note_title, plain_line
from briefer.core.meetings import item_title
from briefer.core.notes import (
    Note,
    add_note,
    delete_note,
    get_note,
    list_notes,
    set_note_direction,
    settle_note_conflict,
    update_note,
)
from briefer.core.packs.note_blocks import body_direction
from briefer.core.packs.uax9 import dominant_direction
from briefer.core.richtext import markdown_html, preview_part
from briefer.core.templates import get_template, note_from_template, template_names
from briefer.core.undo import snapshot_note
from briefer.gui.context import SWITCHED, AppContext
from briefer.gui.dialogs.boxes import ask
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.safe_text import SafeTextBrowser, tooltip_text
from briefer.gui.undo import perform
from briefer.gui.widgets import Retranslatable, SectionTitle, a11y_name, info

AUTOSAVE_MS = 500
RETRY_MS = 2000
RETRIED = ("busy", "disk_full")  # faults that pass: the autosave tries again, keeping the text


class NotesView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.note_id: str | None = None
        self.target: str | None = None  # item id for a new note; None for a delegation note
        self.starting = False  # a note started (`start_note`) and not saved yet
        self.title = SectionTitle()
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a title is read whole, from its beginning, in any direction
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        elide_by_text_direction(self.list)  # each line of an entry in its own direction
        self.list.currentItemChanged.connect(self._open)
        self.new_delegation_note = QPushButton()
        self.new_delegation_note.clicked.connect(lambda: self.start_note(None))
        self.template = QComboBox()
        self.template.activated.connect(lambda _: self.apply_template())
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template)
        self._template_text: str | None = None  # what the last template put in a new note
        self.editor = QPlainTextEdit()
        self.editor.textChanged.connect(self._edited)
        self.preview = SafeTextBrowser()
        self.rtl = QCheckBox()
        self.rtl.toggled.connect(self._direction)
        self._chosen = False  # the direction was set in the box, not followed from the text
        self._following = False
        self.state = info(QLabel())
        self.state.setWordWrap(True)
        self.create_delegation = QPushButton()
        self.create_delegation.setVisible(False)
        self.create_delegation.clicked.connect(self._create_delegation)
        self.delete = QPushButton()
        self.delete.setEnabled(False)
        self.delete.clicked.connect(self.delete_current)
        self.conflict_box = self._conflict_box()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a catalogue title is not markup
        self.heading.setBuddy(self.editor)
        self.title.setBuddy(self.list)
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_delegation_note)
        left_box = QWidget()
        left_box.setLayout(left)
        editors = QSplitter(Qt.Orientation.Vertical)
        editors.addWidget(self.editor)
        editors.addWidget(self.preview)
        right = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.template_label)
        head.addWidget(self.template)
        right.addLayout(head)
        right.addWidget(editors, 1)
        right.addWidget(self.conflict_box)
        row = QHBoxLayout()
        row.addWidget(self.rtl)
        row.addStretch(1)
        row.addWidget(self.state, 1)
        row.addWidget(self.create_delegation)
        row.addWidget(self.delete)
        right.addLayout(row)
        right_box = QWidget()
        right_box.setLayout(right)
        self.splitter = QSplitter()
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(right_box)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        ctx.note_requested.connect(self.open_item)
        ctx.store_did_change.connect(self.reload)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self._saving = False
        self.retranslate_ui()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The list of notes again, unless the change is this editor's own autosave."""
        if self._saving:
            return
        if changes.templates:
            self._fill_templates()
        if changes.notes or changes.delegations or changes.catalogue:
            self.reload()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.new_delegation_note.setText(self.tr("New delegation note"))
        self.template_label.setText(self.tr("Start from template:"))
        self._fill_templates()
        self.rtl.setText(self.tr("Right-to-left"))
        self.create_delegation.setText(self.tr("Create a delegation and save…"))
        self.delete.setText(self.tr("Delete note…"))
        self.conflict_text.setText(
            self.tr("This note was also edited elsewhere; an import kept both versions.")
        )
        self.keep_this.setText(self.tr("Keep this version"))
        self.keep_both.setText(self.tr("Keep both"))
        self.merge.setText(self.tr("Merge into this one"))
        self.editor.setPlaceholderText(self.tr("Write in Markdown: # heading, **bold**, - list"))
        a11y_name(self.preview, self.tr("Preview"))
        self.state.clear()  # a passing status, in the language it was said in
        if self.starting or self.note_id is not None:
            self._heading()
        self.reload()

    def reload(self) -> None:
        delegation = self.ctx.delegation()
        current = self.note_id
        self.list.blockSignals(True)
        self.list.clear()
        if delegation is not None:
            for note in list_notes(self.ctx.store, delegation):
                entry = QListWidgetItem()
                self._fill_entry(entry, note)
                entry.setData(Qt.ItemDataRole.UserRole, note.id)
                self.list.addItem(entry)
                if note.id == current:
                    self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self.new_delegation_note.setEnabled(delegation is not None)
        if self.note_id is None and not self.starting and self.list.count():
            self.list.setCurrentRow(0)  # nothing open: the first note (not over a note begun)

    def _fill_entry(self, entry: QListWidgetItem, note: Note) -> None:
        """A list entry's two lines: what the note is on, and its first line in its direction."""
        label = (
            self.tr("Delegation")
            if note.item_id is None
            else item_title(self.ctx.store, note.item_id, self.ctx.lang)
        )
        first = in_direction(note_title(note.body), _list_direction(note) == "rtl")
        flag = self._conflict_flag(note) if note.conflict_with else ""
        entry.setText(f"{label}{flag}\n{first}")
        entry.setToolTip(tooltip_text(f"{label}{flag}\n{first}"))

    def _refresh_entry(self) -> None:
        """The open note's list entry after its own save: its first line and direction."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == self.note_id:
                self._fill_entry(entry, get_note(self.ctx.store, self.note_id))
                return

    def _conflict_flag(self, note) -> str:
        """Which of two versions kept by an import this is: they read alike in the list."""
        if note.origin:
            return self.tr(" [conflicting version, from {file}]").format(file=note.origin)
        return self.tr(" [conflicting version, this folder's]")

    def open_item(self, item_id: str) -> None:
        """Show the first note on `item_id`, or start one."""
        delegation = self.ctx.delegation()
        if delegation is None:
            return
        notes = list_notes(self.ctx.store, delegation, item_id)
        if notes:
            self._load(notes[0].id)
        else:
            self.start_note(item_id)

    def _conflict_box(self) -> QWidget:
        """Ways to settle a note an import kept in two versions."""
        box = QWidget()
        self.conflict_text = info(QLabel())
        self.conflict_text.setWordWrap(True)
        self.keep_this = QPushButton()
        self.keep_this.clicked.connect(lambda: self._settle("this"))
        self.keep_both = QPushButton()
        self.keep_both.clicked.connect(lambda: self._settle("both"))
        self.merge = QPushButton()
        self.merge.clicked.connect(lambda: self._settle("merge"))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.conflict_text, 1)
        for button in (self.keep_this, self.keep_both, self.merge):
            row.addWidget(button)
        box.hide()
        return box

    def _settle(self, keep: str) -> None:
        if self.note_id is None:
            return
        self.save()
        if keep == "this":
            answer = ask(
                self,
                self.tr("Keep this version"),
                self.tr("The other version of this note will be deleted; its text will be lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            note = settle_note_conflict(self.ctx.store, self.note_id, keep).value
        except BrieferError as exc:
            self.state.setText(str(exc))
            return
        self._show(note)
        self.ctx.apply_changes(OpChanges(notes=True))

    def start_note(self, item_id: str | None) -> None:
        self.save()
        self.conflict_box.hide()
        self.note_id = None
        self.starting = True
        self.delete.setEnabled(False)
        self.target = item_id
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # the list no longer shows another note as the one open
        self.list.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._follow("")  # a new note: the window's direction, until it has a letter
        self._heading()
        self.preview.clear()
        self._template_text = None
        self.template.setCurrentIndex(0)
        self._template_enabled()
        self.editor.setFocus()

    def _fill_templates(self) -> None:
        """Blank, then every template (built-in or the user's) in the window's language."""
        current = self.template.currentData()
        self.template.clear()
        self.template.addItem(self.tr("Blank"), None)
        for name in template_names(self.ctx.store):
            template = get_template(self.ctx.store, name, self.ctx.lang)
            self.template.addItem(template.title, template.name)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self._template_enabled()

    def _template_enabled(self) -> None:
        """A template starts a new note: offered while the note is new and holds no own text."""
        text = self.editor.toPlainText()
        fresh = self.note_id is None or text == self._template_text
        self.template.setEnabled(fresh and (not text.strip() or text == self._template_text))

    def apply_template(self, name: str | None = None) -> None:
        """Fill the new note with the headings of the template chosen (or `name`); saved."""
        if name is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(name)))
        if not self.template.isEnabled():
            return
        chosen = self.template.currentData()
        body = (
            ""
            if chosen is None
            else note_from_template(get_template(self.ctx.store, chosen, self.ctx.lang))
        )
        self._template_text = body or None
        self.editor.setPlainText(body)
        # Writing begins under the first heading: the cursor stood before it, so the first
        # words typed went above "## Objectives" and broke the heading.
        first_line = body.find("\n")
        cursor = self.editor.textCursor()
        cursor.setPosition(first_line + 1 if first_line >= 0 else len(body))
        self.editor.setTextCursor(cursor)
        self.save()
        self._template_enabled()

    def _heading(self) -> None:
        if self.target is None:
            self.heading.setText(self.tr("Delegation note"))
        else:
            title = item_title(self.ctx.store, self.target, self.ctx.lang)
            self.heading.setText(self.tr("Note on {title}").format(title=title))

    def _open(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self._load(item.data(Qt.ItemDataRole.UserRole))

    def _load(self, note_id: str) -> None:
        self.save()
        self._show(get_note(self.ctx.store, note_id))

    def _show(self, note: Note) -> None:
        """Put `note` in the editor as stored (nothing is saved)."""
        if note.id != self.note_id:
            self._template_text = None
        self.note_id = note.id
        self.starting = False
        self.target = note.item_id
        self.delete.setEnabled(True)
        self.conflict_box.setVisible(bool(note.conflict_with))
        self.editor.blockSignals(True)
        self.editor.setPlainText(note.body)
        self.editor.blockSignals(False)
        self._follow(note.body)
        if note.direction in ("rtl", "ltr"):  # as its writer set it
            self._following = True
            try:
                self.rtl.setChecked(note.direction == "rtl")  # lays the editor out if it changes
            finally:
                self._following = False
            self._chosen = True
        self._heading()
        self._render()
        self._template_enabled()
        self.state.setText(self.tr("Saved"))

    def _chosen_direction(self) -> str | None:
        """The direction the writer set in the box ("rtl", "ltr"), None while it follows the
        text: kept with the note, so that it reopens and prints as set (found by review: a
        direction set by hand was forgotten on reopening, and packs never saw it)."""
        if not self._chosen:
            return None
        return "rtl" if self.rtl.isChecked() else "ltr"

    def _edited(self) -> None:
        if not self._chosen:
            self._follow(preview_part(self.editor.toPlainText())[0])
        self._render()
        self._template_enabled()
        if self.ctx.delegation() is None:
            self._unsaved()
            return
        self.state.setText(self.tr("Editing…"))
        self.timer.start(AUTOSAVE_MS)

    def _unsaved(self) -> None:
        """Say plainly that the text is not saved until a delegation exists, and offer one."""
        has_text = bool(self.editor.toPlainText().strip())
        self.create_delegation.setVisible(has_text)
        self.state.setText(
            self.tr("Not saved: notes belong to a delegation, and there is none yet.")
            if has_text
            else ""
        )

    def _create_delegation(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New delegation"), self.tr("Name of your delegation")
        )
        if not ok or not name.strip():
            return
        try:
            create_delegation(self.ctx.store, name)
        except BrieferError as exc:
            self.state.setText(str(exc))
            return
        self.create_delegation.setVisible(False)
        self.save()
        self.ctx.apply_changes(SWITCHED)

    def delete_current(self) -> None:
        """Delete the open note, after a confirmation that says what will be lost."""
        if self.note_id is None:
            return
        self.timer.stop()
        note = get_note(self.ctx.store, self.note_id)
        where = (
            self.tr("the delegation")
            if note.item_id is None
            else item_title(self.ctx.store, note.item_id, self.ctx.lang)
        )
        first = note_title(note.body, 80)
        text = self.tr(
            "Delete the note on {where} (%n character(s), beginning “{first}”)? "
            "Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.",
            "",
            len(note.body),
        ).format(where=where, first=first)
        if note.conflict_with:
            text += " " + self.tr("Its other version, from an import, stays.")
        answer = ask(self, self.tr("Delete note"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            perform(
                self.ctx,
                lambda: self.tr("Delete note"),
                lambda store: snapshot_note(store, note.id),
                lambda: delete_note(self.ctx.store, note.id),
            )
        except BrieferError as exc:
            self.state.setText(str(exc))
            return
        self.note_id = None
        self.delete.setEnabled(False)
        self.conflict_box.hide()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.preview.clear()
        self.state.setText(self.tr("Note deleted"))
        self.ctx.apply_changes(OpChanges(notes=True))

    def _render(self) -> None:
        self._lay_out(self.rtl.isChecked())
        part, shortened = preview_part(self.editor.toPlainText())
        html = markdown_html(part, self.rtl.isChecked())
        if shortened:
            notice = self.tr(
                "The preview shows the beginning of this long note; packs print all of it."
            )
            html += f"<hr /><p><i>{escape(notice)}</i></p>"
        self.preview.setHtml(html)

    def _follow(self, body: str) -> None:
        """Set the box to the note's direction as the packs set it (its dominant script; the
        window's direction while it has no letter), the writer's own choice forgotten."""
        window = "rtl" if self.ctx.lang == "ar" else "ltr"
        self._chosen = False
        self._following = True
        try:
            self.rtl.setChecked(body_direction(body, window) == "rtl")
        finally:
            self._following = False

    def _direction(self, rtl: bool) -> None:
        if not self._following:  # the writer's choice: kept with the note at the next save
            self._chosen = True
            if self.note_id is not None:
                self.timer.start(AUTOSAVE_MS)
        self._render()  # a table's columns follow the direction

    def _lay_out(self, rtl: bool) -> None:
        """Every paragraph of the editor and the preview in the note's direction, as the packs
        print it (found by review: while the box kept its first state, unticked, Qt set each
        paragraph by its first letter, and an Arabic one read right to left on screen only)."""
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in (self.editor, self.preview):
            option = widget.document().defaultTextOption()
            if option.textDirection() == direction and widget.layoutDirection() == direction:
                continue
            widget.setLayoutDirection(direction)
            option.setTextDirection(direction)
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)  # the plain editor's too
            widget.document().setDefaultTextOption(option)

    def save(self) -> None:
        """Write the editor's text now (autosave calls it; so do closing and switching notes)."""
        self.timer.stop()
        body = self.editor.toPlainText()
        delegation = self.ctx.delegation()
        if delegation is None:
            self._unsaved()
            return
        if not body.strip():
            return
        wanted = self._chosen_direction()
        try:
            if self.note_id is None:
                note = add_note(self.ctx.store, delegation, self.target, body, direction=wanted)
                self.note_id = note.id
                self.starting = False
                self.delete.setEnabled(True)
                self.reload()
            else:
                stored = get_note(self.ctx.store, self.note_id)
                if stored.body == body and stored.direction == wanted:
                    self.state.setText(self.tr("Saved"))
                    return
                if stored.body != body:
                    update_note(self.ctx.store, self.note_id, body)
                if stored.direction != wanted:
                    set_note_direction(self.ctx.store, self.note_id, wanted)
        except BrieferError as exc:
            if exc.kind in RETRIED:
                self.state.setText(
                    self.tr("Not saved yet: {reason} Trying again; your text is kept.").format(
                        reason=exc
                    )
                )
                self.timer.start(RETRY_MS)
                return
            self.state.setText(str(exc))
            return
        self.state.setText(self.tr("Saved"))
        self._saving = True
        try:
            self.ctx.apply_changes(OpChanges(notes=True))
        finally:
            self._saving = False
        self._refresh_entry()


_LISTED_CHARS = 2000  # of a note, to tell its direction in the list (a 6 MB note took 3 s)


@lru_cache(maxsize=2048)
def _script_direction(beginning: str) -> str:
    """The dominant script's direction of a note's beginning, its lines read without their
    Markdown marks: as the editor's rule reads its prose, without converting the Markdown
    (300 notes took 0.9 s that way each time the list was filled; 0.1 s now, once)."""
    lines = beginning.splitlines()
    return dominant_direction("\n".join(map(plain_line, lines)))


def _list_direction(note: Note) -> str:
    """The direction a note is laid out in: as its writer set it, else its script's."""
    return note.direction or _script_direction(note.body[:_LISTED_CHARS])
