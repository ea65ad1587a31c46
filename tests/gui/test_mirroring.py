"""The Arabic window reads right to left without losing a word: Latin titles cut at their own
end, times kept in their order, note titles whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QTextFrameFormat,
    QTextLayout,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTreeView

from briefer.core.directions import FSI, LRI, PDI, RLI, own_direction
from briefer.core.notes import add_note
from briefer.gui.item_delegates import elide_by_text_direction
from briefer.gui.models.sessions_model import COL_TIME, COL_TITLE, RecordRole

from .test_window import session_index

LATIN = "Risking repeat: The urgency of better pandemic preparedness"


def styled(view, index, width: int) -> QStyleOptionViewItem:
    """The option the view's delegate paints `index` with in a cell `width` pixels wide."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, 24)
    option.direction = view.layoutDirection()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


def test_a_latin_title_in_a_narrow_arabic_column_is_cut_at_its_own_end(window, qtbot):
    window.set_language("ar")
    view = window.views["programme"]
    tree = view.tree
    index = session_index(window, "ppf:ses-2021-101").siblingAtColumn(COL_TITLE)
    assert index.data(RecordRole)["title_en"] == LATIN
    option = styled(tree, index, 160)
    assert option.text.startswith(LRI + "Risking") and option.text.endswith("…" + PDI)
    assert option.textElideMode == Qt.TextElideMode.ElideNone
    assert styled(tree, index, 2000).text == LRI + LATIN + PDI, "a title that fits is whole"
    window.set_language("en")
    assert styled(tree, index, 160).text == LATIN, "left-to-right views elide as Qt does"


def _x_of(option: QStyleOptionViewItem, part: str) -> float:
    """The left edge of `part` of the item's text, as Qt lays it out in the view's direction
    (an item's lines are one paragraph, as Qt's item views make them)."""
    text = option.text.replace("\n", "\u2028")
    layout = QTextLayout(text, option.font)
    text_option = QTextOption()
    text_option.setTextDirection(option.direction)
    layout.setTextOption(text_option)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    runs = layout.glyphRuns(text.index(part), len(part))
    return min(point.x() for run in runs for point in run.positions())


def _one_item_view(text: str, direction: Qt.LayoutDirection, qtbot) -> QTreeView:
    model = QStandardItemModel()
    model.appendRow(QStandardItem(text))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setLayoutDirection(direction)
    elide_by_text_direction(view)
    view._model = model
    return view


def test_a_latin_title_in_an_arabic_row_keeps_its_digits_and_punctuation_in_place(qtbot):
    """FOSDEM's "25 Years of FreeBSD" read "Years of FreeBSD 25" in the Arabic window."""
    rtl = Qt.LayoutDirection.RightToLeft
    for title, first, last in (
        ("25 Years of FreeBSD", "25", "FreeBSD"),
        ("What did I just agree to?", "What", "?"),
        (".NET on the Web with Mono", ".NET", "Mono"),
    ):
        view = _one_item_view(title, rtl, qtbot)
        option = styled(view, view.model().index(0, 0), 2000)
        assert option.text == LRI + title + PDI
        assert _x_of(option, first) < _x_of(option, last), title


def test_an_arabic_title_in_a_latin_row_reads_right_to_left_with_its_mark(qtbot):
    title = "منتدى باريس للسلام!"
    view = _one_item_view(title, Qt.LayoutDirection.LeftToRight, qtbot)
    option = styled(view, view.model().index(0, 0), 2000)
    assert option.text == RLI + title + PDI
    assert _x_of(option, "!") < _x_of(option, "للسلام") < _x_of(option, "منتدى")
    narrow = styled(view, view.model().index(0, 0), 60).text
    assert narrow.startswith(RLI + "منتدى") and narrow.endswith("…" + PDI)


