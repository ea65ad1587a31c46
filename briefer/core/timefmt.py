"""Session times: stored in UTC with their zone, shown in the forum's zone.

`zoneinfo` is imported when a zone is first needed: the window paints before it shows a time.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from briefer.core.errors import InputError
from briefer.core.i18n import translate

FORUM_TZ = "Europe/Paris"
UTC = UTC


def parse_utc(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def to_utc_text(moment: datetime) -> str:
    """A timezone-aware datetime as stored: UTC, ISO 8601, with 'Z'."""
    if moment.tzinfo is None:
        raise ValueError("a stored time must carry its time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def zone(tz: str | None) -> tzinfo:
    """A zone by IANA name, or a fixed offset written "+02:00"; the forum's zone by default."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not tz:
        return ZoneInfo(FORUM_TZ)
    match = re.fullmatch(r"(?:UTC)?([+-])(\d{2}):?(\d{2})", tz)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(FORUM_TZ)


def local(value: str | None, tz: str | None = None) -> datetime | None:
    moment = parse_utc(value)
    return moment.astimezone(zone(tz)) if moment else None


def tba() -> str:
    return translate("Time", "to be announced")


def time_range(start: str | None, end: str | None, tz: str | None = None) -> str:
    """ "14:30–15:15" in the zone `tz`, or "to be announced" when there is no start."""
    first = local(start, tz)
    if first is None:
        return tba()
    last = local(end, tz)
    text = first.strftime("%H:%M")
    if last is not None:
        text += "–" + last.strftime("%H:%M")
    return text


def overlaps(
    a_start: str | None, a_end: str | None, b_start: str | None, b_end: str | None
) -> bool:
    """Whether two sessions overlap; touching ends (back to back) do not, unknown times do not."""
    s1, e1, s2, e2 = parse_utc(a_start), parse_utc(a_end), parse_utc(b_start), parse_utc(b_end)
    if s1 is None or s2 is None:
        return False
    e1 = e1 or s1
    e2 = e2 or s2
    if s1 == s2:
        return True
    return s1 < e2 and s2 < e1


# Unicode CLDR's wide names (Unicode License v3), for the window and the packs alike: Babel,
# which carries all of CLDR (35 MB), cost a pack 40-60 ms to load three locales, and would
# weigh on every bundle. tests/core/test_timefmt.py holds these words to Babel's, day by day.
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "ar": ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
           "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
           "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def recorded_time(value: str, lang: str) -> tuple[str, str] | None:
    """A change's recorded time ("2021-11-11 14:30", or "day 2021-11-11" when only the day is
    known, as sync records it) as its day in words in `lang` and its clock ("" without one);
    None for anything else."""
    day, _, clock = value.removeprefix("day ").partition(" ")
    try:
        return day_name(day, lang), clock
    except ValueError:
        return None


def day_name(day: str, lang: str) -> str:
    """ "Thursday 11 November 2021", "jeudi 11 novembre 2021"; Arabic with both month names."""
    return day_text(date.fromisoformat(day), lang)


def weekday_name(day: str, lang: str) -> str:
    """The day of the week of the ISO `day`: "Thursday", "jeudi", "الخميس"."""
    weekdays, _ = calendar_words(lang)
    return weekdays[date.fromisoformat(day).weekday()]


def forum_day(day: str, lang: str) -> str:
    """A day of the forum without its year, said with the programme's: "Friday 12 November",
    « vendredi 12 novembre », "الجمعة 12 تشرين الثاني/نوفمبر"."""
    moment = date.fromisoformat(day)
    weekdays, _ = calendar_words(lang)
    return f"{weekdays[moment.weekday()]} {_day_and_month(moment, lang)}"


def when_text(day: str | None, time: str, lang: str) -> str:
    """When something is, for a line that then gives its title: « vendredi 12 novembre ·
    15:30–16:15 », « vendredi 12 novembre · heure à confirmer », « jour à confirmer ». Found
    by review: My delegation read « vendredi Déjeuner de travail… », the weekday glued to the
    title, and « jeudi 15:30–16:15 Entretien… »."""
    if not day:
        return translate("Time", "day to be announced")
    time = time or translate("Time", "time to be announced")
    return f"{forum_day(day, lang)} · {time}"


