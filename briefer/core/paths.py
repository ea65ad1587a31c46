"""Where Briefer finds its bundled resources, and SQLite URIs for paths.

The data folder and its files are named by `briefer.core.datafolder.DataFolder`.
"""

from __future__ import annotations

import sys
from pathlib import Path

CATALOGUE_DB = "catalogue.db"


def resources_dir() -> Path:
    """The bundled `resources/` folder, in a checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_catalogue() -> Path:
    return resources_dir() / CATALOGUE_DB


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """An SQLite URI for `path`, safe for names with '?', '#' or '%'."""
    from urllib.parse import quote

    uri = "file:" + quote(Path(path).resolve().as_posix())
    return uri + ("?mode=ro" if readonly else "")
