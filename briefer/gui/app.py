"""Starting the desktop app: fonts, language, store, window; and offscreen screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from briefer import __version__
from briefer.core.datafolder import DataFolder
from briefer.core.errors import StoreError
from briefer.core.paths import resources_dir
from briefer.core.preferences import display_language
from briefer.core.store import open_store
from briefer.gui.context import AppContext
from briefer.gui.dialogs.boxes import alarm
from briefer.gui.i18n import LanguageManager, system_language
from briefer.gui.mainwindow import VIEWS, MainWindow
from briefer.gui.qt_messages import without_size_hints_notice

if TYPE_CHECKING:
    from briefer.gui.single_instance import SingleInstance

UI_FONT = "IBM Plex Sans Arabic"


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if existing.windowIcon().isNull():
            existing.setWindowIcon(app_icon())
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Briefer")
    app.setOrganizationName("Briefer")
    app.setApplicationVersion(__version__)
    for name in ("IBMPlexSansArabic-Regular.ttf", "IBMPlexSansArabic-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = QApplication.font()  # the system's family and size: a larger text size carries over
    font.setFamilies([font.family(), UI_FONT])  # Arabic from IBM Plex where the system lacks it
    app.setFont(font)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Briefer's icon at every size in resources/icons (the SVG for any other)."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("briefer-*.png")):
        icon.addFile(str(png))
    if (icons / "briefer.svg").exists():
        icon.addFile(str(icons / "briefer.svg"))
    return icon


def open_window(
    folder: Path | str | None, lang: str | None = None, persist: bool = True, ask: bool = True
) -> MainWindow:
    """The main window on the store in `folder` (raises StoreError), in `lang` or the saved one.

    With `persist` false (screenshots) the window changes none of the user's settings; with
    `ask` false, encrypted data must be unlocked already (LockedError), no dialog asks.
    """
    app = make_app()
    data = DataFolder.locate(folder)
    chosen = lang or display_language(data) or system_language()
    languages = LanguageManager(app)
    languages.set_language(chosen)  # before the store: its errors speak this language
    from briefer.gui.lock import unlock_at_start

    if ask:
        unlock_at_start(data)  # the passphrase, when the data is encrypted (LockedError if none)
    else:
        from briefer.core import crypto

        crypto.key_for(data)  # LockedError when encrypted and not unlocked
    store = open_store(data, reindex=False)  # an older search index: rebuilt in a job
    ctx = AppContext(store, languages, persist=persist)
    return MainWindow(ctx, languages)


def main(
    argv: list[str] | None = None,
    folder: str | None = None,
    lang: str | None = None,
    files: list[str] | None = None,
) -> int:
    """The window; or, when one already runs on this data folder, `files` handed to it."""
    from briefer.core.logs import setup_logging
    from briefer.gui.single_instance import SingleInstance

    app = make_app(argv)
    data = DataFolder.locate(folder)
    instance = SingleInstance(data, app)
    if instance.hand_over(files or []):
        return 0  # the running window raised itself and has the files
    setup_logging(data)
    from briefer.core.crypto import LockedError
    from briefer.gui.lock import CURRENT

    try:
        window = open_window(folder, lang)
    except LockedError:
        return 4  # the passphrase was not given: nothing to say
    except StoreError as exc:
        alarm(None, "Briefer", str(exc))
        return 4
    CURRENT.window = window
    window.install_crash_reporter()  # before the views are built: their errors get the dialog
    window.show()
    window.after_startup(lambda: serve_instance(window, instance))  # Qt Network: after the paint
    if files:
        window.open_files(files)
    else:
        window.after_startup(window.welcome_if_first_start)
    code = app.exec()
    if CURRENT.window is not None:  # locking and unlocking replace the window
        CURRENT.window.ctx.store.close()
    return code


def serve_instance(window: MainWindow, instance: SingleInstance | None = None) -> SingleInstance:
    """Later starts on the window's data folder hand it their files (and raise it)."""
    from briefer.gui.single_instance import SingleInstance

    instance = instance or SingleInstance(window.ctx.data, window)
    instance.listen()
    instance.files_received.connect(window.open_files)
    return instance


def screenshot(
    out: Path,
    folder: str | None,
    lang: str = "en",
    view: str = "programme",
    size: tuple[int, int] = (1400, 900),
) -> Path:
    """Render the real main window offscreen to the PNG `out`; encrypted data must be unlocked
    first (LockedError): offscreen, no dialog can ask for the passphrase."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}")
    with without_size_hints_notice():
        app = make_app()
        window = open_window(folder, lang, persist=False, ask=False)
        window.resize(QSize(*size))
        window.show_view(view)
        window.show()
        window.finish_startup()
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise OSError(f"cannot write {out}")
        dispose_window(window)
    return out


def dispose_window(window: MainWindow) -> None:
    """Close a window for good: state saved, its store closed, the widget deleted."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.outside.stop()
    if window.crash is not None:
        window.crash.uninstall()
    window.save_state()
    window.hide()
    window.ctx.store.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
