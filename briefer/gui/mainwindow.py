"""The main window: navigation, the six views, the detail pane, search, status.

Long operations (sync, import) go through the one runner (`briefer.gui.operations`); their
actions live in `briefer.gui.operations.sync`, the dialogs in `briefer.gui.dialogs`. Changes
made by another process are picked up by `briefer.gui.operations.watcher`.

The window paints first and fills in right after: its frame, menus, navigation and status bar
come up before the current view and the detail pane are built and queried (`finish_startup`),
and Qt Network loads after that. Dialog classes are imported in the methods that open them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from briefer.core.changes import OpChanges
from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.sync.history import last_update
from briefer.core.timefmt import moment_name
from briefer.gui.context import AppContext
from briefer.gui.dialogs.boxes import ask, inform, warn
from briefer.gui.i18n import LANGUAGES, LanguageManager
from briefer.gui.keys import SearchKeys
from briefer.gui.operations import OperationRunner
from briefer.gui.operations.files import FileActions
from briefer.gui.operations.sync import SyncActions
from briefer.gui.operations.watcher import OutsideChanges
from briefer.gui.undo import history, retranslate
from briefer.gui.widgets import LRI, PDI, a11y_name, action_text, info, isolate, name_fields
from briefer.gui.window_size import first_geometry

if TYPE_CHECKING:
    from briefer.gui.crash import CrashReporter
    from briefer.gui.jobs import Job
    from briefer.gui.views.detail import DetailPane

UNPAINTED_START_MS = 1500  # start-up stages that waited this long for a paint run unseen
VIEWS = ("programme", "projects", "delegation", "notes", "changes", "packs", "search", "people")


class MainWindow(QMainWindow):
    sync_finished = Signal(bool)

    def __init__(self, ctx: AppContext, languages: LanguageManager) -> None:
        super().__init__()
        self.ctx = ctx
        self.languages = languages
        self.settings = QSettings(str(ctx.data.window_settings), QSettings.Format.IniFormat)
        self.jobs: list[Job] = []
        self._started = False
        self._stages = [self._show_current_view, self._finish_side, self._rebuild_index]
        self._stage_queued = False
        self._stages_run = 0
        self._stages_run_seen = 0
        self._stage_watch: QTimer | None = None
        self._detail: DetailPane | None = None
        self.nav = QListWidget()
        self.nav.setMinimumWidth(110)
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.views = _Views(self)
        for _ in VIEWS:
            self.stack.addWidget(info(QLabel(), plain=False))  # empty until its view is built
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(QWidget())
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(520)
        self.search.textEdited.connect(self._search)
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        # Found by review: while one ran (the index rebuilt after opening), F5 and File › Import
        # stayed offered and did nothing, the file chosen dropped without a word.
        busy = [self.sync_button, self.act_sync_all, self.act_import]
        self.runner = OperationRunner(
            self, ctx, self.statusBar(), self.sync_progress, self.sync_cancel, busy
        )
        self.runner.finished.connect(self._operation_finished)
        self.sync_actions = SyncActions(self)
        self.files = FileActions(self)
        self.crash: CrashReporter | None = None
        self.setAcceptDrops(True)
        self.outside = OutsideChanges(ctx, self)
        self.search_keys = SearchKeys(self)
        ctx.item_selected.connect(lambda item_id: self.detail.show_item(item_id))
        ctx.note_requested.connect(self._note_requested)
        ctx.store_did_change.connect(self.update_status)
        ctx.operation_did_execute.connect(
            lambda ch: (ch.catalogue or ch.history or ch.sources) and self.update_status()
        )
        self.retranslate_ui()
        self._restore()
        from briefer.gui.lock import LockGuard

        self.lock_guard = LockGuard(self)  # File › Lock now (Ctrl+L), Security…, the idle lock

    # --- construction ----------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.toolbar.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar.addWidget(spacer)
        self.sync_button = QToolButton()
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.sync_menu = QMenu(self)
        self.sync_menu.aboutToShow.connect(self._fill_sync_menu)
        self.sync_button.setMenu(self.sync_menu)
        self.sync_button.clicked.connect(lambda: self.start_sync(None))
        self.toolbar.addWidget(self.sync_button)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_import = QAction(self, triggered=self.import_dialog)
        # setShortcuts, not setShortcut: the latter's overload check loads all of the Qt
        # namespace's enums, a noticeable part of the start-up time.
        self.act_import.setShortcuts([QKeySequence("Ctrl+I")])
        self.act_export_sel = QAction(self, triggered=self.export_selection_dialog)
        self.act_import_sel = QAction(self, triggered=self.import_selection_dialog)
        self.act_export_ics = QAction(self, triggered=self.export_calendar_dialog)
        self.act_build = QAction(self, triggered=self.build_pack)
        self.act_build.setShortcuts([QKeySequence("Ctrl+Shift+B")])
        self.act_print = QAction(self, triggered=self.print_pack)
        self.act_print.setShortcuts(QKeySequence.StandardKey.Print)
        self.act_quit = QAction(self, triggered=self.close)
        self.act_quit.setShortcuts(QKeySequence.StandardKey.Quit)
        for act in (self.act_build, self.act_print):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        for act in (self.act_import, self.act_export_sel, self.act_import_sel, self.act_export_ics):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.act_find = QAction(self, triggered=self.focus_search)
        self.act_find.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")]
        )
        # Undo and Redo are the window's own actions, not QUndoStack's: those keep the words
        # of the language they were made in ("Undo Save mark" in an Arabic window).
        self.undo_stack = stack = history(self.ctx)
        self.act_undo = QAction(self, triggered=stack.undo, enabled=stack.canUndo())
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = QAction(self, triggered=stack.redo, enabled=stack.canRedo())
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_words)
        stack.redoTextChanged.connect(self._undo_words)
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.act_settings = QAction(self, triggered=self.settings_dialog)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.act_settings.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: app menu
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_settings)
        self.view_menu = bar.addMenu("")
        self.view_actions = []
        for number, name in enumerate(VIEWS, start=1):
            act = QAction(self, triggered=lambda _=False, n=name: self.show_view(n))
            act.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            self.view_menu.addAction(act)
            self.view_actions.append(act)
        self.sync_main_menu = bar.addMenu("")
        self.act_sync_all = QAction(self, triggered=lambda: self.start_sync(None))
        self.act_sync_all.setShortcuts([QKeySequence("F5")])
        self.act_add_source = QAction(self, triggered=self.add_source_dialog)
        self.sync_main_menu.addAction(self.act_sync_all)
        self.sync_main_menu.addAction(self.act_add_source)
        # Found by review: the sync error named « Synchronisation › Retirer une source »,
        # which only the Sync button's drop-down held.
        self.removal_menu = self.sync_main_menu.addMenu("")
        self.sync_main_menu.aboutToShow.connect(self._fill_removal_menu)
        self.lang_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for code, name in LANGUAGES.items():
            act = QAction(
                name, self, checkable=True, triggered=lambda _=False, c=code: self.set_language(c)
            )
            group.addAction(act)
            self.lang_menu.addAction(act)
            self.lang_actions[code] = act
        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self, triggered=self.about)
        self.act_shortcuts = QAction(self, triggered=self.shortcuts_dialog)
        self.act_shortcuts.setShortcuts([QKeySequence("F1")])
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

        self.act_diagnostics = QAction(self, triggered=self.copy_diagnostics)
        self.act_about_qt = QAction(self, triggered=self.about_qt)
        self.help_menu.insertAction(self.act_about, self.act_diagnostics)
        self.help_menu.addAction(self.act_about_qt)

    def _build_status(self) -> None:
        self.status_catalogue = QLabel()
        self.status_sync = QLabel()
        self.status_network = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setVisible(False)
        self.sync_cancel = QPushButton()
        self.sync_cancel.setVisible(False)
        bar = self.statusBar()
        for widget in (self.status_catalogue, self.status_sync, self.status_network):
            bar.addPermanentWidget(info(widget, plain=False))  # the window's own words

        self.status_portable = QLabel()
        self.status_portable.setVisible(self.ctx.data.portable)
        bar.insertPermanentWidget(0, info(self.status_portable, plain=False))
        # Permanent: the running operation's message would hide them (Qt hides a status bar's
        # other widgets while it shows a message), and Cancel with them.
        bar.insertPermanentWidget(0, self.sync_cancel)
        bar.insertPermanentWidget(0, self.sync_progress)
        self.network = None

    @property
    def detail(self) -> DetailPane:
        return self._ensure_detail()

    def _ensure_detail(self) -> DetailPane:
        """The detail pane, built the first time it is needed."""
        if self._detail is None:
            from briefer.gui.views.detail import DetailPane

            self._detail = DetailPane(self.ctx)
            name_fields(self._detail, self.reserved_mnemonics(self._detail))
            self.splitter.replaceWidget(2, self._detail).deleteLater()
            for view in self.views.values():  # beside the pane now: its letters are taken
                name_fields(view, self.reserved_mnemonics(view))
        return self._detail

    def reserved_mnemonics(self, root: QWidget) -> set[str]:
        """The Alt letters a pane must not take: the menu bar's, and the detail pane's for a
        view shown beside it."""
        from briefer.gui.widgets import mnemonic_of, used_mnemonics

        letters = {mnemonic_of(a.text()) for a in self.menuBar().actions()}
        if self._detail is not None and root is not self._detail:
            labels = {mnemonic_of(label.text()) for label in self._detail.findChildren(QLabel)}
            letters |= labels | used_mnemonics(self._detail)
        return {letter for letter in letters if letter}

    # --- start-up in stages, each after the window has painted the one before ------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stages and self._stage_watch is None:
            self._stage_watch = QTimer(self, interval=UNPAINTED_START_MS)
            self._stage_watch.timeout.connect(self._watch_stages)
            self._stage_watch.start()

    def _watch_stages(self) -> None:
        """A window minimized or hidden before its start-up is done paints no more: what is
        left of it (the views, the socket later starts hand their files to, the welcome) runs
        unseen when no stage has run for a while."""
        if self._stages and self._stages_run == self._stages_run_seen:
            self.finish_startup()
        self._stages_run_seen = self._stages_run
        if not self._stages and self._stage_watch is not None:
            self._stage_watch.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._stages and not self._stage_queued:
            self._stage_queued = True
            QTimer.singleShot(0, self, self._next_stage)

    def _next_stage(self) -> None:
        self._stage_queued = False
        if self._stages:
            self._stages.pop(0)()
            self._stages_run += 1
        if self._stages:
            self.update()

    def after_startup(self, step: Callable[[], object]) -> None:
        """Run `step` once the window and its first view are on screen."""
        if self._stages:
            self._stages.append(step)
        else:
            step()

    def finish_startup(self) -> None:
        """Run what is left of the start-up now (screenshots, tests)."""
        while self._stages:
            self._stages.pop(0)()
            self._stages_run += 1

    def _show_current_view(self) -> None:
        self._started = True
        self._show_row(self.nav.currentRow())

    def _finish_side(self) -> None:
        self._ensure_detail()
        self._watch_network()
        self.outside.start()

    def _rebuild_index(self) -> None:
        """A catalogue whose search index an older Briefer wrote, written again in a job (the
        opening left it); not by a window that changes nothing (screenshots)."""
        from briefer.core.store import index_outdated

        if self.ctx.persist and index_outdated(self.ctx.store):
            self.runner.run(self.sync_actions.rebuild_op())

    def _watch_network(self) -> None:
        """Online or offline in the status bar; Qt Network loads after the window is on screen."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                self.network = QNetworkInformation.instance()
                self.network.reachabilityChanged.connect(lambda _: self.update_status())
        except (ImportError, RuntimeError):
            self.network = None
        self.update_status()

    # --- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._isolate_menu_keys()
        super().changeEvent(event)

    def _undo_words(self) -> None:
        """Edit › Undo and Redo, naming the step each would undo or redo."""
        undo = action_text(self.undo_stack.undoText())  # "Assign to Smith & Wesson"
        redo = action_text(self.undo_stack.redoText())
        self.act_undo.setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Briefer — briefing for the Paris Peace Forum"))
        retranslate(self.undo_stack)
        self._undo_words()
        names = [
            self.tr("Programme"),
            self.tr("Projects"),
            self.tr("My delegation"),
            self.tr("Notes"),
            self.tr("Changes"),
            self.tr("Packs"),
            self.tr("Search"),
            self.tr("People"),
        ]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
            if VIEWS[row] not in self.views:
                self.stack.widget(row).setText(self.tr("Loading…"))
        for act, name in zip(self.view_actions, names, strict=False):
            act.setText(name)
        self.search.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        hint = self.tr("Results appear as you type; Down reaches them.")
        a11y_name(self.search, self.tr("Search"), hint)
        a11y_name(self.nav, self.tr("Views"))
        self.sync_button.setText(self.tr("Sync"))
        self.sync_cancel.setText(self.tr("Cancel"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sync_main_menu.setTitle(self.tr("&Sync"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_import.setText(self.tr("Import programme file…"))
        self.act_export_sel.setText(self.tr("Export marks and notes…"))
        self.act_import_sel.setText(self.tr("Import a colleague's marks and notes…"))
        self.act_export_ics.setText(self.tr("Export calendar…"))
        self.act_build.setText(self.tr("Build pack"))
        self.act_print.setText(self.tr("Print pack…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_find.setText(self.tr("Find"))
        self.act_sync_all.setText(self.tr("Sync all sources"))
        self.act_add_source.setText(self.tr("Add a source…"))
        self.removal_menu.setTitle(self.tr("Remove a source"))
        self.act_about.setText(self.tr("About Briefer"))

        self.act_diagnostics.setText(self.tr("Copy diagnostic information"))
        self.act_about_qt.setText(self.tr("About Qt"))
        self.status_portable.setText(self.tr("Portable: data beside the program"))
        self.status_portable.setToolTip(str(self.ctx.data.root))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.act_settings.setText(self.tr("Se&ttings…"))
        self._isolate_menu_keys()
        self.lang_actions[self.languages.lang].setChecked(True)
        self.update_status()
        # After the menus: each pane's Alt letters avoid the menu bar's in the new language.
        QTimer.singleShot(0, self, self._mnemonics_again)

    def _mnemonics_again(self) -> None:
        """Field letters of the detail pane, then of every view beside it, assigned again."""
        if self._detail is not None:
            name_fields(self._detail, self.reserved_mnemonics(self._detail))
        for view in self.views.values():
            name_fields(view, self.reserved_mnemonics(view))

    def set_language(self, lang: str) -> None:
        self.ctx.set_language(lang)
        self.ctx.changed()

    # --- navigation --------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if self._started:
            self.views[VIEWS[row]]
        self.stack.setCurrentIndex(row)

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def build_pack(self) -> None:
        """The packs view, building a pack with its current choices."""
        self.show_view("packs")
        self.views["packs"].render()

    def print_pack(self) -> None:
        """The packs view, printing the last pack built (or saying to build one first)."""
        self.show_view("packs")
        packs = self.views["packs"]
        if packs.last is None:
            packs.status.setText(self.tr("Build a pack first: then it can be printed."))
            packs.render_button.setFocus()
        else:
            packs.print_pack()

    def _note_requested(self, item_id: str) -> None:
        """The Notes view on the item's note; a view built now missed the request, so it is
        handed the item."""
        built = "notes" in self.views
        self.show_view("notes")
        if not built:
            self.views["notes"].open_item(item_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.show_view("search")
        self.views["search"].set_query(text)

    # --- status ------------------------------------------------------------------------
    def _isolate_menu_keys(self) -> None:
        """In a right-to-left window, a menu's key that begins or ends with a sign ("Ctrl+,")
        is written after the item's text, isolated left to right: Qt drew it ",+Ctrl"."""
        rtl = self.isRightToLeft()
        for menu in self._menus():
            for action in menu.actions():
                text = action.text()
                plain = text.split("\t", 1)[0]
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if rtl and keys and not (keys[0].isalnum() and keys[-1].isalnum()):
                    plain += f"\t{LRI}{keys}{PDI}"
                if plain != text:
                    action.setText(plain)

    def _menus(self) -> list[QMenu]:
        """The menu bar's menus and their submenus, and the Sync button's. Not findChildren:
        it makes a Python object of every widget, action and layout in the window."""
        menus, queue = [], [a.menu() for a in self.menuBar().actions()] + [self.sync_menu]
        while queue:
            menu = queue.pop(0)
            if isinstance(menu, QMenu) and menu not in menus:
                menus.append(menu)
                queue += [a.menu() for a in menu.actions()]
        return menus

    def _last_update(self) -> str:
        """When the catalogue was last synced, or updated from an imported file (found by
        review: an import was called a sync)."""
        last = last_update(self.ctx.store)
        if last is None:
            return self.tr("Never synced: bundled data")
        when = isolate(moment_name(last[0], self.ctx.lang))
        if last[1]:
            return self.tr("Last updated {when} from an imported file").format(when=when)
        return self.tr("Last synced {when}").format(when=when)

    def update_status(self) -> None:
        # The catalogue's own meta entries, not overview(): no counting on every change.
        meta = self.ctx.store.catalogue_meta()
        label = self.tr("Catalogue version {version}").format(version=meta.get("catalogue_version"))
        if meta.get("illustrative"):
            label += " — " + self.tr("ILLUSTRATIVE DATA")
        elif meta.get("partial"):
            label += " — " + self.tr("partial: see Help › About")
        self.status_catalogue.setText(label)
        self.status_sync.setText(self._last_update())
        if self.network is None:
            self.status_network.setText(self.tr("Network status unknown"))
        else:
            from PySide6.QtNetwork import QNetworkInformation

            online = self.network.reachability() == QNetworkInformation.Reachability.Online
            self.status_network.setText(self.tr("Online") if online else self.tr("Offline"))

    # --- sync and import ---------------------------------------------------------------
    def _fill_sync_menu(self) -> None:
        from briefer.core.sync.sources import list_sources

        self.sync_menu.clear()
        sources = list_sources(self.ctx.store)
        for source in sources:
            label = action_text(isolate(source.name))
            if source.trust_unsigned:
                label = self.tr("{name} (unsigned: trusted by you)").format(name=label)
            self.sync_menu.addAction(label, lambda n=source.name: self.start_sync(n))
        if not sources:
            empty = self.sync_menu.addAction(self.tr("No source yet"))
            empty.setEnabled(False)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.act_add_source)
        if sources:  # found by review: a source added by mistake could be removed on the
            # command line only, and its every sync failed
            self._removal_actions(self.sync_menu.addMenu(self.tr("Remove a source")), sources)
        self.sync_menu.addAction(self.act_import)

    def _fill_removal_menu(self) -> None:
        """The Sync menu's "Remove a source": one entry a source, greyed out with none."""
        from briefer.core.sync.sources import list_sources

        sources = list_sources(self.ctx.store)
        self.removal_menu.clear()
        self.removal_menu.setEnabled(bool(sources))
        self._removal_actions(self.removal_menu, sources)

    def _removal_actions(self, menu: QMenu, sources: list) -> None:
        for source in sources:
            menu.addAction(
                action_text(isolate(source.name)), lambda n=source.name: self.remove_source(n)
            )

    def remove_source(self, name: str) -> bool:
        """Remove the source `name` once the user confirms; the catalogue keeps what it
        brought until a reset. Whether it was removed."""
        from PySide6.QtWidgets import QMessageBox

        from briefer.core.sync.sources import remove_source

        text = self.tr(
            "Remove the source {name}? Briefer stops syncing from it; the programme it "
            "brought stays in the catalogue, and your marks and notes are kept."
        ).format(name=isolate(name))
        if ask(self, self.tr("Remove a source"), text) != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove_source(self.ctx.store, name)
        except BrieferError as exc:
            warn(self, self.tr("Remove a source"), str(exc))
            return False
        self.ctx.apply_changes(OpChanges(sources=True))
        return True

    def start_sync(self, name: str | None) -> Job | None:
        """Sync the source `name`, or all of them; None when nothing was started."""

        if self.runner.busy:
            return None
        try:
            op = self.sync_actions.sync_op([name] if name else None)
        except NotFoundError as exc:
            if exc.kind != "no_source":
                warn(self, self.tr("Sync"), str(exc))
                return None
            inform(
                self,
                self.tr("Sync"),
                self.tr(
                    "No source yet. Add the address of your ministry's feed (Sync › Add a source), "
                    "or import a programme file."
                ),
            )
            return None
        return self.runner.run(op)

    def _operation_finished(self, ok: bool) -> None:
        self.update_status()
        self.sync_finished.emit(ok)

    def add_source_dialog(self) -> QWidget:
        from briefer.gui.dialogs.sources import add_source_dialog

        return add_source_dialog(self, self.ctx)

    def settings_dialog(self) -> QWidget:
        """Display language, default pack options, and the way to Security."""
        from briefer.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.open()
        return dialog

    def shortcuts_dialog(self) -> None:
        from briefer.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import programme file"),
            str(self.ctx.places.start_folder("import")),
            self.tr("Programmes (*.xml *.json *.ics *.csv *.gz)"),
        )
        if path:
            self.ctx.places.remember("import", Path(path))
            self.import_file(Path(path))

    def import_file(self, path: Path) -> Job | None:
        """Import the programme file at `path` through the runner."""
        return self.runner.run(self.sync_actions.import_op(path))

    def export_selection_dialog(self) -> None:
        from briefer.gui.dialogs.selection import export_selection_dialog

        export_selection_dialog(self, self.ctx)

    def export_calendar_dialog(self) -> QWidget | None:
        from briefer.gui.dialogs.calendar import export_calendar_dialog

        return export_calendar_dialog(self, self.ctx)

    def import_selection_dialog(self) -> None:
        """Pick a colleague's selection file; it is read, confirmed and merged off this thread."""
        from briefer.gui.dialogs.selection import choose_selection_file

        path = choose_selection_file(self, self.ctx)
        if path is not None:
            self.files.open([path])

    def about(self) -> QWidget:
        """Versions, data folder, licences; and how complete the offline catalogue is."""
        from briefer.core.catalogue.items import overview
        from briefer.gui.about import AboutDialog
        from briefer.gui.widgets import esc

        dialog = AboutDialog(self.ctx.data, self.ctx.store.catalogue_version(), self)
        facts = overview(self.ctx.store)
        lines = [self.tr("Data: {source}").format(source=facts["source_name"] or "")]
        lines += facts["completeness"]
        dialog.text.setText(dialog.text.text() + dialog.lines([esc(line) for line in lines]))
        dialog.open()
        return dialog

    def about_qt(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()

    def copy_diagnostics(self) -> str:
        """Versions, paths, platform, Qt and catalogue version to the clipboard, for IT."""
        from briefer.gui.crash import copy_to_clipboard, diagnostic_text

        text = diagnostic_text(self.ctx.data, self.ctx.store.catalogue_version())
        copy_to_clipboard(text)
        self.statusBar().showMessage(self.tr("Diagnostic information copied."), 8000)
        return text

    def install_crash_reporter(self) -> CrashReporter:
        """An exception in a slot: logged, reported in a dialog, and the window goes on."""
        from briefer.gui.crash import CrashReporter

        if self.crash is None:
            self.crash = CrashReporter(self.ctx.data, self).install()
        return self.crash

    # --- files given to the window ----------------------------------------------------
    def open_files(self, files: list[str]) -> None:
        """Files from a second start or the command line: raise the window, offer to import."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if files:
            self.files.open(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open(paths)

    def welcome_if_first_start(self) -> bool:
        """The welcome, when no delegation exists and the window may change the user's data."""
        if not self.ctx.persist or self.ctx.delegation() is not None:
            return False
        from briefer.gui.dialogs.welcome import welcome

        return welcome(self, self.ctx) is not None

    # --- state -------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)  # Qt moves it onto a screen if it is off all of them
        else:
            place = first_geometry(self.screen().availableGeometry())
            self.resize(place.size())
            self.move(place.topLeft())  # the frame's corner: its title bar inside the screen
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            width = max(self.width(), 1000)
            self.splitter.setSizes([140, int(width * 0.64), int(width * 0.25)])
        view = self.settings.value("view", "programme")
        self.show_view(view if view in VIEWS else "programme")

    def save_state(self) -> None:
        if "notes" in self.views:
            self.views["notes"].save()
        if not self.ctx.persist:
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("view", self.current_view())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.outside.stop()
        if self.crash is not None:
            self.crash.uninstall()
        self.save_state()
        super().closeEvent(event)


_FACTORIES = {
    "programme": ("programme", "ProgrammeView"),
    "projects": ("projects", "ProjectsView"),
    "delegation": ("delegation", "DelegationView"),
    "notes": ("notes", "NotesView"),
    "changes": ("changes", "ChangesView"),
    "packs": ("packs", "PacksView"),
    "search": ("search", "SearchView"),
    "people": ("people", "PeopleView"),
}


class _Views(dict):
    """The views, each built the first time it is needed: the window opens faster."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def __missing__(self, name: str) -> QWidget:
        module, cls = _FACTORIES[name]
        view = getattr(import_module(f"briefer.gui.views.{module}"), cls)(self.window.ctx)
        name_fields(view, self.window.reserved_mnemonics(view))
        row = VIEWS.index(name)
        stack = self.window.stack
        placeholder = stack.widget(row)
        showing = stack.currentWidget() is placeholder
        stack.insertWidget(row, view)
        stack.removeWidget(placeholder)
        if showing:
            stack.setCurrentWidget(view)
        placeholder.deleteLater()
        self[name] = view
        return view
