"""A contact's country given by name in any of the three languages, or by code; kept as its
code and shown by name in the reader's language."""

import pytest

from briefer.core.countries import country_code, country_name
from briefer.core.delegations import create_delegation
from briefer.core.errors import InputError
from briefer.core.notes import add_note
from briefer.core.people import add_contact, get_contact
from briefer.core.queries.people import people_rows


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("France", "FR"),
        ("france", "FR"),
        ("فرنسا", "FR"),
        ("Sénégal", "SN"),
        ("senegal", "SN"),
        ("السنغال", "SN"),
        ("Maroc", "MA"),
        ("  المغرب ", "MA"),
        ("fr", "FR"),
        ("SEN", "SEN"),  # an ISO alpha-3 code, as before
        ("États-Unis", "US"),
        ("United Kingdom", "GB"),
    ],
)
def test_a_country_by_name_or_code(typed, code):
    assert country_code(typed) == code


def test_a_contacts_country_is_kept_as_its_code_and_listed_by_name(store):
    delegation = create_delegation(store, "Délégation du Maroc", "MA")
    person = add_contact(store, delegation, "Jean Dupont", country="France").value
    assert get_contact(store, person.id).country == "FR"
    names = {lang: people_rows(store, delegation, lang)[0].country for lang in ("ar", "fr", "en")}
    assert names == {"ar": "فرنسا", "fr": "France", "en": "France"}
    assert country_name("XX", "fr") == "XX"  # a code CLDR does not name, as it is


def test_a_country_no_one_knows_is_refused_as_typed(store):
    """The refusal echoed the text upper-cased ("FRANCE") and asked for a code only."""
    delegation = create_delegation(store, "Délégation du Maroc", "MA")
    with pytest.raises(InputError) as refused:
        add_contact(store, delegation, "Jean Dupont", country="Atlantide")
    assert "“Atlantide”" in str(refused.value) and refused.value.kind == "bad_country"


def test_the_table_of_names_is_cldrs():
    """The packaged app carries no Babel: the names are a generated table, checked here."""
    from babel import Locale

    from briefer.core.country_names import NAMES

    for column, lang in enumerate(("ar", "fr", "en")):
        territories = Locale.parse(lang).territories
        assert {code: names[column] for code, names in NAMES.items()} == {
            code: territories[code] for code in NAMES
        }
    assert {"FR", "SN", "MA", "PS", "US"} <= NAMES.keys() and "ZZ" not in NAMES


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Palestine", "PS"),
        ("فلسطين", "PS"),
        ("دولة فلسطين", "PS"),
        ("État de Palestine", "PS"),
        ("Côte d'Ivoire", "CI"),  # the straight apostrophe a French keyboard types
        ("كوت ديفوار", "CI"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("السعودية", "SA"),
        ("الإمارات", "AE"),
        ("سورية", "SY"),
        ("Territoires palestiniens", "PS"),  # CLDR's name still reads
    ],
)
def test_names_people_type_for_a_country(typed, code):
    """Found by review: "Palestine" in any language, "Côte d'Ivoire" with a straight
    apostrophe, "Turkey" and the Arabic short names were refused."""
    assert country_code(typed) == code


def test_palestine_is_named_as_the_united_nations_name_it():
    """CLDR's "Palestinian Territories" is not what a delegation's documents say; the UN's
    designation (A/RES/67/19) is shown."""
    assert [country_name("PS", lang) for lang in ("ar", "fr", "en")] == [
        "دولة فلسطين",
        "État de Palestine",
        "State of Palestine",
    ]


def test_a_delegations_country_is_a_known_code_or_a_name(store):
    """Found by review: "ZZ", "XX" and "فلس" (the Welcome dialog cut "فلسطين" to three
    letters) were taken as codes, and "فلسطين" itself was refused."""
    assert create_delegation(store, "وفد فلسطين", "فلسطين").country == "PS"
    assert create_delegation(store, "Délégation", "sen").country == "SEN"
    for typed in ("ZZ", "XX", "فلس", "F1"):
        with pytest.raises(InputError):
            create_delegation(store, "Autre", typed)