def test_a_time_range_reads_from_the_right_in_arabic_as_in_the_packs(window):
    """Left to the Unicode bidi algorithm, not isolated: in an Arabic row the start time stands
    on the right and is read first, as the Arabic packs set it."""
    window.set_language("ar")
    index = session_index(window, "ppf:ses-2021-101").siblingAtColumn(COL_TIME)
    assert index.data() == "14:30–15:15" and LRI not in index.data()


def test_note_titles_are_listed_whole_without_markdown_marks(window, delegation, qtbot):
    window.set_language("ar")
    heading = "25 Talking points on pandemic preparedness: what now?"
    add_note(window.ctx.store, delegation, None, f"# {heading}\n\nbody")
    window.ctx.changed()
    notes = window.views["notes"]
    notes.reload()
    entry = notes.list.item(0)
    assert entry.text().splitlines()[1] == heading
    assert notes.list.wordWrap()
    assert notes.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert notes.list.model().index(0, 0, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole)
    option = styled(notes.list, notes.list.model().index(0, 0), 300)
    assert option.text.splitlines()[1] == LRI + heading + PDI  # each line in its own direction
    assert (
        _x_of(option, "25") < _x_of(option, "Talking") < _x_of(option, "now") < _x_of(option, "?")
    )


def test_qts_own_file_dialog_names_a_folder_in_the_windows_language(window, tmp_path):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    provider = QFileIconProvider()
    window.set_language("ar")
    assert provider.type(QFileInfo(str(tmp_path))) == "مجلّد"
    window.set_language("fr")
    assert provider.type(QFileInfo(str(tmp_path))) == "Répertoire"


def test_numbers_qt_writes_in_arabic_use_western_digits(window, monkeypatch):
    from PySide6.QtCore import QLocale

    from briefer.gui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    window.set_language("ar")
    assert QLocale().language() == QLocale.Language.Arabic
    assert QLocale().toString(1234.5) == "1,234.5" and QLocale().monthName(11) == "نوفمبر"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_EG")))
    assert i18n.window_locale("ar").name() == "ar_EG", "an Arabic system keeps its own digits"


def test_the_programme_and_search_offer_days_in_words(window):
    window.set_language("ar")
    programme, search = window.views["programme"], window.views["search"]
    search.edition.setCurrentIndex(search.edition.findData("ppf:edition-2021"))
    for combo in (programme.day, search.day):
        index = combo.findData("2021-11-11")
        assert combo.itemText(index) == "الخميس 11 تشرين الثاني/نوفمبر 2021"


def test_a_latin_search_result_in_the_arabic_window_keeps_its_order(window, delegation, qtbot):
    """Each paragraph of a result (title, snippet) is set in its own direction: FOSDEM's
    "25 Years of FreeBSD" read "Years of FreeBSD 25" in the Arabic window's search, and a
    Latin snippet under an Arabic title lost its order the same way."""
    from tests.gui.test_search_filters import run

    window.finish_startup()
    add_note(window.ctx.store, delegation, None, "# 25 Years of the Forum?\n\nA look back.")
    window.ctx.changed()
    window.set_language("ar")
    view = window.views["search"]
    run(window, qtbot, view, "Forum")
    items = [
        group.child(i)
        for g in range(view.results.topLevelItemCount())
        for group in [view.results.topLevelItem(g)]
        for i in range(group.childCount())
    ]
    item = next(it for it in items if "25 Years of the Forum?" in it.text(0))
    index = view.results.indexFromItem(item)
    option = styled(view.results, index, 900)
    document = view.results.itemDelegate()._document(option, index, 900)
    assert document.size().width() > 0  # laid out
    title = document.firstBlock()
    snippet = title.next()
    assert title.text() == "ملاحظة الوفد" and snippet.text().startswith("25 Years of the Forum?")
    line = snippet.layout().lineAt(0)
    assert line.isValid()

    def left(part: str) -> float:
        at = snippet.text().index(part)
        return min(p.x() for run in line.glyphRuns(at, len(part)) for p in run.positions())

    assert left("25") < left("Years") < left("Forum") < left("?") < left("back") < left(".")
    assert left(".") > 900 - 30, "on the view's side, the right"


