"""Session formats and tracks, and project regions, as the forum's sources word them, in Arabic,
French and English.

The sources describe a session's format and track and a project's region in English ("closing
ceremony", "Fighting against the Covid-19 crisis", "South America"); an Arabic or French reader
sees them in the display language.
Tracks take the forum's own Arabic and French wording where its pages give one (the themes of
2021 and the tracks of 2023); the rest are Briefer's translations. A format, track or region not
listed is shown as its source wrote it.
"""

from __future__ import annotations

_COLUMN = {"ar": 0, "fr": 1}  # of each table's (Arabic, French) pair

# (Arabic, French), keyed by the source's English text: every format of the bundled catalogue
# but "Insights on Cooperation", the name of a series of sessions.
FORMATS: dict[str, tuple[str, str]] = {
    "panel": ("حلقة نقاش", "table ronde"),
    "hybrid panel discussion": ("حلقة نقاش هجينة (حضورية وعن بُعد)", "table ronde hybride"),
    "brainstorming session": ("جلسة عصف ذهني", "séance de réflexion collective"),
    "official ceremony": ("حفل رسمي", "cérémonie officielle"),
    "official opening ceremony (hybrid)": (
        "حفل الافتتاح الرسمي (حضوري وعن بُعد)",
        "cérémonie officielle d'ouverture (hybride)",
    ),
    "closing ceremony": ("حفل الختام", "cérémonie de clôture"),
    "high-level (leaders') meeting": ("اجتماع رفيع المستوى (للقادة)", "réunion de haut niveau"),
    "ministerial launch / joint declaration": (
        "إطلاق وزاري / إعلان مشترك",
        "lancement ministériel / déclaration conjointe",
    ),
    "preview evening reception for the PPF community": (
        "حفل استقبال مسائي تمهيدي لمجتمع منتدى باريس للسلام",
        "réception de la veille pour la communauté du Forum de Paris sur la Paix",
    ),
    "preliminary session launching a multi-actor process towards a space-safety declaration": (
        "جلسة تمهيدية تطلق عملية متعددة الأطراف نحو إعلان بشأن السلامة في الفضاء",
        "séance préliminaire lançant un processus multi-acteurs vers une déclaration sur la "
        "sécurité spatiale",
    ),
    "Partner Session: International Fund for Public Interest Media (IFPIM)": (
        "جلسة شريك: الصندوق الدولي لوسائل الإعلام ذات النفع العام (IFPIM)",
        "Session partenaire : Fonds international pour les médias d'intérêt public (IFPIM)",
    ),
    "project showcase panel (hybrid; Rondine followed it online)": (
        "حلقة نقاش لعرض المشاريع (هجينة؛ تابعتها Rondine عبر الإنترنت)",
        "table ronde de présentation de projets (hybride ; Rondine l'a suivie en ligne)",
    ),
}

# (Arabic, French) of the tracks of the bundled catalogue.
TRACKS: dict[str, tuple[str, str]] = {
    "Crafting peace and building a safer world": (
        "بناء السلام وعالم أكثر أمانا",
        "Construire la paix et un monde plus sûr",
    ),
    "Protecting the planet and the people": (
        "حماية الكوكب والشعوب",
        "Protéger la planète et les populations",
    ),
    "Fighting against the Covid-19 crisis": (
        "التصدي للأزمة الناجمة عن جائحة فيروس كورونا",
        "La lutte contre la crise du Covid-19",
    ),
    "Protecting the civic space in times of Covid-19": (
        "حماية الفضاء العام في خلال الأزمة الناجمة عن جائحة فيروس كورونا",
        "La sphère publique en période de crise sanitaire",
    ),
    "Fighting fake news and threats to the press": (
        "مكافحة الأخبار الكاذبة والتهديدات ضد الصحافة",
        "Les fausses informations et les menaces contre la presse",
    ),
    "Strengthening South-South cooperation (inferred from topic)": (
        "تعزيز التعاون بين بلدان الجنوب (مستنتَج من الموضوع)",
        "La coopération Sud-Sud (déduit du sujet)",
    ),
    "Achieving equality between men and women (inferred from topic)": (
        "المساواة بين الجنسين (مستنتَج من الموضوع)",
        "L'égalité femmes-hommes (déduit du sujet)",
    ),
}


