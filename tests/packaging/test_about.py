"""Help › About: versions, the data folder and the licences."""

from __future__ import annotations

from PySide6.QtCore import qVersion

from briefer import __version__
from briefer.core.datafolder import DataFolder
from briefer.gui.about import AboutDialog


def test_about_names_versions_folder_and_licences(qtbot, tmp_path):
    dialog = AboutDialog(DataFolder(tmp_path / "stick", portable=True), 2026120502)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Briefer {__version__}" in text
    assert f"Qt {qVersion()}" in text and "PySide6 6." in text
    assert "Catalogue version 2026120502" in text
    assert str(tmp_path / "stick") in text and "(portable)" in text
    for licence in ("MIT", "LGPL version 3", "SIL OFL 1.1", "THIRD-PARTY.md"):
        assert licence in text
    assert dialog.about_qt.text() == "About Qt"
