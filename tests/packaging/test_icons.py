"""Briefer's application icon: the SVG source and the sizes tools/make_icons.py renders from it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_every_png_size_is_there_and_square():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"briefer-{size}.png") as image:
            assert image.size == (size, size)


def test_the_16_px_icon_still_shows_the_page_on_the_tile():
    with Image.open(ICONS / "briefer-16.png") as png:
        image = png.convert("RGBA")
        pixels = [image.getpixel((x, y)) for x in range(16) for y in range(16)]
    white = sum(1 for r, g, b, a in pixels if a > 200 and min(r, g, b) > 220)
    navy = sum(1 for r, g, b, a in pixels if a > 200 and b > 80 and r < 60)
    assert white >= 30 and navy >= 30


def test_the_windows_icon_carries_every_size_up_to_256():
    with Image.open(ICONS / "briefer.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_macos_icon_goes_up_to_1024():
    with Image.open(ICONS / "briefer.icns") as icns:
        assert icns.size == (1024, 1024)


def test_qt_reads_the_svg(qapp):
    from PySide6.QtGui import QIcon

    icon = QIcon(str(ICONS / "briefer.svg"))
    assert not icon.isNull()
    assert not icon.pixmap(16, 16).toImage().isNull()