def test_arabic_text_that_begins_with_a_latin_word_stays_right_to_left(qtbot):
    """The direction is the dominant script's, as for notes: "COP26: موقف الوفد…" is Arabic."""
    title = "COP26: موقف الوفد من التمويل المناخي"
    rtl_view = _one_item_view(title, Qt.LayoutDirection.RightToLeft, qtbot)
    option = styled(rtl_view, rtl_view.model().index(0, 0), 2000)
    assert option.text == title
    assert _x_of(option, "التمويل") < _x_of(option, "COP26")  # the Latin word read first
    ltr_view = _one_item_view(title, Qt.LayoutDirection.LeftToRight, qtbot)
    assert styled(ltr_view, ltr_view.model().index(0, 0), 2000).text == RLI + title + PDI


def test_a_row_made_of_a_time_and_a_title_keeps_the_time_first(qtbot):
    """Rows that isolate their title themselves are left to the view's direction: the time
    range reads first in a French row with an Arabic title, and in an Arabic one."""
    text = f"09:00–09:45 {FSI}لقاء مع وفد الاتحاد الأفريقي{PDI}"
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        view = _one_item_view(text, direction, qtbot)
        option = styled(view, view.model().index(0, 0), 2000)
        assert option.text == text
        time_left_of_title = _x_of(option, "09:00") < _x_of(option, "لقاء")
        assert time_left_of_title == (direction == Qt.LayoutDirection.LeftToRight)
        assert (_x_of(option, "09:00") < _x_of(option, "09:45")) == time_left_of_title


def test_key_names_and_addresses_read_left_to_right_in_the_arabic_window(window, qtbot, tmp_path):
    """ "Ctrl+," read ",+Ctrl" in the Arabic shortcuts list; a source address wrapped with its
    "/" moved to the front of its last line in the Arabic detail pane."""
    from briefer.gui.dialogs.shortcuts import ShortcutsDialog

    window.set_language("ar")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [r for r in range(table.rowCount()) if "Ctrl+" in table.item(r, 1).text()]
    assert rows
    option = styled(table, table.model().index(rows[0], 1), 400)
    assert option.text.startswith(LRI) and option.text.endswith(PDI)
    window.detail.show_item("ppf:ses-2021-101")
    text = window.detail.browser.toPlainText()
    source = window.detail.browser.document().toRawText()
    assert "https://" in text and LRI + "https://" in source


def test_a_notes_editor_opens_in_the_notes_direction(window, delegation, qtbot):
    """An Arabic note opened left to right in the Arabic window; the packs set it by its
    dominant script, and so does the editor now, with the box to change it."""
    store = window.ctx.store
    arabic = add_note(store, delegation, None, "# COP26: موقف الوفد\n\nيصل الوفد يوم 10 نوفمبر.")
    latin = add_note(store, delegation, None, "# Talking points\n\nMeet the **WHO** team.")
    # The packs leave code out of the count (found by review: the box counted it).
    code = "```\nملاحظة داخلية سرية عن الوفد والبرنامج والتمويل\n```"
    coded = add_note(store, delegation, None, f"Rencontre avec محمد بن سلمان\n\n{code}")
    window.ctx.changed()
    window.set_language("fr")
    notes = window.views["notes"]
    notes.reload()
    for note, rtl in ((arabic, True), (latin, False), (coded, False), (arabic, True)):
        notes._load(note.id)
        assert notes.rtl.isChecked() == rtl
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert notes.editor.layoutDirection() == wanted
        option = notes.editor.document().defaultTextOption()
        assert option.textDirection() == wanted
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        assert option.alignment() & side  # the plain editor right-aligned an Arabic note too


