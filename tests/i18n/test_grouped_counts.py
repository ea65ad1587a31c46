"""Counts written as the reader's language writes them, in the window and on the command line
(found by review: « 40000 modifications appliquées. », « طُبِّق 40000 تغيير. »)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefer.core.i18n import catalogue_translator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


@pytest.mark.parametrize("lang", ("ar", "fr", "en"))
def test_every_plural_form_writes_its_count_in_the_language(lang):
    bare = [
        message.find("source").text
        for message in ET.parse(TRANSLATIONS / f"briefer_{lang}.ts").getroot().iter("message")
        if message.get("numerus") == "yes"
        for form in message.find("translation").findall("numerusform")
        if "%n" in (form.text or "")
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "40\u202f000 nouveaux conflits"), ("en", "40,000 new conflicts"), ("ar", "40,000")],
)
def test_the_command_line_groups_a_count(lang, expected):
    said = catalogue_translator(lang)(
        "Cli", "%n new conflict(s) for {delegate}; see: briefer conflicts", None, 40000
    )
    assert expected in said and "40000" not in said, said


def test_an_import_confirmation_groups_both_counts():
    from pathlib import Path

    from briefer.core import i18n
    from briefer.core.operations import EditionPreview, SchedulePreview

    edition = EditionPreview("fosdem:2019", "FOSDEM", 1200, new=False, sessions_now=1100)
    previous = i18n.translator()
    i18n.set_translator(catalogue_translator("fr"))
    try:
        said = SchedulePreview(Path("f.xml"), "frab-xml", (edition,)).describe()
    finally:
        i18n.set_translator(previous)
    assert "1\u202f200" in said and "1\u202f100" in said, said
