"""The programme's mark column: a check box that marks with a click or the space bar (undoable),
and a screen reader hears each session's status in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from briefer.core.marks import find_mark, set_mark
from briefer.gui.models.sessions_model import COL_MARK, COL_TITLE

from .test_window import session_index

ITEM = "ppf:ses-2021-102"


def check_box_centre(tree, index):
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    return box.center()


def test_a_click_in_the_mark_column_marks_and_unmarks(window, delegation, qtbot):
    window.finish_startup()
    tree = window.views["programme"].tree
    store = window.ctx.store
    index = session_index(window, ITEM).siblingAtColumn(COL_MARK)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_centre(tree, index))
    qtbot.waitUntil(lambda: find_mark(store, delegation, ITEM) is not None, timeout=5_000)
    assert find_mark(store, delegation, ITEM).priority == "should"
    index = session_index(window, ITEM).siblingAtColumn(COL_MARK)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_centre(tree, index))
    qtbot.waitUntil(lambda: find_mark(store, delegation, ITEM) is None, timeout=5_000)
    window.act_undo.trigger()
    assert find_mark(store, delegation, ITEM).priority == "should", "unmarking is undone"


def test_the_space_bar_on_the_mark_cell_marks(window, delegation, qtbot):
    window.finish_startup()
    tree = window.views["programme"].tree
    tree.setFocus()
    tree.setCurrentIndex(session_index(window, ITEM).siblingAtColumn(COL_MARK))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: find_mark(window.ctx.store, delegation, ITEM) is not None, timeout=5_000
    )


def test_a_screen_reader_hears_the_status_in_words(window, delegation):
    window.finish_startup()
    set_mark(
        window.ctx.store,
        delegation,
        "ppf:ses-2021-101",
        "must",
        [delegation_delegate(window, delegation)],
    )
    set_mark(
        window.ctx.store, delegation, ITEM, "should", [delegation_delegate(window, delegation)]
    )
    window.ctx.changed()
    spoken = (
        session_index(window, "ppf:ses-2021-101")
        .siblingAtColumn(COL_TITLE)
        .data(Qt.ItemDataRole.AccessibleTextRole)
    )
    assert spoken.startswith("Risking repeat") and spoken.endswith("(must attend, conflict)")
    plain = session_index(window, "ppf:ses-2021-opening").siblingAtColumn(COL_TITLE)
    assert plain.data(Qt.ItemDataRole.AccessibleTextRole) == plain.data()


def delegation_delegate(window, delegation):
    from briefer.core.delegations import list_delegates

    return list_delegates(window.ctx.store, delegation)[0]
