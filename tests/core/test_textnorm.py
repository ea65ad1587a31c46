import pytest

from briefer.core.search.textnorm import (
    fold,
    has_arabic,
    index_text,
    proclitic_variants,
    query_terms,
    query_words,
)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("أحمد", "احمد"),  # alef with hamza above
        ("إسلام", "اسلام"),  # alef with hamza below
        ("آمال", "امال"),  # alef with madda
        ("ٱلسلام", "السلام"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura and ya
        ("مدرسة", "مدرسه"),  # taa marbuta and ha
        ("مسؤول", "مسئول"),  # hamza on waw and on ya
        ("السَّلَامُ", "السلام"),  # tashkeel
        ("الســـلام", "السلام"),  # tatweel
        ("٢٠٢١", "2021"),  # Arabic-Indic digits
        ("Sécurité", "securite"),
        ("ÉLYSÉE", "elysee"),
        ("œuvres", "oeuvres"),  # the ligature œ
        ("ŒUVRE", "oeuvre"),
        ("Lætitia", "laetitia"),  # the ligature æ
        ("کتاب", "كتاب"),  # Persian and Urdu keheh
        ("ایران", "ايران"),  # Farsi ya
        ("پاکستان", "پاكستان"),  # keheh inside a word
        ("ہے", "هي"),  # Urdu heh goal and ya barree
        ("دہلی", "دهلي"),
        ("جماعۃ", "جماعة"),  # Urdu taa marbuta goal
        ("بھارت", "بهارت"),  # Urdu heh doachashmee
        ("ۓ", "ي"),  # ya barree with hamza
        ("پاکستان", "باكستان"),  # pe, as Arabic writes the name
        ("گاندی", "كاندي"),  # gaf
        ("ڤيينا", "فيينا"),  # ve
        ("چین", "جين"),  # che
        ("ٹوکیو", "توكيو"),  # Urdu retroflex tte
    ],
)
def test_variants_fold_alike(variant, canonical):
    assert fold(variant) == fold(canonical)


def test_attached_proclitics_are_also_indexed_without_them():
    words = index_text("منتدى باريس للسلام").split()
    assert words[:3] == ["منتدي", "باريس", "للسلام"]
    assert {"السلام", "سلام"} <= set(words[3:])


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("لمحافظة", ("محافظه",)),  # li- alone
        ("وفلسطين", ("فلسطين",)),  # wa- alone
        ("بمصر", ("مصر",)),  # a three-letter stem is kept
        ("وبالسلام", ("بالسلام", "السلام", "سلام")),  # wa- bi- al-
        ("ولل" + "سلام", ("للسلام", "السلام", "سلام")),  # wa- li- al- (alef elided)
        ("فالتعاون", ("التعاون", "تعاون")),  # fa- al-
        ("كالعادة", ("العاده", "عاده")),  # ka- al-
        ("فبالتالي", ("بالتالي", "التالي", "تالي")),  # fa- bi- al-
        ("والأمن", ("الامن", "امن")),
        ("لها", ()),  # a two-letter stem is not split off
        ("بلد", ()),
        ("وله", ()),
        ("الله", ()),  # exceptions
        ("والله", ("الله",)),  # the conjunction goes, the word stays whole
        ("بالله", ("الله",)),
        ("لله", ()),
        ("فالنتين", ()),  # a name, not fa- al- + "نتين"
        ("الهام", ()),  # inspiration, not al- + "هام"
        ("security", ()),
    ],
)
def test_proclitic_forms_keep_a_minimum_stem(word, forms):
    assert proclitic_variants(fold(word)) == forms


def test_a_query_word_stands_for_its_typed_form_and_its_proclitic_free_forms():
    (word,) = query_words("للسلام")
    assert (word.typed, word.stripped) == ("للسلام", ("السلام", "سلام"))
    assert query_terms("COVID-19 كورونا") == ["covid", "19", "كورونا"]


def test_a_short_proclitic_free_form_is_a_whole_word_not_a_prefix():
    """Found by review: "فاليتا" was searched as "يتا" and found "يتابع" first."""
    (word,) = query_words("فاليتا")
    assert word.prefixes() == ("فاليتا", "اليتا") and word.words() == ("يتا",)


def test_query_keeps_short_words_and_exceptions_whole():
    words = query_words("الله فالنتين الم")
    assert [(w.typed, w.stripped) for w in words] == [("الله", ()), ("فالنتين", ()), ("الم", ())]


def test_fast_fold_equals_character_by_character_folding():
    import random

    from briefer.core.search.textnorm import fold_with_map

    rng = random.Random(7)
    alphabet = [chr(c) for c in (*range(0x20, 0x700), *range(0xFB50, 0xFF00))]
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(400))
        assert fold(text) == fold_with_map(text)[0]


