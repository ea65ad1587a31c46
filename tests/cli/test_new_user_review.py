"""Found by review of a new user's first steps with the README (a fresh clone, the command line):
a screenshot of encrypted data, output files, the catalogue reset, selection export, CSV from
Excel, long changes, sources, meetings' conflicts, conflicts' tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import EXIT_ERROR, main
from briefer.core import crypto, storecrypt
from briefer.core.datafolder import DataFolder


@pytest.fixture
def encrypted(data_dir: Path, tmp_path: Path, monkeypatch):
    """The data folder encrypted with a passphrase kept in a file (not yet in BRIEFER_…)."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**12)
    monkeypatch.delenv(crypto.PASSPHRASE_FILE_ENV, raising=False)
    data = DataFolder(data_dir)
    from briefer.core.store import open_store

    open_store(data).close()
    storecrypt.set_passphrase(data, "correct horse battery staple")
    crypto.KEYRING._keys.clear()
    source = tmp_path / "pp.txt"
    source.write_text("correct horse battery staple\n", encoding="utf-8")
    yield source
    crypto.KEYRING._keys.clear()


def test_screenshot_of_encrypted_data_reads_the_passphrase_file(
    encrypted, data_dir, tmp_path, monkeypatch, capsys
):
    """Found by review: `screenshot` ran forever on encrypted data, the window's start-up
    asking in a dialog nobody answers offscreen, even with BRIEFER_PASSPHRASE_FILE."""
    import briefer.gui.lock as lock

    def asked(*_args, **_kwargs):
        raise AssertionError("a dialog asked for the passphrase")

    monkeypatch.setattr(lock, "ask_passphrase", asked)
    monkeypatch.setenv(crypto.PASSPHRASE_FILE_ENV, str(encrypted))
    out = tmp_path / "s.png"
    code = main(["--data-dir", str(data_dir), "screenshot", "--size", "800x600", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert out.read_bytes().startswith(b"\x89PNG")


def test_screenshot_of_encrypted_data_without_a_terminal_is_refused(
    encrypted, data_dir, tmp_path, monkeypatch, capsys
):
    import io

    import briefer.gui.lock as lock

    def asked(*_args, **_kwargs):
        raise AssertionError("a dialog asked for the passphrase")

    monkeypatch.setattr(lock, "ask_passphrase", asked)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out = tmp_path / "s.png"
    code = main(["--data-dir", str(data_dir), "screenshot", str(out)])
    _, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert "No passphrase was given" in err
    assert not out.exists()


@pytest.fixture
def marked(cli):
    assert cli("delegation", "create", "République de Testland", "--country", "FR")[0] == 0
    assert cli("mark", "ppf:ses-2021-101", "--priority", "must")[0] == 0
    return cli


def test_pack_format_follows_the_extension_of_out(marked, tmp_path):
    """Found by review: `pack --out pack2.docx` wrote a PDF into pack2.docx."""
    out = tmp_path / "pack2.docx"
    code, _, err = marked("pack", "--out", str(out))
    assert code == 0, err
    import zipfile

    assert "word/document.xml" in zipfile.ZipFile(out).namelist()
    code, _, err = marked("pack", "--out", str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = marked("pack", "--out", str(tmp_path / "p.pack"))  # no known extension
    assert code == 0, err
    assert (tmp_path / "p.pack").read_bytes().startswith(b"%PDF")


def test_a_format_that_contradicts_the_extension_is_refused(marked, tmp_path):
    out = tmp_path / "pack.docx"
    code, _, err = marked("pack", "--out", str(out), "--format", "pdf")
    assert code == EXIT_ERROR
    assert "ends in .docx" in err and "pdf" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("ics",), "revised.docx"),
        (("pack", "--format", "pdf"), "other.pdf"),
        (("pack",), "revised.docx"),
        (("daysheet", "--day", "2021-11-11"), "day.pdf"),
        (("selection", "export"), "sel.briefer-selection"),
    ],
)
def test_an_existing_file_of_another_kind_is_not_replaced(marked, tmp_path, command, name):
    """Found by review: `ics --out revised.docx` wrote a calendar into a Word document."""
    out = tmp_path / name
    out.write_bytes(b"Minutes of the meeting, revised by hand.\n")
    code, _, err = marked(*command, "--out", str(out))
    assert code == EXIT_ERROR, err
    assert "exists and is not a" in err and "choose another name or remove it" in err
    assert out.read_bytes() == b"Minutes of the meeting, revised by hand.\n"


