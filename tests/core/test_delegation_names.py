"""A delegation's name picks it out: no two are created with one name, and a name two bear
(one from a colleague's selection file) is refused rather than one of them taken."""

from __future__ import annotations

import json

import pytest

from briefer.core.delegations import create_delegation, find_delegation
from briefer.core.errors import InputError
from briefer.core.selection import import_selection


def test_a_second_delegation_of_the_same_name_is_refused(store):
    """Found by review: two were created, and `delegation use NAME` silently took the first."""
    create_delegation(store, "Délégation A")
    with pytest.raises(InputError) as refused:
        create_delegation(store, "délégation a")
    assert refused.value.kind == "duplicate_delegation"


def test_a_name_two_delegations_bear_asks_for_an_id(store, tmp_path):
    mine = create_delegation(store, "Délégation A")
    path = tmp_path / "colleague.json"
    document = {
        "format": "briefer-selection",
        "format_version": 1,
        "delegation": {"uid": "their-uid", "name": "Délégation A", "delegates": []},
    }
    path.write_text(json.dumps(document))
    import_selection(store, path)  # a colleague's delegation keeps its name
    with pytest.raises(InputError) as refused:
        find_delegation(store, "Délégation A")
    assert refused.value.kind == "ambiguous_delegation"
    assert refused.value.facts["ids"] == [mine.id, mine.id + 1]
    assert find_delegation(store, str(mine.id)) == mine


def test_names_differing_only_in_case_are_one_name_in_every_script(store):
    """Found by a second review: SQLite's lower() folds ASCII only ("ÉTAT" beside "état")."""
    create_delegation(store, "ÉTAT TEST")
    with pytest.raises(InputError):
        create_delegation(store, "état  test")
    assert find_delegation(store, "état test").name == "ÉTAT TEST"


def test_a_colleagues_delegation_keeps_a_country_briefer_would_not_take_here(store, tmp_path):
    """Found by a second review: a file whose delegation country was "فلس" (the old Welcome
    dialog cut "فلسطين" to it) could no longer be imported at all."""
    path = tmp_path / "colleague.json"
    document = {
        "format": "briefer-selection",
        "format_version": 1,
        "delegation": {"uid": "u", "name": "وفد فلسطين", "country": "فلس", "delegates": []},
        "marks": [{"item_id": "ppf:ses-2021-101", "priority": "must"}],
    }
    path.write_text(json.dumps(document))
    report = import_selection(store, path)
    assert report.created_delegation
    assert find_delegation(store, "وفد فلسطين").country == "فلس"
