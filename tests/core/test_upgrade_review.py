"""Found by a review of an upgraded data folder: near-duplicate names, version digests from
before directions travelled, two processes at one upgrade, days at the calendar's ends."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from briefer.core.delegations import add_delegate, create_delegation, list_delegates
from briefer.core.errors import InputError
from briefer.core.marks import get_mark, set_mark
from briefer.core.migrations import LATEST, apply_migrations
from briefer.core.notes import add_note, list_notes, set_note_direction, update_note
from briefer.core.selection import export_selection, import_selection


def test_a_delegate_named_nearly_as_one_here_is_taken_for_them(store, tmp_path: Path):
    """« Hélène Dupont » arriving where « Helene Dupont » is stopped the whole import: the
    near-duplicate was sent to add_delegate, which now refuses it."""
    delegation = create_delegation(store, "France", "FR")
    helene = add_delegate(store, delegation, "Helene Dupont")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [helene])
    path = tmp_path / "sel.json"
    export_selection(store, delegation, path)
    store.conn.execute("DELETE FROM marks")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["delegation"]["delegates"] = [{"uid": "bbbb", "name": "Hélène Dupont", "function": None}]
    doc["marks"][0]["delegates"] = ["bbbb"]  # a colleague's own delegate, spelt with accents
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = import_selection(store, path)
    assert report.marks_added == 1 and report.delegates_added == 0
    assert get_mark(store, delegation, "ppf:ses-2021-101").delegates == (helene.name,)
    assert [d.name for d in list_delegates(store, delegation)] == ["Helene Dupont"]


def test_a_note_sent_before_directions_travelled_does_not_come_back_as_a_conflict(
    store, tmp_path: Path
):
    """Versions recorded before directions travelled hold the digest of the text alone: a note
    sent then edited here came back « edited on both sides » after the upgrade."""
    delegation = create_delegation(store, "France", "FR")
    note = add_note(store, delegation, None, "نص الملاحظة")
    set_note_direction(store, note.id, "rtl")
    path = tmp_path / "sent.json"
    export_selection(store, delegation, path)
    store.conn.execute("DELETE FROM note_versions_seen")  # as the previous version wrote it:
    store.conn.execute(
        "INSERT INTO note_versions_seen (note_id, digest, text_only) VALUES (?, ?, 1)",
        (note.id, hashlib.sha256("نص الملاحظة".encode()).hexdigest()),
    )
    update_note(store, note.id, "نص عُدّل بعد الإرسال")
    report = import_selection(store, path)
    assert report.note_conflicts == [] and report.notes_added == 0
    assert [n.body for n in list_notes(store, delegation, None)] == ["نص عُدّل بعد الإرسال"]


class _LateReader(sqlite3.Connection):
    """A connection whose first look at the version was taken before another process
    upgraded the file (the look is answered with `stale`)."""

    stale: int | None = None

    def execute(self, sql, *args):  # type: ignore[override]
        if sql == "PRAGMA user_version" and _LateReader.stale is not None:
            value, _LateReader.stale = _LateReader.stale, None
            return super().execute(f"SELECT {value}")
        return super().execute(sql, *args)


def test_a_migration_another_process_applied_meanwhile_is_not_applied_again(tmp_path: Path):
    """A second window opened during an upgrade ran migration 11 again: « duplicate column
    name: delegate_name »."""
    path = tmp_path / "user.db"
    first = sqlite3.connect(path, isolation_level=None)
    apply_migrations(first, upto=10)
    assert apply_migrations(first) == LATEST  # the other process, done while this one waited
    first.close()
    late = sqlite3.connect(path, isolation_level=None, factory=_LateReader)
    _LateReader.stale = 10
    assert apply_migrations(late) == LATEST
    late.close()


def test_a_meeting_day_far_from_our_years_is_refused(store):
    """`meeting add --day 0001-01-01 --tz Pacific/Pago_Pago` ended in an OverflowError."""
    from briefer.core.meetings import add_meeting

    delegation = create_delegation(store, "France", "FR")
    for day in ("0001-01-01", "9999-12-31"):
        with pytest.raises(InputError) as caught:
            add_meeting(store, delegation, "T", day=day, start="00:10", tz="Pacific/Pago_Pago")
        assert caught.value.kind == "bad_day" and "between 1900 and 2999" in str(caught.value)


def test_a_calendar_with_a_meeting_in_the_calendars_last_year_is_written(store, tmp_path):
    """A meeting on 9999-12-31 (from an older version or a colleague's file) made `ics` fail:
    « year 10000 is out of range »."""
    from briefer.core.calendar_export import vtimezone

    assert vtimezone("Pacific/Kiritimati", {9999}) is not None
    assert vtimezone("Europe/Paris", {9999}) is not None


def test_a_contact_named_as_typed_is_found_among_near_duplicates(store):
    """« Hélène Dupont » and « Helene Dupont » both contacts: naming either exactly failed with
    « Several people are named … »."""
    from briefer.core.people import add_contact, find_person

    delegation = create_delegation(store, "France", "FR")
    accented = add_contact(store, delegation, "Hélène Dupont").value
    plain = add_contact(store, delegation, "Helene Dupont").value
    assert find_person(store, delegation, "Hélène Dupont").id == accented.id
    assert find_person(store, delegation, "Helene Dupont").id == plain.id
    with pytest.raises(InputError) as caught:
        find_person(store, delegation, "Helène Dupont")  # neither as written
    assert caught.value.kind == "ambiguous_person"


def test_the_upgrade_keeps_versions_seen_before_it_apart(tmp_path: Path):
    """Migration 13: the digests already recorded are of texts alone; new ones are not."""
    conn = sqlite3.connect(tmp_path / "user.db", isolation_level=None)
    apply_migrations(conn, upto=12)
    conn.execute("INSERT INTO note_versions_seen (note_id, digest) VALUES ('n1', 'old')")
    apply_migrations(conn)
    conn.execute("INSERT INTO note_versions_seen (note_id, digest) VALUES ('n1', 'new')")
    rows = conn.execute("SELECT digest, text_only FROM note_versions_seen ORDER BY digest")
    assert rows.fetchall() == [("new", 0), ("old", 1)]
    conn.close()


def test_a_catalogue_copy_that_fails_names_the_copy_and_leaves_nothing(tmp_path, monkeypatch):
    """On a full disk « Cannot use …/resources/catalogue.db » named the bundled file, and the
    half-written catalogue.db.part stayed behind."""
    import errno
    import shutil

    from briefer.core import store as store_module

    def full(source, target):
        Path(target).write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device", str(source))

    monkeypatch.setattr(shutil, "copyfile", full)
    target = tmp_path / "catalogue.db"
    with pytest.raises(OSError) as caught:
        store_module._copy_atomic(tmp_path / "bundled.db", target)
    assert caught.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []
