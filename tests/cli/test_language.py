"""The command line speaks the display language the window chose; --lang and LANG still count."""

import json
from pathlib import Path

import pytest

from briefer.core.datafolder import DataFolder
from briefer.core.preferences import display_language, set_display_language

OPENING = "ppf:ses-2021-opening"


def _title(cli, *args: str) -> str:
    code, out, _ = cli(*args, "show", OPENING, "--json")
    assert code == 0
    return json.loads(out)["title"]


def test_cli_follows_the_saved_display_language(cli, data_dir: Path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert _title(cli) == "Opening ceremony"
    set_display_language(DataFolder(data_dir), "ar")
    assert _title(cli) == "الجلسة الافتتاحية"
    assert _title(cli, "--lang", "fr") == "Ouverture officielle / cérémonie d'ouverture"


def test_cli_falls_back_to_the_locale(cli, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert _title(cli) == "Ouverture officielle / cérémonie d'ouverture"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert _title(cli) == "Opening ceremony"


def test_ics_follows_the_display_language(cli, data_dir: Path, tmp_path: Path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert cli("delegation", "create", "Délégation du Sénégal")[0] == 0
    assert cli("mark", OPENING)[0] == 0
    set_display_language(DataFolder(data_dir), "fr")
    out = tmp_path / "forum.ics"
    assert cli("ics", "--out", str(out))[0] == 0
    from icalendar import Calendar

    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Ouverture officielle / cérémonie d'ouverture"]


def test_unreadable_preferences_count_as_none(data_dir: Path):
    folder = DataFolder(data_dir)
    folder.ensure()
    folder.preferences.write_text("{not json")
    assert display_language(folder) is None
    folder.preferences.write_text('{"language": "../../etc"}')
    assert display_language(folder) is None


def test_a_screenshot_without_lang_shows_the_display_language_its_help_names(
    cli, data_dir: Path, tmp_path: Path, monkeypatch, capsys
):
    """Found by review: `screenshot --help` said the window fell back to English, whereas it
    takes the display language chosen in Briefer, as messages do."""
    import briefer.gui.app as app

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    shown: list[str] = []
    monkeypatch.setattr(app, "screenshot", lambda out, folder, lang, *rest: shown.append(lang))
    set_display_language(DataFolder(data_dir), "ar")
    assert cli("--lang", "en", "screenshot", str(tmp_path / "s.png"))[0] == 0
    assert cli("screenshot", str(tmp_path / "s.png"))[0] == 0
    assert shown == ["en", "ar"]
    with pytest.raises(SystemExit):
        cli("--lang", "en", "screenshot", "--help")
    out = capsys.readouterr().out
    described = " ".join(out[out.index("--lang {ar,fr,en}") :].split())
    assert "else the language chosen in Briefer" in described
    assert "else en)" not in described
