"""Help › About Briefer: versions, the data folder, and the licences of what Briefer ships.

Wiring (Help menu): `AboutDialog(store.data, store.catalogue_version(), window).open()`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer import __version__
from briefer.core.datafolder import DataFolder
from briefer.gui.widgets import LRI, PDI, kept_narrow_spaces

LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
OFL_URL = "https://openfontlicense.org"


class AboutDialog(QDialog):
    def __init__(
        self,
        data: DataFolder,
        catalogue_version: int | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Briefer"))
        self.text = QLabel(kept_narrow_spaces(self._html(data, catalogue_version)))
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = QPushButton(self.tr("About Qt"))
        buttons.addButton(self.about_qt, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @property
    def direction(self) -> str:
        """The attribute that sets a paragraph's direction to the window's: a paragraph that
        begins with "Qt" or "Briefer" was laid out left to right in the Arabic dialog."""
        return " dir='rtl'" if QApplication.isRightToLeft() else ""

    def lines(self, lines: list[str]) -> str:
        """`lines` (HTML) as a group of paragraphs of the window's direction, one a line:
        lines parted by <br> are one paragraph to the bidi algorithm, which then orders a
        right-to-left paragraph's Latin words across them."""
        return "".join(
            f"<p{self.direction} style='margin-top:{10 if n == 0 else 0}px; margin-bottom:0px'>"
            f"{line}</p>"
            for n, line in enumerate(lines)
        )

    def _html(self, data: DataFolder, catalogue_version: int | str | None) -> str:
        import PySide6

        folder = f"{LRI}{html.escape(str(data.root))}{PDI}"  # a path reads left to right
        if data.portable:
            folder = self.tr("{folder} (portable)").format(folder=folder)
        # Each name with its version, left to right: "6.12.0 PySide6 ،6.12.0 Qt" in Arabic.
        versions = [
            self.tr("{qt}, {pyside}").format(
                qt=f"{LRI}Qt {qVersion()}{PDI}", pyside=f"{LRI}PySide6 {PySide6.__version__}{PDI}"
            )
        ]
        if catalogue_version is not None:
            catalogue = self.tr("Catalogue version {version}")
            versions.append(catalogue.format(version=catalogue_version))
        versions.append(self.tr("Data folder: {folder}").format(folder=folder))
        licences = [
            self.tr("Briefer is free software under the MIT licence."),
            self.tr('Qt and PySide6: <a href="{url}">GNU LGPL version 3</a>.').format(url=LGPL_URL),
            self.tr(
                'Fonts Amiri and IBM Plex Sans Arabic: <a href="{url}">SIL OFL 1.1</a>.'
            ).format(url=OFL_URL),
            self.tr("Other components and their licences: THIRD-PARTY.md."),
        ]
        purpose = self.tr("Prepare, carry offline and print a delegation's briefing for a forum.")
        return "".join(
            [
                f"<h3{self.direction}>Briefer {__version__}</h3>",
                self.lines([purpose]),
                self.lines(versions),
                self.lines(licences),
            ]
        )
