"""Linux desktop integration: the .desktop entry, AppStream metainfo and the selection MIME type."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefer import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.briefer.Briefer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _validator(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (dev.py test installs it on Debian and Ubuntu)")
    return path


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(
        [_validator("desktop-file-validate"), DESKTOP], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", METAINFO],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_entry_opens_selection_files_with_the_windowed_program():
    entry = _entry()
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert entry["MimeType"] == mime_type.get("type") + ";"
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.briefer-selection"
    assert entry["Exec"] == "briefer-gui %F"
    assert entry["Icon"] == APP_ID
    assert 'name="briefer-gui"' in (ROOT / "briefer.spec").read_text(encoding="utf-8")


def test_the_metainfo_names_this_version_and_the_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert __version__ in [r.get("version") for r in root.iter("release")]
    assert {lang.text for lang in root.iter("lang")} == {"ar", "fr", "en"}
