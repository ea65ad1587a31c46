"""A catalogue whose search index an older Briefer wrote: the window's opening leaves it in use,
a job writes it again (rebuild_index); a stop leaves the old file in use, to be rebuilt later."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import OLD_INDEX_FIND, old_index_catalogue

from briefer.core.errors import Cancelled
from briefer.core.operations import import_file, rebuild_index
from briefer.core.progress import Progress
from briefer.core.search.engine import search
from briefer.core.search.textnorm import INDEX_FORMAT
from briefer.core.store import index_outdated, open_store, read_meta

ITEMS = 2000


@pytest.fixture
def old_folder(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    old_index_catalogue(data_dir / "catalogue.db", ITEMS)
    return data_dir


def found(store) -> list[str]:
    return [h.id for h in search(store, OLD_INDEX_FIND, "ar", limit=5)]


def test_an_opening_that_defers_leaves_the_old_file_in_use(old_folder: Path):
    with open_store(old_folder, reindex=False) as store:
        assert index_outdated(store)
        assert store.query_one("SELECT count(*) AS n FROM cat.sessions")["n"] == ITEMS
        assert found(store) == []
    assert [p.name for _, p in store.data.catalogue_files()] == ["catalogue.db"]


def test_the_rebuild_writes_the_next_generation_and_says_how_far_it_is(old_folder: Path):
    seen: list[Progress] = []
    with open_store(old_folder, reindex=False) as store:
        outcome = rebuild_index(store, progress=seen.append)
        assert outcome.value is True and outcome.changes.catalogue
        store.reattach_catalogue()
        assert not index_outdated(store)
        assert len(found(store)) == 5
        assert store.query_one("SELECT count(*) AS n FROM cat.sessions")["n"] == ITEMS
        again = rebuild_index(store)
        assert again.value is False and not again.changes.any()
    assert [p.name for _, p in store.data.catalogue_files()] == ["catalogue.1.db"]
    assert {p.stage for p in seen} == {"reindex"}
    assert len({p.total for p in seen}) == 1
    done = [p.done for p in seen]
    assert done == sorted(done) and done[-1] == seen[-1].total


def test_a_stopped_rebuild_leaves_the_old_file_in_use_and_runs_again(old_folder: Path):
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 2  # past the first rows written

    with open_store(old_folder, reindex=False) as store:
        with pytest.raises(Cancelled):
            rebuild_index(store, should_stop=stop)
        assert [p.name for _, p in store.data.catalogue_files()] == ["catalogue.db"]
        assert "search_index" not in read_meta(store.data.catalogue_db)
        assert rebuild_index(store).value is True
    assert read_meta(store.data.catalogue_db)["search_index"] == INDEX_FORMAT


def test_the_command_line_opening_rebuilds_at_once(old_folder: Path):
    with open_store(old_folder) as store:
        assert not index_outdated(store)
        assert len(found(store)) == 5


def test_an_import_onto_an_old_index_writes_the_whole_index_again(old_folder: Path, tmp_path):
    """The window's rebuild may have failed or been stopped: an import then must not mark the
    old rows' index as this version's, or they would never be written again."""
    feed = tmp_path / "extra.csv"
    feed.write_text("kind,id,title_en,day\nsession,a,Extra,2030-11-11\n", encoding="utf-8")
    with open_store(old_folder, reindex=False) as store:
        import_file(store, path=feed, namespace="extra")
        store.reattach_catalogue()
        assert not index_outdated(store)
        assert len(found(store)) == 5
