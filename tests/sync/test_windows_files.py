"""A sync while another connection has the catalogue open, with Windows' rules for open files.

Windows refuses to rename over or delete a file that any handle holds open (SQLite opens
without FILE_SHARE_DELETE); macOS and Linux allow both. The tests emulate Windows: a rename
onto, or a deletion of, a file this process holds open raises WinError 32's PermissionError.
"""

from __future__ import annotations

import pytest

from briefer.core.catalogue.io import CatalogueData
from briefer.core.store import open_store
from briefer.core.sync.apply import apply_catalogue


def beta(title: str) -> CatalogueData:
    data = CatalogueData(meta={"source_name": "beta"})
    data.add("sessions", {"id": "beta:s", "title_en": title, "day": "2030-11-12"})
    return data


def test_a_job_syncs_while_the_window_holds_the_catalogue(data_dir, windows_files) -> None:
    window = open_store(data_dir)  # the window's connection: the catalogue attached
    job = open_store(data_dir, housekeeping=False)  # a job's, on its own thread
    first = window.data.catalogue_db
    apply_catalogue(job, "beta", beta("Beta"), source="file:beta", kind="file")
    job.close()
    assert window.data.catalogue_db != first
    assert first.exists()  # still held by the window: Windows keeps it
    assert window.reattach_catalogue()  # what the window does when a job says it changed
    titles = window.query("SELECT title_en FROM cat.sessions WHERE id = 'beta:s'")
    assert titles == [{"title_en": "Beta"}]
    # The next writer, or the next start, removes the generation nobody holds any more.
    job = open_store(data_dir, housekeeping=False)
    apply_catalogue(job, "beta", beta("Beta, again"), source="file:beta", kind="file")
    job.close()
    assert not first.exists()
    window.close()
    with open_store(data_dir) as store:
        files = [p.name for _, p in store.data.catalogue_files()]
        assert files == [store.catalogue_path.name]
        assert store.query("SELECT title_en FROM cat.sessions WHERE id = 'beta:s'") == [
            {"title_en": "Beta, again"}
        ]


def test_emulation_refuses_what_windows_refuses(tmp_path, windows_files) -> None:
    held = tmp_path / "held.db"
    held.write_bytes(b"x")
    (tmp_path / "new.db").write_bytes(b"y")
    with open(held, "rb"):
        with pytest.raises(PermissionError):
            (tmp_path / "new.db").replace(held)
        with pytest.raises(PermissionError):
            held.unlink()
    (tmp_path / "new.db").replace(held)
    assert held.read_bytes() == b"y"


def test_a_window_opened_just_before_a_swap_sees_it(data_dir) -> None:
    from briefer.gui.context import AppContext

    store = open_store(data_dir)
    job = open_store(data_dir, housekeeping=False)
    apply_catalogue(job, "beta", beta("Beta"), source="file:beta", kind="file")
    job.close()
    ctx = AppContext(store, None)  # built after the swap, on a store attached before it
    assert ctx.check_outside()
    assert store.query("SELECT title_en FROM cat.sessions WHERE id = 'beta:s'") == [
        {"title_en": "Beta"}
    ]
    store.close()


def test_a_briefer_from_before_generations_refuses_the_folder(data_dir, monkeypatch) -> None:
    import briefer.core.store as store_module
    from briefer.core.errors import StoreError

    open_store(data_dir).close()
    monkeypatch.setattr(store_module, "LATEST", 6)  # what the build before generations knew
    with pytest.raises(StoreError, match="newer"):
        open_store(data_dir)
