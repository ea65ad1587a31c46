"""The command line speaks the display language: messages, headings, errors; --json does not.

The command line's own strings ("Cli") get their translations when the catalogues are next
regenerated, so the expected texts come from the same compiled catalogue the command reads, and a
marking catalogue shows that every line and heading asked for goes through it. A core refusal
already translated in the catalogues must come out in French and Arabic.
"""

import json
import re
from pathlib import Path

import pytest

from briefer.core import i18n
from briefer.core.datafolder import DataFolder
from briefer.core.errors import BrieferError
from briefer.core.paths import package_data_dir
from briefer.core.preferences import set_display_language
from briefer.core.qm import QmCatalogue

COUNTRY = "'{country}' is neither a country's name nor an ISO 3166 code such as FR or SEN."
INFO_HEADINGS = ("edition", "venue", "known sessions", "published by", "signature")


def _catalogue(lang: str) -> QmCatalogue:
    return QmCatalogue.load(package_data_dir("translations") / f"briefer_{lang}.qm")


def _tr(lang: str, context: str, text: str) -> str:
    found = _catalogue(lang).translate(context, text)
    return text if found is None else found


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def marking(monkeypatch):
    """Catalogues that mark every "Cli" string with its language: ⟦fr:edition⟧."""
    real = i18n.catalogue_translator

    def catalogue_translator(lang: str):
        translate = real(lang)

        def marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
            if context == "Cli":
                return f"⟦{lang}:{translate(context, text, disambiguation, n)}⟧"
            return translate(context, text, disambiguation, n)

        return marked

    monkeypatch.setattr(i18n, "catalogue_translator", catalogue_translator)


def _choose(how: str, cli, data_dir: Path, monkeypatch) -> tuple[str, tuple[str, ...]]:
    """Set the language one of three ways; the language and the arguments to pass."""
    if how == "--lang fr":
        return "fr", ("--lang", "fr")
    if how == "LANG=fr_FR.UTF-8":
        monkeypatch.setenv("LANG", "fr_FR.UTF-8")
        return "fr", ()
    set_display_language(DataFolder(data_dir), "ar")
    return "ar", ()


WAYS = ["--lang fr", "LANG=fr_FR.UTF-8", "saved ar"]


@pytest.mark.parametrize("how", WAYS)
def test_a_core_refusal_comes_out_in_the_language(how, cli, data_dir, monkeypatch):
    lang, options = _choose(how, cli, data_dir, monkeypatch)
    code, _, err = cli(*options, "delegation", "create", "Délégation", "--country", "F1")
    assert code != 0
    translated = _tr(lang, "Delegations", COUNTRY)
    assert translated != COUNTRY, "the catalogue should translate this core message"
    assert err.startswith(_tr(lang, "Cli", "briefer: {message}").split("{message}")[0])
    assert translated.format(country="F1") in err
    assert "ISO 3166 code such as" not in err


@pytest.mark.parametrize("how", WAYS)
def test_info_lines_and_headings_as_the_catalogue_gives_them(how, cli, data_dir, monkeypatch):
    lang, options = _choose(how, cli, data_dir, monkeypatch)
    code, out, _ = cli(*options, "info")
    assert code == 0
    lines = out.splitlines()
    version = re.escape(_tr(lang, "Cli", "Catalogue version {version} — {source}"))
    pattern = version.replace(r"\{version\}", ".+").replace(r"\{source\}", ".+")
    assert re.fullmatch(pattern, lines[0]), lines[0]
    assert lines[1] == _tr(lang, "Cli", "Data folder: {path}").format(path=data_dir)
    header = lines[2]
    for name in INFO_HEADINGS:
        assert _tr(lang, "Cli", name) in header


def test_every_info_line_and_heading_goes_through_the_catalogue(cli, marking):
    code, out, _ = cli("--lang", "fr", "info")
    assert code == 0
    lines = out.splitlines()
    version = _tr("fr", "Cli", "Catalogue version {version} — {source}").split("{")[0]
    folder = _tr("fr", "Cli", "Data folder: {path}").split("{")[0]
    assert version.strip() and version != "Catalogue version "
    assert lines[0].startswith(f"⟦fr:{version}") and lines[0].endswith("⟧")
    assert lines[1].startswith(f"⟦fr:{folder}")
    for name in INFO_HEADINGS:
        assert f"⟦fr:{_tr('fr', 'Cli', name)}⟧" in lines[2]


