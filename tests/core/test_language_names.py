"""Languages' names: a table generated from CLDR (the packaged app carries no Babel)."""

from briefer.core.spoken import spoken_languages


def test_the_table_of_language_names_is_cldrs():
    from babel import Locale

    from briefer.core.language_names import NAMES

    for column, lang in enumerate(("ar", "fr", "en")):
        languages = Locale.parse(lang).languages
        assert {code: names[column] for code, names in NAMES.items()} == {
            code: languages[code] for code in NAMES
        }
    assert {"ar", "fr", "en", "bm", "wo", "es"} <= NAMES.keys()


def test_codes_become_names_and_anything_else_stays_as_written():
    assert spoken_languages("fr, BM", "fr") == ["français", "bambara"]
    assert spoken_languages("ar/en", "ar") == ["العربية", "الإنجليزية"]
    assert spoken_languages("fr et wolof", "en") == ["French", "wolof"]
    assert spoken_languages("Peul", "en") == ["Peul"] and spoken_languages(None, "fr") == []
