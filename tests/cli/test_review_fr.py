"""Found by a French reviewer: the command line's words in French."""

from __future__ import annotations

from pathlib import Path

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