def test_show_labels_go_through_the_catalogue(cli, marking):
    code, out, _ = cli("--lang", "ar", "show", "ppf:ses-2021-opening")
    assert code == 0
    assert out.startswith(f"⟦ar:{_tr('ar', 'Cli', 'id')}⟧")
    for label in ("title", "day", "place"):
        assert f"⟦ar:{_tr('ar', 'Cli', label)}⟧" in out


@pytest.mark.parametrize(
    ("error", "remedy"),
    [
        (BrieferError("x", forcible=True), "Use --force to accept."),
        (BrieferError("x", kind="unknown_kind"), "Give one of those kinds with --kind."),
        (BrieferError("x", kind="ambiguous_person"), "Name the person by one of these ids."),
    ],
)
def test_remedies_go_through_the_catalogue(error, remedy, marking):
    from briefer.cli.remedies import remedy_of

    before = i18n.translator()
    i18n.set_translator(i18n.catalogue_translator("fr"))
    try:
        assert remedy_of(error) == f"⟦fr:{_tr('fr', 'Cli', remedy)}⟧"
    finally:
        i18n.set_translator(before)


def test_english_plural_forms_come_from_the_english_catalogue():
    translate = i18n.catalogue_translator("en")
    assert translate("DetailPane", "%n note(s)", None, 1) == "1 note"
    assert translate("DetailPane", "%n note(s)", None, 3) == "3 notes"
    assert translate("Cli", "not in any catalogue", None, -1) == "not in any catalogue"


def test_the_translator_is_put_back_after_a_command(cli):
    before = i18n.translator()
    cli("--lang", "ar", "info")
    assert i18n.translator() is before


@pytest.mark.parametrize(
    "command",
    [("delegation", "list"), ("delegate", "list"), ("marks",), ("conflicts",), ("notes",)],
)
def test_json_is_the_same_in_every_language(command, cli, data_dir, marking):
    assert cli("delegation", "create", "Délégation du Sénégal", "--country", "SN")[0] == 0
    assert cli("delegate", "add", "Awa Ndiaye")[0] == 0
    outputs = {lang: cli("--lang", lang, *command, "--json") for lang in ("en", "fr", "ar")}
    assert outputs["en"][0] == 0
    assert outputs["fr"] == outputs["en"] == outputs["ar"]
    set_display_language(DataFolder(data_dir), "ar")
    assert cli(*command, "--json") == outputs["en"]


def test_info_json_changes_only_catalogue_names(cli, marking):
    en, ar = (json.loads(cli("--lang", lang, "info", "--json")[1]) for lang in ("en", "ar"))
    assert "⟦" not in json.dumps(ar, ensure_ascii=False)
    for edition in (*en["editions"], *ar["editions"]):
        edition.pop("name")
    assert en == ar


