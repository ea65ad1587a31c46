"""Preferences shared by the window and the command line, kept in the data folder.

A small JSON file rather than the user's database, so that it can be read before the database is
opened (the language of a first message, of a passphrase prompt).
"""

from __future__ import annotations

import json
from typing import Any

from briefer.core import languages
from briefer.core.datafolder import DataFolder
from briefer.core.files import write_atomic


def read_preferences(folder: DataFolder) -> dict[str, Any]:
    """The stored preferences; an unreadable or foreign file counts as none."""
    try:
        value = json.loads(folder.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def display_language(folder: DataFolder) -> str | None:
    """The language the user chose for Briefer (window and command line), if any."""
    return languages.supported(read_preferences(folder).get("language"))


def set_display_language(folder: DataFolder, lang: str) -> None:
    if languages.supported(lang) != lang:
        raise ValueError(f"unknown language {lang!r}")
    prefs = read_preferences(folder)
    if prefs.get("language") == lang:
        return
    prefs["language"] = lang
    folder.ensure()
    write_atomic(folder.preferences, json.dumps(prefs, ensure_ascii=False, indent=1).encode())
