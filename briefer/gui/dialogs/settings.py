"""Settings: the display language, the default pack options, and the way to Security."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError
from briefer.core.languages import NAMES
from briefer.core.pack_defaults import PackDefaults, pack_defaults, set_pack_defaults
from briefer.gui.colours import show_as_error


def _fit_placeholder(field: QLineEdit) -> None:
    """Make `field` wide enough to show its placeholder whole."""
    margins = field.textMargins()
    room = field.fontMetrics().horizontalAdvance(field.placeholderText() + "  ")
    field.setMinimumWidth(room + margins.left() + margins.right() + 2 * _FRAME)


_FRAME = 6  # pixels: a line edit's frame and inner margin on each side, with some to spare


class SettingsDialog(QDialog):
    """Language and pack defaults on one form; OK keeps them, a fault keeps the form open."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        ctx = window.ctx  # type: ignore[attr-defined]
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Settings", "Settings"))
        self.language = QComboBox()
        for code, name in NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        defaults = pack_defaults(ctx.store)
        self.pack_language = QComboBox()
        self.pack_language.addItem(
            QCoreApplication.translate("Settings", "the display language"), None
        )
        for code, name in NAMES.items():
            self.pack_language.addItem(name, code)
        self.pack_language.setCurrentIndex(max(0, self.pack_language.findData(defaults.lang)))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(defaults.paper)))
        self.classification = QLineEdit(defaults.classification)
        self.classification.setPlaceholderText(
            QCoreApplication.translate("Settings", "e.g. RESTRICTED")
        )
        self.watermark = QLineEdit(defaults.watermark)
        self.watermark.setPlaceholderText(QCoreApplication.translate("Settings", "e.g. DRAFT"))
        for field in (self.classification, self.watermark):  # "p. ex. DIFFUSION RES…" was cut
            _fit_placeholder(field)
        general = QFormLayout()
        self._row(
            general, QCoreApplication.translate("Settings", "Display &language"), self.language
        )
        packs = QFormLayout()
        self._row(
            packs, QCoreApplication.translate("Settings", "Pack l&anguage"), self.pack_language
        )
        self._row(packs, QCoreApplication.translate("Settings", "&Paper"), self.paper)
        self._row(
            packs,
            QCoreApplication.translate("Settings", "&Classification line"),
            self.classification,
        )
        self._row(packs, QCoreApplication.translate("Settings", "&Watermark"), self.watermark)
        pack_box = QGroupBox(QCoreApplication.translate("Settings", "New packs and day sheets"))
        pack_box.setLayout(packs)
        self.security = QPushButton(QCoreApplication.translate("Settings", "&Security…"))
        self.security.setToolTip(
            QCoreApplication.translate(
                "Settings", "The passphrase that protects your data, and the idle lock"
            )
        )
        self.security.clicked.connect(self._security)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        show_as_error(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(pack_box)
        layout.addWidget(self.security)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with its text
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _security(self) -> None:
        guard = getattr(self.window_, "lock_guard", None)
        if guard is not None:
            guard.security_dialog()

    def chosen(self) -> PackDefaults:
        return PackDefaults(
            lang=self.pack_language.currentData(),
            paper=self.paper.currentData(),
            classification=self.classification.text(),
            watermark=self.watermark.text(),
        )

    def save(self) -> None:
        """Keep the pack defaults, then switch the language if it changed."""
        try:
            outcome = set_pack_defaults(self.ctx.store, self.chosen())
        except BrieferError as exc:
            self.problem.setText(str(exc))
            return
        self.ctx.apply_changes(outcome.changes)
        lang = self.language.currentData()
        if lang != self.ctx.lang:
            self.window_.set_language(lang)  # type: ignore[attr-defined]
        self.accept()
