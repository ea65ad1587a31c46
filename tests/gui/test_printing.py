"""Printing a pack: the pages the dialog chose, drawn by a worker on a real QPrinter (to PDF)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from briefer.core.errors import Cancelled
from briefer.core.marks import set_mark
from briefer.core.progress import Reporter
from briefer.gui import printing

from .conftest import finish


def to_file(path: Path, first: int = 0, last: int = 0) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(path))
    if first:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return printer


@pytest.fixture
def pack(window, delegation, qtbot) -> Path:
    for item in ("ppf:ses-2021-101", "ppf:ses-2021-102", "ppf:proj-2021-001"):
        set_mark(window.ctx.store, delegation, item, "must")
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    finish(qtbot, packs.render(), timeout=60_000)
    assert packs.last is not None
    return packs.last


def test_print_the_chosen_pages_from_a_worker(window, pack, qtbot, monkeypatch, tmp_path):
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(
        printing, "choose_printer", lambda path, parent, password=None: to_file(printed, 2, 3)
    )
    packs = window.views["packs"]
    job = packs.print_pack()
    assert job is not None
    assert not packs.print_button.isEnabled(), "one job at a time"
    finish(qtbot, job, timeout=60_000)
    assert packs.status.text() == "2 pages sent to the printer."
    assert packs.print_button.isEnabled()
    # Printing to a file gives the pack's own pages 2 and 3: text, not pictures of it.
    printed_pages = PdfReader(printed).pages
    source_pages = PdfReader(pack).pages
    assert [page.extract_text() for page in printed_pages] == [
        source_pages[1].extract_text(),
        source_pages[2].extract_text(),
    ]
    assert len(printed_pages[0].images) == len(source_pages[1].images)


def with_open(path: Path):
    import pypdfium2

    return pypdfium2.PdfDocument(str(path))


def test_a_printer_gets_pages_drawn_at_most_300_dpi_in_bands(pack, tmp_path):
    """The drawn path (a Windows printer), on Qt's PDF engine standing in for the device."""
    import pypdfium2

    printed = tmp_path / "drawn.pdf"
    document = with_open(pack)
    try:
        printing.print_pages(to_file(printed), document, [1, 2], Reporter())
    finally:
        document.close()
    pages = PdfReader(printed).pages
    assert len(pages) == 2
    # Each page is drawn as an image of at most 300 dpi, not at the printer's 1,200 dpi.
    image = pages[0].images[0].image
    width_inches = float(PdfReader(pack).pages[0].mediabox.width) / 72
    assert 250 * width_inches < image.width <= 300 * width_inches + 1
    # Drawn in bands: the last one is not padded with black.
    drawn = pypdfium2.PdfDocument(str(printed))
    try:
        bitmap = drawn[0].render(scale=0.5, grayscale=True).to_pil()
    finally:
        drawn.close()
    bottom = bitmap.crop((0, int(bitmap.height * 0.95), bitmap.width, bitmap.height))
    assert bottom.getextrema()[0] > 200, "the foot of the printed page is white"


def test_a_dialog_cancelled_prints_nothing(window, pack, monkeypatch):
    monkeypatch.setattr(printing, "choose_printer", lambda path, parent, password=None: None)
    assert window.views["packs"].print_pack() is None
    assert window.views["packs"].job is None


def test_cancelling_stops_sending_pages(pack, tmp_path):
    printer = to_file(tmp_path / "cancelled.pdf")
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1

    document = with_open(pack)
    try:
        with pytest.raises(Cancelled):
            printing.print_pages(printer, document, [0, 1, 2], Reporter(None, stop))
    finally:
        document.close()
    # A system printer's job is aborted (QPrinter.abort); Qt's PDF engine, standing in for
    # the printer here, cannot abort, so the file shows what was sent: the first page only.
    assert len(PdfReader(tmp_path / "cancelled.pdf").pages) == 1
    assert len(PdfReader(pack).pages) > 1


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [(0, 0, [0, 1, 2, 3]), (2, 3, [1, 2]), (3, 3, [2]), (3, 9, [2, 3]), (6, 8, [])],
)
def test_chosen_pages(first, last, expected, tmp_path):
    assert printing.chosen_pages(to_file(tmp_path / "x.pdf", first, last), 4) == expected


def test_pages_outside_the_pack_are_a_clear_error(pack, tmp_path):
    from briefer.core.errors import BrieferError

    with pytest.raises(BrieferError, match="not in the pack"):
        printing.print_pdf(to_file(tmp_path / "none.pdf", 90, 95), pack, Reporter())