def test_the_detail_panes_time_range_reads_from_the_right_as_the_table_does(window):
    window.set_language("ar")
    window.detail.show_item("ppf:ses-2021-101")
    document = window.detail.browser.document()
    assert document.size().width() > 0
    block = document.begin()
    while block.isValid() and "14:30" not in block.text():
        block = block.next()
    assert block.isValid()
    line = block.layout().lineAt(0)

    def left(part: str) -> float:
        at = block.text().index(part)
        return min(p.x() for run in line.glyphRuns(at, len(part)) for p in run.positions())

    assert left("15:15") < left("14:30")  # the start on the right, read first


def test_a_time_and_title_row_isolates_the_title_in_its_dominant_direction(qtbot):
    """ "COP26: موقف الوفد" in a composed row was an FSI isolate, so left to right."""
    from briefer.gui.widgets import isolate

    title = "COP26: موقف الوفد من التمويل"
    text = f"15:10–15:40 {isolate(title)}"
    assert isolate(title).startswith(RLI) and isolate("Talk 2").startswith(LRI)
    assert isolate("\u200e" + title).startswith(LRI)  # the writer's mark, as in the packs
    assert isolate("14:30").startswith("\u2068")  # no letter: FSI
    view = _one_item_view(text, Qt.LayoutDirection.RightToLeft, qtbot)
    option = styled(view, view.model().index(0, 0), 2000)
    assert _x_of(option, "التمويل") < _x_of(option, "COP26") < _x_of(option, "15:10")


def _cell_x(document, text: str) -> float:
    """The left edge of the first block of `document` whose text is `text`."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid() and block.text().strip("\u200f\u2066\u2067\u2068\u2069") != text:
        block = block.next()
    assert block.isValid(), text
    return layout.blockBoundingRect(block).left()


def test_the_detail_panes_labels_stand_on_the_side_the_window_reads_from(window):
    """Found by review: Qt lays a table's cells out left to right in any direction, and the
    Arabic detail pane showed each value before (right of) its label."""
    window.set_language("ar")
    window.detail.show_item("ppf:ses-2021-101")
    document = window.detail.browser.document()
    assert document.size().width() > 0
    assert _cell_x(document, "المدينة") > _cell_x(document, "Paris")  # "City", on the right
    window.set_language("en")
    window.detail.show_item("ppf:ses-2021-101")
    document = window.detail.browser.document()
    assert document.size().width() > 0
    assert _cell_x(document, "City") < _cell_x(document, "Paris")


def test_a_menu_key_ending_in_a_sign_reads_in_order_in_the_arabic_menu(window):
    """Found by review: the Arabic Edit menu drew "Ctrl+," as ",+Ctrl". Such a key is written
    after the item's text, isolated left to right; a key of letters is left to Qt."""
    from briefer.gui.dialogs.shortcuts import window_shortcuts

    window.set_language("ar")
    QApplication.processEvents()
    keys = window.act_settings.shortcut().toString()
    assert keys.endswith(",")
    assert window.act_settings.text().endswith(f"\t{LRI}{keys}{PDI}")
    assert "\t" not in window.act_find.text()
    listed = dict(window_shortcuts(window))
    assert all("\t" not in what for what in listed)
    window.set_language("en")
    QApplication.processEvents()
    assert "\t" not in window.act_settings.text()


def test_the_about_dialogs_lines_each_read_in_the_windows_direction(window):
    """Found by review: in Arabic, paragraphs beginning with "Qt" or "Briefer" were laid out
    left to right, and lines parted by <br> were one paragraph to the bidi algorithm."""
    from PySide6.QtGui import QTextDocument

    for lang, direction in (("ar", Qt.LayoutDirection.RightToLeft), ("en", None)):
        window.set_language(lang)
        QApplication.processEvents()
        dialog = window.about()
        document = QTextDocument()
        document.setHtml(dialog.text.text())
        blocks = []
        block = document.begin()
        while block.isValid():
            if block.text().strip():
                blocks.append((block.text(), block.blockFormat().layoutDirection()))
            block = block.next()
        dialog.close()
        assert any(text.lstrip("\u200f\u2066").startswith("Qt ") for text, _ in blocks)
        assert all("\u2028" not in text for text, _ in blocks)  # no line breaks inside one
        if direction is not None:
            assert all(d == direction for _, d in blocks), blocks
        else:
            assert all(d != Qt.LayoutDirection.RightToLeft for _, d in blocks)


