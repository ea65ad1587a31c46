"""French puts a narrow no-break space (U+202F) before : ; ! ? and inside « »; Qt's HTML
reader took it for white space to collapse, so every rich-text view showed « Langues : »
with an ordinary, breakable space. Each test reads back the text the user gets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from briefer.core.datafolder import DataFolder
from briefer.gui.about import AboutDialog
from briefer.gui.html_delegate import HtmlDelegate
from briefer.gui.item_delegates import HtmlRole
from briefer.gui.safe_text import tooltip_text
from briefer.gui.widgets import kept_narrow_spaces

from .conftest import label_shown, tooltip_shown
from .test_briefing_book_people import _contact_shown

NNBSP = "\u202f"


def test_the_about_dialog_keeps_french_spacing(window, qtbot, tmp_path):
    window.set_language("fr")
    dialog = AboutDialog(DataFolder(tmp_path / "data"), 2026120502, window)
    qtbot.addWidget(dialog)
    shown = label_shown(dialog.text)
    assert f"PySide6{NNBSP}: GNU LGPL" in shown and f"Répertoire de données{NNBSP}: " in shown


def test_a_contacts_summary_keeps_french_spacing(window, delegation):
    notes = f"Vue «{NNBSP}COP21{NNBSP}»"
    view, _person = _contact_shown(
        window, delegation, "fr", "Claire Dubois", languages="ar, fr", notes=notes
    )
    shown = label_shown(view.about)
    assert f"Langues{NNBSP}: " in shown and f"«{NNBSP}COP21{NNBSP}»" in shown


def test_a_notes_preview_keeps_french_spacing(window, delegation, qtbot):
    from briefer.core.notes import add_note

    add_note(window.ctx.store, delegation, None, f"# Objectif{NNBSP}: accord\n\nPourquoi{NNBSP}?")
    window.ctx.changed()
    window.set_language("fr")
    window.show_view("notes")
    notes = window.views["notes"]
    notes.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Objectif" in notes.preview.toPlainText(), timeout=20_000)
    shown = notes.preview.toPlainText()
    assert f"Objectif{NNBSP}: accord" in shown and f"Pourquoi{NNBSP}?" in shown


def test_a_search_result_keeps_french_spacing(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    item = QStandardItem(f"Réunion{NNBSP}: bilan")
    item.setData(f"<div><b>Réunion{NNBSP}:</b> bilan «{NNBSP}2021{NNBSP}»</div>", HtmlRole)
    model.appendRow(item)
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    shown = HtmlDelegate(view)._document(option, model.index(0, 0, QModelIndex()), 400)
    assert f"Réunion{NNBSP}: bilan «{NNBSP}2021{NNBSP}»" in shown.toPlainText()


def test_a_tooltip_keeps_french_spacing():
    title = f"Titre{NNBSP}: «{NNBSP}x{NNBSP}»"
    assert tooltip_shown(tooltip_text(title)) == title


def test_only_text_is_touched_not_a_tags_attributes():
    markup = f"<a href='https://e.org/a{NNBSP}b' title='x{NNBSP}y'>Lien{NNBSP}!</a>"
    kept = kept_narrow_spaces(markup)
    assert kept.startswith(f"<a href='https://e.org/a{NNBSP}b' title='x{NNBSP}y'>Lien<span")
    assert kept_narrow_spaces("no narrow space") == "no narrow space"


def test_markup_kept_twice_is_kept_once():
    """A view that keeps its narrow spaces, then hands the markup to a `SafeDocument` that
    keeps them too, must not nest a second span in the first."""
    from briefer.gui.widgets import kept_narrow_spaces

    once = kept_narrow_spaces("Source\u202f: <b>« Paris »</b>")
    assert kept_narrow_spaces(once) == once
    assert once.count("\u202f") == 1
