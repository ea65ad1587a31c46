"""The command line can undo what the user wrote: unassign, delete a note, remove or rename a
delegate, settle an import's conflicts; and tables never cut an id."""

import json
from pathlib import Path

from briefer.cli.output import print_table

ITEM = "ppf:ses-2021-101"


def _team(cli) -> None:
    assert cli("delegation", "create", "Délégation", "--country", "SN")[0] == 0
    assert cli("delegate", "add", "Amina")[0] == 0
    assert cli("delegate", "add", "Paul")[0] == 0
    assign = ("--delegate", "Amina", "--delegate", "Paul")
    assert cli("mark", ITEM, "--priority", "must", *assign)[0] == 0


def test_unassign_takes_delegates_off_and_keeps_the_mark(cli):
    _team(cli)
    code, out, err = cli("unassign", ITEM, "Amina")
    assert code == 0, err
    assert "assigned to Paul" in out
    code, out, _ = cli("marks", "--json")
    assert json.loads(out)[0]["delegates"] == ["Paul"]
    code, _, err = cli("unassign", ITEM, "Amina")
    assert code == 3 and "not assigned" in err


def test_delete_a_note_by_id(cli):
    _team(cli)
    code, out, _ = cli("note", ITEM, "--text", "Findable zebra words", "--json")
    note_id = json.loads(out)["id"]
    code, out, err = cli("notes", "--delete", note_id)
    assert code == 0, err
    assert note_id in out
    assert json.loads(cli("notes", "--json")[1]) == []
    assert "No results" in cli("search", "zebra")[1]
    assert cli("notes", "--delete", note_id)[0] == 3


def test_remove_and_rename_a_delegate(cli):
    _team(cli)
    code, out, err = cli("delegate", "rename", "paul", "Paul Martin")
    assert code == 0, err
    assert "Paul Martin" in out
    code, out, err = cli("delegate", "remove", "Amina")
    assert code == 0, err
    assert "Unassigned from 1 mark" in out and ITEM in out
    delegates = json.loads(cli("delegate", "list", "--json")[1])
    assert [d["name"] for d in delegates] == ["Paul Martin"]
    mark = json.loads(cli("marks", "--json")[1])[0]
    assert mark["delegates"] == ["Paul Martin"]


def test_selection_conflicts_are_listed_readably_and_settled(cli, tmp_path: Path):
    _team(cli)
    code, out, _ = cli("note", ITEM, "--text", "Version one", "--json")
    note_id = json.loads(out)["id"]
    path = tmp_path / "sel.json"
    assert cli("selection", "export", str(path))[0] == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["marks"][0].update(priority="optional", reason="Their reason")
    doc["notes"][0]["body"] = "Their text"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli("mark", ITEM, "--reason", "My reason")[0] == 0
    code, out, _ = cli("selection", "import", str(path))
    assert code == 0 and "briefer selection conflicts" in out
    code, out, _ = cli("selection", "conflicts")
    assert "theirs: priority: optional" in out and "reason: Their reason" in out
    assert "{" not in out
    code, out, _ = cli("show", ITEM)
    assert "priority: optional" in out and '{"' not in out
    code, out, err = cli("selection", "settle", "mark", ITEM, "--keep", "theirs")
    assert code == 0, err
    mark = json.loads(cli("marks", "--json")[1])[0]
    assert (mark["priority"], mark["reason"], mark["import_conflict"]) == (
        "optional",
        "Their reason",
        None,
    )
    assert cli("selection", "settle", "note", note_id, "--keep", "both")[0] == 0
    assert "No conflicts" in cli("selection", "conflicts")[1]
    assert len(json.loads(cli("notes", "--json")[1])) == 2


def test_tables_never_cut_ids(capsys):
    long_id = "example:" + "very-long-identifier-" * 5
    print_table([[long_id, "t" * 200]], ["id", "title"], max_width=20)
    out = capsys.readouterr().out
    assert long_id in out and "t" * 200 not in out


def test_ics_says_which_ends_are_assumed(cli, tmp_path: Path):
    _team(cli)
    assert cli("mark", "ppf:ses-2021-opening", "--delegate", "Amina")[0] == 0
    code, out, err = cli("ics", "--out", str(tmp_path / "cal.ics"))
    assert code == 0, err
    assert "End not announced" in out and "ppf:ses-2021-opening" in out
    assert ITEM not in out.split("End not announced")[1]


def test_assigning_an_item_not_marked_says_it_marked_it(cli):
    """Found by review: `assign` on an unmarked item quietly marked it "should attend"."""
    cli("delegation", "create", "Délégation A")
    cli("delegate", "add", "Amina Diallo")
    code, out, _ = cli("assign", "ppf:ses-2021-101", "Amina Diallo")
    assert code == 0
    assert out.strip() == (
        "ppf:ses-2021-101 was not marked: marked should attend and assigned to Amina Diallo."
    )
    code, out, _ = cli("assign", "ppf:ses-2021-101", "Amina Diallo")
    assert out.strip() == "ppf:ses-2021-101 assigned to Amina Diallo."