def test_the_projects_edition_name_is_shown_whole_in_every_language(window):
    """Found by review: the edition box was 16 characters wide and cut the name mid-letter
    ("Forum de Paris sur la Pai")."""
    window.show_view("projects")
    view = window.views["projects"]
    for lang in ("ar", "fr", "en"):
        window.set_language(lang)
        QApplication.processEvents()
        box = view.edition
        assert box.currentText()
        text = box.fontMetrics().horizontalAdvance(box.currentText())
        assert box.width() >= text + 16, (lang, box.currentText(), box.width(), text)


def test_a_right_to_left_notes_table_reads_from_the_right_in_the_preview(window, delegation, qtbot):
    """Found by review: the preview laid an Arabic note's table out left to right ("اليوم"
    left of "الاجتماع"); its columns now read from the right, as in the packs."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.rtl.setChecked(True)
    notes.editor.insertPlainText("| الاجتماع | اليوم |\n|---|---|\n| ثنائي | الخميس |\n")
    qtbot.waitUntil(lambda: "الخميس" in notes.preview.toPlainText(), timeout=10_000)
    document = notes.preview.document()
    assert _cell_x(document, "الاجتماع") > _cell_x(document, "اليوم")  # the first on the right
    assert _cell_x(document, "اليوم") > document.size().width() / 2  # the table on the right
    notes.rtl.setChecked(False)
    document = notes.preview.document()
    assert _cell_x(document, "الاجتماع") < _cell_x(document, "اليوم")


def test_the_source_note_is_headed_in_the_windows_language_and_read_in_its_own(window):
    """Found by review: the bundled catalogue's provenance notes, written in English by its
    authors, stood in the Arabic and French panes unannounced, set right to left in Arabic."""
    headings = {"ar": "ملاحظة عن المصدر", "fr": "Note sur la source", "en": "Note on the source"}
    for lang, heading in headings.items():
        window.set_language(lang)
        window.detail.show_item("ppf:ses-2021-opening")
        document = window.detail.browser.document()
        block = document.begin()
        found = {}
        while block.isValid():
            if block.text().startswith("The PPF highlights page"):
                found["note"] = block.blockFormat().layoutDirection()
            elif block.text().startswith(heading):
                found["heading"] = block.blockFormat().layoutDirection()
            block = block.next()
        assert found.get("note") == Qt.LayoutDirection.LeftToRight, lang
        assert "heading" in found, lang


def test_a_phone_number_in_an_arabic_notes_preview_reads_left_to_right(window, delegation, qtbot):
    """The preview orders an international number as the PDF does (found by review of the
    packs: "+33 6 12 34 56 78" in an Arabic note came out "78 56 34 12 6 +33")."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.rtl.setChecked(True)
    notes.editor.insertPlainText("الهاتف: +33 6 12 34 56 78 للتواصل")
    qtbot.waitUntil(lambda: "للتواصل" in notes.preview.toPlainText(), timeout=10_000)
    block = notes.preview.document().begin()
    while block.isValid() and "+33" not in block.text():
        block = block.next()
    assert block.isValid()
    line = block.layout().lineForTextPosition(block.text().index("+"))
    text = block.text()
    digits = [(line.cursorToX(i)[0], ch) for i, ch in enumerate(text) if ch in "+0123456789"]
    assert "".join(ch for _, ch in sorted(digits)) == "+33612345678"


