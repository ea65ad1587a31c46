"""My delegation: the delegation and its delegates, marked items by delegate, conflicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.catalogue.items import item_detail
from briefer.core.changes import OpChanges
from briefer.core.countries import country_unless_named
from briefer.core.delegations import (
    add_delegate,
    assigned_items,
    create_delegation,
    get_delegate,
    list_delegates,
    list_delegations,
    remove_delegate,
    rename_delegate,
    use_delegation,
)
from briefer.core.directions import in_direction
from briefer.core.errors import BrieferError
from briefer.core.marks import conflicts, list_marks, mark_summaries, set_mark
from briefer.core.meetings import MEETING_PREFIX, edit_meeting, item_title, list_meetings
from briefer.core.timefmt import when_text
from briefer.core.undo import snapshot_delegate, snapshot_mark, snapshot_meeting
from briefer.core.words import item_status_word, priority_word, status_word
from briefer.gui import colours
from briefer.gui.context import SWITCHED, AppContext
from briefer.gui.dialogs.boxes import ask, warn
from briefer.gui.item_delegates import elide_by_text_direction, elide_names
from briefer.gui.undo import perform
from briefer.gui.widgets import Retranslatable, SectionTitle, a11y_name, info, isolate


def _flag_off(entry: QTreeWidgetItem, status: str | None) -> None:
    """Paints a cancelled or withdrawn item in the warning red, as the Programme does."""
    if status in ("cancelled", "withdrawn"):
        for column in range(entry.columnCount()):
            entry.setForeground(column, colours.warning())


class DelegationView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = SectionTitle()
        self.current = QComboBox()
        # A long delegation name is elided rather than widening the view past a magnified screen.
        self.current.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.current.setMinimumContentsLength(12)
        self.current.currentIndexChanged.connect(self._use)
        self.new_delegation = QPushButton()
        self.new_delegation.clicked.connect(self._create)
        self.delegate_name = QLineEdit()
        self.delegate_function = QLineEdit()
        self.add = QPushButton()
        self.add.clicked.connect(self._add_delegate)
        self.delegates = QListWidget()
        elide_names(self.delegates)
        self.delegates.currentItemChanged.connect(self._delegate_chosen)
        self.rename = QPushButton()
        self.rename.clicked.connect(self.rename_selected)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_selected)
        self.new_meeting = QPushButton()
        self.new_meeting.clicked.connect(self.add_meeting)
        self.edit_meeting = QPushButton()
        self.edit_meeting.clicked.connect(self.edit_selected_meeting)
        self.cancel_meeting = QPushButton()
        self.cancel_meeting.clicked.connect(self.cancel_selected_meeting)
        self.delete_meeting = QPushButton()
        self.delete_meeting.clicked.connect(self.delete_selected_meeting)
        self.marks = QTreeWidget()
        elide_by_text_direction(self.marks)
        self.marks.currentItemChanged.connect(lambda *_: self._meeting_chosen())
        self.marks.itemActivated.connect(self._open)
        self.marks.itemClicked.connect(self._open)
        self.conflict_title = QLabel()
        self.conflicts = QListWidget()
        elide_by_text_direction(self.conflicts)
        self.conflicts.setWordWrap(True)
        self.conflicts.itemActivated.connect(self._resolve)
        self.hint = info(QLabel())
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.conflict_title.setBuddy(self.conflicts)
        self.title.setBuddy(self.delegates)
        top.addWidget(self.current_label)
        top.addWidget(self.current, 1)
        top.addWidget(self.new_delegation)
        top.addWidget(self.new_meeting)
        adder = QHBoxLayout()
        adder.addWidget(self.delegate_name, 2)
        adder.addWidget(self.delegate_function, 2)
        adder.addWidget(self.add)
        adder.addWidget(self.rename)
        adder.addWidget(self.remove)
        for listing in (self.delegates, self.marks, self.conflicts):
            listing.setMinimumHeight(48)  # they shrink, and scroll, on a magnified screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.delegates)
        layout.addLayout(adder)
        layout.addWidget(self.marks, 2)
        meeting_row = QHBoxLayout()
        meeting_row.addStretch(1)
        for button in (self.edit_meeting, self.cancel_meeting, self.delete_meeting):
            meeting_row.addWidget(button)
        layout.addLayout(meeting_row)
        layout.addWidget(self.conflict_title)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.hint)
        ctx.store_did_change.connect(self.reload)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self._loading = False
        self.retranslate_ui()

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """Delegates, their marks and meetings, conflicts: not notes, packs or sources."""
        if (
            changes.delegations
            or changes.marks
            or changes.meetings
            or changes.people
            or changes.catalogue
        ):
            self.reload()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My delegation"))
        self.current_label.setText(self.tr("Delegation"))
        self.new_delegation.setText(self.tr("New delegation…"))
        self.new_meeting.setText(self.tr("New meeting…"))
        self.edit_meeting.setText(self.tr("Edit meeting…"))
        self.cancel_meeting.setText(self.tr("Cancel meeting"))
        self.delete_meeting.setText(self.tr("Delete meeting…"))
        self.delegate_name.setPlaceholderText(self.tr("Delegate's name"))
        self.delegate_function.setPlaceholderText(self.tr("Function"))
        self.add.setText(self.tr("Add delegate"))
        self.rename.setText(self.tr("Rename…"))
        self.remove.setText(self.tr("Remove…"))
        self.marks.setHeaderLabels(
            [self.tr("Marked items by delegate"), self.tr("Priority"), self.tr("Status")]
        )
        self.conflict_title.setText(
            self.tr("Conflicts (double-click one to decline the item that starts later)")
        )
        a11y_name(self.marks, self.tr("Marked items by delegate"))
        self.reload()

    def reload(self) -> None:
        self._loading = True
        delegation = self.ctx.delegation()
        self.current.clear()
        for d in list_delegations(self.ctx.store):
            # The country by name in the window's language, unless the name says it (it
            # showed its code: « وفد المملكة المغربية (MA) »).
            country = country_unless_named(d.country, d.name, self.ctx.lang)
            name = isolate(d.name)
            self.current.addItem(f"{name} ({isolate(country)})" if country else name, d.id)
        if delegation:
            self.current.setCurrentIndex(self.current.findData(delegation.id))
        self._loading = False
        self.delegates.clear()
        self._delegate_chosen()
        self.marks.clear()
        self._meeting_chosen()
        self.conflicts.clear()
        has = delegation is not None
        for widget in (self.delegate_name, self.delegate_function, self.add, self.new_meeting):
            widget.setEnabled(has)
        if not has:
            self.hint.setText(self.tr("Create your delegation to mark sessions and projects."))
            return
        self.hint.clear()
        delegates = list_delegates(self.ctx.store, delegation)
        for d in delegates:
            # Each part in its own direction: "<Karim> Alaoui." read ".Karim> Alaoui>" in Arabic.
            shown = f"{isolate(d.name)} — {isolate(d.function)}" if d.function else d.name
            entry = QListWidgetItem(shown)
            entry.setData(Qt.ItemDataRole.UserRole, d.id)
            self.delegates.addItem(entry)
        groups = [(d.name, list_marks(self.ctx.store, delegation, d)) for d in delegates]
        groups.append(
            (
                self.tr("Whole delegation"),
                [m for m in list_marks(self.ctx.store, delegation) if not m.delegates],
            )
        )
        ids = list(dict.fromkeys(m.item_id for _name, marks in groups for m in marks))
        summaries = mark_summaries(self.ctx.store, ids, self.ctx.lang)
        for name, marks in groups:
            parent = QTreeWidgetItem([isolate(name), "", ""])
            self.marks.addTopLevelItem(parent)
            for mark in marks:
                summary = summaries[mark.item_id]
                status = item_status_word(summary["status"], mark.kind or "session") or ""
                child = QTreeWidgetItem([summary["title"], priority_word(mark.priority), status])
                child.setData(0, Qt.ItemDataRole.UserRole, mark.item_id)
                _flag_off(child, summary["status"])
                parent.addChild(child)
        self._add_meetings(delegation, delegates)
        for number in range(self.marks.topLevelItemCount()):  # what each one has: marks, meetings
            parent = self.marks.topLevelItem(number)
            parent.setText(0, f"{parent.text(0)} ({parent.childCount()})")
        self.marks.expandAll()
        self._meeting_chosen()
        self.marks.header().setStretchLastSection(False)
        self.marks.header().setSectionResizeMode(0, self.marks.header().ResizeMode.Stretch)
        self.marks.resizeColumnToContents(1)
        self.marks.resizeColumnToContents(2)
        for c in conflicts(self.ctx.store, delegation):
            first = item_title(self.ctx.store, c.first, self.ctx.lang)
            second = item_title(self.ctx.store, c.second, self.ctx.lang)
            text = self.tr("{delegate}: “{first}” overlaps “{second}”").format(
                delegate=isolate(c.delegate), first=isolate(first), second=isolate(second)
            )
            entry = QListWidgetItem(in_direction(text, self.isRightToLeft()))
            entry.setToolTip(
                self.tr("Double-click to decline “{second}”").format(second=isolate(second))
            )
            entry.setData(Qt.ItemDataRole.UserRole, c.second)
            self.conflicts.addItem(entry)

    def _add_meetings(self, delegation, delegates) -> None:
        """The delegation's own meetings under each delegate who attends them; those nobody
        attends yet under the whole delegation."""
        unattended = [m for m in list_meetings(self.ctx.store, delegation) if not m.delegates]
        for number, d in enumerate([*delegates, None]):
            parent = self.marks.topLevelItem(number)
            listed = unattended if d is None else list_meetings(self.ctx.store, delegation, d)
            # As the Programme: "our meeting" where a session has its priority, and the status
            # in the Status column (found by review: « annulé » under Priority, Status empty).
            ours = QCoreApplication.translate("SessionsModel", "our meeting")
            for meeting in listed:
                # The forum has three days: a time alone does not say which.
                when = when_text(meeting.day, meeting.forum_time(), self.ctx.lang)
                text = f"{when} — {isolate(meeting.title)}"
                child = QTreeWidgetItem([text, ours, status_word(meeting.status)])
                child.setData(0, Qt.ItemDataRole.UserRole, meeting.id)
                _flag_off(child, meeting.status)
                parent.addChild(child)

    def add_meeting(self) -> None:
        """One of the delegation's own items: a bilateral, side meeting, reception…"""
        from briefer.gui.dialogs.meeting import new_meeting_dialog

        new_meeting_dialog(self, self.ctx)

    def selected_meeting(self) -> str | None:
        """The id of the own meeting chosen in the tree, if one is."""
        item = self.marks.currentItem()
        item_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return item_id if item_id and item_id.startswith(MEETING_PREFIX) else None

    def _meeting_chosen(self) -> None:
        chosen = self.selected_meeting() is not None
        for button in (self.edit_meeting, self.cancel_meeting, self.delete_meeting):
            button.setEnabled(chosen)

    def edit_selected_meeting(self) -> None:
        from briefer.gui.dialogs.meeting import edit_meeting_dialog

        if meeting_id := self.selected_meeting():
            edit_meeting_dialog(self, self.ctx, meeting_id)

    def cancel_selected_meeting(self) -> None:
        from briefer.gui.dialogs.meeting import cancel_meeting_action

        if meeting_id := self.selected_meeting():
            cancel_meeting_action(self, self.ctx, meeting_id)

    def delete_selected_meeting(self) -> None:
        from briefer.gui.dialogs.meeting import delete_meeting_action

        if meeting_id := self.selected_meeting():
            delete_meeting_action(self, self.ctx, meeting_id)

    def _use(self) -> None:
        if self._loading or self.current.currentData() is None:
            return
        use_delegation(self.ctx.store, str(self.current.currentData()))
        self.ctx.apply_changes(SWITCHED)

    def _create(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New delegation"), self.tr("Name"))
        if not ok or not name.strip():
            return
        country, ok = QInputDialog.getText(
            self, self.tr("New delegation"), self.tr("Country code (ISO 3166, e.g. SN)")
        )
        try:
            delegation = create_delegation(
                self.ctx.store, name, country.strip() or None if ok else None
            )
            use_delegation(self.ctx.store, str(delegation.id))
        except BrieferError as exc:
            warn(self, self.tr("New delegation"), str(exc))
            return
        self.ctx.apply_changes(SWITCHED)

    def _add_delegate(self) -> None:
        delegation = self.ctx.delegation()
        if delegation is None:
            return
        try:
            add_delegate(
                self.ctx.store,
                delegation,
                self.delegate_name.text(),
                self.delegate_function.text().strip() or None,
            )
        except BrieferError as exc:
            self.hint.setText(str(exc))
            return
        self.delegate_name.clear()
        self.delegate_function.clear()
        self.ctx.apply_changes(OpChanges(delegations=True))

    def _delegate_chosen(self, *_args) -> None:
        chosen = self.delegates.currentItem() is not None
        self.rename.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def _selected_delegate(self):
        item = self.delegates.currentItem()
        if item is None:
            return None
        try:
            return get_delegate(self.ctx.store, int(item.data(Qt.ItemDataRole.UserRole)))
        except BrieferError:
            return None

    def rename_selected(self) -> None:
        delegate = self._selected_delegate()
        if delegate is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename delegate"), self.tr("New name"), text=delegate.name
        )
        if not ok or not name.strip() or name.strip() == delegate.name:
            return
        try:
            rename_delegate(self.ctx.store, delegate, name)
        except BrieferError as exc:
            warn(self, self.tr("Rename delegate"), str(exc))
            return
        self.ctx.apply_changes(OpChanges(delegations=True))

    def remove_selected(self) -> None:
        """Remove the chosen delegate, after saying which marks lose them."""
        delegate = self._selected_delegate()
        if delegate is None:
            return
        items = assigned_items(self.ctx.store, delegate)
        text = self.tr("Remove {name} from the delegation?").format(name=isolate(delegate.name))
        if items:
            titles = [item_detail(self.ctx.store, i, self.ctx.lang)["title"] for i in items]
            text += "\n\n" + self.tr(
                "They will be unassigned from %n marked item(s); the marks stay:", "", len(items)
            )
            text += "\n" + "\n".join(f"• {isolate(t)}" for t in titles[:10])
            if len(titles) > 10:
                text += "\n…"
        answer = ask(self, self.tr("Remove delegate"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            perform(
                self.ctx,
                lambda: self.tr("Remove delegate"),
                lambda store: snapshot_delegate(store, delegate.id),
                lambda: remove_delegate(self.ctx.store, delegate),
            )
        except BrieferError as exc:
            warn(self, self.tr("Remove delegate"), str(exc))
            return
        self.ctx.apply_changes(OpChanges(delegations=True, marks=True))

    def _open(self, item: QTreeWidgetItem) -> None:
        item_id = item.data(0, Qt.ItemDataRole.UserRole)
        if item_id:
            self.ctx.item_selected.emit(item_id)

    def _resolve(self, item: QListWidgetItem) -> None:
        delegation = self.ctx.delegation()
        item_id = item.data(Qt.ItemDataRole.UserRole)
        text = lambda: self.tr("Decline")  # noqa: E731 - said again in a new language
        try:
            if delegation and item_id and item_id.startswith(MEETING_PREFIX):
                perform(
                    self.ctx,
                    text,
                    lambda store: snapshot_meeting(store, item_id),
                    lambda: edit_meeting(self.ctx.store, delegation, item_id, status="declined"),
                )
                self.ctx.apply_changes(OpChanges(meetings=True))
            elif delegation and item_id:
                perform(
                    self.ctx,
                    text,
                    lambda store: snapshot_mark(store, delegation, item_id),
                    lambda: set_mark(self.ctx.store, delegation, item_id, status="declined"),
                )
                self.ctx.apply_changes(OpChanges(marks=True))
        except BrieferError as exc:
            warn(self, text, str(exc))
