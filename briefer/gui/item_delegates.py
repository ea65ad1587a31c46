"""Item delegates: list items painted as rich text (search results); plain items elided on the
side where their own text ends.

The rich text sits in `HtmlRole`; DisplayRole holds the same words as plain text, which is
what screen readers, sorting and copying get.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from briefer.core.packs.uax9 import text_direction

LRI, PDI = "\u2066", "\u2069"

HtmlRole = Qt.ItemDataRole.UserRole + 40


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's `HtmlRole` (already escaped HTML), right-to-left aware."""

    def _document(self, option: QStyleOptionViewItem, index, width: int) -> QTextDocument:
        from briefer.gui.safe_text import SafeDocument  # Markdown's modules: not at start-up

        doc = SafeDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        html = index.data(HtmlRole)
        if html is None:
            doc.setPlainText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        else:
            doc.setHtml(html)
        doc.setTextWidth(max(width, 50))
        text_option = doc.defaultTextOption()
        text_option.setTextDirection(option.direction)
        doc.setDefaultTextOption(text_option)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, opt.rect.width())
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, self._row_width(opt, index))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)

    @staticmethod
    def _row_width(option: QStyleOptionViewItem, index) -> int:
        """The width the row will have: the view's, less its indentation (natural height)."""
        view = option.widget
        if not isinstance(view, QAbstractItemView):
            return option.rect.width()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = getattr(view, "indentation", lambda: 0)() * (depth + 1)
        return view.viewport().width() - indent - 4


def starts_left_to_right(text: str) -> bool:
    """Whether the first strongly directional letter of `text` is left to right (Latin)."""
    return text_direction(text) == "L"


class BidiElideDelegate(QStyledItemDelegate):
    """In a right-to-left view, a Latin text too long for its cell is cut at its own end,
    with the ellipsis there ("Risking repeat: The urg…"), not at the view's."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if (
            option.direction != Qt.LayoutDirection.RightToLeft
            or not text
            or "\n" in text
            or not starts_left_to_right(text)
        ):
            return
        widget = option.widget or self.parent()
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is None:
            return
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = rect.width() - 2 * margin
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) <= width:
            return
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        option.text = LRI + cut + PDI
        option.textElideMode = Qt.TextElideMode.ElideNone


def elide_by_text_direction(view: QAbstractItemView) -> None:
    """Give `view` the delegate that elides each text at its own end (see BidiElideDelegate)."""
    view.setItemDelegate(BidiElideDelegate(view))