def test_a_note_title_in_the_list_shows_its_text_without_emphasis_or_link_marks(window, delegation):
    """Found by review: the French Notes list showed « **dépositaire** » as typed."""
    add_note(
        window.ctx.store,
        delegation,
        None,
        "## Le **dépositaire** du [traité](https://example.org) et `l'article 5`\n\nsuite",
    )
    window.ctx.changed()
    notes = window.views["notes"]
    notes.reload()
    assert notes.list.item(0).text().splitlines()[1] == ("Le dépositaire du traité et l'article 5")


def _type(widget, text: str) -> None:
    """Type `text` key by key (QTest's key clicks take Latin letters only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key(0), Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _preview_direction(notes) -> Qt.LayoutDirection:
    """The direction the preview lays its first paragraph out in."""
    block = notes.preview.document().begin()
    return block.layout().textOption().textDirection()


def test_an_arabic_note_under_a_latin_label_reopens_as_it_was_typed(window, delegation, qtbot):
    """Found by review: "WHO: منظمة الصحة العالمية…" was right to left while typed in the
    Arabic window and left to right (box unticked) when reopened; the list read it right to
    left. Editor, preview and list now take the note's direction from the packs' rule."""
    window.set_language("ar")
    notes = window.views["notes"]
    typed = "WHO: منظمة الصحة العالمية تدعو إلى التأهب للأوبئة وتعزيز التعاون الدولي."
    notes.start_note(None)
    _type(notes.editor, typed)
    notes.save()
    assert notes.rtl.isChecked()
    add_note(window.ctx.store, delegation, None, "Logistics")
    window.ctx.changed()
    rows = {
        notes.list.item(r).text().splitlines()[1].lstrip("\u200e\u200f")[:3]: r
        for r in range(notes.list.count())
    }
    notes.list.setCurrentRow(rows["Log"])
    assert not notes.rtl.isChecked()
    row = rows["WHO"]
    notes.list.setCurrentRow(row)
    assert notes.rtl.isChecked()
    assert notes.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _preview_direction(notes) == Qt.LayoutDirection.RightToLeft
    assert own_direction(notes.list.item(row).text().splitlines()[1]) == "R"


def test_a_note_follows_its_dominant_script_while_typed_until_the_writer_chooses(
    window, delegation, qtbot
):
    """Found by review: in the French window "Briefing مذكرة حول الاجتماع…" was laid out left
    to right while typed and flipped to right to left when reopened."""
    window.set_language("fr")
    notes = window.views["notes"]
    notes.start_note(None)
    assert not notes.rtl.isChecked()
    _type(notes.editor, "Briefing مذكرة حول الاجتماع")
    assert notes.rtl.isChecked()
    assert notes.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _preview_direction(notes) == Qt.LayoutDirection.RightToLeft
    notes.rtl.click()  # the writer's choice stands
    assert not notes.rtl.isChecked()
    _type(notes.editor, " مع الوفد الفرنسي")
    assert not notes.rtl.isChecked()
    assert _preview_direction(notes) == Qt.LayoutDirection.LeftToRight


def test_a_direction_the_writer_sets_is_kept_with_the_note_and_printed(
    window, delegation, qtbot, tmp_path
):
    """The issue's rule: a note's direction is the one set in the editor, else its dominant
    script's. Set by hand, it was forgotten on reopening and the packs never saw it."""
    from pypdf import PdfReader

    from briefer.core.notes import get_note
    from briefer.core.packs.service import make_pack

    window.set_language("fr")
    notes = window.views["notes"]
    notes.start_note(None)
    _type(notes.editor, "Note de séance")
    notes.save()
    note_id = notes.note_id
    notes.rtl.click()  # the writer wants it right to left
    notes.save()
    assert get_note(window.ctx.store, note_id).direction == "rtl"
    notes.start_note(None)
    assert not notes.rtl.isChecked()
    rows = {
        notes.list.item(r).text().splitlines()[1].lstrip("\u200f"): r
        for r in range(notes.list.count())
    }
    listed = notes.list.item(rows["Note de séance"]).text().splitlines()[1]
    assert own_direction(listed) == "R"  # listed right to left, as its writer set it
    notes.list.setCurrentRow(rows["Note de séance"])
    assert notes.rtl.isChecked() and notes._chosen
    assert notes.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    notes.rtl.click()  # and back: the choice is kept as left to right
    notes.save()
    assert get_note(window.ctx.store, note_id).direction == "ltr"
    from briefer.core.notes import set_note_direction

    set_note_direction(window.ctx.store, note_id, "rtl")
    out = tmp_path / "pack.pdf"
    make_pack(window.ctx.store, delegation, None, out, "fr")
    page = next(p for p in PdfReader(out).pages if "Note de séance" in p.extract_text())
    chars: list[float] = []
    page.extract_text(
        visitor_text=lambda t, cm, tm, *_: chars.append(tm[4]) if "séance" in t else 0
    )
    width = float(page.mediabox.width)
    assert chars and min(chars) > width / 2  # set right to left: against the right margin


