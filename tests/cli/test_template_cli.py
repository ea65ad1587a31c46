"""`briefer template …`, `briefer note … --template`, `briefer pack --format docx`."""

import json
import stat
import sys
from pathlib import Path

import pytest
from docx import Document

ITEM = "ppf:ses-2021-101"


def test_template_list_shows_the_builtins_in_three_languages(cli):
    code, out, _ = cli("template", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    briefing = {r["lang"]: r for r in rows if r["name"] == "briefing"}
    assert sorted(briefing) == ["ar", "en", "fr"]
    code, out, _ = cli("--lang", "fr", "template", "list")
    assert code == 0 and "Note de briefing" in out and "ar fr en" in out


def test_template_show_in_a_language(cli):
    code, out, _ = cli("template", "show", "briefing", "--lang", "ar")
    assert code == 0
    assert out.splitlines()[0] == "## الأهداف" and "## أسئلة وأجوبة" in out


def test_template_edit_add_and_delete(cli, tmp_path: Path):
    code, out, _ = cli("template", "edit", "briefing", "--lang", "en", "--text", "## Goals\n")
    assert code == 0 and "saved" in out
    _, out, _ = cli("template", "show", "briefing", "--lang", "en")
    assert out.strip() == "## Goals"
    source = tmp_path / "visit.md"
    source.write_text("## Programme\n\n## Sécurité\n", encoding="utf-8")
    code, out, _ = cli(
        "template", "edit", "visite", "--lang", "fr", "--file", str(source), "--title", "Visite"
    )
    assert code == 0
    _, out, _ = cli("template", "list")
    assert "visite" in out and "Visite" in out and "edited" in out
    assert cli("template", "delete", "briefing")[0] == 0
    _, out, _ = cli("template", "show", "briefing", "--lang", "en")
    assert out.startswith("## Objectives")
    code, _, err = cli("template", "delete", "briefing")
    assert code == 1 and "built in" in err
    code, _, err = cli("template", "show", "nope")
    assert code == 3 and "nope" in err and "Traceback" not in err


def test_template_edit_in_the_editor_starts_from_the_current_text(cli, tmp_path, monkeypatch):
    editor = _editor(tmp_path, "\n## Added by the editor\n")
    monkeypatch.setenv("VISUAL", str(editor))
    assert cli("template", "edit", "speech", "--lang", "en")[0] == 0
    _, out, _ = cli("template", "show", "speech", "--lang", "en")
    assert out.startswith("## Objectives") and out.rstrip().endswith("## Added by the editor")


def _editor(tmp_path: Path, appended: str) -> Path:
    """An $EDITOR that appends `appended` to the file it is given."""
    script = tmp_path / "editor.py"
    script.write_text(
        f"#!{sys.executable}\nimport sys\n"
        f"open(sys.argv[1], 'a', encoding='utf-8').write({appended!r})\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def _notes(cli) -> list[dict]:
    code, out, _ = cli("notes", "--json")
    assert code == 0
    return json.loads(out)


def test_note_started_from_a_template(cli, tmp_path, monkeypatch):
    assert cli("delegation", "create", "Délégation du Sénégal")[0] == 0
    code, _, err = cli("--lang", "fr", "note", ITEM, "--template", "briefing")
    assert code == 0, err
    assert _notes(cli)[0]["body"].startswith("## Objectifs\n\n## Messages clés")
    code, _, _ = cli(
        "--lang", "ar", "note", "--delegation", "--template", "bilateral", "--text", "نص"
    )
    assert code == 0
    body = _notes(cli)[-1]["body"]
    assert body.startswith("## الأهداف") and body.rstrip().endswith("نص")
    monkeypatch.setenv("VISUAL", str(_editor(tmp_path, "Filled in.\n")))
    assert cli("note", ITEM, "--template", "speech", "--edit")[0] == 0
    body = _notes(cli)[-1]["body"]
    assert body.startswith("## Objectives") and body.rstrip().endswith("Filled in.")


def test_note_needs_a_text_or_a_template(cli):
    assert cli("delegation", "create", "D")[0] == 0
    code, _, err = cli("note", ITEM)
    assert code == 1 and "--template" in err
    code, _, err = cli("note", ITEM, "--template", "missing")
    assert code == 3 and "missing" in err
    assert _notes(cli) == []


def test_pack_format_docx(cli, tmp_path):
    assert cli("delegation", "create", "D")[0] == 0
    assert cli("mark", ITEM, "--priority", "must")[0] == 0
    out = tmp_path / "pack.docx"
    code, printed, err = cli("pack", "--format", "docx", "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(printed)["format"] == "docx"
    doc = Document(out)
    assert next(p.text for p in doc.paragraphs if p.style.name == "Heading 1") == "Agenda"
    pdf = tmp_path / "pack.pdf"
    code, printed, _ = cli("pack", "--out", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "pages" in printed
    with pytest.raises(SystemExit) as usage:
        cli("pack", "--format", "odt", "--out", str(tmp_path / "x.odt"))
    assert usage.value.code == 2


def test_an_editor_that_is_not_there_is_a_refusal_not_an_unusable_data_folder(
    cli, tmp_path, monkeypatch
):
    """Found by review: VISUAL naming no program gave exit 4 and a message about the data
    folder; it is the editor that failed (exit 1), and nothing is added."""
    monkeypatch.setenv("VISUAL", str(tmp_path / "no-such-editor"))
    cli("delegation", "create", "Délégation test")
    code, _, err = cli("note", ITEM, "--edit")
    assert code == 1 and "no-such-editor" in err and "data" not in err.lower()
    code, _, err = cli("template", "edit", "speech")
    assert code == 1 and "no-such-editor" in err


def test_a_pack_says_its_id_and_the_packs_printed_are_listed(cli, tmp_path):
    """Found by review: `changes --since-pack ID` could not be used without --json: `pack`
    said « Fichier écrit : … (8 pages, 3 sessions, 0 projet) » with no id, and no command
    listed the packs printed."""
    assert cli("delegation", "create", "Délégation test")[0] == 0
    assert cli("--lang", "fr", "changes", "--packs")[1].strip() == (
        "Aucun dossier imprimé pour l’instant."
    )
    assert cli("mark", ITEM, "--priority", "must")[0] == 0
    first, second = tmp_path / "premier.pdf", tmp_path / "second.docx"
    code, printed, err = cli("--lang", "fr", "pack", "--out", str(first))
    assert code == 0, err
    assert printed.startswith(f"Fichier écrit\u202f: {first} (dossier 1, ")
    code, printed, err = cli("pack", "--format", "docx", "--out", str(second))
    assert code == 0 and printed.startswith(f"Wrote {second}: pack 2, "), printed
    code, out, _ = cli("--lang", "fr", "changes", "--packs")
    assert code == 0
    header, _, *rows = out.splitlines()
    headings = ["identifiant", "imprimé", "le", "pour", "langue", "format", "de", "fichier"]
    headings += ["pages", "fichier"]
    assert header.split() == headings
    assert [row.split()[0] for row in rows] == ["2", "1"]  # newest first
    assert str(first) in rows[1] and "Délégation test" in rows[1] and " fr " in rows[1]
    listed = json.loads(cli("changes", "--packs", "--json")[1])
    assert [(p["id"], p["format"], p["path"]) for p in listed] == [
        (2, "docx", str(second)),
        (1, "pdf", str(first)),
    ]
    assert cli("changes", "--since-pack", "1")[0] == 0
