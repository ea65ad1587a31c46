"""The data folder and the files in it: one object names them all."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR_ENV = "BRIEFER_DATA_DIR"
CATALOGUE_FILE = re.compile(r"catalogue(?:\.([0-9]+))?\.db")
PORTABLE_DIR = "briefer-data"


def program_dir() -> Path | None:
    """The folder of a bundled executable (a USB stick, an unpacked zip); None when not frozen."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


@dataclass(frozen=True)
class DataFolder:
    """Where one user's Briefer data lives: the platform's folder, a chosen one, a USB stick."""

    root: Path
    portable: bool = field(default=False, compare=False)

    @classmethod
    def locate(
        cls, override: str | os.PathLike[str] | None = None, beside: Path | None = None
    ) -> DataFolder:
        """The override, else $BRIEFER_DATA_DIR, else a portable folder, else the platform's.

        Portable: a folder named `briefer-data` beside the program (`beside`, by default the
        bundled executable's folder) holds the data, so Briefer runs from a USB stick.
        """
        if override:
            return cls(Path(override).expanduser())
        env = os.environ.get(DATA_DIR_ENV)
        if env:
            return cls(Path(env).expanduser())
        home = beside if beside is not None else program_dir()
        if home is not None and (home / PORTABLE_DIR).is_dir():
            return cls(home / PORTABLE_DIR, portable=True)
        import platformdirs

        return cls(Path(platformdirs.user_data_dir("Briefer", appauthor=False)))

    @property
    def user_db(self) -> Path:
        return self.root / "user.db"

    @property
    def key_file(self) -> Path:
        """The plain key file of an encrypted user.db: salts and wrapped keys, never a key."""
        return self.root / "user.key.json"

    def catalogue_files(self) -> list[tuple[int, Path]]:
        """The catalogue files, oldest first: catalogue.db is generation 0, catalogue.N.db N."""
        found = []
        try:
            with os.scandir(self.root) as entries:
                for entry in entries:
                    match = CATALOGUE_FILE.fullmatch(entry.name)
                    if match:
                        found.append((int(match.group(1) or 0), Path(entry.path)))
        except OSError:
            return []
        return sorted(found)

    @property
    def catalogue_db(self) -> Path:
        """The catalogue in use: the newest generation (catalogue.db before any other)."""
        files = self.catalogue_files()
        return files[-1][1] if files else self.root / "catalogue.db"

    def catalogue_after(self) -> Path:
        """The name of the next generation: a new catalogue is renamed to it, never over the
        file in use, which Windows refuses while any connection has it open."""
        files = self.catalogue_files()
        if not files:
            return self.root / "catalogue.db"
        return self.root / f"catalogue.{files[-1][0] + 1}.db"

    @property
    def catalogue_next(self) -> Path:
        """Where a new catalogue is written before it becomes the next generation."""
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
