"""Adding a source, in one form: its name, address and kind (in words), the publisher's key or
trust in unsigned data, and a test of the address before anything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.core.errors import BrieferError
from briefer.gui.colours import show_as_error
from briefer.gui.context import AppContext
from briefer.gui.jobs import Job

MAX_KEY_BYTES = 4096  # a public key file is a few hundred bytes


def kind_names() -> dict[str, str]:
    """Each kind of source in words, in the order offered."""
    return {
        "briefer": QCoreApplication.translate("Sources", "Briefer feed, signed by its publisher"),
        "frab-xml": QCoreApplication.translate(
            "Sources", "Conference schedule (frab, Pentabarf XML)"
        ),
        "frab-json": QCoreApplication.translate("Sources", "Conference schedule (frab JSON)"),
        "ics": QCoreApplication.translate("Sources", "Calendar (iCalendar, .ics)"),
        "csv": QCoreApplication.translate("Sources", "Spreadsheet (CSV)"),
    }


class SourceDialog(QDialog):
    """The whole source on one form; OK adds it, a fault keeps the form open and says why."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.key_text: str | None = None
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Add a source"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("Sources", "e.g. ppf"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.kind = QComboBox()
        for kind, words in kind_names().items():
            self.kind.addItem(words, kind)
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setPlaceholderText(QCoreApplication.translate("Sources", "no key chosen"))
        self.choose_key = QPushButton(QCoreApplication.translate("Sources", "&Choose…"))
        self.choose_key.clicked.connect(self._choose_key)
        self.trust = QCheckBox(
            QCoreApplication.translate(
                "Sources", "Accept &unsigned data from this address (it cannot be verified)"
            )
        )
        self.test = QPushButton(QCoreApplication.translate("Sources", "&Test the address"))
        self.test.clicked.connect(self.start_test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        for text, field in (
            (QCoreApplication.translate("Sources", "&Name"), self.name),
            (QCoreApplication.translate("Sources", "&Address"), self.url),
            (QCoreApplication.translate("Sources", "&Kind"), self.kind),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.choose_key)
        self.key_label = QLabel(QCoreApplication.translate("Sources", "Publisher's &key"))
        self.key_label.setBuddy(self.choose_key)
        form.addRow(self.key_label, key_row)
        form.addRow("", self.trust)
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with its text
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        for signal in (self.name.textChanged, self.url.textChanged):
            signal.connect(lambda *_: self._check())
        self.kind.currentIndexChanged.connect(lambda *_: self._check())
        self.trust.toggled.connect(lambda *_: self._check())
        self._check()

    def _check(self) -> None:
        """The key rows for a Briefer feed only; OK and Test once the needed fields are in."""
        feed = self.kind.currentData() == "briefer"
        self.form.setRowVisible(self.trust, feed)
        self.form.setRowVisible(self.key_label, feed)
        self.trust.setEnabled(feed and self.key_text is None)
        address = bool(self.url.text().strip())
        trusted = not feed or self.key_text is not None or self.trust.isChecked()
        self.test.setEnabled(address and trusted and self.job is None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(address and bool(self.name.text().strip()) and trusted)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Publisher's public key")
        )
        if path:
            self.use_key(Path(path))

    def use_key(self, path: Path) -> None:
        """Take the public key in `path` (its text; checked when testing or saving)."""
        try:
            raw = path.read_bytes()[:MAX_KEY_BYTES]
        except OSError as exc:
            self._say(str(exc), error=True)
            return
        self.key_text = raw.decode("ascii", errors="replace")
        self.key.setText(path.name)
        self.trust.setChecked(False)
        self._check()

    def _say(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setPalette(self.palette())
        if error:
            show_as_error(self.result)

    def start_test(self) -> Job | None:
        """Fetch, verify and read the address off the window's thread; say what it serves."""
        from briefer.core.sync.probe import probe_source

        if self.job is not None:
            return None
        url, kind, key = self.url.text().strip(), self.kind.currentData(), self.key_text
        trust, lang = self.trust.isChecked(), self.ctx.lang

        def work(_store, _reporter):
            return probe_source(url, kind, key, trust, lang).describe()

        self.job = Job(self.ctx.folder, work, uses_store=False)
        self.job.signals.succeeded.connect(lambda text: self._say(text))
        self.job.signals.failed.connect(lambda text: self._say(text, error=True))
        self.job.signals.finished.connect(self._tested)
        self._say(QCoreApplication.translate("Sources", "Testing {url}…").format(url=url))
        self._check()
        return self.job.start(writes=False, pool="network")

    def _tested(self) -> None:
        self.job = None
        self._check()

    def save(self) -> None:
        """Add the source; on a fault the form stays, saying why."""
        from briefer.core.sync.sources import add_source

        try:
            add_source(
                self.ctx.store,
                self.name.text(),
                self.url.text().strip(),
                self.kind.currentData(),
                self.key_text,
                self.trust.isChecked() and self.key_text is None,
            )
        except BrieferError as exc:
            self._say(str(exc), error=True)
            return
        self.ctx.apply_changes(OpChanges(sources=True))
        self.accept()


def add_source_dialog(parent: QWidget, ctx: AppContext) -> SourceDialog:
    """Show the form; the source is added when the user confirms it."""
    dialog = SourceDialog(parent, ctx)
    dialog.open()
    return dialog
