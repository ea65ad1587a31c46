"""The world regions the catalogue gives projects, named in Arabic, French and English.

The forum's sources name regions in English ("Africa", "South America"); a reader sees them in
the display language. A region not listed here is shown as the source wrote it.
"""

from __future__ import annotations

from briefer.core.countries import LANGS

# (Arabic, French, English), keyed by the source's English name: every region of the bundled
# catalogue, and the continents and regions a feed is likely to use.
REGIONS: dict[str, tuple[str, str, str]] = {
    "Africa": ("أفريقيا", "Afrique", "Africa"),
    "Sub-Saharan Africa": (
        "أفريقيا جنوب الصحراء الكبرى",
        "Afrique subsaharienne",
        "Sub-Saharan Africa",
    ),
    "North Africa": ("شمال أفريقيا", "Afrique du Nord", "North Africa"),
    "West Africa": ("غرب أفريقيا", "Afrique de l'Ouest", "West Africa"),
    "East Africa": ("شرق أفريقيا", "Afrique de l'Est", "East Africa"),
    "Middle East": ("الشرق الأوسط", "Moyen-Orient", "Middle East"),
    "Mediterranean / Middle East & North Africa": (
        "البحر الأبيض المتوسط / الشرق الأوسط وشمال أفريقيا",
        "Méditerranée / Moyen-Orient et Afrique du Nord",
        "Mediterranean / Middle East & North Africa",
    ),
    "Europe": ("أوروبا", "Europe", "Europe"),
    "Asia": ("آسيا", "Asie", "Asia"),
    "South Asia": ("جنوب آسيا", "Asie du Sud", "South Asia"),
    "Southeast Asia": ("جنوب شرق آسيا", "Asie du Sud-Est", "Southeast Asia"),
    "Asia-Pacific": ("آسيا والمحيط الهادئ", "Asie-Pacifique", "Asia-Pacific"),
    "Pacific": ("المحيط الهادئ", "Pacifique", "Pacific"),
    "Caribbean": ("منطقة البحر الكاريبي", "Caraïbes", "Caribbean"),
    "Latin America": ("أمريكا اللاتينية", "Amérique latine", "Latin America"),
    "South America": ("أمريكا الجنوبية", "Amérique du Sud", "South America"),
    "North America": ("أمريكا الشمالية", "Amérique du Nord", "North America"),
    "International": ("دولي", "International", "International"),
    "International (mainly Africa)": (
        "دولي (أفريقيا أساسًا)",
        "International (surtout l'Afrique)",
        "International (mainly Africa)",
    ),
    "International (fragile and conflict-affected countries)": (
        "دولي (البلدان الهشة والمتأثرة بالنزاعات)",
        "International (pays fragiles et touchés par des conflits)",
        "International (fragile and conflict-affected countries)",
    ),
    "Global South (South America, South Asia, Caribbean, Africa, Middle East, Southeast Asia)": (
        "الجنوب العالمي (أمريكا الجنوبية، جنوب آسيا، منطقة البحر الكاريبي، أفريقيا، الشرق الأوسط، "
        "جنوب شرق آسيا)",
        "Sud global (Amérique du Sud, Asie du Sud, Caraïbes, Afrique, Moyen-Orient, "
        "Asie du Sud-Est)",
        "Global South (South America, South Asia, Caribbean, Africa, Middle East, Southeast Asia)",
    ),
}


def region_name(region: str, lang: str) -> str:
    """`region` as the source names it, in `lang` where it is known."""
    names = REGIONS.get(" ".join(region.split()))
    return names[LANGS.index(lang)] if names and lang in LANGS else region
