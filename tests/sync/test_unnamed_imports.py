"""Files that name no programme of their own: an iCalendar file without a calendar name, CSV."""

from __future__ import annotations

from pathlib import Path

from briefer.core.delegations import create_delegation
from briefer.core.marks import find_mark, set_mark
from briefer.core.search.engine import search
from briefer.core.sync.sources import import_file


def _calendar(folder: Path, name: str, uid: str, summary: str) -> Path:
    path = folder / name
    path.write_bytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Organiser//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTART:20301112T090000Z\r\nDTEND:20301112T100000Z\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode()
    )
    return path


def _withdrawn(store, item_id: str) -> bool:
    row = store.query_one("SELECT status FROM cat.sessions WHERE id = ?", [item_id])
    return row is None or row["status"] == "withdrawn"


def test_a_second_organisers_calendar_is_imported_beside_the_first(store, tmp_path):
    """Found by review: every calendar without a name went to "imported-calendar", so a
    second organiser's file withdrew the first one's events, a marked breakfast included,
    which then left search and went out in the delegation's calendar as cancelled."""
    delegation = create_delegation(store, "Délégation A")
    first = import_file(store, _calendar(tmp_path, "side-a.ics", "a-1@a.org", "Petit-déjeuner"))
    item = f"{first.namespace}:a-1@a.org"
    set_mark(store, delegation, item, "must")
    second = import_file(store, _calendar(tmp_path, "side-b.ics", "b-1@b.org", "Réception"))
    assert (first.namespace, second.namespace) == ("imported-calendar", "side-b")
    names = [r["name_en"] for r in store.query("SELECT name_en FROM cat.editions ORDER BY id")]
    assert "Imported calendar" in names and "Imported calendar (side-b)" in names  # told apart
    assert any("side-a.ics" in w and "'side-b'" in w for w in second.warnings)
    assert first.beside is None and second.beside in second.warnings  # for the window to show
    assert not _withdrawn(store, item) and find_mark(store, delegation, item) is not None
    assert [h.id for h in search(store, "déjeuner", "fr")] == [item]
    # The second file imported again replaces its own programme, not the first one's.
    _calendar(tmp_path, "side-b.ics", "b-2@b.org", "Dîner")
    again = import_file(store, tmp_path / "side-b.ics")
    assert again.namespace == "side-b" and _withdrawn(store, "side-b:b-1@b.org")
    assert not _withdrawn(store, item)
    # A name given on purpose still replaces what is there.
    chosen = import_file(store, tmp_path / "side-b.ics", namespace="imported-calendar", force=True)
    assert chosen.namespace == "imported-calendar" and _withdrawn(store, item)


def test_an_identical_file_imported_again_keeps_the_catalogue_version(store, tmp_path):
    """Found by review: importing the same file again moved the version on ("(no change)"),
    so two colleagues with the same data showed different versions."""
    path = _calendar(tmp_path, "side-a.ics", "a-1@a.org", "Petit-déjeuner")
    first = import_file(store, path)
    again = import_file(store, path)
    assert again.status == "unchanged"
    assert again.version_before == again.version_after == first.version_after
    assert store.catalogue_version() == first.version_after
    _calendar(tmp_path, "side-a.ics", "a-1@a.org", "Petit-déjeuner (salle 3)")
    changed = import_file(store, path)
    assert changed.status == "applied" and changed.version_after == first.version_after + 1


def _named(folder: Path, name: str, calendar: str, uid: str, summary: str) -> Path:
    path = _calendar(folder, name, uid, summary)
    path.write_bytes(
        path.read_bytes().replace(
            b"VERSION:2.0\r\n", f"VERSION:2.0\r\nX-WR-CALNAME:{calendar}\r\n".encode()
        )
    )
    return path


def test_a_file_goes_beside_no_other_sources_programme(store, tmp_path):
    """Found by a second review: the name taken from the file could be a programme another
    source holds ("Side B", a named calendar; "side-b.ics" then replaced it, marks and all), and
    two organisers' files of one name ("calendar.ics") counted as one file imported again."""
    delegation = create_delegation(store, "Délégation A")
    import_file(store, _calendar(tmp_path, "x.ics", "x@x", "Premier"))
    named = import_file(store, _named(tmp_path, "named.ics", "Side B", "n@n", "Nommé"))
    assert named.namespace == "side-b"
    set_mark(store, delegation, "side-b:n@n", "must")
    beside = import_file(store, _calendar(tmp_path, "side-b.ics", "b@b", "Deuxième"))
    assert beside.namespace == "side-b-2" and not _withdrawn(store, "side-b:n@n")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = import_file(store, _calendar(tmp_path / "a", "calendar.ics", "ca@a", "Orga A"))
    second = import_file(store, _calendar(tmp_path / "b", "calendar.ics", "cb@b", "Orga B"))
    assert first.namespace != second.namespace
    assert not _withdrawn(store, f"{first.namespace}:ca@a")
    assert import_file(store, tmp_path / "b" / "calendar.ics").status == "unchanged"


def test_the_windows_import_preview_says_what_the_import_will_do(store, tmp_path):
    """Found by a second review: the confirmation said the second file would replace the
    first one's edition, while the import put it beside."""
    from briefer.core.operations import preview_import

    import_file(store, _calendar(tmp_path, "side-a.ics", "a@a", "Petit-déjeuner"))
    second = _calendar(tmp_path, "side-b.ics", "b@b", "Réception")
    (edition,) = preview_import(store, path=second).editions
    assert edition.new and edition.id.startswith("side-b:")
