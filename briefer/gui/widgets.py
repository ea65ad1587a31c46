"""Small pieces shared by the views: safe HTML, bidi isolation, a section title, retranslation."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


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
