"""The day sheet from the Packs view: one day's marked sessions, A5, for the jacket pocket."""

from __future__ import annotations

from pypdf import PdfReader

from briefer.core.delegations import list_delegates
from briefer.core.marks import set_mark

from .conftest import finish


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def build(packs, qtbot):
    job = packs.render()
    assert job is not None
    finish(qtbot, job, timeout=60_000)


def test_day_sheet_of_one_day_in_french(window, delegation, qtbot):
    store = window.ctx.store
    (amina,) = list_delegates(store, delegation)
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [amina])
    set_mark(store, delegation, "ppf:ses-2021-106", "must", [amina])
    window.ctx.changed()
    window.set_language("fr")
    window.show_view("packs")
    packs = window.views["packs"]
    assert not packs.form.isRowVisible(packs.day)
    choose(packs.kind, "daysheet")
    assert packs.form.isRowVisible(packs.day)
    assert packs.paper.currentData() == "a5"
    assert not any(box.isEnabled() for box in packs.sections.values())
    assert packs.render_button.text() == "Préparer la fiche du jour"
    days = [packs.day.itemData(i) for i in range(packs.day.count())]
    assert days == ["2021-11-11", "2021-11-12"]
    assert packs.day.itemText(1) == "vendredi 12 novembre 2021"
    choose(packs.day, "2021-11-12")
    choose(packs.language, "fr")
    build(packs, qtbot)
    assert (
        packs.last
        == window.ctx.folder / "packs" / "daysheet-2021-11-12-delegation-du-senegal-fr.pdf"
    )
    reader = PdfReader(packs.last)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (420, 595)  # A5
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "South-South" in text and "Risking repeat" not in text
    choose(packs.kind, "pack")
    assert packs.paper.currentData() == "a4" and not packs.form.isRowVisible(packs.day)


def test_a_day_without_the_delegates_sessions_says_so(window, delegation, qtbot, boxes):
    from briefer.core.delegations import add_delegate

    store = window.ctx.store
    add_delegate(store, delegation, "Moussa Ndiaye", "Conseiller")
    awa = add_delegate(store, delegation, "Awa Sarr", "Ambassadrice")
    set_mark(store, delegation, "ppf:ses-2021-101", "must", [awa])  # Awa's, not Moussa's
    window.ctx.changed()
    window.set_language("ar")
    window.show_view("packs")
    packs = window.views["packs"]
    choose(packs.kind, "daysheet")
    choose(packs.delegate, "Moussa Ndiaye")
    build(packs, qtbot)
    day = "الخميس 11 تشرين الثاني/نوفمبر 2021"  # the day in words, as the sheet writes it
    assert boxes.texts == [
        f"لا توجد جلسة مُعلَّمة لـ \u2068Moussa Ndiaye\u2069 يوم \u2068{day}\u2069."
    ]
    assert packs.last is None


def test_packs_are_kept_in_the_data_folder(window, delegation, qtbot):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    build(packs, qtbot)
    first = packs.last
    build(packs, qtbot)
    assert first != packs.last, "a new build never overwrites the pack before it"
    kept = sorted((window.ctx.folder / "packs").glob("pack-delegation-du-senegal-en-*.pdf"))
    assert kept == sorted([first, packs.last])
    assert all(path.read_bytes().startswith(b"%PDF") for path in kept)


def test_a_failed_build_leaves_no_earlier_pack_in_the_preview(window, delegation, qtbot, boxes):
    """Found by review: after a build that failed (nothing marked for that delegate), the
    preview still showed the previous pack's pages, Print printed it, and the status line
    said only « Échec ; rien n'a été modifié »."""
    from briefer.core.delegations import add_delegate

    add_delegate(window.ctx.store, delegation, "Moussa Ndiaye", "Conseiller")
    awa = add_delegate(window.ctx.store, delegation, "Awa Sarr", "Ambassadrice")
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must", [awa])
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    build(packs, qtbot)
    assert packs.preview.page_count() > 0 and packs.last is not None
    choose(packs.delegate, "Moussa Ndiaye")
    build(packs, qtbot)
    assert len(boxes.texts) == 1 and "Moussa Ndiaye" in boxes.texts[0]
    assert packs.preview.page_count() == 0 and packs.last is None
    assert packs.status.text() == boxes.texts[0]
