"""Search results painted as rich text, each paragraph in its own text's direction."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefer.core.directions import own_direction
from briefer.gui.item_delegates import ALIGN_LEFT, RIGHT_TO_LEFT, HtmlRole


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
        side = Qt.AlignmentFlag.AlignRight if option.direction == RIGHT_TO_LEFT else ALIGN_LEFT
        text_option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        doc.setDefaultTextOption(text_option)
        _blocks_in_own_direction(doc)
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


def _blocks_in_own_direction(doc: QTextDocument) -> None:
    """Each paragraph (a result's title, its snippet) in its dominant script's direction, all
    on the view's side: "25 Years of FreeBSD" keeps its order in the Arabic window."""
    block = doc.begin()
    while block.isValid():
        own = own_direction(block.text())
        if own is not None:
            fmt = block.blockFormat()
            fmt.setLayoutDirection(RIGHT_TO_LEFT if own == "R" else Qt.LayoutDirection.LeftToRight)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