@pytest.mark.parametrize(
    ("lang", "regions", "countries"),
    [
        ("ar", ["أفريقيا"], ["نيجيريا", "سيراليون", "السنغال"]),
        ("fr", ["Afrique"], ["Nigeria", "Sierra Leone", "Sénégal"]),
        ("en", ["Africa"], ["Nigeria", "Sierra Leone", "Senegal"]),
    ],
)
def test_a_projects_regions_and_countries_are_in_the_readers_language(
    store, lang, regions, countries
):
    """Found by review: an Arabic pack printed "المناطق: Africa" and "البلدان: Nigeria, Sierra
    Leone, Senegal", the catalogue's English, while contacts' countries were named in Arabic."""
    from briefer.core.catalogue.items import item_detail

    detail = item_detail(store, "ppf:proj-2021-201", lang)
    assert detail["regions"] == regions and detail["countries"] == countries


def test_every_region_and_country_of_the_bundled_catalogue_has_its_three_names(store):
    """No region or country of the bundled catalogue is left in the source's English."""
    import json

    from briefer.core.catalogue.vocab import REGIONS
    from briefer.core.countries import country_shown

    rows = store.query("SELECT regions, countries FROM cat.projects")
    regions = {r for row in rows for r in json.loads(row["regions"] or "[]")}
    countries = {c for row in rows for c in json.loads(row["countries"] or "[]")}
    assert regions and regions <= set(REGIONS)
    assert countries and all(country_shown(c, "ar") != c for c in countries)


def test_english_names_say_and_where_cldrs_short_forms_have_an_ampersand():
    """Found by review: the English pack printed "Bosnia & Herzegovina", the source having
    written "Bosnia and Herzegovina"; a name with "&" is still understood."""
    from briefer.core.countries import country_shown

    assert country_name("BA", "en") == "Bosnia and Herzegovina"
    assert country_code("Bosnia & Herzegovina") == "BA"
    assert country_shown("Trinidad and Tobago", "en") == "Trinidad and Tobago"


@pytest.mark.parametrize("reader", ["poppler", "pdfium", "pypdf"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_covers_delegation_has_its_country_by_name_not_code(store, tmp_path, lang, reader):
    """Found by review: « الوفد: وفد المملكة المغربية (MA) », « Délégation : … (MA) » on the
    cover: the country's code. Its name in the pack's language, unless the delegation's name
    says it already (as a who's who line does)."""
    from docx import Document
    from pdf_readers import READERS

    from briefer.core.countries import country_unless_named
    from briefer.core.packs.service import make_pack

    officials = create_delegation(store, "Délégation officielle", "MA")
    moroccan = create_delegation(store, "وفد المملكة المغربية", "MA")
    name = {"ar": "المغرب", "fr": "Maroc"}[lang]
    for delegation, shown in ((officials, f"({name})"), (moroccan, None)):
        add_note(store, delegation, None, "ملاحظة")
        pdf, docx = tmp_path / "pack.pdf", tmp_path / "pack.docx"
        make_pack(store, delegation, None, pdf, lang, sections=("notes",))
        make_pack(store, delegation, None, docx, lang, sections=("notes",), format="docx")
        text = " ".join(READERS[reader](pdf.read_bytes()).split())
        words = " ".join(p.text for p in Document(str(docx)).paragraphs)
        for found in (text, words):
            assert "(MA)" not in found and "MA)" not in found
            if shown:
                assert name in found
    assert country_unless_named("MA", "Délégation du Maroc", "ar") is None
    assert country_unless_named("Maroc", "Délégation officielle", "ar") == "المغرب"
    assert country_unless_named("Atlantide", "Délégation", "fr") == "Atlantide"
