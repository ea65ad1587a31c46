import json
from pathlib import Path

import pytest

from briefer.cli import main


def run_json(cli, *args):
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_info_json_lists_editions_counts_completeness_and_version(cli):
    info = run_json(cli, "info")
    e2021 = next(e for e in info["editions"] if e["year"] == 2021)
    assert e2021["sessions"] >= 7 and e2021["sessions_expected"] == 74
    assert e2021["projects_expected"] == 80
    assert isinstance(info["catalogue_version"], int)
    assert any(line.startswith("2021:") for line in info["completeness"])


def test_info_plain_says_the_catalogue_is_partial(cli):
    code, out, _ = cli("info")
    assert code == 0 and "partial" in out and "of 74 sessions" in out


def test_search_json_hits_have_id_kind_title_snippet(cli):
    hits = run_json(cli, "search", "الصحه")
    assert hits and {"id", "kind", "title", "snippet"} <= set(hits[0])
    assert "ppf:fd-theme-02" in [h["id"] for h in hits]


def test_delegation_mark_note_and_show(cli, tmp_path: Path):
    assert cli("delegation", "create", "Délégation du Sénégal", "--country", "SN")[0] == 0
    assert cli("delegate", "add", "Amina Diallo", "--function", "Ambassador")[0] == 0
    code, out, _ = cli(
        "mark",
        "ppf:ses-2021-101",
        "--priority",
        "must",
        "--delegate",
        "amina diallo",
        "--reason",
        "Santé mondiale",
    )
    assert code == 0 and "must" in out
    note_file = tmp_path / "note.md"
    note_file.write_text("# Éléments\n- كوفيد-19", encoding="utf-8")
    assert cli("note", "ppf:ses-2021-101", "--file", str(note_file))[0] == 0
    assert cli("note", "--delegation", "--text", "Arrive on the 10th")[0] == 0
    shown = run_json(cli, "show", "ppf:ses-2021-101")
    assert shown["title"].startswith("Risking repeat")
    assert shown["mark"]["priority"] == "must"
    assert shown["mark"]["delegates"] == ["Amina Diallo"]
    assert [n["body"] for n in shown["notes"]] == ["# Éléments\n- كوفيد-19"]
    assert cli("unmark", "ppf:ses-2021-101")[0] == 0
    shown = run_json(cli, "show", "ppf:ses-2021-101")
    assert shown["mark"] is None and len(shown["notes"]) == 1


def test_catalogue_reset_keeps_marks_and_notes(cli):
    cli("delegation", "create", "D")
    cli("mark", "ppf:proj-2021-001", "--priority", "should")
    cli("note", "ppf:proj-2021-001", "--text", "Meet WAN-IFRA")
    code, out, _ = cli("catalogue", "reset")
    assert code == 0 and "untouched" in out
    shown = run_json(cli, "show", "ppf:proj-2021-001")
    assert shown["mark"]["priority"] == "should" and shown["notes"][0]["body"] == "Meet WAN-IFRA"


def test_selection_export_and_import(cli, tmp_path: Path, capsys):
    cli("delegation", "create", "D", "--country", "fr")
    cli("mark", "ppf:ses-2021-102", "--priority", "optional")
    path = tmp_path / "sel.json"
    assert cli("selection", "export", str(path))[0] == 0
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "selection", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(other), "marks", "--json"]) == 0
    marks = json.loads(capsys.readouterr().out)
    assert [m["item_id"] for m in marks] == ["ppf:ses-2021-102"]


def test_programme_lists_days_in_order(cli):
    sessions = run_json(cli, "programme", "--edition", "2021")
    days = [s["day"] for s in sessions if s["day"]]
    assert days == sorted(days) and days[0] == "2021-11-11"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "ppf:nope"), 3, "No item “ppf:nope”"),
        (("mark", "ppf:ses-2021-101"), 3, "No delegation yet"),
        (("delegation", "create", "D", "--country", "France1"), 1, "ISO 3166"),
        (("note", "--delegation", "--file", "/nonexistent/note.md"), 1, "Cannot read"),
        (("selection", "import", "/nonexistent/sel.json"), 1, "Cannot read"),
        (("programme", "--edition", "1999"), 3, "No edition 1999"),
    ],
)
def test_errors_are_clear_and_exit_non_zero(cli, args, code, message):
    if args[0] == "note":
        cli("delegation", "create", "D")
    got, _, err = cli(*args)
    assert got == code
    assert message in err


