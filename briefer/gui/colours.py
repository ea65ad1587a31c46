"""Colours from the palette: a status colour is made readable on the theme's own background
(light, dark or high contrast), at least 4.5:1 as WCAG 2.1 asks of text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_CONTRAST = 4.5
WARNING = "#b00020"  # cancelled, withdrawn, errors: a red, lightened on dark themes


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`colour`, made lighter on a dark background or darker on a light one until it reaches
    `minimum` contrast (white or black at worst), its hue kept."""
    towards = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(21):
        mix = step / 20
        candidate = QColor.fromRgbF(
            colour.redF() + (towards.redF() - colour.redF()) * mix,
            colour.greenF() + (towards.greenF() - colour.greenF()) * mix,
            colour.blueF() + (towards.blueF() - colour.blueF()) * mix,
        )
        if contrast(candidate, background) >= minimum:
            return candidate
    return towards


def warning(palette: QPalette | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Base):
    """The warning red, readable on `role` of `palette` (the application's by default)."""
    palette = palette or QApplication.palette()
    return readable(QColor(WARNING), palette.color(role))


def show_as_error(label: QWidget) -> None:
    """Paint `label`'s text in the warning red readable on its own background; as plain text,
    the data an error quotes ("'<b>Mars</b>' is not a time zone") shown as typed."""
    if hasattr(label, "setTextFormat"):
        from PySide6.QtCore import Qt  # the namespace's enums: not before a window's first paint

        label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, warning(palette, QPalette.ColorRole.Window))
    label.setPalette(palette)
