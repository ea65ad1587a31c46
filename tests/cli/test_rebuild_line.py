"""A catalogue whose search index an older Briefer wrote is rebuilt when a command opens it,
said on stderr; stdout holds only the command's own output (--json stays parseable)."""

from __future__ import annotations

import json
from pathlib import Path

from factories import OLD_INDEX_FIND, old_index_catalogue

from briefer.core.store import read_meta

LINE = "Rebuilding the catalogue's search index for this version of Briefer (once)…"


def test_the_rebuild_is_said_on_stderr_once_and_json_stays_clean(cli, data_dir: Path):
    data_dir.mkdir(parents=True)
    old_index_catalogue(data_dir / "catalogue.db", 500)
    code, out, err = cli("--lang", "en", "search", OLD_INDEX_FIND, "--json", "--limit", "3")
    assert code == 0, err
    assert len(json.loads(out)) == 3
    assert err.count(LINE) == 1
    assert "search_index" in read_meta(data_dir / "catalogue.1.db")
    code, out, err = cli("--lang", "en", "search", OLD_INDEX_FIND, "--json")
    assert code == 0 and LINE not in err  # once: the next command finds it rebuilt


def test_the_rebuild_is_said_in_the_chosen_language(cli, data_dir: Path):
    data_dir.mkdir(parents=True)
    old_index_catalogue(data_dir / "catalogue.db", 50)
    code, out, err = cli("--lang", "fr", "info")
    assert code == 0, err
    assert "Reconstruction" not in out
    assert "Reconstruction de l’index de recherche du catalogue" in err
