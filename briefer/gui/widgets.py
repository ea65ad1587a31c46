"""Small widgets shared by the views: HTML item rendering, safe HTML, a section title."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def esc(text: object) -> str:
    """Catalogue and note text is data: always escaped before it reaches a rich-text widget."""
    return html.escape("" if text is None else str(text))


def highlighted(snippet: str, spans: list[tuple[int, int]] | list[list[int]]) -> str:
    out, last = [], 0
    for a, b in spans:
        out += [esc(snippet[last:a]), "<b style='background:#fff2a8'>", esc(snippet[a:b]), "</b>"]
        last = b
    out.append(esc(snippet[last:]))
    return "".join(out)


def isolate(text: object) -> str:
    """Data inside a translated sentence, ordered on its own (Unicode FSI…PDI isolate)."""
    return f"\u2068{text}\u2069"


def sentence(text: str, rtl: bool) -> str:
    """A sentence whose base direction follows the window, not its first letter."""
    return ("\u200f" if rtl else "\u200e") + text


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's DisplayRole as (already escaped) HTML, right-to-left aware."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(option.rect.width(), 50))
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
        doc = self._document(opt, index)
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
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class Retranslatable:
    """Views mix this in: Qt's LanguageChange event calls their `retranslate_ui()`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class SectionTitle(QLabel):
    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.setFont(font)