def _whole_text_index(*texts: str | None) -> str:
    """The index text as first written: each text folded whole, then its words' forms."""
    import re

    from briefer.core.search.textnorm import has_arabic, word_forms

    parts = []
    for text in texts:
        if text:
            folded = fold(text)
            parts.append(folded)
            if has_arabic(folded):
                for word in re.findall(r"\w+", folded):
                    parts.extend(word_forms(word))
    return " ".join(parts)


def test_word_by_word_index_text_gives_the_whole_text_words():
    import random

    rng = random.Random(11)
    letters = [chr(c) for c in (*range(0x621, 0x656), *range(0x660, 0x66A), *range(0xFB50, 0xFE00))]
    spaces = [" ", " ", " ", "\n", "\u00a0", "\u202f", "\t"]
    latin = ["Paris", "COP21", "(PPF)", "sécurité", "œuvre", "«", "»", "—", "2021"]
    for _ in range(200):
        pieces = []
        for _ in range(rng.randint(1, 40)):
            if rng.random() < 0.2:
                pieces.append(rng.choice(latin))
            else:
                pieces.append("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
            pieces.append(rng.choice(spaces))
        text = "".join(pieces)
        assert (
            index_text(text, "Forum", None, text).split()
            == _whole_text_index(text, "Forum", None, text).split()
        )


def test_word_by_word_index_text_on_the_bundled_catalogue():
    import sqlite3

    from briefer.core.paths import resources_dir

    db = sqlite3.connect(f"file:{resources_dir() / 'catalogue.db'}?mode=ro", uri=True)
    try:
        texts = [
            row[0]
            for lang in ("ar", "fr", "en")
            for row in db.execute(
                f"SELECT title_{lang} FROM sessions UNION ALL SELECT abstract_{lang} FROM sessions "
                f"UNION ALL SELECT name_{lang} FROM projects "
                f"UNION ALL SELECT summary_{lang} FROM projects"
            )
            if row[0]
        ]
    finally:
        db.close()
    assert len(texts) > 100 and any(has_arabic(text) for text in texts)
    for text in texts:
        assert index_text(text).split() == _whole_text_index(text).split()


def test_forgetting_user_text_empties_the_word_caches():
    from briefer.core import markdown_text
    from briefer.core.memory import forget_user_text
    from briefer.core.packs import note_blocks, textlayout, uax9
    from briefer.core.search import textnorm

    index_text("ملاحظة الوفد السرية بالسلام")
    textlayout._shaped_words[("font", "كلمة", True, 10.0)] = []
    note = "## ملاحظة الوفد السرية\n\nلقاء مع Jean-Yves Le Drian"
    note_blocks.body_direction(note)
    markdown_text.to_html(note)  # the window's preview of it
    assert textnorm._folded_word.cache_info().currsize and textlayout._shaped_words
    cached = (markdown_text.note_tree, markdown_text.to_html, note_blocks._blocks, uax9._word_kind)
    assert all(f.cache_info().currsize for f in cached)
    forget_user_text()
    assert textnorm._folded_word.cache_info().currsize == 0
    assert textnorm._word_forms.cache_info().currsize == 0
    assert not textlayout._shaped_words
    assert not any(f.cache_info().currsize for f in cached)


def test_the_index_tokenizer_needs_no_diacritic_removal_of_folded_text():
    """The catalogue's index is built with `remove_diacritics 0`: every text and query reaches
    it folded, and folding leaves nothing for unicode61 to remove. Checked for every letter,
    digit and mark up to U+2FFFF, each folded inside a word, against `remove_diacritics 2`."""
    import sqlite3
    import unicodedata

    from briefer.core.catalogue.schema import SEARCH_FTS

    assert "remove_diacritics 0" in SEARCH_FTS
    chars = [
        chr(i)
        for i in range(0x20, 0x30000)
        if not 0xD800 <= i < 0xE000 and unicodedata.category(chr(i))[0] in "LNM"
    ]
    docs = [" ".join(f"a{fold(c)}b" for c in chars[k : k + 200]) for k in range(0, len(chars), 200)]

    def instances(removal: int) -> list[tuple]:
        conn = sqlite3.connect(":memory:")
        tokenizer = f"unicode61 remove_diacritics {removal}"
        conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(t, tokenize='{tokenizer}')")
        conn.executemany("INSERT INTO f VALUES (?)", [(d,) for d in docs])
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
        return conn.execute("SELECT term, doc, offset FROM v ORDER BY doc, offset").fetchall()

    assert instances(0) == instances(2)
