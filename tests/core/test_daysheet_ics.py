from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest
from factories import make_catalogue, session
from icalendar import Calendar
from pypdf import PdfReader

from briefer.core.calendar_export import event_uid, export_calendar
from briefer.core.delegations import add_delegate, create_delegation
from briefer.core.errors import InputError
from briefer.core.marks import set_mark
from briefer.core.packs.service import make_daysheet


@pytest.fixture
def programme(store, tmp_path: Path):
    make_catalogue(
        tmp_path / "c.db",
        [
            session(
                "a",
                "Opening plenary",
                start="2030-11-11T08:00:00Z",
                end="2030-11-11T09:30:00Z",
                title_ar="الجلسة الافتتاحية",
            ),
            session(
                "b",
                "Cancelled workshop",
                start="2030-11-11T13:00:00Z",
                end="2030-11-11T14:00:00Z",
                status="cancelled",
            ),
            session("c", "Time to be announced", start=None),
            session("d", "Next day", day="2030-11-12", start="2030-11-12T08:00:00Z"),
            session("e", "No day yet", day=None),
        ],
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "Delegation")
    amina = add_delegate(store, delegation, "Amina")
    for item in "abcde":
        set_mark(store, delegation, f"test:{item}", "must", [amina])
    return delegation, amina


def test_daysheet_lists_only_that_day_in_time_order(store, programme, tmp_path):
    delegation, amina = programme
    out = tmp_path / "day.pdf"
    result = make_daysheet(store, delegation, amina, "2030-11-11", out, "en")
    assert result["pages"] == 1
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
        assert pdf.pages[0].width == pytest.approx(419.5, abs=1)  # A5
    assert (
        text.index("Opening plenary")
        < text.index("Cancelled workshop")
        < text.index("Time to be announced")
    )
    assert "09:00–10:30" in text and "14:00–15:00" in text
    assert "CANCELLED" in text and "Next day" not in text
    assert "ILLUSTRATIVE DATA" in text


def test_a_daysheets_metadata_name_a_day_sheet_and_its_day_in_words(store, programme, tmp_path):
    """Its subject said "briefing pack", its title the day as 2030-11-11."""
    delegation, amina = programme
    out = tmp_path / "day.pdf"
    make_daysheet(store, delegation, amina, "2030-11-11", out, "fr")
    meta = PdfReader(out).metadata
    assert meta.subject == "Fiche du jour"
    assert meta.title.endswith("lundi 11 novembre 2030") and "2030-11-11" not in meta.title


def test_an_english_daysheet_names_an_arabic_delegation_then_the_delegate(store, tmp_path):
    """Found by review: the " — " after an Arabic delegation name was inside its isolate and
    went to its far (left) side: "— وفد المملكة المغربيةAmina". It now sits between them."""
    make_catalogue(
        tmp_path / "c.db", [session("a", "Opening plenary", start="2030-11-11T08:00:00Z")]
    )
    store.replace_catalogue(tmp_path / "c.db")
    delegation = create_delegation(store, "وفد المملكة المغربية")
    amina = add_delegate(store, delegation, "Amina")
    set_mark(store, delegation, "test:a", "must", [amina])
    out = tmp_path / "day.pdf"
    make_daysheet(store, delegation, amina, "2030-11-11", out, "en")
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
    dashes = [
        c
        for c in chars
        if c["text"] == "—"
        and any("\u0600" <= o["text"] <= "\u06ff" and abs(o["top"] - c["top"]) < 2 for o in chars)
    ]
    assert dashes  # the running header's line (the sheet's own names the delegate alone)
    for dash in dashes:
        line = [c for c in chars if abs(c["top"] - dash["top"]) < 2 and c["text"].strip()]
        arabic = [c for c in line if "\u0600" <= c["text"] <= "\u06ff"]
        latin = [c for c in line if c["text"].isascii() and c["text"].isalpha()]
        assert max(c["x1"] for c in arabic) < dash["x0"] < min(c["x0"] for c in latin)
        assert "".join(c["text"] for c in latin) == "Amina"


