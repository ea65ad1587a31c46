"""The Arabic window reads right to left without losing a word: Latin titles cut at their own
end, times kept in their order, note titles whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from briefer.core.notes import add_note
from briefer.gui.item_delegates import LRI, PDI
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
    assert styled(tree, index, 2000).text == LATIN, "a title that fits is left alone"
    window.set_language("en")
    assert styled(tree, index, 160).text == LATIN, "left-to-right views elide as Qt does"


def test_a_time_range_reads_from_the_right_in_arabic_as_in_the_packs(window):
    """Left to the Unicode bidi algorithm, not isolated: in an Arabic row the start time stands
    on the right and is read first, as the Arabic packs set it."""
    window.set_language("ar")
    index = session_index(window, "ppf:ses-2021-101").siblingAtColumn(COL_TIME)
    assert index.data() == "14:30–15:15" and LRI not in index.data()


def test_note_titles_are_listed_whole_without_markdown_marks(window, delegation, qtbot):
    window.set_language("ar")
    heading = "Talking points on pandemic preparedness and the WHO treaty negotiations"
    add_note(window.ctx.store, delegation, None, f"# {heading}\n\nbody")
    window.ctx.changed()
    notes = window.views["notes"]
    notes.reload()
    entry = notes.list.item(0)
    assert entry.text().splitlines()[1] == heading
    assert notes.list.wordWrap()
    assert notes.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert notes.list.model().index(0, 0, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole)


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