def _block_with(document, part: str):
    """The first block of `document` whose text holds `part`, laid out."""
    assert document.size().width() > 0
    block = document.begin()
    while block.isValid() and part not in block.text():
        block = block.next()
    assert block.isValid(), part
    return block


def _left_of(block, part: str) -> float:
    """Where the glyphs of `part` begin, from the left, in `block`'s first line."""
    at = block.text().index(part)
    runs = block.layout().lineAt(0).glyphRuns(at, len(part))
    return min(p.x() for run in runs for p in run.positions())


def _meeting_of_both_scripts(window, delegation) -> str:
    from briefer.core.delegations import add_delegate
    from briefer.core.meetings import add_meeting
    from briefer.core.people import add_contact

    store = window.ctx.store
    add_delegate(store, delegation, "محمد العلوي", "وزير مفوض")
    for name in ("خالد بن سلمان", "Jean-Noël Barrot"):
        add_contact(store, delegation, name)
    meeting = add_meeting(
        store,
        delegation,
        "لقاء ثنائي مع السعودية",
        day="2021-11-12",
        start="14:00",
        place="قاعة الشرف",
        counterparts=["خالد بن سلمان", "Jean-Noël Barrot"],
        delegates=["Amina Diallo", "محمد العلوي"],
    ).value
    window.ctx.changed()
    return meeting.id


def test_names_of_both_scripts_in_one_line_read_in_the_windows_direction_in_order(
    window, delegation
):
    """Found by review: « Counterparts  Jean-Noël Barrot ,خالد بن سلمان » in English (stored
    خالد first): Qt takes a paragraph's direction from its first letter, even inside an
    isolate. The line takes the window's direction, its names in their stored order."""
    meeting = _meeting_of_both_scripts(window, delegation)
    window.detail.show_item(meeting)
    block = _block_with(window.detail.browser.document(), "Jean-Noël Barrot")
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight
    assert _left_of(block, "خالد") < _left_of(block, "Jean-Noël")  # read first, on the left
    window.set_language("ar")
    window.detail.show_item(meeting)
    block = _block_with(window.detail.browser.document(), "Amina Diallo")
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert _left_of(block, "Amina") > _left_of(block, "محمد")  # read first, on the right


def test_detail_values_stand_on_the_windows_side_whatever_their_script(window, delegation):
    """Found by review: in the Arabic pane « Salle Garonne », « Panel », « Climat » stood
    flush left far from their labels, Arabic values beside them; in English an Arabic value
    jumped to the right. Every value starts on the side the window reads from."""
    meeting = _meeting_of_both_scripts(window, delegation)
    window.detail.show_item(meeting)
    block = _block_with(window.detail.browser.document(), "قاعة الشرف")
    assert block.layout().lineAt(0).naturalTextRect().left() < 2  # beside "Place"
    window.set_language("ar")
    window.detail.show_item("ppf:ses-2021-101")
    block = _block_with(window.detail.browser.document(), "Paris")
    line = block.layout().lineAt(0)
    assert line.naturalTextRect().right() > line.width() - 2  # beside « المدينة »
    speaker = _block_with(window.detail.browser.document(), "Tedros")
    assert speaker.textDirection() == Qt.LayoutDirection.RightToLeft  # its bullet on the right
    assert _left_of(speaker, "Tedros") < _left_of(speaker, "Director")  # its own direction
    abstract = _block_with(window.detail.browser.document(), "How to capture")
    assert abstract.textDirection() == Qt.LayoutDirection.LeftToRight  # not the table's