def test_bad_arguments_exit_2(cli, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["mark", "x", "--priority", "urgent"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_every_command_has_help(capsys):
    from briefer.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert sub.format_help().strip(), name
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in commands:
        assert f"briefer {name}" in readme or f"`{name}`" in readme, f"README omits {name}"


def test_each_command_is_registered_by_the_module_named_for_it():
    """A run builds only its own command's parser: the map must match what modules register."""
    from briefer.cli import COMMANDS, build_parser

    def choices(parser):
        return set(parser._subparsers._group_actions[0].choices)

    assert choices(build_parser()) == set(COMMANDS)
    for name in COMMANDS:
        assert name in choices(build_parser(name)), name


def test_command_word_found_past_global_options():
    from briefer.cli import command_of

    assert command_of(["--data-dir", "x", "--lang", "ar", "pack", "--out", "p.pdf"]) == "pack"
    assert command_of(["--data-dir=gui", "search", "gui"]) == "search"
    assert command_of(["--help"]) is None
    assert command_of(["--lang", "xx", "gui"]) is None
    assert command_of(["nonsense"]) is None


def test_editions_are_chosen_by_id_name_or_year_and_shown_by_name(cli, store, tmp_path):
    from factories import two_editions_of_2019

    store.replace_catalogue(two_editions_of_2019(tmp_path / "c.db"))
    code, out, _ = cli("info")
    assert code == 0
    fosdem = next(line for line in out.splitlines() if "fosdem:2019" in line)
    camp = next(line for line in out.splitlines() if "ccc:camp-2019" in line)
    assert "FOSDEM 2019" in fosdem and "Chaos Camp" in camp
    by_id = run_json(cli, "programme", "--edition", "ccc:camp-2019")
    assert {s["edition_id"] for s in by_id} == {"ccc:camp-2019"} and len(by_id) == 3
    assert run_json(cli, "programme", "--edition", "fosdem 2019")[0]["edition_id"] == "fosdem:2019"
    assert len(run_json(cli, "projects", "--edition", "2030")) == 0
    code, out, err = cli("programme", "--edition", "2019")
    assert code == 1 and not out
    assert "Several editions" in err and "fosdem:2019" in err and "ccc:camp-2019" in err
    assert "Traceback" not in err


def test_programme_filters_by_exact_format_and_needs_a_delegation_for_marked(cli):
    panels = run_json(cli, "programme", "--format", "panel")
    assert panels and {s["format"] for s in panels} == {"panel"}
    assert {s["edition_id"] for s in panels} == {"ppf:edition-2021"}  # the default edition
    assert run_json(cli, "programme", "--format", "pan") == []
    code, _, err = cli("programme", "--marked")
    assert code == 1 and "need a delegation" in err


def test_daysheet_prints_the_classification_line_and_watermark(cli, tmp_path: Path):
    import pdfplumber

    cli("delegation", "create", "D")
    cli("mark", "ppf:ses-2021-101", "--priority", "must")
    out = tmp_path / "day.pdf"
    args = ("daysheet", "--day", "2021-11-11", "--out", str(out), "--lang", "en")
    code, _, err = cli(*args, "--classification", "RESTRICTED", "--watermark", "DRAFT")
    assert code == 0, err
    grey = (0.85, 0.85, 0.85)

    def watermark_letters(pdf) -> int:
        """The filled grey outlines of the first page: the watermark's letters, drawn as
        paths (`packs.outlines`), so that no reader copies them as text."""
        curves = pdf.pages[0].curves
        return sum(1 for c in curves if c["fill"] and tuple(c["non_stroking_color"]) == grey)

    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        drawn = watermark_letters(pdf)
    assert "RESTRICTED" in text and "DRAFT" not in text
    assert drawn >= 5  # the outlines of D, R, A, F and T (and of their counters)
    plain = tmp_path / "plain.pdf"
    assert cli("daysheet", "--day", "2021-11-11", "--out", str(plain), "--lang", "en")[0] == 0
    with pdfplumber.open(plain) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        drawn = watermark_letters(pdf)
    assert "RESTRICTED" not in text and drawn == 0


def test_a_clipped_isolate_is_closed_after_the_ellipsis():
    """Found by review: a search line cut inside "⁨Risking repeat: …⁩" left the isolate open,
    and a terminal carried its direction on to the end of the line."""
    from briefer.cli.output import clip

    text = "ملاحظة حول \u2068Risking repeat: The urgency of better pandemic preparedness\u2069"
    cut = clip(text, 30)
    assert cut.endswith("…\u2069") and cut.count("\u2068") == cut.count("\u2069") == 1
    assert clip("short \u2066x\u2069", 30) == "short \u2066x\u2069"
    nested = clip("\u2067a \u2066" + "b" * 50 + "\u2069\u2069", 10)
    assert nested.endswith("…\u2069\u2069")


def test_a_vowelled_arabic_time_is_padded_by_the_columns_it_takes():
    """Found by review: "يُعلَن لاحقًا" was padded by code points, its marks counted, and the
    title after it started three columns early."""
    from briefer.cli.output import pad, width

    assert width(pad("يُعلَن لاحقًا", 13)) == 13 == width(pad("10:00–11:30", 13))


def test_a_long_changed_value_is_shown_where_it_changed():
    """Found by review: a retitled session showed "Enabling media markets to work for demo…"
    as both its old and its new title in `changes`: the table cut both before they differed."""
    from briefer.cli.output import apart

    old = "Enabling media markets to work for democracy"
    new = old + " (moved to plenary)"
    before, after = apart(old, new, 40)
    assert before.startswith("…") and after.endswith("(moved to plenary)")
    assert len(after) <= 40 and after != before
    assert apart("14:30", "16:30", 40) == ("14:30", "16:30")


def test_a_table_cell_is_cut_at_a_word_end():
    """Found by review: the search table cut snippets mid-word (« …harmful cont… »)."""
    from briefer.cli.output import clip

    assert clip("the forum brings together harmful content and more", 30) == (
        "the forum brings together…"
    )
    assert clip("abcdefghijklmnopqrstuvwxyz", 10) == "abcdefghi…"  # one long word: cut in it


def test_a_tables_cells_carry_no_override_of_their_own():
    """Found by review: `delegate list` printed a name holding U+202E as it came, and a
    terminal that applies it reversed the rest of the line."""
    from briefer.cli.output import clip, one_line

    assert one_line("A&B \u202eliam\u202c Smith") == "A&B liam Smith"
    assert "\u202e" not in clip("\u202e" + "x" * 80, 20)


@pytest.mark.parametrize("region", ["Afrique", "أفريقيا", "africa", "AFRIQUE", "Afrique  du Nord"])
def test_search_region_is_named_in_any_language(cli, region):
    """Found by review: `--lang fr search covid --region Afrique` (or أفريقيا) found nothing, the
    filter matching the sources' English names only."""
    hits = run_json(cli, "--lang", "fr", "search", "covid", "--region", region)
    if region == "Afrique  du Nord":  # no project on Covid in North Africa
        assert hits == []
        return
    assert sorted(h["id"] for h in hits) == ["ppf:proj-2021-201", "ppf:proj-cand-209"]
    assert all(h["snippet"][slice(*h["highlights"][0])] == "Covid" for h in hits)


def test_search_a_pasted_id_or_date(cli):
    """Found by review: `search ppf:ses-2021-101` and `search 2021-11-11` found nothing."""
    assert [h["id"] for h in run_json(cli, "search", "ppf:ses-2021-101")] == ["ppf:ses-2021-101"]
    hits = run_json(cli, "--lang", "fr", "search", "2021-11-11")
    assert [h["id"] for h in hits][:2] == ["ppf:ses-2021-101", "ppf:ses-2021-102"]
    assert hits[0]["snippet"] == "jeudi 11 novembre 2021 · 14:30–15:15"
    assert hits[0]["highlights"] == [[0, len("jeudi 11 novembre 2021")]]


def test_no_message_carries_an_override_of_a_names_own(cli):
    """Found by review: "Added Evil \u202eNAME\u202c Person", "Marked …: should attend, Evil
    \u202eNAME…" and `show` printed the override as it came, outside tables too; --json keeps
    the data, escaped."""
    import json

    name = "Evil \u202eNAME\u202c Person"
    assert cli("delegation", "create", "Délégation test")[0] == 0
    code, out, err = cli("delegate", "add", name)
    assert code == 0 and "Evil NAME Person" in out and "\u202e" not in out + err
    code, out, _ = cli("mark", "ppf:ses-2021-101", "--delegate", name)
    assert code == 0 and "\u202e" not in out and "\u202c" not in out
    listed = cli("delegate", "list", "--json")[1]
    assert "\u202e" not in listed and "\\u202e" in listed
    assert name in [d["name"] for d in json.loads(listed)]
