"""Found by a French reviewer: the command line's words in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.core.packs.labels import label

SIDE_CSV = (
    "kind,id,title_fr,day,start,end,room,format,speakers,status\n"
    "session,s1,Table ronde sur l’Afrique,2021-11-12,14:00,15:30,Salle Molière,table ronde,,\n"
    "session,s3,Dîner officiel,2021-11-11,20:00,22:00,Hôtel de la Marine,réception,,\n"
)


def _side(tmp_path: Path) -> Path:
    path = tmp_path / "side.csv"
    path.write_text(SIDE_CSV, encoding="utf-8")
    return path


def test_priority_words_agree_with_priorite_and_an_import_counts_its_sessions(cli, tmp_path):
    """Found by review: « Priorité : recommandé / facultatif » (la priorité: feminine), and an
    import's summary « (nouveau : 2) » for two sessions, called « nouvelle » elsewhere."""
    code, out, _ = cli("--lang", "fr", "import", str(_side(tmp_path)))
    assert code == 0 and "(2 nouvelles sessions)" in " ".join(out.split()), out
    assert "nouveau" not in out
    assert cli("delegation", "create", "République française")[0] == 0
    assert cli("mark", "csv:s1", "--priority", "should")[0] == 0
    assert cli("mark", "csv:s3", "--priority", "optional")[0] == 0
    code, out, _ = cli("--lang", "fr", "marks")
    assert "recommandée" in out and "facultative" in out, out
    assert (label("should", "fr"), label("optional", "fr")) == ("recommandée", "facultative")


def _help(cli, capsys, *args: str) -> str:
    with pytest.raises(SystemExit):
        cli(*args, "--help")
    return capsys.readouterr().out


def test_help_keeps_french_no_break_spaces_and_names_its_placeholders_in_french(
    cli, capsys, monkeypatch
):
    """Found by review: `pack --help` broke « p. ex. « » / « DIFFUSION RESTREINTE » » and
    « (par défaut » / « : briefer settings) »: the wrapping took U+202F for a space; and the
    placeholders COMMAND, ACTION, ID, NAME stayed in English."""
    monkeypatch.setenv("COLUMNS", "80")
    out = _help(cli, capsys, "--lang", "fr", "pack")
    lines = [line.rstrip() for line in out.splitlines()]
    assert "« DIFFUSION RESTREINTE »" in out.replace("\u202f", " ")
    assert not any(line.endswith("«") or line.lstrip().startswith((":", "»")) for line in lines)
    assert "--delegate NOM" in out and "NAME" not in out and "FILE" not in out
    out = _help(cli, capsys, "--lang", "fr")
    assert "COMMANDE" in out and "COMMAND " not in out
    out = _help(cli, capsys, "--lang", "fr", "delegation")
    assert "ACTION" in out
    out = _help(cli, capsys, "--lang", "fr", "mark")
    assert "IDENTIFIANT" in out and " ID\n" not in out
    out = _help(cli, capsys, "--lang", "ar", "mark")
    assert "المعرّف" in out and "NAME" not in out
    out = _help(cli, capsys, "--lang", "en", "mark")
    assert "--delegate NAME" in out and " ID" in out
