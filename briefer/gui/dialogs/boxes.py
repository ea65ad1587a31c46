"""Message boxes whose text is plain text, whatever it holds.

QMessageBox's static functions show their text as rich text when it looks like HTML: a
meeting titled `<a href="javascript:…">` or a delegate named `Karim <b>Alaoui</b>` showed a
live link (opened without the link confirmation) or bold type. Each function here takes the
arguments of QMessageBox's function of the same role (buttons None: that function's own).
QMessageBox is imported when a box is shown, not before the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.core.directions import in_direction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    Buttons = QMessageBox.StandardButton | None


def laid_out(text: str, parent: QWidget | None) -> str:
    """`text` with each paragraph in the window's direction (found by review: an Arabic error
    whose paragraph began with an isolated Latin source name, « ⁨broken⁩: … », was laid out
    left to right, its sentence scrambled: Qt takes an isolate's first letter for the
    paragraph's)."""
    from PySide6.QtWidgets import QApplication

    rtl = parent.isRightToLeft() if parent is not None else QApplication.isRightToLeft()
    return "\n".join(in_direction(p, rtl) if p.strip() else p for p in text.split("\n"))


def _shown(
    icon: str,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Buttons,
    default: Buttons,
) -> QMessageBox.StandardButton:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    button = QMessageBox.StandardButton
    if buttons is None:
        buttons = button.Yes | button.No if icon == "Question" else button.Ok
    box = QMessageBox(
        getattr(QMessageBox.Icon, icon), title, laid_out(text, parent), buttons, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return button(box.exec())


def ask(
    parent: QWidget | None, title: str, text: str, buttons: Buttons = None, default: Buttons = None
) -> QMessageBox.StandardButton:
    """QMessageBox.question, in plain text: Yes and No unless `buttons` says otherwise."""
    return _shown("Question", parent, title, text, buttons, default)


def warn(
    parent: QWidget | None, title: str, text: str, buttons: Buttons = None, default: Buttons = None
) -> QMessageBox.StandardButton:
    """QMessageBox.warning, in plain text."""
    return _shown("Warning", parent, title, text, buttons, default)


def inform(
    parent: QWidget | None, title: str, text: str, buttons: Buttons = None, default: Buttons = None
) -> QMessageBox.StandardButton:
    """QMessageBox.information, in plain text."""
    return _shown("Information", parent, title, text, buttons, default)


def alarm(
    parent: QWidget | None, title: str, text: str, buttons: Buttons = None, default: Buttons = None
) -> QMessageBox.StandardButton:
    """QMessageBox.critical, in plain text."""
    return _shown("Critical", parent, title, text, buttons, default)
