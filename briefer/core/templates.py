"""Briefing-note templates: the headings a ministry writes, in Arabic, French and English.

A template is Markdown, like the note it starts: its headings become the brief's structure in
the pack. The built-in templates are data here; the user's edits of them and their own templates
are rows of `note_templates` in the user's database, which take precedence by name and language.
A template's body is the user's text and is held to the notes' rules when a pack prints it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from briefer.core import languages
from briefer.core.changes import OpChanges, Outcome
from briefer.core.errors import InputError, NotFoundError
from briefer.core.i18n import translate
from briefer.core.store import Store, now_iso

NAME_LIMIT = 60
TITLE_LIMIT = 200
BODY_LIMIT = 100_000

_HEADINGS: dict[str, dict[str, str]] = {
    "objectives": {"en": "Objectives", "fr": "Objectifs", "ar": "الأهداف"},
    "key_messages": {"en": "Key messages", "fr": "Messages clés", "ar": "الرسائل الرئيسية"},
    "lines_to_take": {"en": "Lines to take", "fr": "Éléments de langage", "ar": "عناصر الموقف"},
    "background": {"en": "Background", "fr": "Contexte", "ar": "الخلفية"},
    "asks": {"en": "Asks", "fr": "Demandes", "ar": "المطالب"},
    "questions": {
        "en": "Questions and answers",
        "fr": "Questions et réponses",
        "ar": "أسئلة وأجوبة",
    },
    "counterpart": {"en": "Counterpart", "fr": "Interlocuteur", "ar": "المحاور"},
    "speaking_points": {
        "en": "Speaking points",
        "fr": "Points d'intervention",
        "ar": "نقاط المداخلة",
    },
    "follow_up": {"en": "Follow-up", "fr": "Suites à donner", "ar": "المتابعة"},
}

# name: (titles by language, headings in order)
_BUILTINS: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "briefing": (
        {"en": "Briefing note", "fr": "Note de briefing", "ar": "مذكرة إحاطة"},
        ("objectives", "key_messages", "lines_to_take", "background", "asks", "questions"),
    ),
    "bilateral": (
        {"en": "Bilateral meeting", "fr": "Entretien bilatéral", "ar": "لقاء ثنائي"},
        (
            "objectives",
            "counterpart",
            "key_messages",
            "asks",
            "lines_to_take",
            "background",
            "questions",
            "follow_up",
        ),
    ),
    "speech": (
        {"en": "Speaking points", "fr": "Éléments d’intervention", "ar": "نقاط المداخلة"},
        ("objectives", "key_messages", "speaking_points", "background", "questions"),
    ),
}


@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    title: str
    body: str
    origin: str  # "built-in", "edited" (the user's version of a built-in) or "own"
    modified: str | None = None

    def headings(self) -> list[str]:
        """The template's Markdown headings, in order."""
        return [
            line.lstrip("#").strip()
            for line in self.body.splitlines()
            if line.startswith("#") and line.lstrip("#").startswith(" ")
        ]


def _builtin_body(headings: tuple[str, ...], lang: str) -> str:
    return "\n\n".join(f"## {_HEADINGS[key][lang]}" for key in headings) + "\n"


def builtin_templates() -> list[Template]:
    """The templates Briefer ships, in every language, before any edit by the user."""
    return [
        Template(name, lang, titles[lang], _builtin_body(headings, lang), "built-in")
        for name, (titles, headings) in _BUILTINS.items()
        for lang in languages.CODES
    ]


def _builtin_name(name: str) -> str | None:
    return next((b for b in _BUILTINS if b.casefold() == name.casefold()), None)


def list_templates(store: Store) -> list[Template]:
    """Every template in every language it exists in: built-ins (or the user's edits), then own."""
    rows = {
        (row["name"].casefold(), row["lang"]): row
        for row in store.query("SELECT * FROM note_templates ORDER BY name, lang")
    }
    out = []
    for builtin in builtin_templates():
        row = rows.pop((builtin.name.casefold(), builtin.lang), None)
        out.append(_from_row(row, "edited") if row else builtin)
    out += [_from_row(row, "own") for row in rows.values()]
    order = {code: i for i, code in enumerate(languages.CODES)}
    builtin_order = {name: i for i, name in enumerate(_BUILTINS)}
    return sorted(
        out,
        key=lambda t: (
            builtin_order.get(_builtin_name(t.name) or "", len(builtin_order)),
            t.name.casefold(),
            order.get(t.lang, len(order)),
        ),
    )


