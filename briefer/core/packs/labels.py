"""The fixed wording printed in packs, in the pack's language (independent of the UI language)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from briefer.core.packs.spans import Span, isolated
from briefer.core.packs.typography import day_text, moment_text, spaced
from briefer.core.timefmt import local_moment, parse_utc

# The mark statuses a pack prints (an open mark says nothing more than its priority).
MARK_STATUSES_PRINTED = ("confirmed", "declined", "done")

LABELS: dict[str, dict[str, str]] = {
    "pack_title": {"en": "Briefing pack", "fr": "Dossier de préparation", "ar": "ملف الإحاطة"},
    "daysheet_title": {"en": "Day sheet", "fr": "Fiche du jour", "ar": "جدول اليوم"},
    "delegation": {"en": "Delegation", "fr": "Délégation", "ar": "الوفد"},
    "delegate": {"en": "Delegate", "fr": "Membre de la délégation", "ar": "عضو الوفد"},
    "whole_delegation": {
        "en": "Whole delegation",
        "fr": "Toute la délégation",
        "ar": "الوفد بأكمله",
    },
    "prepared_for": {"en": "Prepared for", "fr": "Destinataire", "ar": "أُعدّ لصالح"},
    "for_whole_delegation": {
        "en": "the whole delegation",
        "fr": "toute la délégation",
        "ar": "الوفد بأكمله",
    },
    "language": {"en": "Language", "fr": "Langue", "ar": "اللغة"},
    "languages": {"en": "Languages", "fr": "Langues", "ar": "اللغات"},
    "language_name": {"en": "English", "fr": "français", "ar": "العربية"},  # « Langue : français »
    "printed": {"en": "Printed", "fr": "Imprimé le", "ar": "تاريخ الطباعة"},
    "printed_date": {"en": "Printed", "fr": "Date d’impression", "ar": "تاريخ الطباعة"},
    "catalogue_version": {
        "en": "Catalogue version",
        "fr": "Version du catalogue",
        "ar": "إصدار الكتالوج",
    },
    "contents": {"en": "Contents", "fr": "Sommaire", "ar": "المحتويات"},
    "agenda": {"en": "Agenda", "fr": "Agenda", "ar": "جدول الأعمال"},
    "sessions": {"en": "Session briefs", "fr": "Fiches des sessions", "ar": "بطاقات الجلسات"},
    "projects": {"en": "Project briefs", "fr": "Fiches des projets", "ar": "بطاقات المشاريع"},
    "notes": {"en": "Delegation notes", "fr": "Notes de la délégation", "ar": "ملاحظات الوفد"},
    "changes": {
        "en": "Changes since the last pack",
        "fr": "Changements depuis le dernier dossier",
        "ar": "التغييرات منذ ملف الإحاطة السابق",
    },
    "moved_away": {
        "en": "Moved to another day",
        "fr": "Déplacés à un autre jour",
        "ar": "نُقلت إلى يوم آخر",
    },
    "moved_to": {"en": "now {when}", "fr": "déplacée au {when}", "ar": "نُقلت إلى {when}"},
    "moved_to_own": {"en": "now {when}", "fr": "déplacé au {when}", "ar": "نُقل إلى {when}"},
    "changes_since": {
        "en": "Since the pack printed on {when}",
        "fr": "Depuis le dossier imprimé le {when}",
        "ar": "منذ ملف الإحاطة المطبوع في {when}",
    },
    "time": {"en": "Time", "fr": "Heure", "ar": "الوقت"},
    "place": {"en": "Place", "fr": "Lieu", "ar": "المكان"},
    "session": {"en": "Session", "fr": "Session", "ar": "الجلسة"},
    "priority": {"en": "Priority", "fr": "Priorité", "ar": "الأولوية"},
    "attends": {"en": "Attends", "fr": "Participants", "ar": "يحضر"},
    "format": {"en": "Format", "fr": "Format", "ar": "الشكل"},
    "track": {"en": "Track", "fr": "Thématique", "ar": "المحور"},
    "speakers": {"en": "Speakers", "fr": "Intervenants", "ar": "المتحدثون"},
    "moderator": {"en": "moderator", "fr": "modération", "ar": "إدارة الجلسة"},
    "abstract": {"en": "Abstract", "fr": "Résumé", "ar": "الملخص"},
    "summary": {"en": "Summary", "fr": "Résumé", "ar": "الملخص"},
    "organisation": {"en": "Carrying organisation", "fr": "Porteur", "ar": "الجهة المنفذة"},
    "themes": {"en": "Themes", "fr": "Thèmes", "ar": "المواضيع"},
    "regions": {"en": "Regions", "fr": "Régions", "ar": "المناطق"},
    "countries": {"en": "Countries", "fr": "Pays", "ar": "البلدان"},
    "link": {"en": "Link", "fr": "Lien", "ar": "الرابط"},
    "source": {"en": "Source", "fr": "Source", "ar": "المصدر"},
    "certainty": {"en": "Certainty", "fr": "Fiabilité", "ar": "درجة اليقين"},
    "mark": {"en": "Our mark", "fr": "Notre marque", "ar": "علامة الوفد"},
    "reason": {"en": "Reason", "fr": "Motif", "ar": "السبب"},
    # A mark's status, where the delegation stands on the item: "open" is not printed. The
    # words agree with the mark (la marque, العلامة), as docs/glossary.md says: "Statut :
    # confirmée".
    "mark_status": {"en": "Status", "fr": "Statut", "ar": "الحالة"},
    "mark_confirmed": {"en": "confirmed", "fr": "confirmée", "ar": "مؤكَّدة"},
    "mark_declined": {"en": "declined", "fr": "déclinée", "ar": "مُعتذَر عنها"},
    "mark_done": {"en": "done", "fr": "terminée", "ar": "مُنجَزة"},
    "our_notes": {"en": "Our notes", "fr": "Nos notes", "ar": "ملاحظاتنا"},
    "note_dated": {"en": "Note of {when}", "fr": "Note du {when}", "ar": "ملاحظة بتاريخ {when}"},
    "must": {"en": "must attend", "fr": "incontournable", "ar": "أساسي"},
    "should": {"en": "should attend", "fr": "recommandée", "ar": "مستحسن"},
    "optional": {"en": "optional", "fr": "facultative", "ar": "اختياري"},
    "tba": {"en": "to be announced", "fr": "à confirmer", "ar": "يُعلَن لاحقًا"},
    "day_tba": {"en": "Day to be announced", "fr": "Jour à confirmer", "ar": "اليوم يُعلَن لاحقًا"},
    "forum_name": {
        "en": "Paris Peace Forum",
        "fr": "Forum de Paris sur la Paix",
        "ar": "منتدى باريس للسلام",
    },
    "day_time_tba": {
        "en": "Day and time to be announced",
        "fr": "Jour et heure à confirmer",
        "ar": "اليوم والوقت يُعلَنان لاحقًا",
    },
    "online": {"en": "online", "fr": "en ligne", "ar": "عبر الإنترنت"},
    "conflict": {"en": "CONFLICT", "fr": "CONFLIT", "ar": "تعارض"},
    "conflict_with": {"en": "Overlaps with", "fr": "Chevauche", "ar": "يتعارض مع"},
    "cancelled": {"en": "CANCELLED", "fr": "ANNULÉE", "ar": "ملغاة"},
    # An own meeting: un rendez-vous, لقاء (masculine), where a session is une séance, جلسة.
    "cancelled_own": {"en": "CANCELLED", "fr": "ANNULÉ", "ar": "ملغى"},
    "changed_own": {"en": "CHANGED", "fr": "MODIFIÉ", "ar": "مُعدَّل"},
    "withdrawn": {"en": "WITHDRAWN", "fr": "RETIRÉE", "ar": "مسحوبة"},
    "declined": {"en": "DECLINED", "fr": "DÉCLINÉE", "ar": "مُعتذَر عنها"},
    "declined_own": {"en": "DECLINED", "fr": "DÉCLINÉ", "ar": "مُعتذَر عنه"},
    "changed": {"en": "CHANGED", "fr": "MODIFIÉE", "ar": "مُعدَّلة"},
    "new": {"en": "NEW", "fr": "NOUVELLE", "ar": "جديدة"},
    "new_project": {"en": "NEW", "fr": "NOUVEAU", "ar": "جديد"},
    "change_title": {"en": "Title", "fr": "Titre", "ar": "العنوان"},
    "change_time": {"en": "Time", "fr": "Horaire", "ar": "الوقت"},
    "change_duration": {"en": "Duration", "fr": "Durée", "ar": "المدة"},
    "change_room": {"en": "Room", "fr": "Salle", "ar": "القاعة"},
    "change_speakers": {"en": "Speakers", "fr": "Intervenants", "ar": "المتحدثون"},
    "change_language": {"en": "Language", "fr": "Langue", "ar": "اللغة"},
    "change_status": {"en": "Status", "fr": "Statut", "ar": "الحالة"},
    "change_added": {"en": "New", "fr": "Nouveau", "ar": "جديد"},
    "change_removed": {"en": "Removed", "fr": "Retiré", "ar": "مسحوب"},
    # A session is une séance, جلسة: the words agree with it, as the Changes view's do.
    "change_added_session": {"en": "New", "fr": "Nouvelle", "ar": "جديدة"},
    "change_removed_session": {"en": "Removed", "fr": "Retirée", "ar": "مسحوبة"},
    "change_place": {"en": "Place", "fr": "Lieu", "ar": "المكان"},
    "change_attendance": {"en": "Attendance", "fr": "Participation", "ar": "الحضور"},
    "change_counterparts": {"en": "Counterparts", "fr": "Interlocuteurs", "ar": "المحاورون"},
    # A changed status, as the window's Changes view words it (by the item's gender).
    "value_session_scheduled": {"en": "scheduled", "fr": "programmée", "ar": "مجدولة"},
    "value_session_cancelled": {"en": "cancelled", "fr": "annulée", "ar": "ملغاة"},
    "value_session_withdrawn": {"en": "withdrawn", "fr": "retirée", "ar": "مسحوبة"},
    "value_project_scheduled": {"en": "listed", "fr": "retenu", "ar": "مُدرج"},
    "value_project_cancelled": {"en": "cancelled", "fr": "annulé", "ar": "ملغى"},
    "value_project_withdrawn": {"en": "withdrawn", "fr": "retiré", "ar": "مسحوب"},
    "value_minutes": {"en": "{n} min", "fr": "{n} min", "ar": "{n} دقيقة"},
    "page_of": {
        "en": "Page {page} of {pages}",
        "fr": "Page {page} sur {pages}",
        "ar": "صفحة {page} من {pages}",
    },
    "nothing_marked": {
        "en": "Nothing is marked for this delegate yet.",
        "fr": "Rien n’est encore marqué pour ce délégué.",
        "ar": "لم توضع علامة على أي بند لعضو الوفد هذا بعد.",
    },
    "partial_catalogue": {
        "en": "The catalogue this pack was built from is partial: only sessions and projects "
        "stated by public sources are included.",
        "fr": "Le catalogue utilisé est partiel : seuls les sessions et projets attestés par "
        "des sources publiques y figurent.",
        "ar": "الكتالوج الذي أُعدّ منه ملف الإحاطة هذا جزئي: لا يتضمن إلا الجلسات والمشاريع "
        "الواردة في مصادر علنية.",
    },
    "illustrative": {
        "en": "ILLUSTRATIVE DATA — not real forum data",
        "fr": "DONNÉES FICTIVES — pas des données réelles du forum",
        "ar": "بيانات توضيحية — ليست بيانات حقيقية للمنتدى",
    },
    "field": {"en": "Field", "fr": "Champ", "ar": "الحقل"},
    "certainty_stated": {
        "en": "stated by the source",
        "fr": "attesté par la source",
        "ar": "مذكور في المصدر",
    },
    "certainty_stated_partial": {
        "en": "partly stated",
        "fr": "partiellement attesté",
        "ar": "مذكور جزئيًا",
    },
    "certainty_inferred": {"en": "inferred", "fr": "déduit", "ar": "مُستنتَج"},
    "certainty_illustrative": {"en": "illustrative", "fr": "fictif", "ar": "توضيحي"},
    "before": {"en": "Before", "fr": "Avant", "ar": "قبل"},
    "after": {"en": "Now", "fr": "Maintenant", "ar": "الآن"},
    "day": {"en": "Day", "fr": "Jour", "ar": "اليوم"},
    "meetings": {"en": "Our meetings", "fr": "Nos rendez-vous", "ar": "لقاءاتنا"},
    "people": {"en": "Who's who", "fr": "Qui est qui", "ar": "دليل الشخصيات"},
    "roster": {"en": "Roster", "fr": "Qui va où", "ar": "توزيع أعضاء الوفد"},
    "own_item": {"en": "OUR MEETING", "fr": "NOTRE RENDEZ-VOUS", "ar": "لقاء الوفد"},
    "kind": {"en": "Kind", "fr": "Type", "ar": "النوع"},
    "kind_bilateral": {"en": "bilateral", "fr": "bilatérale", "ar": "لقاء ثنائي"},
    "kind_side": {"en": "side meeting", "fr": "réunion parallèle", "ar": "اجتماع جانبي"},
    "kind_reception": {"en": "reception", "fr": "réception", "ar": "حفل استقبال"},
    "kind_press": {"en": "press", "fr": "presse", "ar": "صحافة"},
    "kind_travel": {"en": "travel", "fr": "déplacement", "ar": "تنقل"},
    "kind_other": {"en": "other", "fr": "autre", "ar": "أخرى"},
    "meeting_status": {"en": "Status", "fr": "Statut", "ar": "الحالة"},
    "status_requested": {"en": "requested", "fr": "demandé", "ar": "مطلوب"},
    "status_confirmed": {"en": "confirmed", "fr": "confirmé", "ar": "مؤكَّد"},
    "status_declined": {"en": "declined", "fr": "décliné", "ar": "مُعتذَر عنه"},
    "status_held": {"en": "held", "fr": "tenu", "ar": "انعقد"},
    "status_cancelled": {"en": "cancelled", "fr": "annulé", "ar": "ملغى"},
    "counterparts": {"en": "Counterparts", "fr": "Interlocuteurs", "ar": "المحاورون"},
    "counterpart": {"en": "Counterpart", "fr": "Interlocuteur", "ar": "المحاور"},
    "local_time": {"en": "Local time", "fr": "Heure locale", "ar": "التوقيت المحلي"},
    "logistics_interpretation": {"en": "Interpretation", "fr": "Interprétation", "ar": "الترجمة"},
    "logistics_transport": {"en": "Transport", "fr": "Transport", "ar": "النقل"},
    "logistics_badge": {"en": "Access badge", "fr": "Badge d’accès", "ar": "شارة الدخول"},
    "logistics_press": {"en": "Press", "fr": "Presse", "ar": "الصحافة"},
    "logistics_contact": {
        "en": "Contact on the ground",
        "fr": "Contact sur place",
        "ar": "جهة الاتصال في الموقع",
    },
    "meets": {"en": "Meets us at", "fr": "Rendez-vous avec nous", "ar": "اللقاءات معنا"},
    "speaks": {"en": "Speaks at", "fr": "Intervient à", "ar": "يتحدث في"},
    "who": {"en": "Who", "fr": "Qui", "ar": "العضو"},
    "role": {"en": "Role", "fr": "Fonction", "ar": "الصفة"},
    "item": {"en": "Item", "fr": "Élément", "ar": "البند"},
    "toc_pending": {
        "en": "The page numbers appear when the table of contents is updated.",
        "fr": "Les numéros de page apparaissent à la mise à jour de la table des matières.",
        "ar": "تظهر أرقام الصفحات عند تحديث جدول المحتويات.",
    },
}


def flag_key(flag: str, entry: Any) -> str:
    """The label of a flag (cancelled, changed) agreeing with an own meeting where it has one."""
    own = f"{flag}_own"
    return own if getattr(entry, "own", False) and own in LABELS else flag


def change_field(name: str, lang: str, kind: str | None = None, shown_in: str | None = None) -> str:
    """The name of a changed field (a sync's record: title, time, room…) in `lang`; a new or
    withdrawn item's in words that agree with its `kind`; with the language its values are in
    where that is not the reader's (`shown_in`: « Titre (anglais) »)."""
    word = name
    for key in (f"change_{name}_{kind}", f"change_{name}"):
        if key in LABELS:
            word = label(key, lang)
            break
    if shown_in:
        from briefer.core.spoken import language_name

        word = f"{word} ({language_name(shown_in, lang)})"
    return word


def change_value(field: str, value: str | None, kind: str | None, lang: str) -> str:
    """A changed field's before or after value in `lang`, as a reader of the pack reads it:
    a status in words, a time with its day in words, a duration in minutes."""
    if not value:
        return "—"
    if field == "status":
        key = f"status_{value}" if kind == "meeting" else f"value_{kind or 'session'}_{value}"
        return label(key, lang) if key in LABELS else value
    if field == "time":
        from briefer.core.timefmt import recorded_time

        found = recorded_time(value, lang)
        if found is None:
            return value
        words, clock = found
        return f"{words}{'، ' if lang == 'ar' else ', '}{clock}" if clock else words
    if field == "duration" and value.endswith(" min") and value[:-4].isdigit():
        return label("value_minutes", lang).format(n=value[:-4])
    return value


@cache
def label(key: str, lang: str) -> str:
    """The label in `lang`; in French with a narrow no-break space before : ; ? !."""
    return spaced(LABELS[key][lang], lang)


def when_label(
    day: str | None,
    time: str,
    lang: str,
    join: Callable[[list[str]], str],
    name: Callable[[str | None, str], str] | None = None,
) -> str:
    """The day (in words by `name`) and `time` of an item, one "to be announced" for both
    where neither is known (not "Jour à confirmer, à confirmer"). Here, not beside the PDF's
    sections: the Word pack uses it without loading ReportLab."""
    if not day and time == label("tba", lang):
        return label("day_time_tba", lang)
    return join([(name or day_label)(day, lang), time])


def since_spans(since: str | None, lang: str) -> list[Span]:
    """« Depuis le dossier imprimé le 7 décembre 2026 à 20:40 UTC », the moment isolated: what
    a pack's changes are counted from (a reader could not tell which pack they followed)."""
    moment = parse_utc(since)
    if moment is None:
        return []
    return label_around("changes_since", lang, moment_text(moment, lang))


def label_around(key: str, lang: str, when: str) -> list[Span]:
    """The label `key`, its "{when}" filled with `when` isolated in its own direction."""
    before, after = label(key, lang).split("{when}")
    spans = [Span(before), *isolated([Span(when)]), Span(after)]
    return [span for span in spans if span.text]


def place_unknown(detail: dict[str, Any], lang: str) -> str:
    """What a pack prints for an item without a place: "to be announced", but "—" for a
    withdrawn one (the catalogue no longer says where it was; « à confirmer » read as if it
    would still take place)."""
    return "—" if detail.get("status") == "withdrawn" else label("tba", lang)


def day_label(day: str | None, lang: str) -> str:
    """A day (YYYY-MM-DD) in words as the PDF writes it; "Day to be announced" for none."""
    return day_text(date.fromisoformat(day), lang) if day else label("day_tba", lang)


def note_dated(modified: str, lang: str) -> list[Span]:
    """« Note du 7 décembre 2026 »: the line heading each of the delegation's notes (found by
    review: four notes printed as four paragraphs run together, nothing to tell where one
    ended); the day it was last written, in this computer's time."""
    moment = parse_utc(modified)
    if moment is None:
        return []
    return label_around("note_dated", lang, day_text(local_moment(moment).date(), lang))