def test_an_existing_file_of_the_same_kind_is_replaced(marked, tmp_path):
    for command, name in (
        (("ics",), "cal.ics"),
        (("pack",), "p.pdf"),
        (("pack",), "p.docx"),
        (("selection", "export"), "s.briefer-selection"),
    ):
        out = tmp_path / name
        assert marked(*command, "--out", str(out))[0] == 0
        code, _, err = marked(*command, "--out", str(out))
        assert code == 0, (command, err)


def test_paper_is_listed_once_and_taken_in_any_case(marked, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["pack", "--help"])
    out = capsys.readouterr().out
    assert "{a4,letter}" in out and "Letter" not in out.split("{a4,letter}")[0][-20:]
    for paper in ("A4", "a4", "Letter", "LETTER"):
        code, _, err = marked("pack", "--out", str(tmp_path / "p.pdf"), "--paper", paper)
        assert code == 0, err


def test_catalogue_reset_names_the_programmes_it_removed(marked, tmp_path):
    """Found by review: `catalogue reset` dropped every imported programme and said only that
    marks and notes were untouched."""
    csv = tmp_path / "side-events.csv"
    csv.write_text(
        "kind,id,title_en,day,start,end\nsession,a,First,2030-11-11,09:00,10:00\n",
        encoding="utf-8",
    )
    code, _, err = marked("import", str(csv), "--namespace", "side")
    assert code == 0, err
    assert marked("mark", "side:a", "--priority", "must")[0] == 0
    code, out, err = marked("catalogue", "reset")
    assert code == 0, err
    assert "Removed:" in out and "side" in out and "imported from side-events.csv" in out
    assert "import or sync them again" in out
    assert "1 marked item now refers" in out or "1 marked item(s)" in out or "1 marked" in out


def test_selection_export_of_encrypted_data_says_when_it_is_written_plain(
    encrypted, data_dir, tmp_path, monkeypatch, capsys
):
    """Found by review: with encrypted data, `selection export` wrote every note in plain
    without a word, where the window's export is protected by default. The passphrase stays
    optional (issue 14: "exported selections (optional passphrase)"); the command warns."""
    monkeypatch.setenv(crypto.PASSPHRASE_FILE_ENV, str(encrypted))

    def run(*args):
        crypto.KEYRING._keys.clear()
        code = main(["--data-dir", str(data_dir), *args])
        return code, *capsys.readouterr()

    assert run("delegation", "create", "D")[0] == 0
    assert run("note", "--delegation", "--text", "Zanzibar-note-7731")[0] == 0
    out = tmp_path / "sel.briefer-selection"
    code, _, err = run("selection", "export", "--out", str(out))  # issue 14: optional
    assert code == 0 and "unprotected" in err and "--encrypt" in err
    assert b"Zanzibar-note-7731" in out.read_bytes()
    code, _, err = run("selection", "export", "--out", str(out), "--plain")
    assert code == 0 and err == ""
    encrypted.write_text("correct horse battery staple\nfor the file\n", encoding="utf-8")
    sealed = tmp_path / "sealed.briefer-selection"
    code, _, err = run("selection", "export", "--out", str(sealed), "--encrypt")
    assert code == 0, err
    assert crypto.is_sealed(sealed.read_bytes())


def test_passphrase_set_speaks_of_removed_packs_only_when_there_were_some(
    data_dir, tmp_path, monkeypatch, capsys
):
    """Found by review: "Packs kept in the data folder were removed" with none there."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**12)
    source = tmp_path / "pp.txt"
    source.write_text("correct horse battery staple\n", encoding="utf-8")
    monkeypatch.setenv(crypto.PASSPHRASE_FILE_ENV, str(source))
    try:
        assert main(["--data-dir", str(data_dir), "passphrase", "set"]) == 0
        assert "Packs kept" not in capsys.readouterr().out
        assert main(["--data-dir", str(data_dir), "passphrase", "remove"]) == 0
        packs = DataFolder(data_dir).packs
        packs.mkdir(exist_ok=True)
        (packs / "pack-1.pdf").write_bytes(b"%PDF-1.7\n")
        capsys.readouterr()
        assert main(["--data-dir", str(data_dir), "passphrase", "set"]) == 0
        assert "1 pack kept in the data folder" in capsys.readouterr().out
    finally:
        crypto.KEYRING._keys.clear()


def test_help_says_what_the_commands_do(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "add, list, remove and rename the current delegation's delegates" in " ".join(
        out.split()
    )
    with pytest.raises(SystemExit):
        main(["selection", "export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "republique-de-testland.briefer-selection" in out


@pytest.mark.parametrize("separator", [";", "\t", ","])
def test_csv_saved_by_excel_with_semicolons_or_tabs_is_read(cli, tmp_path, separator):
    """Found by review: `kind;id;title_en`, as Excel saves CSV with French settings, gave "The
    CSV header lacks id, kind, title_en"."""
    rows = [
        ["kind", "id", "title_en", "day", "start", "end"],
        ["session", "a", "Table ronde, ouverture", "2030-11-11", "09:00", "10:00"],
    ]
    path = tmp_path / "excel.csv"
    quoted = [[f'"{v}"' if separator in v else v for v in row] for row in rows]
    path.write_text("\r\n".join(separator.join(row) for row in quoted) + "\r\n", "utf-8-sig")
    code, out, err = cli("import", str(path), "--namespace", "excel")
    assert code == 0, err
    code, out, err = cli("show", "excel:a")
    assert code == 0 and "Table ronde, ouverture" in out, err


