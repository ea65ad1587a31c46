"""Printing a pack: the system print dialog, then the pages sent by a worker.

Printing to a file writes the chosen pages of the pack's PDF. Where CUPS is there (Linux,
macOS) and a printer was chosen, the PDF goes to it as it is (`lp`): vector text, a small job.
Otherwise (a Windows printer) the pages are drawn on Qt's printer as images of at most
PRINT_DPI, at the printer's own resolution.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from briefer.core.errors import BrieferError, Cancelled
from briefer.core.files import write_atomic
from briefer.core.i18n import translate
from briefer.core.progress import Reporter
from briefer.gui.pdfpages import page_image
from briefer.gui.widgets import isolate

PRINT_DPI = 300  # a page image is never drawn finer than this for the printer
BAND = 256  # image rows drawn at a time
SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def print_pdf(printer: QPrinter, path: Path, report: Reporter, password: str | None = None) -> int:
    """Send the chosen pages of the PDF at `path` to `printer`; return how many pages, copies
    counted, were sent."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        pages = chosen_pages(printer, len(document))
        if not pages:
            raise BrieferError(translate("Printing", "The chosen pages are not in the pack."))
        if printer.outputFileName():
            save_pages(document, pages, path, Path(printer.outputFileName()))
            return len(pages)
        command = lp_command(printer, path, pages)
        if command is None:
            print_pages(printer, document, pages, report)
        elif password is None:
            send_to_cups(command, report)
        else:
            with opened_copy(document) as plain:  # CUPS cannot open a protected PDF
                send_to_cups([*command[:-1], str(plain)], report)
        return len(pages) * max(1, printer.copyCount())
    finally:
        document.close()


@contextlib.contextmanager
def opened_copy(document) -> Iterator[Path]:
    """A temporary unprotected copy of an opened PDF, for the print spooler; removed after."""
    import pypdfium2

    copy = pypdfium2.PdfDocument.new()
    handle, name = tempfile.mkstemp(prefix="briefer-print-", suffix=".pdf")
    os.close(handle)
    target = Path(name)
    try:
        copy.import_pages(document)
        buffer = io.BytesIO()
        copy.save(buffer)
        target.write_bytes(buffer.getvalue())
        yield target
    finally:
        copy.close()
        target.unlink(missing_ok=True)


def save_pages(document, pages: list[int], source: Path, target: Path) -> None:
    """Printing to a file: the chosen pages of the PDF themselves (vector text, links), not
    pictures of them; all pages are the file as it is (with its bookmarks)."""
    import pypdfium2

    if pages == list(range(len(document))):
        write_atomic(target, source.read_bytes())
        return
    chosen = pypdfium2.PdfDocument.new()
    try:
        chosen.import_pages(document, pages)
        buffer = io.BytesIO()
        chosen.save(buffer)
    finally:
        chosen.close()
    write_atomic(target, buffer.getvalue())


def lp_command(printer: QPrinter, path: Path, pages: list[int]) -> list[str] | None:
    """The CUPS command that prints `pages` (indexes, in order) of the PDF at `path` as the
    dialog asked; None where there is no CUPS or no printer (printing to a file)."""
    lp = shutil.which("lp")
    if lp is None or printer.outputFileName() or not printer.printerName():
        return None
    command = [lp, "-d", printer.printerName(), "-t", printer.docName() or path.stem]
    copies = max(1, printer.copyCount())
    command += ["-n", str(copies)]
    if copies > 1 and printer.collateCopies():
        command += ["-o", "collate=true"]
    command += ["-P", f"{pages[0] + 1}-{pages[-1] + 1}"]
    command += ["-o", f"sides={SIDES.get(printer.duplex(), 'one-sided')}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        command += ["-o", "print-color-mode=monochrome"]
    return [*command, "-o", "fit-to-page", "--", str(path)]


def send_to_cups(command: list[str], report: Reporter) -> None:
    """Run `command` (from `lp_command`); a refusal becomes a message that says why."""
    report(0, 1, "print")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrieferError(
            translate("Printing", "The print system did not answer: {reason}").format(
                reason=isolate(exc)
            )
        ) from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip() or f"lp exit {done.returncode}"
        raise BrieferError(
            translate("Printing", "The printer refused the pack: {reason}").format(
                reason=isolate(reason)
            )
        )
    report(1, 1, "print")


def _draw_in_bands(painter: QPainter, page, area) -> None:
    """Draw `page` fitted to `area`, as an image of at most PRINT_DPI cut into bands.

    Each image pixel covers a whole number of device pixels, so the bands meet exactly; Qt
    compresses each band as it is drawn, holding the GIL, and bands keep the window turning.
    """
    fit = min(area.width() / page.get_width(), area.height() / page.get_height())
    step = max(1, math.ceil(fit / (PRINT_DPI / 72)))
    image = page_image(page, fit / step)
    painter.save()
    painter.scale(step, step)
    for top in range(0, image.height(), BAND):
        rows = min(BAND, image.height() - top)
        painter.drawImage(QPoint(0, top), image.copy(0, top, image.width(), rows))
    painter.restore()


def choose_printer(path: Path, parent, password: str | None = None) -> QPrinter | None:
    """The system print dialog, set for the PDF at `path` (its paper, its page count); the
    printer the user chose, or None if they cancelled."""
    import pypdfium2
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintDialog

    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        count = len(document)
        width, height = document[0].get_size()
    finally:
        document.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, count)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page indexes the print dialog asked for (all, or a range), in order."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        return list(range(first - 1, min(last, count)))
    return list(range(count))


def print_pages(printer: QPrinter, document, pages: list[int], report: Reporter) -> None:
    """Draw `pages` (indexes) of the open PDF `document` on `printer`, as images of at most
    PRINT_DPI (the printer's own 600 or 1,200 dpi would take 100-400 MB a page), scaled to the
    printable area. Cancelling aborts the print job."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    order = pages * copies
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise BrieferError(translate("Printing", "The printer could not be started."))
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for done, index in enumerate(order):
            report(done, len(order), "print")
            if done and not printer.newPage():
                raise BrieferError(translate("Printing", "The printer stopped taking pages."))
            _draw_in_bands(painter, document[index], area)
        report(len(order), len(order), "print")
    except Cancelled:
        printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
