"""A slot that raises: the report dialog, the traceback in the log, and the window goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from briefer.core import logs
from briefer.core.datafolder import DataFolder
from briefer.gui import crash


@pytest.fixture
def data(tmp_path):
    folder = DataFolder(tmp_path / "data", portable=True)
    saved = sys.excepthook
    logs.setup_logging(folder)
    yield folder
    for handler in list(logs.log.handlers):
        logs.log.removeHandler(handler)
        handler.close()
    sys.excepthook = saved


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.failing, widget.working = QPushButton("fail"), QPushButton("work")
    widget.answered = 0

    def fail() -> None:
        raise ZeroDivisionError("the pack's page count")

    def work() -> None:
        widget.answered += 1

    widget.failing.clicked.connect(fail)
    widget.working.clicked.connect(work)
    layout.addWidget(widget.failing)
    layout.addWidget(widget.working)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_shows_the_report_and_the_window_goes_on(data, window, qtbot):
    reporter = crash.CrashReporter(data, window).install()
    try:
        qtbot.mouseClick(window.failing, Qt.MouseButton.LeftButton)
        dialog = reporter.dialog
        assert dialog is not None and dialog.isVisible()
        assert "ZeroDivisionError: the pack's page count" in dialog.summary.text()
        assert "Traceback" in dialog.details.toPlainText()

        logged = logs.log_file(data).read_text(encoding="utf-8")
        assert "unexpected exception in the window" in logged
        assert "ZeroDivisionError: the pack's page count" in logged and "Traceback" in logged

        dialog.close()
        qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
        assert window.answered == 1
        qtbot.mouseClick(window.failing, Qt.MouseButton.LeftButton)
        assert reporter.dialog is dialog and dialog.count == 2
    finally:
        reporter.uninstall()


@pytest.mark.qt_no_exception_capture
def test_copy_details_puts_diagnostics_and_traceback_on_the_clipboard(data, window, qtbot):
    reporter = crash.CrashReporter(data, window).install()
    try:
        qtbot.mouseClick(window.failing, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(reporter.dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        assert "ZeroDivisionError" in copied
        assert f"Data folder: {data.root} (portable)" in copied
        assert "Qt 6." in copied
    finally:
        reporter.uninstall()


def test_the_diagnostics_name_versions_paths_and_catalogue(data, qapp):
    from briefer import __version__

    text = crash.diagnostic_text(data, catalogue_version=2026120502)
    assert f"Briefer {__version__}" in text
    assert "PySide6 6." in text and "Python 3." in text
    assert "Catalogue version: 2026120502" in text
    assert str(logs.log_file(data)) in text
