"""Settings: the display language and the default pack options, kept in the user's file, used
by the Packs view and by `briefer pack` alike."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from briefer.cli import main
from briefer.core.pack_defaults import PackDefaults, pack_defaults


def test_settings_keep_pack_defaults_that_the_packs_view_takes(window, delegation):
    window.finish_startup()
    dialog = window.settings_dialog()
    dialog.pack_language.setCurrentIndex(dialog.pack_language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.classification.setText("RESTREINT")
    dialog.watermark.setText("PROJET")
    dialog.save()
    assert not dialog.isVisible()
    assert pack_defaults(window.ctx.store) == PackDefaults("fr", "letter", "RESTREINT", "PROJET")
    packs = window.views["packs"]
    assert packs.language.currentData() == "fr" and packs.paper.currentData() == "letter"
    assert (packs.classification.text(), packs.watermark.text()) == ("RESTREINT", "PROJET")


def test_a_line_too_long_keeps_the_dialog_open_and_changes_nothing(window, delegation):
    dialog = window.settings_dialog()
    dialog.classification.setText("X" * 500)
    dialog.save()
    assert dialog.isVisible() and "at most 120 characters" in dialog.problem.text()
    assert pack_defaults(window.ctx.store) == PackDefaults()
    dialog.close()


def test_settings_switch_the_display_language(window, qtbot):
    dialog = window.settings_dialog()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save()
    assert window.ctx.lang == "fr"
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Projets", timeout=10_000)


def test_the_command_line_packs_with_the_same_defaults(tmp_path: Path, capsys):
    data = tmp_path / "data"

    def run(*args: str) -> int:
        return main(["--data-dir", str(data), *args])

    assert run("delegation", "create", "Sénégal", "--country", "SN") == 0
    assert run("mark", "ppf:ses-2021-101", "--priority", "must") == 0
    assert run("settings", "--paper", "letter", "--classification", "RESTREINT") == 0
    assert run("settings", "--pack-lang", "fr", "--watermark", "PROJET") == 0
    capsys.readouterr()
    assert run("settings", "--json") == 0
    assert '"classification": "RESTREINT"' in capsys.readouterr().out
    out = tmp_path / "pack.pdf"
    assert run("pack", "--out", str(out)) == 0
    reader = PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792), "US Letter from the settings"
    cover = reader.pages[0].extract_text()
    assert "RESTREINT" in cover and "Dossier de préparation" in cover, "French, as set"
    assert run("pack", "--out", str(out), "--classification", "", "--paper", "A4") == 0
    plain = PdfReader(out)
    assert "RESTREINT" not in plain.pages[0].extract_text()
    assert round(float(plain.pages[0].mediabox[2])) == 595


def test_settings_live_in_the_users_file(window, delegation):
    """Pack settings are the user's: in user.db (encrypted with it), not the plain preferences."""
    from briefer.core.pack_defaults import set_pack_defaults

    set_pack_defaults(window.ctx.store, PackDefaults(classification="SECRET-7781"))
    prefs = window.ctx.data.preferences
    assert not prefs.exists() or "SECRET-7781" not in prefs.read_text()
    assert window.ctx.store.setting("pack_defaults").count("SECRET-7781") == 1
