"""The data folder and the files in it: one object names them all."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "BRIEFER_DATA_DIR"


@dataclass(frozen=True)
class DataFolder:
    """Where one user's Briefer data lives: the platform's folder, a chosen one, a USB stick."""

    root: Path

    @classmethod
    def locate(cls, override: str | os.PathLike[str] | None = None) -> DataFolder:
        """The override, else $BRIEFER_DATA_DIR, else the platform's per-user data folder."""
        if override:
            return cls(Path(override).expanduser())
        env = os.environ.get(DATA_DIR_ENV)
        if env:
            return cls(Path(env).expanduser())
        import platformdirs

        return cls(Path(platformdirs.user_data_dir("Briefer", appauthor=False)))

    @property
    def user_db(self) -> Path:
        return self.root / "user.db"

    @property
    def catalogue_db(self) -> Path:
        return self.root / "catalogue.db"

    @property
    def catalogue_next(self) -> Path:
        """Where a new catalogue is written before it is renamed over `catalogue_db`."""
        return self.root / "catalogue.next.db"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def window_settings(self) -> Path:
        """The window's geometry, splitters and last view (Qt's INI format)."""
        return self.root / "window.ini"

    @property
    def preferences(self) -> Path:
        """Settings shared by the window and the command line (the display language)."""
        return self.root / "preferences.json"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