class ChosenPrinter:
    """What the print dialog leaves in a QPrinter when a CUPS printer is chosen. Without a
    CUPS server (this machine, CI), QPrinter keeps no printer name and no duplex mode, so the
    dialog's answers are given here."""

    def __init__(self, **answers) -> None:
        self.answers = {
            "outputFileName": "",
            "printerName": "Office_Laser",
            "docName": "pack-ar",
            "copyCount": 1,
            "collateCopies": True,
            "printRange": QPrinter.PrintRange.AllPages,
            "fromPage": 0,
            "toPage": 0,
            "duplex": QPrinter.DuplexMode.DuplexNone,
            "colorMode": QPrinter.ColorMode.Color,
            **answers,
        }

    def __getattr__(self, name):
        return lambda: self.answers[name]


@pytest.fixture
def fake_lp(tmp_path, monkeypatch) -> Path:
    """An `lp` on the PATH that keeps its arguments and the file it was given, and fails on
    request."""
    script = tmp_path / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{tmp_path}/lp-args"\n'
        "for last; do :; done\n"
        f'cp "$last" "{tmp_path}/lp-file.pdf"\n'
        'if [ -n "$LP_FAIL" ]; then\n'
        '  echo "lp: The printer or class does not exist." >&2; exit 1\n'
        "fi\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    return script


def test_a_cups_printer_gets_the_pdf_itself_as_the_dialog_asked(pack, fake_lp, tmp_path):
    printer = ChosenPrinter(
        copyCount=2,
        printRange=QPrinter.PrintRange.PageRange,
        fromPage=2,
        toPage=3,
        duplex=QPrinter.DuplexMode.DuplexLongSide,
        colorMode=QPrinter.ColorMode.GrayScale,
    )
    assert printing.print_pdf(printer, pack, Reporter()) == 4
    args = (tmp_path / "lp-args").read_text().splitlines()
    assert args[:2] == ["-d", "Office_Laser"]
    for option in (
        ["-n", "2"],
        ["-P", "2-3"],
        ["-o", "collate=true"],
        ["-o", "sides=two-sided-long-edge"],
        ["-o", "print-color-mode=monochrome"],
    ):
        assert any(args[i : i + 2] == option for i in range(len(args))), option
    assert args[-2:] == ["--", str(pack)]
    assert (tmp_path / "lp-file.pdf").read_bytes() == pack.read_bytes(), "the vector PDF as is"


def test_a_refusing_print_system_says_why(pack, fake_lp, monkeypatch):
    from briefer.core.errors import BrieferError

    monkeypatch.setenv("LP_FAIL", "1")
    with pytest.raises(BrieferError, match=r"refused the pack: .?lp: The printer or class"):
        printing.print_pdf(ChosenPrinter(), pack, Reporter())


def test_printing_to_a_file_or_without_cups_draws_the_pages(pack, fake_lp, monkeypatch):
    pages = [0, 1]
    assert printing.lp_command(ChosenPrinter(outputFileName="/tmp/x.pdf"), pack, pages) is None
    assert printing.lp_command(ChosenPrinter(printerName=""), pack, pages) is None
    assert printing.lp_command(ChosenPrinter(), pack, pages) is not None
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    assert printing.lp_command(ChosenPrinter(), pack, pages) is None


def test_saving_where_it_cannot_be_written_says_so(window, pack, monkeypatch, tmp_path, boxes):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "unplugged-usb-stick" / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    packs = window.views["packs"]
    packs.save()
    shown = boxes.texts
    assert len(shown) == 1 and "could not be saved" in shown[0]
    assert "no such file or folder" in shown[0]
    assert packs.status.text() == shown[0]
    assert pack.exists() and not target.exists()


def test_file_menu_builds_then_prints(window, delegation, qtbot, monkeypatch, tmp_path):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    window.ctx.changed()
    packs = window.views["packs"]
    window.act_print.trigger()
    assert window.current_view() == "packs"
    assert packs.job is None and "Build a pack first" in packs.status.text()
    window.act_build.trigger()
    assert packs.job is not None
    finish(qtbot, packs.job, timeout=60_000)
    printed = tmp_path / "from-menu.pdf"
    monkeypatch.setattr(
        printing, "choose_printer", lambda path, parent, password=None: to_file(printed)
    )
    window.act_print.trigger()
    assert packs.job is not None
    finish(qtbot, packs.job, timeout=60_000)
    assert len(PdfReader(printed).pages) == len(PdfReader(packs.last).pages)


