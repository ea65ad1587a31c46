"""Where Briefer keeps its files: the data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "BRIEFER_DATA_DIR"
USER_DB = "user.db"
CATALOGUE_DB = "catalogue.db"


def resources_dir() -> Path:
    """The bundled `resources/` folder, in a checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_catalogue() -> Path:
    return resources_dir() / CATALOGUE_DB


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the override, else $BRIEFER_DATA_DIR, else the user's data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Briefer", appauthor=False))


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """An SQLite URI for `path`, safe for names with '?', '#' or '%'."""
    from urllib.parse import quote

    uri = "file:" + quote(Path(path).resolve().as_posix())
    return uri + ("?mode=ro" if readonly else "")