def _from_row(row: dict, origin: str) -> Template:
    name = _builtin_name(row["name"]) if origin == "edited" else row["name"]
    return Template(
        name or row["name"], row["lang"], row["title"], row["body"], origin, row["modified"]
    )


def get_template(store: Store, name: str, lang: str | None = None) -> Template:
    """The template `name` in `lang`, else in English, French or Arabic, whichever exists first.

    Raises:
        NotFoundError: no template has that name.
    """
    found = [t for t in list_templates(store) if t.name.casefold() == name.strip().casefold()]
    if not found:
        message = translate("Templates", "There is no template named {name}.")
        raise NotFoundError(
            message.format(name=name),
            kind="template_not_found",
            facts={"name": name, "names": template_names(store)},
        )
    for wanted in (lang, languages.DEFAULT, *languages.CODES):
        for template in found:
            if template.lang == wanted:
                return template
    return found[0]


def template_names(store: Store) -> list[str]:
    return list(dict.fromkeys(t.name for t in list_templates(store)))


def _check_name(name: str) -> str:
    name = name.strip()
    bad = any(unicodedata.category(c).startswith("C") for c in name)
    if not name or bad or len(name) > NAME_LIMIT:
        message = translate(
            "Templates",
            "A template name is one line of 1 to %n character(s), not {name!r}.",
            None,
            NAME_LIMIT,
        )
        raise InputError(
            message.format(name=name[:80]),
            kind="template_name",
            facts={"name": name[:80], "limit": NAME_LIMIT},
        )
    return name


def _check_body(body: str) -> str:
    if not body.strip():
        raise InputError(
            translate("Templates", "A template cannot be empty."), kind="template_empty"
        )
    if len(body) > BODY_LIMIT:
        message = translate(
            "Templates", "A template is limited to %n character(s).", None, BODY_LIMIT
        )
        raise InputError(
            message,
            kind="template_too_long",
            facts={"length": len(body), "limit": BODY_LIMIT},
        )
    return body


def _check_lang(lang: str) -> str:
    if lang not in languages.CODES:
        message = translate("Templates", "A template is written in {languages}, not {lang}.")
        raise InputError(
            message.format(languages=", ".join(languages.CODES), lang=lang),
            kind="template_lang",
            facts={"lang": lang, "languages": list(languages.CODES)},
        )
    return lang


def save_template(
    store: Store, name: str, lang: str, body: str, title: str | None = None
) -> Outcome[Template]:
    """Create or replace the template `name` in `lang`: a built-in one becomes the user's edit."""
    name = _check_name(name)
    lang = _check_lang(lang)
    body = _check_body(body)
    versions = [t for t in list_templates(store) if t.name.casefold() == name.casefold()]
    if title is None:
        same_lang = next((t.title for t in versions if t.lang == lang), None)
        title = same_lang or (versions[0].title if versions else name)
    title = title.strip()[:TITLE_LIMIT] or name
    stored_name = versions[0].name if versions else name
    stamp = now_iso()
    with store.transaction():
        store.conn.execute(
            "INSERT INTO note_templates (name, lang, title, body, created, modified) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name, lang) DO UPDATE SET "
            "title = excluded.title, body = excluded.body, modified = excluded.modified",
            (stored_name, lang, title, body, stamp, stamp),
        )
    return Outcome(get_template(store, stored_name, lang), OpChanges(templates=True))


def delete_template(store: Store, name: str, lang: str | None = None) -> Outcome[int]:
    """Delete the user's template `name` (in `lang`, or in every language); a built-in one
    goes back to Briefer's wording. The value is the number of versions deleted.

    Raises:
        NotFoundError: no template has that name.
        InputError: the template is built-in and was never edited.
    """
    template = get_template(store, name)
    sql = "DELETE FROM note_templates WHERE name = ?"
    params: list[str] = [template.name]
    if lang is not None:
        sql += " AND lang = ?"
        params.append(_check_lang(lang))
    with store.transaction():
        deleted = store.conn.execute(sql, params).rowcount
    if not deleted:
        message = translate("Templates", "The template {name} is built in and was not edited.")
        raise InputError(
            message.format(name=name),
            kind="template_builtin",
            facts={"name": name, "lang": lang},
        )
    return Outcome(deleted, OpChanges(templates=True))


def note_from_template(template: Template, text: str | None = None) -> str:
    """A new note's Markdown: the template's headings, then `text` if any."""
    body = template.body.rstrip("\n") + "\n"
    if text and text.strip():
        body += "\n" + text.strip("\n") + "\n"
    return body
