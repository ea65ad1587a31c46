"""Where file dialogs start: the user's documents folder, then the last folder chosen per kind.

Kinds are short names ("pack", "daysheet", "ics", "selection", "import"). The folders are kept
in the data folder's window settings (`window.ini`, group `places`), except for a window that
must change none of the user's settings (screenshots). `open_folder` shows a folder in the
system's file manager ("Open folder" in the Packs view).

Wiring: `places = Places(store.data, persist)`; `QFileDialog.getSaveFileName(self, title,
str(places.start_folder("pack") / suggested_name), ...)`, then `places.remember("pack", path)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from briefer.core.datafolder import DataFolder

GROUP = "places"


def documents_dir() -> Path:
    """The user's documents folder (Documents, Mes documents, المستندات…), else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def open_folder(folder: Path) -> bool:
    """Show `folder` (created if need be) in the system's file manager."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class Places:
    def __init__(self, data: DataFolder, persist: bool = True) -> None:
        self.persist = persist
        self._settings = QSettings(str(data.window_settings), QSettings.Format.IniFormat)
        self._session: dict[str, str] = {}

    def start_folder(self, kind: str) -> Path:
        """The folder last chosen for `kind` if it still exists, else the documents folder."""
        saved = self._session.get(kind) or self._settings.value(f"{GROUP}/{kind}", "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        return documents_dir()

    def remember(self, kind: str, chosen: Path) -> None:
        """Remember the folder of the file just chosen for `kind`."""
        folder = str(Path(chosen).parent if not Path(chosen).is_dir() else Path(chosen))
        self._session[kind] = folder
        if self.persist:
            self._settings.setValue(f"{GROUP}/{kind}", folder)
            self._settings.sync()
