"""File names for packs built from the window, in the delegation's own script."""

import pytest

from briefer.core.files import file_stem


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Délégation du Sénégal", "delegation-du-senegal"),
        ("وفد المملكة المغربية", "وفد-المملكة-المغربية"),  # was a hash: "249bfc202a"
        ("مُنْتَدَى بَارِيسَ", "منتدى-باريس"),  # without its vowel marks
        ("中国代表团", "中国代表团"),
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),  # nothing Windows refuses
    ],
)
def test_a_file_stem_keeps_the_names_script(name, stem):
    assert file_stem(name) == stem


def test_a_name_without_a_letter_or_a_digit_becomes_a_short_hash():
    assert len(file_stem("???")) == 10 and file_stem("???") == file_stem("???")
    assert len(file_stem("و" * 200)) == 60