def test_cups_is_not_asked_for_pages_outside_the_pack(pack, fake_lp, tmp_path):
    from briefer.core.errors import BrieferError

    printer = ChosenPrinter(printRange=QPrinter.PrintRange.PageRange, fromPage=90, toPage=95)
    with pytest.raises(BrieferError, match="not in the pack"):
        printing.print_pdf(printer, pack, Reporter())
    assert not (tmp_path / "lp-args").exists()


def test_printing_to_a_file_that_cannot_be_written_says_so(pack, tmp_path):
    from briefer.core.errors import BrieferError

    target = tmp_path / "gone" / "printed.pdf"
    with pytest.raises(BrieferError, match=r"Cannot write .*printed\.pdf"):
        printing.print_pdf(to_file(target, 1, 1), pack, Reporter())
    assert not target.parent.exists()


def test_a_pack_with_a_password_is_built_previewed_and_printed_with_it(
    window, delegation, qtbot, monkeypatch, tmp_path
):
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    window.ctx.changed()
    window.show_view("packs")
    packs = window.views["packs"]
    packs.password.setText("ouvre-toi")
    packs.password_again.setText("ouvre-moi")
    assert packs.render() is None
    assert packs.status.text() == "The two passwords differ; no pack was built."
    packs.password.setText("a")
    packs.password_again.setText("a")
    assert packs.render() is None, "found by review: a one-character password was taken"
    assert packs.status.text() == "A PDF password needs at least 8 characters; no pack was written."
    packs.password.setText("ouvre-toi")
    packs.password_again.setText("ouvre-toi")
    finish(qtbot, packs.render(), timeout=60_000)
    reader = PdfReader(packs.last)
    assert reader.is_encrypted and reader.decrypt("ouvre-toi")
    assert packs.preview.page_count() > 0, "the preview opened the PDF with its password"
    printed = tmp_path / "printed.pdf"
    given: list[str | None] = []

    def choose(path, parent, password=None):
        given.append(password)
        return to_file(printed)

    monkeypatch.setattr(printing, "choose_printer", choose)
    finish(qtbot, packs.print_pack(), timeout=60_000)
    assert given == ["ouvre-toi"]
    kept = PdfReader(printed)
    assert kept.is_encrypted, "printed to a file, the whole pack stays protected"
    kept.decrypt("ouvre-toi")
    assert len(kept.pages) == len(reader.pages)
    packs.format.setCurrentIndex(packs.format.findData("docx"))
    assert not packs.form.isRowVisible(packs.password), "a Word pack has no password here"


def test_a_protected_pack_reaches_cups_opened_and_leaves_no_copy(
    window, delegation, fake_lp, tmp_path
):
    from briefer.core import operations
    from briefer.core.packs.options import PackOptions

    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    out = tmp_path / "protected.pdf"
    operations.build_pack(
        window.ctx.store,
        delegation=delegation,
        delegate=None,
        out=out,
        options=PackOptions(password="clé-du-pack"),
    )
    assert PdfReader(out).is_encrypted
    before = set(Path(tempfile.gettempdir()).glob("briefer-print-*"))
    printer = ChosenPrinter(copyCount=1, printRange=QPrinter.PrintRange.AllPages)
    assert printing.print_pdf(printer, out, Reporter(), "clé-du-pack") >= 1
    spooled = PdfReader(tmp_path / "lp-file.pdf")
    assert not spooled.is_encrypted and len(spooled.pages) == len(
        PdfReader(out, password="clé-du-pack").pages
    )
    assert set(Path(tempfile.gettempdir()).glob("briefer-print-*")) == before


def test_a_packs_folder_that_cannot_be_made_is_a_message_not_a_crash(window, delegation, boxes):
    """Found by review: a file where the data folder's packs/ should be (or a read-only data
    folder) made the build raise FileExistsError into the crash dialog."""
    set_mark(window.ctx.store, delegation, "ppf:ses-2021-101", "must")
    window.ctx.changed()
    packs_path = window.ctx.data.packs
    shutil.rmtree(packs_path, ignore_errors=True)
    packs_path.write_text("not a folder", encoding="utf-8")
    packs = window.views["packs"]
    assert packs.render() is None
    assert len(boxes.texts) == 1 and str(packs_path) in boxes.texts[0]
    assert "Traceback" not in boxes.texts[0] and "FileExistsError" not in boxes.texts[0]
    assert packs.status.text() == boxes.texts[0]
