"""PDF pages as images (PDFium, through pypdfium2), for the preview and the printer.

The PySide6 wheels on PyPI ship no Qt PDF Python module; PDFium renders Arabic pages exactly as
other viewers do. Safe off the GUI thread (QImage, never QPixmap).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

PREVIEW_BUDGET = 48 * 2**20  # bytes of page images a preview may hold


def page_image(page, scale: float) -> QImage:
    """A page as a QImage at `scale` pixels a point (RGB, PDFium's row stride)."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    data = bytes(bitmap.buffer)
    image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()


def page_images(
    path: Path,
    width: float = 480,
    ratio: float = 1.0,
    max_pages: int = 40,
    password: str | None = None,
) -> tuple[int, list[QImage]]:
    """The page count of the PDF at `path`, and its first pages as images `width` pixels wide
    on a screen of device pixel `ratio` (sharp on high-DPI screens), as many as fit in
    PREVIEW_BUDGET."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        count, images, used = len(document), [], 0
        for index in range(min(count, max_pages)):
            page = document[index]
            image = page_image(page, width * ratio / page.get_width())
            used += image.sizeInBytes()
            if images and used > PREVIEW_BUDGET:
                break
            image.setDevicePixelRatio(ratio)
            images.append(image)
        return count, images
    finally:
        document.close()
