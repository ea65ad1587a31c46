"""Text from and to the system as Windows users have it: no UTF-8 redirects, files with a
byte-order mark, no LANG variable."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core import languages
from briefer.core.delegations import create_delegation

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("encoding", ["cp1252", "cp1256"])
def test_output_redirected_in_an_ansi_code_page_is_written_whole(tmp_path, encoding):
    """A pipe in cp1252 cannot hold Arabic, nor cp1256 a narrow no-break space: the command
    writes UTF-8 rather than stopping at the first such character with a traceback."""
    for args, expected in (
        (["--lang", "fr", "info"], "\u202f:"),
        (["--lang", "ar", "info"], "الدورة"),
        (["--lang", "fr", "delegation", "list", "--json"], "[]"),
    ):
        done = _briefer(tmp_path, *args, PYTHONIOENCODING=encoding)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in done.stderr
        assert expected in done.stdout.decode("utf-8")


def test_a_note_file_with_a_byte_order_mark_keeps_its_heading(cli, store, tmp_path):
    create_delegation(store, "Délégation")
    note = tmp_path / "note.md"
    note.write_bytes("\ufeff# Éléments de langage\nTexte.".encode())  # as Notepad saves it
    code, _, err = cli("note", "--delegation", "--file", str(note))
    assert code == 0, err
    code, out, err = cli("notes", "--json")
    [saved] = json.loads(out)
    assert saved["body"].startswith("# Éléments de langage"), saved


def _briefer(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The command line in a process of its own, as a user runs it."""
    env = {**os.environ, "BRIEFER_DATA_DIR": str(data_dir), **env}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True
    )


def test_a_passphrase_file_with_a_byte_order_mark_gives_the_passphrase(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery staple\n" * 2, encoding="utf-8")
    data = tmp_path / "data"
    done = _briefer(data, "passphrase", "set", BRIEFER_PASSPHRASE_FILE=str(secret))
    assert done.returncode == 0, done.stderr.decode()
    secret.write_bytes("\ufeffcorrect horse battery staple\n".encode())  # as Notepad saves it
    done = _briefer(data, "delegation", "list", "--json", BRIEFER_PASSPHRASE_FILE=str(secret))
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout) == []