# (Arabic, French) of the regions the sources give projects, keyed by the source's English:
# every region of the bundled catalogue, and the continents and regions a feed is likely to use.
REGIONS: dict[str, tuple[str, str]] = {
    "Africa": ("أفريقيا", "Afrique"),
    "Sub-Saharan Africa": ("أفريقيا جنوب الصحراء الكبرى", "Afrique subsaharienne"),
    "North Africa": ("شمال أفريقيا", "Afrique du Nord"),
    "West Africa": ("غرب أفريقيا", "Afrique de l'Ouest"),
    "East Africa": ("شرق أفريقيا", "Afrique de l'Est"),
    "Middle East": ("الشرق الأوسط", "Moyen-Orient"),
    "Mediterranean / Middle East & North Africa": (
        "البحر الأبيض المتوسط / الشرق الأوسط وشمال أفريقيا",
        "Méditerranée / Moyen-Orient et Afrique du Nord",
    ),
    "Europe": ("أوروبا", "Europe"),
    "Asia": ("آسيا", "Asie"),
    "South Asia": ("جنوب آسيا", "Asie du Sud"),
    "Southeast Asia": ("جنوب شرق آسيا", "Asie du Sud-Est"),
    "Asia-Pacific": ("آسيا والمحيط الهادئ", "Asie-Pacifique"),
    "Pacific": ("المحيط الهادئ", "Pacifique"),
    "Caribbean": ("منطقة البحر الكاريبي", "Caraïbes"),
    "Latin America": ("أمريكا اللاتينية", "Amérique latine"),
    "South America": ("أمريكا الجنوبية", "Amérique du Sud"),
    "North America": ("أمريكا الشمالية", "Amérique du Nord"),
    "International": ("دولي", "International"),
    "International (mainly Africa)": ("دولي (أفريقيا أساسًا)", "International (surtout l'Afrique)"),
    "International (fragile and conflict-affected countries)": (
        "دولي (البلدان الهشة والمتأثرة بالنزاعات)",
        "International (pays fragiles et touchés par des conflits)",
    ),
    "Global South (South America, South Asia, Caribbean, Africa, Middle East, Southeast Asia)": (
        "الجنوب العالمي (أمريكا الجنوبية، جنوب آسيا، منطقة البحر الكاريبي، أفريقيا، الشرق الأوسط، "
        "جنوب شرق آسيا)",
        "Sud global (Amérique du Sud, Asie du Sud, Caraïbes, Afrique, Moyen-Orient, "
        "Asie du Sud-Est)",
    ),
}


def _shown(table: dict[str, tuple[str, str]], text: str | None, lang: str) -> str | None:
    if not text or lang not in _COLUMN:
        return text
    names = table.get(" ".join(text.split()))
    return names[_COLUMN[lang]] if names else text


def format_name(text: str | None, lang: str) -> str | None:
    """A session's format as its source words it, in `lang` where it is known."""
    return _shown(FORMATS, text, lang)


def track_name(text: str | None, lang: str) -> str | None:
    """A session's track as its source words it, in `lang` where it is known."""
    return _shown(TRACKS, text, lang)


def regions_named(text: str) -> list[str]:
    """The regions, as the sources name them, whose name in Arabic, French or English holds
    `text`, case and accents folded ("afrique", "أفريقيا": every region in Africa)."""
    from briefer.core.search.textnorm import fold

    wanted = fold(" ".join(text.split()))
    return [
        region
        for region, names in REGIONS.items()
        if wanted and any(wanted in fold(name) for name in (region, *names))
    ]


def region_name(region: str, lang: str) -> str:
    """A project's region as its source names it, in `lang` where it is known."""
    return _shown(REGIONS, region, lang) or region
