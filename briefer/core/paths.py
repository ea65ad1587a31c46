"""Where Briefer finds its bundled resources, and SQLite URIs for paths.

The data folder and its files are named by `briefer.core.datafolder.DataFolder`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CATALOGUE_DB = "catalogue.db"


def package_data_dir(name: str) -> Path:
    """`briefer/<name>` in an installed wheel or a PyInstaller bundle, else `<checkout>/<name>`.

    The wheel and the bundle carry the repository's top-level `resources/` and `translations/`
    inside the package; a checkout reads them where they are.
    """
    inside = files("briefer").joinpath(name)
    if isinstance(inside, Path) and inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / name


def resources_dir() -> Path:
    """The bundled resources: catalogue, fonts, icons, feed schema."""
    return package_data_dir("resources")


def bundled_catalogue() -> Path:
    return resources_dir() / CATALOGUE_DB


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """An SQLite URI for `path`, safe for names with '?', '#' or '%'."""
    from urllib.parse import quote

    uri = "file:" + quote(Path(path).resolve().as_posix())
    return uri + ("?mode=ro" if readonly else "")