def test_csv_in_windows_1252_is_read_and_the_import_says_so(cli, tmp_path):
    """Found by review: an ANSI file gave « The CSV file is not UTF-8 text. » and no hint."""
    path = tmp_path / "ansi.csv"
    path.write_bytes("kind;id;title_en\r\nsession;a;Élysée café – débat\r\n".encode("cp1252"))
    code, out, err = cli("import", str(path), "--namespace", "ansi")
    assert code == 0, err
    assert "Windows-1252" in out + err
    code, out, err = cli("show", "ansi:a")
    assert "Élysée café – débat" in out


def test_csv_in_neither_encoding_says_how_to_save_it(cli, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"kind,id,title_en\r\nsession,a,\x81\x8d\x90\r\n")
    code, _, err = cli("import", str(path), "--namespace", "odd")
    assert code != 0
    assert "CSV UTF-8" in err


def test_changes_marked_and_limit(marked, tmp_path):
    """Found by review: `changes` listed 1,103 lines for 3 marked changes."""
    import json

    head = "kind,id,title_en,day,start,end\n"
    rows = [f"session,s{i},Talk {i},2030-11-11,09:00,10:00\n" for i in range(6)]
    path = tmp_path / "p.csv"
    path.write_text(head + "".join(rows), encoding="utf-8")
    assert marked("import", str(path), "--namespace", "p")[0] == 0
    assert marked("mark", "p:s1")[0] == 0
    path.write_text(head + "".join(r.replace("Talk", "Session") for r in rows), "utf-8")
    assert marked("import", str(path), "--namespace", "p")[0] == 0
    everything = json.loads(marked("changes", "--json")[1])
    assert len(everything) >= 6
    only = json.loads(marked("changes", "--json", "--marked")[1])
    assert only and all(r["marked"] for r in only) and {r["id"] for r in only} == {"p:s1"}
    code, out, err = marked("changes", "--limit", "2")
    assert code == 0, err
    assert "raise --limit" in out
    assert len(json.loads(marked("changes", "--json", "--limit", "2")[1])) == 2
    assert marked("changes")[1].count("p:s") == len(everything)  # default: all, as before


def test_meeting_add_reports_conflicts_as_mark_does(marked):
    """Found by review: `meeting add` said nothing of the delegate's marked session it
    overlapped, where `mark` says « Conflict for Amina Haddad: overlaps … »."""
    import json

    assert marked("delegate", "add", "Amina Haddad")[0] == 0
    assert marked("assign", "ppf:ses-2021-101", "Amina Haddad")[0] == 0
    code, out, err = marked(
        "meeting", "add", "Bilateral", "--day", "2021-11-11", "--start", "14:45",
        "--end", "15:30", "--delegate", "Amina Haddad",
    )  # fmt: skip
    assert code == 0, err
    assert "Conflict for Amina Haddad: overlaps ppf:ses-2021-101." in out
    code, out, err = marked(
        "meeting", "add", "Later", "--day", "2021-11-11", "--start", "18:00",
        "--delegate", "Amina Haddad", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["conflicts"] == []


def test_help_texts_name_environment_variables_in_words(capsys):
    """Found by review: `$EDITOR`, `$BRIEFER_PASSPHRASE_FILE` read as shell syntax, which a
    Windows user cannot follow; --data-dir did not say where the per-user folder is."""
    texts = []
    for args in (
        ["--help"],
        ["note", "--help"],
        ["template", "edit", "--help"],
        ["pack", "--help"],
        ["passphrase", "--help"],
        ["selection", "export", "--help"],
    ):
        with pytest.raises(SystemExit):
            main(args)
        texts.append(capsys.readouterr().out)
    text = " ".join(" ".join(texts).split())
    assert "$" not in text, text[max(text.find("$") - 80, 0) : text.find("$") + 40]
    assert "EDITOR environment variable" in text
    assert "BRIEFER_PASSPHRASE_FILE environment variable" in text
    assert "AppData" in text and "Application Support" in text and ".local/share" in text
