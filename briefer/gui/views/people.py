"""People: the delegation's contacts and the catalogue's speakers with every session they speak
in; contacts are added and edited here."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges, Outcome
from briefer.core.countries import country_name, country_names
from briefer.core.delegations import Delegation
from briefer.core.errors import BrieferError
from briefer.core.localize import joined
from briefer.core.markdown_plain import plain_text
from briefer.core.packs.uax9 import auto_direction
from briefer.core.people import Person, add_contact, edit_contact, get_contact, meetings_with
from briefer.core.queries.people import PersonRow
from briefer.core.spoken import spoken_languages
from briefer.core.timefmt import when_text
from briefer.gui.colours import show_as_error
from briefer.gui.context import AppContext
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.models.people_model import COLUMNS, PeopleTableModel, RecordRole
from briefer.gui.widgets import (
    Retranslatable,
    SectionTitle,
    esc,
    info,
    isolate,
    kept_narrow_spaces,
    name_fields,
)

_FIELDS = ("name", "function", "organisation", "country", "languages")


class ContactDialog(QDialog):
    """A contact's name, function, organisation, country, languages and notes; a refusal (no
    name, a country Briefer does not know) is shown in the dialog, which keeps what was typed."""

    def __init__(
        self,
        ctx: AppContext,
        delegation: Delegation,
        parent: QWidget | None = None,
        person: Person | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation = delegation
        self.person = person
        self.outcome: Outcome[Person] | None = None
        self.setWindowTitle(self.tr("New contact") if person is None else self.tr("Edit contact"))
        self.fields = {key: QLineEdit() for key in _FIELDS}
        country = self.fields["country"]
        country.setPlaceholderText(self.tr("a country, or its ISO code (FR)"))
        names = QCompleter(country_names(ctx.lang), country)
        names.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names.setFilterMode(Qt.MatchFlag.MatchContains)
        country.setCompleter(names)
        self.notes = QPlainTextEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        show_as_error(self.error)
        form = QFormLayout()
        labels = {
            "name": self.tr("Name"),
            "function": self.tr("Function"),
            "organisation": self.tr("Organisation"),
            "country": self.tr("Country"),
            "languages": self.tr("Languages"),
        }
        for key in _FIELDS:
            form.addRow(labels[key], self.fields[key])
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        name_fields(self)  # each label's Alt letter, as the shortcuts dialog says
        if person is not None:
            for key in _FIELDS:
                self.fields[key].setText(getattr(person, key) or "")
            self.fields["country"].setText(country_name(person.country, ctx.lang))
            self.notes.setPlainText(person.notes or "")

    def accept(self) -> None:
        values = {key: self.fields[key].text() for key in _FIELDS}
        values["notes"] = self.notes.toPlainText()
        try:
            if self.person is None:
                name = values.pop("name")
                given = {k: v or None for k, v in values.items()}
                self.outcome = add_contact(self.ctx.store, self.delegation, name, **given)
            else:
                self.outcome = edit_contact(self.ctx.store, self.person.id, **values)
        except BrieferError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class PeopleView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = SectionTitle()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.model = PeopleTableModel(ctx)
        self.table = QTableView()
        elide_by_text_direction(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self._size_columns()
        self.table.selectionModel().currentChanged.connect(self._current)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.add = QPushButton()
        self.add.clicked.connect(self.add_contact)
        self.edit = QPushButton()
        self.edit.clicked.connect(self.edit_selected)
        self.about = info(QLabel())
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)  # each line a paragraph; text escaped
        self.sessions_label = QLabel()
        self.sessions = QListWidget()
        elide_by_text_direction(self.sessions)
        self.sessions.itemActivated.connect(self._open_session)
        self.sessions.itemClicked.connect(self._open_session)
        self.sessions_label.setBuddy(self.sessions)
        self.title.setBuddy(self.table)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add)
        bar.addWidget(self.edit)
        below = QWidget()
        side = QVBoxLayout(below)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.about)
        side.addWidget(self.sessions_label)
        side.addWidget(self.sessions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        ctx.store_did_change.connect(self.reload)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.retranslate_ui()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """Contacts, the catalogue's speakers, the current delegation."""
        if changes.people or changes.catalogue or changes.delegations:
            self.reload()

    def _size_columns(self) -> None:
        """Found by review: the Name column stretched over some 40 % of the table and cut
        every other one. A name, a country, languages and a count take the room they need,
        which the reader may change; function and organisation, the long texts, share the
        rest."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 3))
        em = self.table.fontMetrics().horizontalAdvance("M")
        modes = {
            "name": (QHeaderView.ResizeMode.Interactive, 15),
            "function": (QHeaderView.ResizeMode.Stretch, 0),
            "organisation": (QHeaderView.ResizeMode.Stretch, 0),
            "country": (QHeaderView.ResizeMode.Interactive, 8),
            "languages": (QHeaderView.ResizeMode.Interactive, 9),
            "sessions": (QHeaderView.ResizeMode.ResizeToContents, 0),
        }
        for column, key in enumerate(COLUMNS):
            mode, ems = modes[key]
            header.setSectionResizeMode(column, mode)
            if ems:
                self.table.setColumnWidth(column, ems * em + 16)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("People"))
        self.filter.setPlaceholderText(self.tr("Filter by name, function or organisation"))
        self.add.setText(self.tr("Add contact…"))
        self.edit.setText(self.tr("Edit contact…"))
        self.sessions_label.setText(self.tr("Sessions they speak in, and our meetings with them"))
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.model.reload()
        self.add.setEnabled(self.ctx.delegation() is not None)
        self.select(chosen.id if chosen else None)

    def _filter(self, text: str) -> None:
        chosen = self.selected()
        self.model.set_filter(text)
        self.select(chosen.id if chosen else None)

    def selected(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select(self, person_id: str | None) -> None:
        row = self.model.row_of(person_id) if person_id else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self._show(None)

    def _current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        self._show(index.data(RecordRole) if index.isValid() else None)

    def _show(self, person: PersonRow | None) -> None:
        self.sessions.clear()
        self.edit.setEnabled(bool(person and person.own))
        if person is None:
            self.about.setText(esc(self.tr("Choose a person to see their sessions and notes.")))
            return
        parts = [person.name]
        parts += [p for p in (person.function, person.organisation, person.country) if p]
        window = "rtl" if self.isRightToLeft() else "ltr"
        lines = [(" — ".join(isolate(p) for p in parts), window)]
        if person.languages:
            spoken = joined(spoken_languages(person.languages, self.ctx.lang), self.ctx.lang)
            languages = self.tr("Languages: {languages}").format(languages=spoken)
            lines.append((languages, window))
        for line in plain_text(person.notes or "").splitlines():  # as a note's title is
            lines.append((line, auto_direction(line) or window))  # the writer's own direction
        if person.own:
            lines.append((self.tr("A contact of the delegation."), window))
        shown = "".join(f"<p dir='{d}' style='margin:0px'>{esc(text)}</p>" for text, d in lines)
        self.about.setText(kept_narrow_spaces(shown))  # « Langues : » in French
        # « vendredi 12 novembre · 12:00–13:00 — … », as My delegation writes them (found by
        # review: a meeting had no time, and two spaces before its title)
        for s in person.sessions:
            when = when_text(s["day"], s["time"], self.ctx.lang)  # the forum's local time
            entry = QListWidgetItem(f"{when} — {isolate(s['title'])}")
            entry.setData(Qt.ItemDataRole.UserRole, s["id"])
            self.sessions.addItem(entry)
        for m in meetings_with(self.ctx.store, person.id):
            when = when_text(m["day"], m["time"], self.ctx.lang)
            title = self.tr("Our meeting: {title}").format(title=isolate(m["title"]))
            entry = QListWidgetItem(f"{when} — {title}")
            entry.setData(Qt.ItemDataRole.UserRole, m["id"])
            self.sessions.addItem(entry)

    def _open_session(self, item: QListWidgetItem) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole)
        if session_id:
            self.ctx.item_selected.emit(session_id)

    def add_contact(self) -> Person | None:
        delegation = self.ctx.delegation()
        if delegation is None:
            return None
        return self._run(ContactDialog(self.ctx, delegation, self))

    def edit_selected(self) -> Person | None:
        chosen = self.selected()
        delegation = self.ctx.delegation()
        if chosen is None or not chosen.own or delegation is None:
            return None
        person = get_contact(self.ctx.store, chosen.id)
        return self._run(ContactDialog(self.ctx, delegation, self, person))

    def _run(self, dialog: ContactDialog) -> Person | None:
        dialog.exec()
        if dialog.outcome is None:
            return None
        self.ctx.apply_changes(dialog.outcome.changes)
        self.select(dialog.outcome.value.id)
        return dialog.outcome.value
