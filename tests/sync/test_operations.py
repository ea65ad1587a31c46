"""The core operations: what they return, what they say they changed, and what they keep."""

from __future__ import annotations

from pathlib import Path

import pytest
from loopback import Route

from briefer.core import operations
from briefer.core.delegations import create_delegation
from briefer.core.errors import BrieferError
from briefer.core.marks import find_mark, set_mark
from briefer.core.store import open_store
from briefer.core.sync.sources import add_source, list_sources

CSV = "kind,id,title_en,day,start,end\nsession,a,First,2030-11-11,09:00,10:00\n"


def test_sync_all_tries_every_source_and_reports_each_failure(store, server):
    server.routes["/down.xml"] = Route(body=b"down", status=503)
    add_source(store, "down", server.url + "/down.xml", "frab-xml")
    add_source(store, "gone", server.url + "/gone.xml", "frab-xml")
    outcome = operations.sync_all(store)
    report = outcome.value
    assert [s.name for s in report.failures] == ["down", "gone"]
    assert "503" in str(report.failures[0].error) and "404" in str(report.failures[1].error)
    assert not outcome.changes.catalogue
    assert all(s.last_status.startswith("failed") for s in list_sources(store))


def test_a_refused_import_is_forcible_and_names_no_flag(store, tmp_path: Path):
    path = tmp_path / "empty.csv"
    path.write_text("kind,id,title_en\n", encoding="utf-8")
    with pytest.raises(BrieferError) as refused:
        operations.import_file(store, path=path, kind="csv")
    assert refused.value.forcible and refused.value.kind == "empty_programme"
    assert "--" not in str(refused.value)
    outcome = operations.import_file(store, path=path, kind="csv", force=True)
    assert outcome.changes.catalogue


def test_reset_puts_the_bundled_catalogue_back_and_keeps_marks(store, tmp_path: Path):
    delegation = create_delegation(store, "Délégation", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    bundled = store.catalogue_version()
    path = tmp_path / "p.csv"
    path.write_text(CSV, encoding="utf-8")
    operations.import_file(store, path=path, namespace="demo")
    assert store.catalogue_version() == bundled + 1
    outcome = operations.reset_catalogue(store)
    assert outcome.changes.catalogue and outcome.value.version == bundled
    assert [p.namespace for p in outcome.value.removed] == ["demo"]
    assert find_mark(store, delegation, "ppf:ses-2021-101").priority == "must"


def test_a_light_open_sees_the_same_data(store, data_dir: Path):
    delegation = create_delegation(store, "Délégation", "SN")
    set_mark(store, delegation, "ppf:ses-2021-101", "should")
    light = open_store(data_dir, housekeeping=False)
    try:
        assert light.catalogue_version() == store.catalogue_version()
        assert find_mark(light, delegation, "ppf:ses-2021-101").priority == "should"
    finally:
        light.close()
