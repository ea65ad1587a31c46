"""The Qt-free .qm reader gives what Qt's own QTranslator gives, for every message and form."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefer.core.paths import package_data_dir
from briefer.core.qm import QmCatalogue, elf_hash, numerus_index

TRANSLATIONS = package_data_dir("translations")
COUNTS = [*range(0, 112), 200, 1000, 1001, 1002, 1011, 1099, 100000]


def _messages(lang: str) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, numerus) of every message in the .ts source."""
    root = ET.parse(TRANSLATIONS / f"briefer_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    message.get("numerus") == "yes",
                )
            )
    return found


@pytest.fixture(scope="module")
def qt_translator():
    from PySide6.QtCore import QTranslator

    def load(lang: str):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"briefer_{lang}.qm"))
        return translator

    return load


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_message_as_qtranslator_gives_it(lang: str, qt_translator):
    ours = QmCatalogue.load(TRANSLATIONS / f"briefer_{lang}.qm")
    theirs = qt_translator(lang)
    messages = _messages(lang)
    assert len(messages) > 100
    translated = 0
    for context, source, comment, numerus in messages:
        for n in COUNTS if numerus else [-1]:
            expected = theirs.translate(context, source, comment, n)
            got = ours.translate(context, source, comment, n)
            assert (got or "") == expected, (context, source, comment, n)
            translated += bool(got)
    assert translated > 100
    assert ours.language.startswith(lang)


def test_unknown_messages_and_contexts_have_no_translation(qt_translator):
    ours = QmCatalogue.load(TRANSLATIONS / "briefer_fr.qm")
    theirs = qt_translator("fr")
    for context, source in [("Store", "No such message"), ("NoSuchContext", "Catalogue")]:
        assert ours.translate(context, source) is None
        assert theirs.translate(context, source) == ""


def test_arabic_has_six_plural_forms_chosen_as_cldr_says():
    rules = QmCatalogue.load(TRANSLATIONS / "briefer_ar.qm")._rules
    forms = {n: numerus_index(n, rules) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103)}
    # zero, one, two, few (3-10 mod 100), many (11-99 mod 100), other (100-102)
    assert forms == {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3}


def test_french_one_covers_zero_and_one():
    rules = QmCatalogue.load(TRANSLATIONS / "briefer_fr.qm")._rules
    assert [numerus_index(n, rules) for n in (0, 1, 2, 5)] == [0, 0, 1, 1]


def test_elf_hash_never_gives_zero():
    assert elf_hash(b"") == 1
    assert elf_hash(b"a") == 0x61
    assert elf_hash(b"a\0b") == 0x61


def test_a_file_that_is_not_a_translation_is_refused(tmp_path: Path):
    from briefer.core.qm import QmError

    with pytest.raises(QmError):
        QmCatalogue(b"not a qm file at all")


def test_french_messages_keep_a_narrow_no_break_space_before_high_punctuation():
    """Found by review: 57 French messages had an ordinary space before ":" ";" "?" "!" or
    inside « », which a line may break at ("Afficher en" / ":")."""
    import re

    root = ET.parse(TRANSLATIONS / "briefer_fr.ts").getroot()
    texts = []
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform")
        texts += [f.text or "" for f in forms] if forms else [translation.text or ""]
    assert len(texts) > 800
    wrong = [t for t in texts if re.search(r" [:;?!]|« | »", t)]
    assert wrong == []
    assert sum("\u202f:" in t for t in texts) >= 30  # the entity read as the character


def test_arabic_menu_paths_point_the_way_they_are_read():
    """Found by review: "مساعدة › حول" (Help › About) drew its arrow pointing back at "Help"
    in the Arabic window (Qt did not mirror it). An arrow, which no renderer mirrors, points
    from the menu to its item: "مساعدة ← حول"."""
    root = ET.parse(TRANSLATIONS / "briefer_ar.ts").getroot()
    texts = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        pairs = [(message.findtext("source") or "", f.text or "") for f in forms] or [
            (message.findtext("source") or "", translation.text or "")
        ]
        texts += pairs
    paths = [(source, text) for source, text in texts if "›" in source]
    assert len(paths) >= 5
    assert all("›" not in text and "←" in text for _, text in paths), paths
