"""The stored codes of marks, meetings and facts as the display language writes them.

The same messages serve the window (Qt's translator) and the command line (the catalogue read
without Qt); a code with no word is shown as it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefer.core.i18n import language, translate
from briefer.core.localize import listed


def priority_word(value: str) -> str:
    words = {
        "must": translate("Priority", "must attend"),
        "should": translate("Priority", "should attend"),
        "optional": translate("Priority", "optional"),
    }
    return words.get(value, value)


def mark_status_word(value: str) -> str:
    words = {
        "open": translate("MarkStatus", "open"),
        "confirmed": translate("MarkStatus", "confirmed"),
        "declined": translate("MarkStatus", "declined"),
        "done": translate("MarkStatus", "done"),
    }
    return words.get(value, value)


def kind_word(kind: str) -> str:
    words = {
        "bilateral": translate("MeetingWords", "bilateral"),
        "side": translate("MeetingWords", "side meeting"),
        "reception": translate("MeetingWords", "reception"),
        "press": translate("MeetingWords", "press"),
        "travel": translate("MeetingWords", "travel"),
        "other": translate("MeetingWords", "other"),
    }
    return words.get(kind, kind)


def status_word(status: str) -> str:
    words = {
        "requested": translate("MeetingWords", "requested"),
        "confirmed": translate("MeetingWords", "confirmed"),
        "declined": translate("MeetingWords", "declined"),
        "held": translate("MeetingWords", "held"),
        "cancelled": translate("MeetingWords", "cancelled"),
    }
    return words.get(status, status)


def logistics_word(key: str) -> str:
    words = {
        "interpretation": translate("MeetingWords", "Interpretation"),
        "transport": translate("MeetingWords", "Transport"),
        "badge": translate("MeetingWords", "Access badge"),
        "press": translate("MeetingWords", "Press"),
        "contact": translate("MeetingWords", "Contact on the ground"),
    }
    return words.get(key, key)


def certainty_word(value: str | None) -> str | None:
    words = {
        "stated": translate("Certainty", "stated by the source"),
        "stated_partial": translate("Certainty", "partly stated"),
        "inferred": translate("Certainty", "inferred"),
        "illustrative": translate("Certainty", "illustrative"),
    }
    return words.get(value or "", value)


def item_kind_word(kind: str) -> str:
    """What an item or a search hit is: a session, a project, one of our meetings…"""
    words = {
        "session": translate("ItemKind", "session"),
        "project": translate("ItemKind", "project"),
        "meeting": translate("ItemKind", "our meeting"),
        "person": translate("ItemKind", "person"),
        "contact": translate("ItemKind", "our contact"),
        "organisation": translate("ItemKind", "organisation"),
        "theme": translate("ItemKind", "theme"),
        "edition": translate("ItemKind", "edition"),
        "venue": translate("ItemKind", "venue"),
        "note": translate("ItemKind", "note"),
    }
    return words.get(kind, kind)


def item_status_word(status: str | None, kind: str = "session") -> str | None:
    """A catalogue item's status as the catalogue gives it (None when scheduled), agreeing
    with the item: a session (une session, جلسة) or a project (un projet, مشروع)."""
    if status in (None, "scheduled"):
        return None
    if kind == "project":
        words = {
            "cancelled": translate("ItemStatus", "cancelled", "a project"),
            "withdrawn": translate("ItemStatus", "withdrawn", "a project"),
            "not_in_catalogue": translate("ItemStatus", "no longer in the catalogue", "a project"),
        }
    else:
        words = {
            "cancelled": translate("ItemStatus", "cancelled", "a session"),
            "withdrawn": translate("ItemStatus", "withdrawn", "a session"),
            "not_in_catalogue": translate("ItemStatus", "no longer in the catalogue", "a session"),
        }
    return words.get(status or "", status)


def stage_word(stage: str) -> str:
    """The step a long operation reports progress of."""
    words = {
        "download": translate("Stage", "downloading"),
        "write": translate("Stage", "writing"),
        "index": translate("Stage", "indexing"),
        "wait": translate("Stage", "waiting"),
        "reset": translate("Stage", "resetting"),
        "selection": translate("Stage", "importing"),
        "render": translate("Stage", "rendering"),
    }
    return words.get(stage, stage)


def change_field_word(field: str, kind: str | None = None, shown_in: str | None = None) -> str:
    """What a recorded catalogue change touched; a new or withdrawn item in words that agree
    with it (« nouvelle séance », « projet retiré », « جلسة مسحوبة »); with the language its
    values are in where that is not the reader's (`read_change`'s `shown_in`: « titre
    (anglais) », where only the English title changed)."""
    word = _field_word(field, kind)
    if shown_in:
        from briefer.core.spoken import language_name

        word = f"{word} ({language_name(shown_in, language())})"
    return word


def _field_word(field: str, kind: str | None) -> str:
    if field in ("added", "removed") and kind in ("session", "project", "meeting"):
        return _new_or_gone(field, kind)
    words = {
        "added": translate("Changes", "new"),
        "removed": translate("Changes", "removed"),
        "title": translate("Changes", "title"),
        "time": translate("Changes", "time"),
        "duration": translate("Changes", "duration"),
        "room": translate("Changes", "room"),
        "speakers": translate("Changes", "speakers"),
        "language": translate("Changes", "language"),
        "status": translate("Changes", "status"),
        "place": translate("Changes", "place"),
        "attendance": translate("Changes", "attendance"),
        "counterparts": translate("Changes", "counterparts"),
    }
    return words.get(field, field)


def _new_or_gone(field: str, kind: str) -> str:
    words = {
        ("added", "session"): lambda: translate("Changes", "new", "a session"),
        ("added", "project"): lambda: translate("Changes", "new", "a project"),
        ("added", "meeting"): lambda: translate("Changes", "new", "our meeting"),
        ("removed", "session"): lambda: translate("Changes", "removed", "a session"),
        ("removed", "project"): lambda: translate("Changes", "removed", "a project"),
        ("removed", "meeting"): lambda: translate("Changes", "removed", "our meeting"),
    }
    return words[(field, kind)]()


def change_summary(changes: list[dict]) -> str:
    """What a sync or a catalogue import changed (`ApplyResult.changes`: sessions and projects,
    never the delegation's own meetings), counted: « 2 nouvelles sessions, 1 nouveau projet,
    titre : 3 » ("" if nothing). Found by review: « (nouveau : 2) » counted new sessions with
    the masculine word the changes list gives a project, « nouvelle » beside a session; an item
    added or removed is now counted with its kind's noun, as the language agrees it."""
    counted: dict[tuple[str, str], Callable[[int], str]] = {
        ("added", "session"): lambda n: translate("Changes", "%n new session(s)", None, n),
        ("added", "project"): lambda n: translate("Changes", "%n new project(s)", None, n),
        ("removed", "session"): lambda n: translate("Changes", "%n session(s) removed", None, n),
        ("removed", "project"): lambda n: translate("Changes", "%n project(s) removed", None, n),
    }
    items: dict[tuple[str, str], int] = {}
    fields: dict[str, int] = {}
    for change in changes:
        key = (change["field"], change.get("kind") or "")
        if key in counted:
            items[key] = items.get(key, 0) + 1
        else:
            fields[change["field"]] = fields.get(change["field"], 0) + 1
    parts = [counted[key](items[key]) for key in counted if key in items]
    parts += [
        translate("Cli", "{field}: {count}").format(field=change_field_word(k), count=n)
        for k, n in sorted(fields.items())
    ]
    return listed(parts)


def catalogue_word(value: str | None) -> str:
    """Which of the forum's catalogues a project belongs to."""
    words = {
        "space_for_solutions": translate("ProjectsModel", "selected project"),
        "scale_up": translate("ProjectsModel", "Scale-up"),
        "forum_initiative": translate("ProjectsModel", "forum initiative"),
    }
    return words.get(value or "", value or "")


_MINUTES = re.compile(r"\d{1,6} min")  # as a change records a duration ("60 min")


def change_value_word(field: str, value: str | None, kind: str | None) -> str | None:
    """A recorded change's before or after value: a status in words, a time with its day in
    words ("2021-11-11 14:30" read "jeudi 11 novembre 2021, 14:30"), anything else as is."""
    if field == "time" and value:
        return _moment_word(value)
    if field == "duration" and value and _MINUTES.fullmatch(value):
        minutes = int(value.split()[0])
        return translate("Changes", "%n min", None, minutes)
    if field != "status" or not value:
        return value
    if kind == "meeting":
        return status_word(value)
    if value == "scheduled":
        return translate("ItemStatus", "scheduled", "a session")
    return item_status_word(value, kind or "session")


def publisher_word(publisher: str | None) -> str:
    """Who published an edition's data: "bundled with Briefer", "the file x.csv", a source."""
    if not publisher or publisher == "bundled":
        return translate("Editions", "bundled with Briefer")
    if publisher.startswith("file:"):
        name = publisher.removeprefix("file:")
        return translate("Editions", "the file {name}").format(name=name)
    return publisher


def template_origin_word(origin: str) -> str:
    """Where a template comes from: built into Briefer, the user's edit of one, their own."""
    words = {
        "built-in": translate("Cli", "built-in"),
        "edited": translate("Cli", "edited"),
        "own": translate("Cli", "own"),
    }
    return words.get(origin, origin)


def _moment_word(value: str) -> str:
    """A recorded time ("2021-11-11 14:30", or "day 2021-11-11" when only the day is known)
    with its day in words in the display language; anything else as it is."""
    from briefer.core.i18n import language
    from briefer.core.timefmt import recorded_time

    found = recorded_time(value, language())
    if found is None:
        return value
    words, clock = found
    if not clock:
        return words
    return translate("Changes", "{day}, {time}").format(day=words, time=clock)
