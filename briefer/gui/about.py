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
        self.text = QLabel(self._html(data, catalogue_version))
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

    def _html(self, data: DataFolder, catalogue_version: int | str | None) -> str:
        import PySide6

        folder = html.escape(str(data.root))
        if data.portable:
            folder = self.tr("{folder} (portable)").format(folder=folder)
        rows = [
            f"<h3>Briefer {__version__}</h3>",
            "<p>"
            + self.tr("Prepare, carry offline and print a delegation's briefing for a forum.")
            + "</p>",
            "<p>"
            + self.tr("Qt {qt}, PySide6 {pyside}").format(qt=qVersion(), pyside=PySide6.__version__)
            + "<br>",
        ]
        if catalogue_version is not None:
            rows.append(
                self.tr("Catalogue version {version}").format(version=catalogue_version) + "<br>"
            )
        rows.append(self.tr("Data folder: {folder}").format(folder=folder) + "</p>")
        rows.append(
            "<p>"
            + self.tr("Briefer is free software under the MIT licence.")
            + "<br>"
            + self.tr('Qt and PySide6: <a href="{url}">GNU LGPL version 3</a>.').format(
                url=LGPL_URL
            )
            + "<br>"
            + self.tr(
                'Fonts Amiri and IBM Plex Sans Arabic: <a href="{url}">SIL OFL 1.1</a>.'
            ).format(url=OFL_URL)
            + "<br>"
            + self.tr("Other components and their licences: THIRD-PARTY.md.")
            + "</p>"
        )
        return "".join(rows)