def day_text(day: date, lang: str) -> str:
    """ "Thursday 11 November 2021", "jeudi 1er décembre 2026"; Arabic with both month names,
    as the forum's own Arabic page writes them ("الخميس 11 تشرين الثاني/نوفمبر 2021")."""
    weekdays, _ = calendar_words(lang)
    return f"{weekdays[day.weekday()]} {_date_words(day, lang)}"


def _date_words(day: date, lang: str) -> str:
    return f"{_day_and_month(day, lang)} {day.year}"


def _day_and_month(day: date, lang: str) -> str:
    """ "11 November", « 1er décembre », "11 تشرين الثاني/نوفمبر"."""
    _, months = calendar_words(lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {months[day.month - 1]}"


def month_name(month: int, lang: str) -> str:
    """The month `month` (1 to 12) as the app writes it in `lang`: "تشرين الثاني/نوفمبر"."""
    return calendar_words(lang)[1][month - 1]


def calendar_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The weekday and month names of `lang`, one of the languages the app speaks."""
    if lang not in _MONTHS:
        raise ValueError(f"no day and month names for the language {lang!r}")
    return _WEEKDAYS[lang], _MONTHS[lang]


def moment_name(utc_text: str, lang: str) -> str:
    """A stored UTC time stamp in words (see `moment_text`); the text itself when unreadable."""
    moment = parse_utc(utc_text)
    return moment_text(moment, lang) if moment is not None else utc_text


def moment_text(moment: datetime, lang: str) -> str:
    """A moment in this computer's time with its offset: "1er décembre 2026 à 20:47 UTC+1",
    "1 December 2026, 19:47 UTC" (found by review: a staffer in Paris read packs printed
    "à 20:40 UTC" an hour off, and the Changes in UTC)."""
    moment = local_moment(moment)
    clock = f"{moment:%H:%M} {offset_name(moment)}"
    written = _date_words(moment.date(), lang)
    if lang == "ar":
        return f"{written}، {clock}"
    if lang == "fr":
        return f"{written} à {clock}"
    return f"{written}, {clock}"


def local_moment(moment: datetime) -> datetime:
    """`moment` (aware, or naive UTC) in this computer's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def offset_name(moment: datetime) -> str:
    """An aware moment's offset from UTC as a reader writes it: "UTC", "UTC+1", "UTC+5:30",
    "UTC-3" (not the zone's abbreviation: Windows names zones in words, "CET" is not Paris's
    in summer)."""
    offset = moment.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def stamp_text(utc_text: str) -> str:
    """A stored UTC time stamp for a table's column, in this computer's time with its offset:
    "2026-12-07 21:40 UTC+1"; the text itself when unreadable."""
    moment = parse_utc(utc_text)
    if moment is None:
        return utc_text
    moment = local_moment(moment)
    return f"{moment:%Y-%m-%d %H:%M} {offset_name(moment)}"


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits ("٢٠٢١-١١-١١", "١٤:٣٠") as 0-9, the way
    an Arabic keyboard may write a day or a time."""
    return text.translate(_DIGITS)


def require_day(day: str) -> None:
    """Refuse `day` unless it is a calendar day written YYYY-MM-DD ("2021-02-30" is not)."""
    try:
        date.fromisoformat(western_digits(day))
    except ValueError as exc:
        message = translate("Packs", "'{day}' is not a date such as 2021-11-11.")
        raise InputError(message.format(day=day), kind="bad_day", facts={"day": day}) from exc


def zone_city(tz: str, lang: str) -> str:
    """The city a time zone is known by, in `lang`: "Africa/Casablanca" -> « الدار البيضاء »,
    "Casablanca" (CLDR's exemplar cities; a pack showed the raw code). A zone CLDR does not
    name is shown by its last part ("Etc/GMT+5" -> "GMT+5")."""
    from briefer.core.zone_names import NAMES

    row = NAMES.get(tz)
    if row is None:
        return tz.split("/")[-1].replace("_", " ")
    return row[("ar", "fr", "en").index(lang) if lang in ("ar", "fr", "en") else 2]
