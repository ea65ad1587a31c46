"""Item delegates: plain items elided on the side where their own text ends; list items
painted as rich text (search results: `briefer.gui.html_delegate`, which loads the text
document's classes, not needed by the programme's first rows).

The rich text sits in `HtmlRole`; DisplayRole holds the same words as plain text, which is
what screen readers, sorting and copying get.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from briefer.core.directions import isolated, own_direction
from briefer.core.packs.uax9 import without_overrides

LS = "\u2028"  # LINE SEPARATOR: a line break inside one paragraph

HtmlRole = Qt.ItemDataRole.UserRole + 40
RIGHT_TO_LEFT, ALIGN_LEFT = Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignLeft


class BidiElideDelegate(QStyledItemDelegate):
    """A text whose direction is not the view's is set in its own direction, isolated, and cut
    at its own end when too long for its cell; a text of several lines, line by line. The
    text's embeddings and overrides are dropped.

    Qt lays an item's text out in the view's direction: in the Arabic window, "25 Years of
    FreeBSD" would read "Years of FreeBSD 25", "What now?" "?What now", and a long Latin title
    would lose its beginning behind an ellipsis on the left; an Arabic title in a left-to-right
    window the same, mirrored. A text's direction is that of its dominant script, as for notes
    ("COP26: موقف الوفد" is Arabic). A text without a letter (a time range, a date in digits),
    or one that isolates its own parts ("09:00–09:45 ⁨title⁩"), is left to the bidi algorithm
    in the view's direction, as the packs set it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measuring = False

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """In a table or tree, the size of the whole text: measured in a cell of no width, a
        text in the other direction was all cut, and a column fitted to its texts shrank to
        « B… » (found by review). A list's items stay as wide as the list (see `elide_names`)."""
        if isinstance(self.parent(), QListView):
            return super().sizeHint(option, index)
        self._measuring = True
        try:
            return super().sizeHint(option, index)
        finally:
            self._measuring = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text = without_overrides(option.text)  # "\u202eمرحبا abc" showed "cba"
        if not text:
            return
        view_rtl = option.direction == Qt.LayoutDirection.RightToLeft
        lines = text.replace("\n", LS).split(LS)  # Qt has made the item's newlines LS already
        if len(lines) > 1:
            option.text = LS.join(isolated(line, view_rtl) for line in lines)
            return
        own = own_direction(text)
        if isolated(text, view_rtl, own) == text:
            return
        shown = text if self._measuring else self._cut(option, text)
        option.text = isolated(shown, view_rtl, own)
        option.textElideMode = Qt.TextElideMode.ElideNone

    def _cut(self, option: QStyleOptionViewItem, text: str) -> str:
        """`text`, or its beginning and an ellipsis where the cell is too narrow for it."""
        widget = option.widget or self.parent()
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is None:
            return text
        from PySide6.QtWidgets import QStyle  # its enums: only where a text is cut

        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = rect.width() - 2 * margin
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) <= width:
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def elide_by_text_direction(view: QAbstractItemView) -> None:
    """Give `view` the delegate that elides each text at its own end (see BidiElideDelegate)."""
    view.setItemDelegate(BidiElideDelegate(view))


def elide_names(view: QAbstractItemView) -> None:
    """A list of names cut, each at its own end, to the list's width: scrolled sideways, the
    Arabic window showed a long Latin name's end only ("…coniosis")."""
    elide_by_text_direction(view)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def __getattr__(name: str) -> Any:
    """`HtmlDelegate`, from the module that has it (its Qt classes load with it)."""
    if name == "HtmlDelegate":
        from briefer.gui.html_delegate import HtmlDelegate

        return HtmlDelegate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