def test_windows_display_language_decides_where_no_variable_does(cli, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert languages.language_of_lcid(0x0401) == "ar"  # Arabic (Saudi Arabia)
    assert languages.language_of_lcid(0x040C) == "fr"  # French (France)
    assert languages.language_of_lcid(0x0411) is None  # Japanese: not spoken by Briefer
    monkeypatch.setattr(languages, "system_language", lambda: "fr")
    code, _, err = cli("show", "no:such-item")
    assert code != 0
    assert "Aucun" in err or "aucun" in err, err


def test_days_and_times_in_arabic_indic_digits_are_understood(cli, store, tmp_path):
    """Found by review: `--limit ٢` worked but `daysheet --day ٢٠٢١-١١-١١` and `meeting add
    --day ٢٠٢١-١١-١٢` were refused, as an Arabic keyboard writes them."""
    create_delegation(store, "وفد", "MA")
    code, _, err = cli("mark", "ppf:ses-2021-101", "--priority", "must")
    assert code == 0, err
    out = tmp_path / "day.pdf"
    code, _, err = cli("--lang", "ar", "daysheet", "--day", "٢٠٢١-١١-١١", "--out", str(out))
    assert code == 0, err
    code, _, err = cli("meeting", "add", "لقاء", "--day", "٢٠٢١-١١-١٢", "--start", "١٤:٣٠")
    assert code == 0, err
    code, out_text, err = cli("meeting", "list", "--json")
    [meeting] = json.loads(out_text)
    assert meeting["day"] == "2021-11-12" and "14:30" in json.dumps(meeting)


def test_a_name_typed_in_decomposed_unicode_is_the_same_name(cli, store):
    """Found by review: "Hélène Martin" typed as e and a combining accent (as macOS file
    names and some keyboards give it) was no delegate « Hélène Martin »; nor « HÉLÈNE »."""
    import unicodedata

    create_delegation(store, "Délégation", "FR")
    assert cli("delegate", "add", "Hélène Martin")[0] == 0
    for typed in (unicodedata.normalize("NFD", "Hélène Martin"), "HÉLÈNE MARTIN"):
        code, _, err = cli("assign", "ppf:ses-2021-101", typed)
        assert code == 0, err
    code, _, err = cli("delegate", "add", unicodedata.normalize("NFD", "Hélène Martin"))
    assert code != 0 and "Hélène Martin" in err  # the same delegate, not a second one


def test_a_windows_editor_path_is_one_program(tmp_path):
    """Found by review: EDITOR=C:\\Program Files\\Notepad++\\notepad++.exe was split by POSIX
    rules into ['C:Program', 'FilesNotepad++notepad++.exe']."""
    from briefer.cli.common import editor_command

    program = tmp_path / "Program Files" / "Notepad++" / "notepad++.exe"
    program.parent.mkdir(parents=True)
    program.write_text("", encoding="utf-8")
    assert editor_command(str(program), windows=True) == [str(program)]
    quoted = r'"C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession'
    assert editor_command(quoted, windows=True) == [
        r"C:\Program Files\Notepad++\notepad++.exe",
        "-multiInst",
        "-nosession",
    ]
    assert editor_command("code --wait", windows=False) == ["code", "--wait"]


def test_editions_a_year_shares_are_named_in_the_readers_language(cli, store, tmp_path):
    """Found by review: with a CSV imported, `--lang fr programme --edition 2021` named the
    forum's edition « Paris Peace Forum, 4th edition » in English in its refusal."""
    from briefer.core.localize import pick

    csv = tmp_path / "side.csv"
    csv.write_text(
        "kind,id,title_en,day,start\nsession,a,Side event,2021-11-11,09:00\n", encoding="utf-8"
    )
    assert cli("import", str(csv))[0] == 0
    code, _, err = cli("--lang", "fr", "programme", "--edition", "2021")
    assert code != 0 and "ppf:edition-2021" in err
    [forum] = store.query("SELECT * FROM cat.editions WHERE id = 'ppf:edition-2021'")
    assert pick(forum, "name", "fr") in err and pick(forum, "name", "en") not in err


def test_a_passphrase_too_short_is_bad_input_not_a_wrong_passphrase(tmp_path):
    """Found by review: a passphrase too short exited 4, the status the help reserves for a
    wrong passphrase."""
    secret = tmp_path / "secret.txt"
    secret.write_text("short\n", encoding="utf-8")
    done = _briefer(tmp_path / "data", "passphrase", "set", BRIEFER_PASSPHRASE_FILE=str(secret))
    assert done.returncode == 1, done.stderr.decode()
    assert b"8" in done.stderr and b"Traceback" not in done.stderr


def test_show_gives_an_own_meeting_too(cli, store):
    """Found by review: `show own:meeting-…` said "no item in the catalogue" and sent the user
    to `search`."""
    create_delegation(store, "Délégation", "FR")
    code, out, err = cli("meeting", "add", "Bilatérale Norvège", "--day", "2021-11-11", "--json")
    assert code == 0, err
    meeting_id = json.loads(out)["id"]
    code, out, err = cli("show", meeting_id, "--json")
    assert code == 0, err
    assert json.loads(out)["title"] == "Bilatérale Norvège"


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_help_lines_break_neither_a_word_nor_an_isolate(cli, lang, capsys):
    """Found by review: `pack --help` cut « ⁨changes,agenda,meetings,session » / « s,…⁩ » and,
    in English and French, "meetin" / "gs"; the watermark's help cut "⁦briefer" /
    "settings⁩"."""
    import re

    for command in ("pack", "daysheet", "sources"):
        with pytest.raises(SystemExit):
            cli("--lang", lang, command, "--help")
        out = capsys.readouterr().out
        for line in out.splitlines():
            opened = len(re.findall("[\u2066\u2067\u2068]", line))
            assert opened == line.count("\u2069"), (command, line)
        if command == "pack":  # the sections' list on one line, whole
            assert "changes,agenda,meetings,sessions,projects,people,roster,notes" in out


def test_a_commands_own_lang_is_not_the_language_of_its_errors(cli, monkeypatch, capsys):
    """Found by review: `LANG=fr_FR.UTF-8 briefer pack --lang ar … --paper B5` refused in
    Arabic: the pack's language was read as the display language."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with pytest.raises(SystemExit):
        cli("pack", "--lang", "ar", "--out", "x.pdf", "--paper", "B5")
    err = capsys.readouterr().err
    assert "choix invalide" in err, err