def _literal_headings() -> dict[str, str]:
    """Every literal heading given to print_table and label given to print_fields, by file."""
    import ast

    found: dict[str, str] = {}
    for path in sorted((Path(__file__).resolve().parents[2] / "briefer" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            name = getattr(name, "id", None) if isinstance(node, ast.Call) else None
            if name == "print_table" and len(node.args) > 1:
                nodes = [n for n in ast.walk(node.args[1]) if isinstance(n, ast.Constant)]
            elif name == "print_fields" and node.args:
                nodes = [
                    t.elts[0]
                    for t in ast.walk(node.args[0])
                    if isinstance(t, ast.Tuple) and t.elts and isinstance(t.elts[0], ast.Constant)
                ]
            else:
                continue
            for constant in nodes:
                if isinstance(constant.value, str) and constant.value:
                    found.setdefault(constant.value, path.name)
    return found


def test_every_heading_of_a_command_is_listed_for_the_catalogue():
    from briefer.cli.output import HEADINGS

    headings = _literal_headings()
    assert {"edition", "id", "title", "delegates"} <= headings.keys()
    missing = {h: f for h, f in headings.items() if h not in HEADINGS}
    assert not missing, f"add these to briefer/cli/output.py HEADINGS: {missing}"


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_an_argument_refused_by_its_type_is_refused_in_the_language(lang, cli, capsys):
    """Found by review: the translator was set after the arguments were read, so a bad
    --at came out in English; and --day took "hier" or "2021-02-30" as a day with nothing
    on it (exit 0)."""
    day = _tr(lang, "Packs", "'{day}' is not a date such as 2021-11-11.")
    moment = _tr(
        lang, "Cli", "'{text}' is not a moment with its time zone, such as 2021-11-11T14:45+01:00."
    )
    for args, expected in (
        (("programme", "--day", "hier"), day.format(day="hier")),
        (("programme", "--day", "2021-02-30"), day.format(day="2021-02-30")),
        (("search", "--day", "2021-13-40", "paix"), day.format(day="2021-13-40")),
        (("programme", "--now", "--at", "demain"), moment.format(text="demain")),
    ):
        with pytest.raises(SystemExit) as exit_:
            cli("--lang", lang, *args)
        assert exit_.value.code == 2
        assert expected in capsys.readouterr().err


def test_a_passphrase_prompt_with_no_input_left_is_a_message_not_a_traceback(cli, monkeypatch):
    """Found by review: `passphrase set </dev/null` ended in EOFError's traceback; then it
    printed Python's English "Warning: Password input may be echoed." before the message."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal, nothing on the input
    monkeypatch.delenv("BRIEFER_PASSPHRASE_FILE", raising=False)
    code, _out, err = cli("--lang", "fr", "passphrase", "set")
    assert code == 1
    assert "Traceback" not in err and "EOFError" not in err and "Warning" not in err
    assert (
        _tr(
            "fr",
            "Cli",
            "No passphrase was given: the input ended. Type it at the terminal, "
            "or name a file holding it in BRIEFER_PASSPHRASE_FILE.",
        )
        in err
    )


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="TZ is read on POSIX")
def test_show_json_writes_the_local_clocks_time_the_same_in_every_language(cli, monkeypatch):
    """Found by review: `show --json` wrote "your_time" with the display language's day
    names ("jeudi 11 novembre 2021 …"); --json does not change with the language."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        seen = set()
        for lang in ("fr", "ar", "en"):
            code, out, _ = cli("--lang", lang, "show", "ppf:ses-2021-101", "--json")
            assert code == 0
            seen.add(json.loads(out)["your_time"])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert len(seen) == 1 and next(iter(seen)).startswith("Thursday 11 November 2021")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_contact_confirmations_come_out_in_the_language(lang, cli):
    """Found by review: "Added Jean Dupont (own:person-…)." was an English f-string in every
    language, as were the edit, cancel and delete confirmations of people and meetings."""
    assert cli("--lang", lang, "delegation", "create", "Délégation test")[0] == 0
    code, out, _ = cli("--lang", lang, "person", "add", "Jean Dupont")
    added = _tr(lang, "Cli", "Added {name} ({id}).")
    assert code == 0 and added != "Added {name} ({id})."
    assert out.startswith(added.split("{name}")[0]) and "Added" not in out
    code, out, _ = cli("--lang", lang, "person", "delete", "Jean Dupont")
    deleted = _tr(lang, "Cli", "Deleted {name}.")
    assert code == 0 and out.strip().startswith(deleted.split("{name}")[0]) and "Deleted" not in out
    code, out, _ = cli("--lang", lang, "selection", "conflicts")
    assert out.strip() == _tr(lang, "Cli", "No conflicts left by an import.")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_core_refusals_of_ids_and_folders_come_out_in_the_language(lang, cli, tmp_path):
    """Found by review: an unknown item id, a pack asked from a history that has none of
    that id, and a pack into a folder that does not exist were refused in English."""
    cases = [
        (
            ("show", "ppf:nope"),
            _tr(
                lang,
                "Catalogue",
                "No item “{item}” in the catalogue. Ids look like "
                "ppf:ses-2021-101; find them with: briefer search WORDS",
            ).format(item="ppf:nope"),
        ),
        (
            ("changes", "--since-pack", "999"),
            _tr(lang, "Sync", "No pack with id {id} in the history.").format(id=999),
        ),
    ]
    for args, expected in cases:
        code, _, err = cli("--lang", lang, *args)
        assert code != 0 and expected in err, (args, err)
    assert cli("--lang", lang, "delegation", "create", "Délégation test")[0] == 0
    assert cli("--lang", lang, "mark", "ppf:ses-2021-101")[0] == 0
    out = tmp_path / "missing" / "pack.pdf"
    code, _, err = cli("--lang", lang, "pack", "--out", str(out))
    expected = _tr(lang, "Packs", "The folder {folder} does not exist.").format(folder=out.parent)
    assert code != 0 and expected in err and "does not exist" not in err


def _say(lang: str, context: str, text: str, n: int = -1, comment: str | None = None) -> str:
    """`text` as the command line writes it in `lang`, plural forms and all."""
    from briefer.core.qm import translator_for

    return translator_for(package_data_dir("translations") / f"briefer_{lang}.qm")(
        context, text, comment, n
    )


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_selection_export_and_import_report_in_the_language(lang, cli, tmp_path):
    """Found by review: "Exported 1 marks, 0 notes…" and the import's report were English
    f-strings with no plural forms."""
    assert cli("--lang", lang, "delegation", "create", "Délégation test")[0] == 0
    assert cli("--lang", lang, "mark", "ppf:ses-2021-101")[0] == 0
    path = tmp_path / "sel.briefer-selection"
    code, out, _ = cli("--lang", lang, "selection", "export", str(path))
    counts = {
        "marks": _say(lang, "Cli", "%n mark(s)", 1),
        "notes": _say(lang, "Cli", "%n note(s)", 0),
        "meetings": _say(lang, "Cli", "%n meeting(s)", 0),
        "contacts": _say(lang, "Cli", "%n contact(s)", 0),
        "delegates": _say(lang, "Cli", "%n delegate(s)", 0),
    }
    exported = "Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}."
    expected = _say(lang, "Cli", exported).format(path=path, **counts)
    assert code == 0 and out.strip() == expected and "Exported" not in out
    code, out, _ = cli("--lang", lang, "selection", "import", str(path))
    assert code == 0 and "Imported" not in out and "new marks" not in out
    assert _say(lang, "Cli", "%n new mark(s)", 0) in out
    assert _say(lang, "Cli", "%n mark(s) merged", 0) in out  # the same mark: nothing merged


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_stored_codes_are_written_as_words(lang, cli):
    """Found by review: priorities, mark statuses, item kinds and meeting kinds and statuses
    were printed as stored ("must", "bilateral", "requested", "session")."""
    assert cli("--lang", lang, "delegation", "create", "Délégation test")[0] == 0
    assert cli("--lang", lang, "mark", "ppf:ses-2021-101", "--priority", "must")[0] == 0
    code, out, _ = cli("--lang", lang, "marks")
    assert code == 0 and _say(lang, "Priority", "must attend") in out
    assert not re.search(r"\bmust\b", out)
    code, out, _ = cli("--lang", lang, "show", "ppf:ses-2021-101")
    assert code == 0 and _say(lang, "ItemKind", "session") in out
    assert _say(lang, "MarkStatus", "open") in out and not re.search(r"\bopen\b", out)
    code, out, _ = cli(
        "--lang", lang, "meeting", "add", "Bilatérale", "--day", "2021-11-11", "--kind", "bilateral"
    )
    assert code == 0
    code, out, _ = cli("--lang", lang, "meeting", "list")
    assert _say(lang, "MeetingWords", "bilateral") in out
    assert _say(lang, "MeetingWords", "requested") in out
    assert not re.search(r"\b(bilateral|requested)\b", out)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_argparse_speaks_the_language_too(lang, cli, capsys):
    """Found by review: "usage:", "error:", "unrecognized arguments" and every --help text
    stayed English."""
    with pytest.raises(SystemExit):
        cli("--lang", lang, "programme", "--bogus")
    err = capsys.readouterr().err
    assert _say(lang, "argparse", "usage: ").strip() in err
    assert _say(lang, "argparse", "unrecognized arguments: %s") % "--bogus" in err
    assert "unrecognized" not in err and "usage:" not in err
    with pytest.raises(SystemExit):
        cli("--lang", lang, "programme", "--help")
    out = capsys.readouterr().out
    assert _say(lang, "argparse", "show this help message and exit") in out
    assert _say(lang, "CliHelp", "only sessions your delegation marked") in out
    assert "show this help" not in out and "your delegation marked" not in out


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_argparse_message_formats_with_argparse_values(lang):
    """argparse %-formats its messages after translating them: a placeholder lost or added in
    a translation would end the run in a traceback."""
    from briefer.cli.argparse_words import MESSAGES

    values = {
        "prog": "briefer",
        "message": "m",
        "argument_name": "--day",
        "option": "--d",
        "matches": "--day, --delegate",
        "type": "int",
        "value": "x",
        "choices": "'a', 'b'",
        "filename": "f",
        "error": "e",
    }
    for message in MESSAGES:
        text = _say(lang, "argparse", message)
        assert text and text % (values if "%(" in message else ("x",) * message.count("%")), text


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_passphrase_status_and_sources_in_the_language(lang, cli, data_dir):
    """Found by review: `passphrase status` and `sources list` ("never synced") were English."""
    code, out, _ = cli("--lang", lang, "passphrase", "status")
    expected = _say(lang, "Cli", "{path}: not encrypted").format(
        path=DataFolder.locate(data_dir).root
    )
    assert code == 0 and out.strip() == expected and "not encrypted" not in out
    assert cli("--lang", lang, "sources", "add", "local", "http://127.0.0.1:9/feed.json",
               "--kind", "frab-json", "--no-check")[0] == 0  # fmt: skip
    code, out, _ = cli("--lang", lang, "sources", "list")
    assert code == 0 and _say(lang, "Sync", "never synced") in out and "never" not in out


def test_a_stored_sync_status_is_written_in_the_reader_s_language():
    """The status is stored once, in English words; each run writes it in its own language."""
    from briefer.core.sync.sources import status_text

    i18n.set_translator(i18n.catalogue_translator("fr"))
    try:
        assert status_text("applied catalogue version 7") == _say(
            "fr", "Sync", "applied catalogue version {version}"
        ).format(version=7)
        assert status_text(None) == _say("fr", "Sync", "never synced")
        assert status_text("failed: Délai dépassé.").endswith(": délai dépassé.")  # old free text
    finally:
        i18n.set_translator(None)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_whole_number_and_seconds_are_refused_in_the_language(lang, cli, capsys):
    """Found by review: `--alarm abc` said "invalid int value" and `--timeout 0` was an
    English f-string."""
    for args, message in (
        (("ics", "--alarm", "abc"), _say(lang, "Cli", "“{text}” is not a whole number.")),
        (
            ("sync", "--timeout", "0"),
            _say(lang, "Cli", "“{text}” is not a positive number of seconds."),
        ),
    ):
        with pytest.raises(SystemExit):
            cli("--lang", lang, *args)
        err = capsys.readouterr().err
        assert message.format(text=args[-1]) in err and "int" not in err, err


def test_lists_in_core_messages_are_written_as_the_language_writes_them(cli):
    """Found by review: "known delegates: A, B" kept a Latin comma in Arabic."""
    assert cli("delegation", "create", "Délégation test")[0] == 0
    for name in ("Awa Diop", "Jean Martin"):
        assert cli("delegate", "add", name)[0] == 0
    code, _, err = cli("--lang", "ar", "search", "x", "--delegate", "Nobody")
    assert code != 0 and "Awa Diop، Jean Martin" in err and "Awa Diop, Jean" not in err


def test_the_language_of_the_messages_is_known_to_the_core():
    for lang in ("fr", "ar", "en"):
        i18n.set_translator(i18n.catalogue_translator(lang))
        try:
            assert i18n.language() == lang
        finally:
            i18n.set_translator(None)
    assert i18n.language() == "en"


def test_table_cells_keep_french_no_break_spaces(capsys):
    """Found by review: cells were split on every space, U+202F included, so "échec : …"
    came out with an ordinary space before the colon."""
    from briefer.cli.output import clip, print_fields, print_table

    print_table([["échec\u202f: refusé\n  ici"]], ["status"])
    assert "échec\u202f: refusé ici" in capsys.readouterr().out
    assert clip("a\u00a0b  c", 10) == "a\u00a0b c"
    i18n.set_translator(i18n.catalogue_translator("fr"))
    try:
        print_fields([("people", ["A", "B"])])
    finally:
        i18n.set_translator(None)
    assert "A\u202f; B" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_own_meetings_in_the_programme_carry_a_meeting_s_status(lang, cli):
    """Found by review: an own meeting showed "[requested]" in the programme, and a
    cancelled one the feminine word of a cancelled session."""
    assert cli("delegation", "create", "Délégation test")[0] == 0
    code, _, _ = cli(
        "meeting", "add", "Bilatérale", "--day", "2021-11-11", "--start", "10:00", "--end", "10:30"
    )
    assert code == 0
    code, out, _ = cli("--lang", lang, "programme", "--day", "2021-11-11")
    assert code == 0 and "[requested]" not in out
    assert f"[{_say(lang, 'MeetingWords', 'requested')}]" in out


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_changes_write_statuses_as_words_and_titles_in_the_language(lang, cli, data_dir):
    """Found by review: `changes` printed a meeting's "requested → cancelled" as stored, and
    a catalogue item under the title its source gave first, whatever the language."""
    from briefer.core.store import open_store
    from briefer.core.sync.history import list_changes

    assert cli("delegation", "create", "Délégation test")[0] == 0
    code, out, _ = cli("meeting", "add", "Bilatérale", "--day", "2021-11-11", "--json")
    meeting = json.loads(out)["id"]
    assert cli("meeting", "cancel", meeting)[0] == 0
    code, out, _ = cli("--lang", lang, "changes")
    assert code == 0 and not re.search(r"\b(requested|cancelled)\b", out)
    assert _say(lang, "MeetingWords", "cancelled") in out
    store = open_store(DataFolder.locate(data_dir))
    try:
        with store.transaction():
            store.conn.execute(
                "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
                "VALUES (NULL, '2026-01-01T00:00:00Z', ?, 'session', 'room', 'A', 'B', ?)",
                (OPENING, "Opening ceremony"),
            )
        titles = {r["id"]: r["title"] for r in list_changes(store, lang=lang)}
    finally:
        store.close()
    assert titles[OPENING] == {"fr": OPENING_FR, "ar": OPENING_AR}[lang]


OPENING = "ppf:ses-2021-opening"
OPENING_FR = "Ouverture officielle / cérémonie d'ouverture"
OPENING_AR = "الجلسة الافتتاحية"


def test_every_option_of_every_command_says_what_it_does():
    """Found by review: `mark --priority`, `meeting add --kind` and 24 other options showed
    nothing in --help, in any language."""
    import argparse

    from briefer.cli import build_parser

    silent = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{path} {name}")
            elif action.option_strings and not action.help:
                silent.append(f"{path} {action.option_strings[0]}")

    walk(build_parser(), "briefer")
    assert not silent, silent


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_info_says_who_published_each_edition_in_words(lang, cli):
    """Found by review: the "published by" column printed the stored code "bundled"."""
    code, out, _ = cli("--lang", lang, "info")
    assert code == 0 and not re.search(r"\bbundled\b", out)
    assert _say(lang, "Editions", "bundled with Briefer") in out


def test_an_id_copied_from_an_arabic_line_with_its_isolates_still_finds_the_item(cli):
    """The Arabic messages isolate ids (⁦ppf:ses-2021-101⁩) so that they do not turn the
    line around; a terminal copies those invisible controls with the id."""
    assert cli("delegation", "create", "Délégation test")[0] == 0
    code, out, err = cli("--lang", "ar", "mark", "\u2066ppf:ses-2021-101\u2069")
    assert code == 0, err
    code, out, _ = cli("show", "\u2068ppf:ses-2021-101\u2069\u200f", "--json")
    assert code == 0 and json.loads(out)["id"] == "ppf:ses-2021-101"


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_marks_shows_where_the_delegation_stands_on_each_item(lang, cli):
    """Found by review: `mark --status confirmed` was stored, and `marks` showed a blank status
    column (it held the item's catalogue status, which is empty for a scheduled session)."""
    assert cli("--lang", lang, "delegation", "create", "Délégation test")[0] == 0
    assert cli("mark", "ppf:ses-2021-101", "--priority", "should", "--status", "confirmed")[0] == 0
    assert cli("mark", "ppf:ses-2021-102", "--priority", "must")[0] == 0
    code, out, _ = cli("--lang", lang, "marks")
    assert code == 0
    confirmed = _say(lang, "MarkStatus", "confirmed")
    opened = _say(lang, "MarkStatus", "open")
    line_101 = next(line for line in out.splitlines() if "ppf:ses-2021-101" in line)
    line_102 = next(line for line in out.splitlines() if "ppf:ses-2021-102" in line)
    assert confirmed in line_101 and opened not in line_101
    assert opened in line_102 and confirmed not in line_102
    assert _say(lang, "Cli", "in the catalogue") in out.splitlines()[0]


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_a_programme_with_nothing_to_show_says_so(lang, cli):
    """Found by review: `programme --day 2030-01-01` printed nothing and exited 0, where the
    other commands say when there is nothing."""
    code, out, _ = cli("--lang", lang, "programme", "--day", "2030-01-01")
    assert code == 0 and out.strip()
    assert _say(lang, "Cli", "No session on {day} matches.").split("{day}")[0] in out


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_a_search_with_no_word_says_to_type_one(lang, cli):
    """Found by review: an empty or punctuation-only query printed `No results for “”.`."""
    for query in ("", "   ", "!!!"):
        code, _out, err = cli("--lang", lang, "search", query)
        assert code != 0 and _say(lang, "Cli", "Nothing to search for: type a word.") in err


def test_a_search_tables_snippet_shows_its_match(cli):
    """Found by review: the table cut snippets at 50 characters from their start, so the
    bracketed match was often cut off (ppf:fd-axis-1 for "السلام")."""
    code, out, _ = cli("--lang", "ar", "search", "السلام", "--limit", "40")
    line = next(line for line in out.splitlines() if "ppf:fd-axis-1" in line)
    assert code == 0 and "[السلام]" in line


def test_pack_password_shorter_than_a_passphrase_is_refused(cli, tmp_path, monkeypatch):
    """Found by review: `briefer pack --password` took a one-character password."""
    monkeypatch.setenv("BRIEFER_PACK_PASSWORD", "a")
    assert cli("delegation", "create", "Délégation test")[0] == 0
    assert cli("mark", "ppf:ses-2021-101")[0] == 0
    code, _, err = cli("pack", "--password", "--out", str(tmp_path / "p.pdf"))
    assert code == 1 and "A PDF password needs at least 8 characters" in err
    assert not (tmp_path / "p.pdf").exists()


def test_changes_never_cut_a_time_and_cut_long_titles_at_their_end(cli, data_dir):
    """Found by review: `--lang ar changes` printed "⁨الأربعاء 9 كانون الأول/ديسمبر 2026⁩، ⁨17:…⁩"
    (the time itself cut), and elsewhere "…الأول/ديسمبر 2026⁩، ⁨13:00⁩" (the day cut)."""
    from briefer.core.store import open_store

    title = "حوكمة الذكاء الاصطناعي معاً من أجل السلام والأمن الدوليين في العالم الرقمي"
    rows = [
        ("x:ses-1", "time", "2026-12-09 17:00", "2026-12-08 18:00"),
        ("x:ses-2", "time", "2026-12-08 13:00", "2026-12-08 12:00"),
    ]
    store = open_store(DataFolder.locate(data_dir))
    try:
        with store.transaction():
            for item, field, old, new in rows:
                store.conn.execute(
                    "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
                    "VALUES (NULL, '2026-12-07T20:42:00Z', ?, 'session', ?, ?, ?, ?)",
                    (item, field, old, new, title),
                )
    finally:
        store.close()
    code, out, _ = cli("--lang", "ar", "changes")
    assert code == 0
    for day in ("الأربعاء 9 كانون الأول/ديسمبر 2026", "الثلاثاء 8 كانون الأول/ديسمبر 2026"):
        assert f"\u2068{day}\u2069" in out, out
    for time in ("17:00", "18:00", "13:00", "12:00"):
        assert f"\u2068{time}\u2069" in out, out
    lines = [line for line in out.splitlines() if "x:ses-" in line]
    assert len(lines) == 2
    for line in lines:
        assert title not in line and line.endswith("…") and title[:20] in line
        assert line.count("\u2068") == line.count("\u2069")


def test_changes_name_the_language_of_a_title_changed_in_another_language_only(cli, data_dir):
    """Found by review: only the English title changed, and `--lang fr changes` listed a
    « titre » change from "Opening ceremony" to "Official opening ceremony" beside an unchanged
    French title, as if the French one had changed."""
    from briefer.core.store import open_store
    from briefer.core.sync.titles import recorded

    old = recorded({"fr": "Cérémonie d'ouverture", "en": "Opening ceremony"}, None)
    new = recorded({"fr": "Cérémonie d'ouverture", "en": "Official opening ceremony"}, None)
    store = open_store(DataFolder.locate(data_dir))
    try:
        with store.transaction():
            store.conn.execute(
                "INSERT INTO changes (sync_id, at, item_id, kind, field, old, new, title) "
                "VALUES (NULL, '2026-12-07T20:42:00Z', 'x:ses-1', 'session', 'title', ?, ?, ?)",
                (old, new, "Opening ceremony"),
            )
    finally:
        store.close()
    code, out, _ = cli("--lang", "fr", "changes")
    assert code == 0 and "titre (anglais)" in out, out


def test_no_results_repeats_a_long_query_shortened(cli):
    """Found by review: "no results" repeated a 5,000-character query in full."""
    query = "zqxjv " * 1000
    code, out, _ = cli("--lang", "fr", "search", query)
    assert code == 0 and f"{query[:60]}…\u202f»" in out and len(out) < 200, out[:300]


def test_changes_since_a_moment_without_any_say_so(cli):
    """Found by review: `changes --since …` with nothing after that moment said « Aucun
    changement enregistré », as if nothing had ever changed."""
    code, out, _ = cli("--lang", "fr", "changes", "--since", "2999-01-01T10:00")
    assert code == 0 and out.strip() == "Aucun changement depuis 2999-01-01T10:00."


def test_an_unknown_region_is_named_when_nothing_is_found(cli):
    """Found by review: `search project --region Nowhere` said only « No results »."""
    code, out, _ = cli("--lang", "fr", "search", "covid", "--region", "Nulle-part")
    assert (
        code == 0 and "Aucune région connue de Briefer ne s’appelle «\u202fNulle-part\u202f»" in out
    )
    code, out, _ = cli("--lang", "fr", "search", "zzzzqqq", "--region", "Afrique")
    assert code == 0 and "région" not in out  # a region it knows: only « no results »


def test_the_delegation_list_names_the_country(cli):
    """Found by review: `delegation list` showed « البلد: MA »: the country's name in the
    display language (--json keeps the code)."""
    assert cli("delegation", "create", "وفد المملكة المغربية", "--country", "MA")[0] == 0
    assert "المغرب" in cli("--lang", "ar", "delegation", "list")[1]
    assert "Maroc" in cli("--lang", "fr", "delegation", "list")[1]
    assert json.loads(cli("delegation", "list", "--json")[1])[0]["country"] == "MA"
