"""`search --kind meeting` and `--kind contact`: the delegation's own, as results name them."""

import json


def test_search_narrows_to_our_meetings_or_contacts(cli):
    assert cli("delegation", "create", "D")[0] == 0
    assert cli("person", "add", "Quokka Ndiaye", "--organisation", "WTO")[0] == 0
    assert cli("meeting", "add", "Quokka call")[0] == 0
    code, out, _ = cli("search", "Quokka", "--kind", "contact", "--json")
    assert code == 0
    assert [(h["kind"], h["title"], h["own"]) for h in json.loads(out)] == [
        ("contact", "Quokka Ndiaye", True)
    ]
    code, out, _ = cli("search", "Quokka", "--kind", "meeting")
    assert code == 0 and "our meeting" in out and "Quokka call" in out and "WTO" not in out
    code, out, _ = cli("search", "Quokka", "--kind", "meeting", "--kind", "contact", "--json")
    assert sorted(h["kind"] for h in json.loads(out)) == ["contact", "meeting"]


def test_search_help_names_the_own_kinds(cli, capsys):
    import pytest

    with pytest.raises(SystemExit):
        cli("search", "--help")
    out = " ".join(capsys.readouterr().out.split())
    assert "meeting,contact}" in out and "your delegation's own meetings and contacts" in out
