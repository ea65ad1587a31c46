"""Where file dialogs start: documents first, then the last folder per kind."""

from __future__ import annotations

from briefer.core.datafolder import DataFolder
from briefer.gui.places import Places, documents_dir


def test_the_documents_folder_first_then_the_last_folder_per_kind(qapp, tmp_path):
    data = DataFolder(tmp_path / "data")
    places = Places(data)
    assert places.start_folder("pack") == documents_dir()
    (tmp_path / "briefings").mkdir()
    places.remember("pack", tmp_path / "briefings" / "pack-ar.pdf")
    assert places.start_folder("pack") == tmp_path / "briefings"
    assert places.start_folder("ics") == documents_dir()
    assert Places(data).start_folder("pack") == tmp_path / "briefings"  # kept in window.ini


def test_a_folder_since_removed_falls_back_to_documents(qapp, tmp_path):
    places = Places(DataFolder(tmp_path / "data"))
    places.remember("ics", tmp_path / "gone" / "marks.ics")
    assert places.start_folder("ics") == documents_dir()


def test_a_window_that_must_not_persist_leaves_the_settings_alone(qapp, tmp_path):
    data = DataFolder(tmp_path / "data")
    (tmp_path / "out").mkdir()
    places = Places(data, persist=False)
    places.remember("pack", tmp_path / "out" / "p.pdf")
    assert places.start_folder("pack") == tmp_path / "out"
    assert not data.window_settings.exists()
