"""The import confirmation's sentence: counts in the reader's plural forms."""

from pathlib import Path

import pytest

from briefer.core import i18n
from briefer.core.operations import EditionPreview, SchedulePreview


@pytest.fixture
def speaking(monkeypatch):
    def use(lang: str) -> None:
        monkeypatch.setattr(i18n, "_translator", i18n.catalogue_translator(lang))

    return use


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "(1 session)", "(775 sessions)"),
        ("fr", "(1 session)", "(775 sessions)"),
    ],
)
def test_an_imports_session_count_agrees_with_its_number(speaking, lang, one, many):
    """Found by review: « Importer … (1 sessions) comme nouvelle édition. »"""
    speaking(lang)
    for count, expected in ((1, one), (775, many)):
        edition = EditionPreview("csv:e", "Side events", count, new=True)
        said = SchedulePreview(Path("x.csv"), "csv", (edition,)).describe()
        assert _spaced(expected) in _spaced(said), said


def _spaced(text: str) -> str:
    """`text` with every kind of space as one (the catalogue's French keeps no-break ones)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_programme_the_file_does_not_name_is_called_by_the_files_name(store, tmp_path):
    """Found by review: importing a CSV again asked « Importer csv (CSV) (4 sessions) en
    remplacement … », a name the user never gave."""
    from briefer.core.operations import preview_import
    from briefer.core.sync.sources import import_file

    path = tmp_path / "prog.csv"
    path.write_text(
        "kind,id,title_en,day,start,end\nsession,s1,Side event,2021-11-11,10:00,11:00\n",
        encoding="utf-8",
    )
    first = preview_import(store, path=path)
    import_file(store, path)
    again = preview_import(store, path=path)
    for preview in (first, again):
        assert [e.name for e in preview.editions] == ["prog.csv"]
        assert "(CSV)" not in preview.describe()