def test_daysheet_errors(store, programme, tmp_path):
    delegation, amina = programme
    with pytest.raises(InputError, match="not a date"):
        make_daysheet(store, delegation, amina, "11/11/2030", tmp_path / "x.pdf")
    with pytest.raises(InputError, match="No marked session"):
        make_daysheet(store, delegation, amina, "2030-12-25", tmp_path / "x.pdf")
    with pytest.raises(InputError, match="does not exist"):
        make_daysheet(store, delegation, amina, "2030-11-11", tmp_path / "no" / "x.pdf")


def test_ics_round_trip(store, programme, tmp_path):
    delegation, amina = programme
    out = tmp_path / "cal.ics"
    result = export_calendar(store, delegation, amina, out)
    assert result["skipped_without_day"] == ["test:e"]
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "Opening plenary",
        "Cancelled workshop",
        "Time to be announced",
        "Next day",
    }
    opening = events["Opening plenary"]
    assert opening["dtstart"].params["TZID"] == "Europe/Paris"
    assert opening.decoded("dtstart").hour == 9
    assert opening.decoded("dtstart").utcoffset().total_seconds() == 3600
    assert str(events["Cancelled workshop"]["status"]) == "CANCELLED"
    assert str(opening["status"]) == "CONFIRMED"
    assert "TZID" not in events["Time to be announced"]["dtstart"].params
    assert str(opening["uid"]) == event_uid(delegation, "test:a")
    (tz,) = calendar.walk("VTIMEZONE")
    rules = {str(sub.name): sub["rrule"] for sub in tz.subcomponents}
    assert rules["DAYLIGHT"]["BYMONTH"] == [3] and rules["STANDARD"]["BYMONTH"] == [10]
    again = tmp_path / "again.ics"
    export_calendar(store, delegation, amina, again)
    uids = {str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids == {str(e["uid"]) for e in events.values()}


def test_ics_real_forum_session_in_paris_time(store, tmp_path):
    delegation = create_delegation(store, "D")
    set_mark(store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "c.ics"
    export_calendar(store, delegation, None, out)
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    start = event.decoded("dtstart")
    assert (start.hour, start.minute, start.utcoffset().total_seconds()) == (14, 30, 3600)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_header_too_long_for_a5_is_made_smaller_then_cut_never_dropped(
    store, programme, tmp_path, lang
):
    """The bands kept only their first line: on A5, a delegate's name vanished and a long
    classification lost its end without a sign."""
    delegation, _ = programme
    jb = add_delegate(store, delegation, "Jean-Baptiste O'Connor de la Tour d'Auvergne")
    set_mark(store, delegation, "test:a", "must", [jb])
    classification = "RESTRICTED — EYES ONLY FOR THE MINISTER AND HIS CABINET, NOT TO BE COPIED"
    out = tmp_path / "day.pdf"
    make_daysheet(store, delegation, jb, "2030-11-11", out, lang, classification=classification)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        head = [c for c in page.chars if c["top"] < 45]
    text = "".join(c["text"] for c in sorted(head, key=lambda c: c["x0"]))
    assert "Jean-Baptiste" in text  # the name is there, whole or cut with "…"
    assert "RESTRICTED" in text and ("COPIED" in text or "…" in text)
    assert all(0 < c["x0"] and c["x1"] < page.width for c in head)  # within the page
    ordered = sorted(head, key=lambda c: c["x0"])
    assert all(a["x1"] <= b["x0"] + 0.5 for a, b in pairwise(ordered)), "no overlap"


def test_an_arabic_classification_cut_in_the_header_ends_with_the_ellipsis_at_its_cut(
    store, programme, tmp_path
):
    """The "…" was a span of its own, after the isolated Arabic text: it stood at the
    classification's beginning (its right, in a French header), not where it was cut."""
    delegation, amina = programme
    classification = "سري للغاية — لا يطلع عليه إلا الوزير وأعضاء ديوانه الخاص ومدير المراسم " * 3
    out = tmp_path / "day.pdf"
    make_daysheet(store, delegation, amina, "2030-11-11", out, "fr", classification=classification)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        head = sorted((c for c in page.chars if c["top"] < 45), key=lambda c: c["x0"])
    arabic = [c for c in head if "\u0600" <= c["text"] <= "\u06ff"]
    dots = [c for c in head if c["text"] == "…"]
    assert arabic and dots
    assert dots[0]["x1"] <= min(c["x0"] for c in arabic) + 0.5  # left of the Arabic: its end
