"""First start: a short welcome that creates the delegation and its delegates, then says what
to do next. Skipped when a delegation exists, and for a window that must change nothing of the
user's (screenshots, tests): see `MainWindow.welcome_if_first_start`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.core.delegations import Delegation, add_delegate, create_delegation
from briefer.core.errors import BrieferError
from briefer.gui.context import SWITCHED, AppContext
from briefer.gui.dialogs.boxes import inform
from briefer.gui.widgets import name_fields


def delegate_lines(text: str) -> list[tuple[str, str | None]]:
    """One delegate a line, "Name — function" or "Name, function"; blank lines skipped."""
    out: list[tuple[str, str | None]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sep in (" — ", " – ", " - ", ","):
            if sep in line:
                name, function = line.split(sep, 1)
                out.append((name.strip(), function.strip() or None))
                break
        else:
            out.append((line, None))
    return out


class WelcomeDialog(QDialog):
    """The delegation's name and country, its delegates, then what to do next."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: Delegation | None = None
        self.setWindowTitle(self.tr("Welcome to Briefer"))
        intro = QLabel(
            self.tr(
                "Briefer prepares your delegation for the forum and carries the briefing "
                "offline. First, who is going?"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Delegation of Senegal"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("e.g. SN"))
        self.country.setMaxLength(60)  # a code or a name: فلسطين, Sénégal
        self.delegates = QPlainTextEdit()
        self.delegates.setPlaceholderText(
            self.tr("One a line, with their function:\nAmina Diallo — Ambassador")
        )
        self.delegates.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Delegation"), self.name)
        form.addRow(self.tr("Country code"), self.country)
        form.addRow(self.tr("Delegates"), self.delegates)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the delegation")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        name_fields(self)

    def create(self) -> None:
        """Create the delegation and its delegates; a refusal stays in the dialog."""
        store = self.ctx.store
        try:
            with store.transaction():
                delegation = create_delegation(
                    store, self.name.text(), self.country.text().strip() or None
                )
                for name, function in delegate_lines(self.delegates.toPlainText()):
                    add_delegate(store, delegation, name, function)
        except BrieferError as exc:
            self.message.setText(str(exc))
            return
        self.created = delegation
        self.ctx.apply_changes(SWITCHED)
        self.accept()

    def next_steps(self) -> str:
        return self.tr(
            "{name} is ready. Next: mark the sessions and projects that matter in Programme "
            "and Projects (the detail pane on the right), assign them to delegates, write notes, "
            "then build each delegate's briefing pack in Packs. Sync or import a programme file "
            "to bring the latest programme."
        ).format(name=self.created.name if self.created else "")


def welcome(parent: QWidget, ctx: AppContext) -> Delegation | None:
    """Run the welcome; the delegation created, or None when the user chose later."""
    dialog = WelcomeDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
        return None
    inform(parent, dialog.tr("Welcome to Briefer"), dialog.next_steps())
    return dialog.created
