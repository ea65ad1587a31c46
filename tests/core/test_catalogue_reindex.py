"""A catalogue indexed by an older `index_text` gets its index written again, and only that:
a copy of the file whose tables and meta stay as they are (`catalogue.io.reindex_catalogue`)."""

import sqlite3
from pathlib import Path

from factories import make_catalogue, project, session

from briefer.core.catalogue.io import (
    INDEX_META,
    CatalogueData,
    read_tables,
    reindex_catalogue,
    search_rows_of,
)
from briefer.core.search.textnorm import INDEX_FORMAT, fold


def _read(path: Path) -> tuple[dict, dict, list]:
    """Its tables (with each row's rowid), its meta, its index rows."""
    conn = sqlite3.connect(path)
    try:
        tables = {
            name: conn.execute(f"SELECT rowid, * FROM [{name}] ORDER BY rowid").fetchall()
            for name in ("sessions", "projects", "editions")
        }
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        index = sorted(
            conn.execute("SELECT item_id, kind, title, body, people, places FROM search_fts")
        )
    finally:
        conn.close()
    return tables, meta, index


def _older(tmp_path: Path) -> Path:
    """A file as one written before the index's format: folded the old way, no format said."""
    path = make_catalogue(
        tmp_path / "catalogue.1.db",
        [
            session("s1", "Climate finance", title_ar="تمويل المناخ مع مؤسسة قطر وCOP28"),
            session("s2", "Withdrawn later"),
            session("s3", "Health"),
        ],
        [project("p1", "Solar schools")],
    )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM sessions WHERE id = 'test:s2'")  # a gap in the rowids
        conn.execute("DELETE FROM search_fts WHERE item_id = 'test:s2'")
        conn.execute("DELETE FROM meta WHERE key = ?", (INDEX_META,))
        conn.execute(
            "UPDATE search_fts SET title = ? WHERE item_id = 'test:s1'",
            (fold("Climate finance تمويل المناخ مع مؤسسة قطر وCOP28"),),
        )
    conn.close()
    return path


def test_the_index_is_written_again_and_the_rows_stay_as_they_were(tmp_path: Path):
    base = _older(tmp_path)
    tables, meta, index = _read(base)
    target = tmp_path / "catalogue.2.db"
    reindex_catalogue(base, target)
    after_tables, after_meta, after_index = _read(target)
    assert after_tables == tables  # the same rows, the same rowids: not written again
    assert after_meta == {**meta, INDEX_META: str(INDEX_FORMAT)}
    conn = sqlite3.connect(target)
    expected = search_rows_of(CatalogueData(tables=read_tables(conn)))
    conn.close()
    assert after_index == sorted(tuple(r.values()) for r in expected) != index
    items = {row[0] for row in after_index if row[1] in ("session", "project")}
    assert items == {"test:s1", "test:s3", "test:p1"}
    assert not target.with_name(target.name + ".part").exists()


def test_the_name_keys_are_folded_again_with_the_index(tmp_path: Path):
    """Found by review: the keys are made with search's folding (`fold`), whose change is what
    a new index format says; a reindex that wrote the index alone left the people looked up,
    and the people and projects sorted, by the old folding."""
    from briefer.core.catalogue.keys import KEY_COLUMNS, key_values

    base = _older(tmp_path)
    conn = sqlite3.connect(base)
    with conn:
        conn.execute("INSERT INTO people (id, name, organisation) VALUES ('test:x', 'Zoé', 'ONU')")
        conn.execute("INSERT INTO organisations (id, name) VALUES ('test:o', 'Œuvre')")
        for table, columns in KEY_COLUMNS.items():  # as an older folding made them
            conn.execute(f"UPDATE [{table}] SET {', '.join(f'{c} = 1' for c in columns)}")
    conn.close()
    target = tmp_path / "catalogue.2.db"
    reindex_catalogue(base, target)
    conn = sqlite3.connect(target)
    conn.row_factory = sqlite3.Row
    for table, columns in KEY_COLUMNS.items():
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM [{table}]")]
        assert rows, table
        for row in rows:
            assert [row[c] for c in columns] == key_values(table, row), table
    conn.close()


def test_a_whole_rewrite_stopped_leaves_no_copy_behind(tmp_path: Path):
    """Found by review: a rewrite stopped or failed (a catalogue without keys, a sync that
    writes the whole file) left its half-written copy, as large as the catalogue, in the
    data folder for an hour; a patched copy was removed at once."""
    import pytest

    from briefer.core.catalogue.keys import KEYS_META
    from briefer.core.errors import Cancelled
    from briefer.core.progress import Reporter

    base = _older(tmp_path)
    conn = sqlite3.connect(base)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (KEYS_META,))
    conn.close()
    target = tmp_path / "catalogue.2.db"
    calls: list[int] = []
    stop = Reporter(should_stop=lambda: calls.append(1) or len(calls) > 1)
    with pytest.raises(Cancelled):
        reindex_catalogue(base, target, stop)
    assert len(calls) > 1, "the rewrite was stopped part way"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [base]


def test_a_catalogue_in_a_folder_named_with_uri_characters_is_reindexed(tmp_path: Path):
    """Found by review: the reindex and `can_patch` opened the file by a URI made by hand, in
    which a folder named « Délégation #2 », « 100% » or « Notes?» named another file."""
    from briefer.core.catalogue.io import can_patch

    folder = tmp_path / "Délégation #2 à 100%20 ?"
    folder.mkdir()
    base = _older(folder)
    assert can_patch(base)
    target = folder / "catalogue.2.db"
    reindex_catalogue(base, target)
    assert _read(target)[1][INDEX_META] == str(INDEX_FORMAT)
