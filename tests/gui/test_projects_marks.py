"""The project table shows the delegation's marks: a check box before each name that marks or
unmarks with a click, bold names for marked projects, the priority in the accessible text; a
mark updates the boxes without reloading the rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from briefer.core.collation import sort_key
from briefer.core.marks import find_mark, set_mark
from briefer.gui.models.projects_model import BATCH, COL_NAME, RecordRole

PROJECT = "ppf:proj-2021-001"


def project_index(view, item_id: str):
    model = view.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    for row in range(model.rowCount()):
        index = model.index(row, COL_NAME)
        if index.data(RecordRole)["id"] == item_id:
            return index
    raise AssertionError(item_id)


def test_a_project_is_marked_from_its_check_box_and_shown_bold(window, delegation, qtbot):
    window.finish_startup()
    window.show_view("projects")
    view = window.views["projects"]
    index = project_index(view, PROJECT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    option = QStyleOptionViewItem()
    option.initFrom(view.table)
    option.rect = view.table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.table
    )
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    qtbot.waitUntil(
        lambda: find_mark(window.ctx.store, delegation, PROJECT) is not None, timeout=5_000
    )
    index = project_index(view, PROJECT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(should attend)")


def test_a_mark_made_elsewhere_ticks_the_box_without_reloading(window, delegation, qtbot):
    window.finish_startup()
    view = window.views["projects"]
    index = project_index(view, PROJECT)
    rows_before = view.model.rowCount()
    set_mark(window.ctx.store, delegation, PROJECT, "must")
    from briefer.core.changes import OpChanges

    window.ctx.apply_changes(OpChanges(marks=True))
    assert view.model.rowCount() == rows_before
    assert project_index(view, PROJECT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert index.isValid()


def test_picking_an_edition_after_one_without_projects_lists_its_projects(window, qtbot, tmp_path):
    """Found with FOSDEM imported (no projects) and chosen: picking the forum's 2021 edition
    left the table empty until the window was resized, as the view did not ask for rows."""
    from briefer.core.sync.sources import import_file
    from tests.gui.test_detail_links import XML

    path = tmp_path / "talks.xml"
    path.write_text(XML, encoding="utf-8")
    import_file(window.ctx.store, path)
    window.ctx.changed()
    window.show()
    window.show_view("projects")
    view = window.views["projects"]
    view.edition.setCurrentIndex(view.edition.findData("links:edition"))
    qtbot.wait(50)
    assert view.model.rowCount() == 0
    view.edition.setCurrentIndex(view.edition.findData("ppf:edition-2021"))
    qtbot.wait(50)
    assert view.model.total > 0 and view.model.rowCount() == min(view.model.total, BATCH)


def test_the_tables_regions_and_countries_are_in_the_display_language(window):
    """Found by review: the Arabic projects table listed "Africa" and "Nigeria, Sierra Leone,
    Senegal", the catalogue's English."""
    from briefer.gui.models.projects_model import COL_COUNTRIES, COL_REGIONS

    window.set_language("ar")
    window.finish_startup()
    window.show_view("projects")
    index = project_index(window.views["projects"], "ppf:proj-2021-201")
    model = window.views["projects"].model
    assert model.index(index.row(), COL_REGIONS).data() == "أفريقيا"
    assert model.index(index.row(), COL_COUNTRIES).data() == "نيجيريا، سيراليون، السنغال"


def test_the_french_project_list_is_in_the_order_of_its_french_names(window):
    """Found by review: the French list was sorted by the English names ("Changement climatique
    et forces armées" between "Civic Space Guardian" and "Réponse coordonnée…")."""
    window.set_language("fr")
    window.finish_startup()
    window.show_view("projects")
    view = window.views["projects"]
    project_index(view, PROJECT)  # every batch fetched
    model = view.model
    names = [model.index(row, COL_NAME).data() for row in range(model.rowCount())]

    # In the alphabet's order (core.collation): « Appel à l'action… » before « Appel de
    # Paris… », not SQLite's lower(), ASCII letters only (found by the French review).
    assert len(names) > 10 and names == sorted(names, key=sort_key)
