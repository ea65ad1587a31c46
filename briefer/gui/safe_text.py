"""Rich text widgets that never load anything: no local file, no network, no `file://` link.

What they show comes from notes and feeds other people wrote (see briefer.core.richtext). Their
resource loader returns nothing for any address, and a clicked link is opened by the system
only when it is http, https or mailto and the user, shown the full address, agrees.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from briefer.core.richtext import plain_html, safe_link
from briefer.gui.dialogs.boxes import ask, inform
from briefer.gui.widgets import kept_narrow_spaces


def _nothing(kind: int) -> object:
    """What a resource is made of here: a blank pixel for an image, else nothing.

    An image must not be left null: Qt's image handler would then read the file by its name.
    """
    if kind == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return None


class SafeDocument(QTextDocument):
    """A text document whose images and style sheets are never fetched."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return _nothing(kind)

    def setHtml(self, html: str) -> None:
        super().setHtml(kept_narrow_spaces(html))


class SafeTextBrowser(QTextBrowser):
    """A read-only rich text view that loads no resource and confirms every link it opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_link(self, url))

    def loadResource(self, kind: int, name: QUrl) -> object:
        return _nothing(kind)

    def setHtml(self, text: str) -> None:
        super().setHtml(kept_narrow_spaces(text))


def confirm(parent: QWidget, url: str) -> bool:
    """Ask before leaving Briefer for `url`, shown in full."""
    answer = ask(
        parent,
        parent.tr("Open link"),
        parent.tr("Open this address in your browser or mail program?\n\n{url}").format(url=url),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_link(parent: QWidget, url: QUrl, ask=confirm) -> bool:
    """Open `url` with the system if it is http, https or mailto and the user agrees."""
    text = safe_link(url.toString())
    if text is None:
        inform(
            parent,
            parent.tr("Link not opened"),
            parent.tr(
                "Briefer opens only web (http, https) and mail addresses, not:\n\n{url}"
            ).format(url=url.toString()[:500]),
        )
        return False
    if not ask(parent, text):
        return False
    return QDesktopServices.openUrl(QUrl(text, QUrl.ParsingMode.StrictMode))


def tooltip_text(text: object) -> str:
    """`text` as a tooltip that shows it literally: Qt reads tooltips as rich text when they
    look like it, so catalogue text is escaped and marked as rich text."""
    return kept_narrow_spaces(f"<p>{plain_html(text)}</p>") if text not in (None, "") else ""
