import pytest

from briefer.core.textnorm import fold, index_text, query_terms


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
    ],
)
def test_variants_fold_alike(variant, canonical):
    assert fold(variant) == fold(canonical)


def test_attached_article_is_also_indexed_without_it():
    assert index_text("منتدى باريس للسلام").split() == ["منتدي", "باريس", "للسلام", "سلام"]


def test_query_drops_the_article_so_both_forms_match():
    assert query_terms("السلام") == ["سلام"]
    assert query_terms("COVID-19 كورونا") == ["covid", "19", "كورونا"]