def test_an_own_meeting_shows_no_mark_editor(window, delegation):
    """Found by review: an own meeting's detail showed « Status requested » and below it the
    greyed mark editor « Status: open », « Priority: should attend »; meetings have no mark."""
    detail = window.detail
    detail.show_item(_meeting_of_both_scripts(window, delegation))
    assert not detail.status.isVisible() and not detail.priority.isVisible()
    assert not detail.save.isVisible() and detail.notes_button.isVisible()
    detail.show_item("ppf:ses-2021-101")
    assert detail.status.isVisible() and detail.priority.isVisible() and detail.save.isVisible()


def _marker_order(document, text: str) -> str:
    """The characters of the list marker of the block reading `text`, left to right, as Qt lays
    a marker out: its item text in the block's direction (QTextDocumentLayout::drawListItem)."""
    block = document.begin()
    while block.isValid() and block.text() != text:
        block = block.next()
    assert block.isValid() and block.textList() is not None, text
    marker = block.textList().itemText(block)
    option = QTextOption()
    option.setTextDirection(block.textDirection())
    layout = QTextLayout(marker, document.defaultFont())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    placed = sorted((line.cursorToX(i)[0], ch) for i, ch in enumerate(marker))
    return "".join(ch for _, ch in placed)


def test_an_arabic_numbered_list_puts_the_period_left_of_its_number(window, delegation, qtbot):
    """Found by review: the preview drew an Arabic list's « 1. » with the period right of the
    digit, read before it; the packs put it left of the digit, read after it. Latin lists keep
    « 1. »."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.rtl.setChecked(True)
    notes.editor.insertPlainText("1. افتتاح الجلسة\n2. كلمة رئيس الوفد\n")
    qtbot.waitUntil(lambda: "كلمة" in notes.preview.toPlainText(), timeout=10_000)
    document = notes.preview.document()
    assert _marker_order(document, "افتتاح الجلسة") == ".1"
    assert _marker_order(document, "كلمة رئيس الوفد") == ".2"
    notes.rtl.setChecked(False)
    document = notes.preview.document()
    assert _marker_order(document, "افتتاح الجلسة") == "1."


def test_a_notes_table_has_ruled_padded_cells_in_the_preview(window, delegation, qtbot):
    """Found by review: a table in the preview had no rules and no padding, its cells ran
    together (« التفاهم عبد الله »); it is ruled and padded as in the packs, in both directions."""
    notes = window.views["notes"]
    notes.start_note(None)
    notes.editor.insertPlainText("| البند | المسؤول |\n|---|---|\n| مذكرة التفاهم | عبد الله |\n")
    for rtl in (True, False):
        notes.rtl.setChecked(rtl)
        qtbot.waitUntil(lambda: "عبد الله" in notes.preview.toPlainText(), timeout=10_000)
        frames = notes.preview.document().rootFrame().childFrames()
        tables = [f for f in frames if isinstance(f, QTextTable)]
        assert len(tables) == 1
        table = tables[0].format()
        assert table.border() >= 1 and table.cellPadding() >= 3, rtl
        assert table.borderBrush().color().lightness() < 200  # a visible rule, not white
        assert table.borderCollapse() and table.cellSpacing() == 0  # single rules between cells
        assert table.borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid  # not 3D
