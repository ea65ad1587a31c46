"""Packs: choose, render in the background, preview inside the app, save, print, open folder.

Pages are drawn for the preview by `briefer.gui.pdfpages` (PDFium) and sent to the printer by
`briefer.gui.printing`, both in workers.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefer.core.changes import OpChanges, Outcome
from briefer.core.delegations import find_delegate, list_delegates
from briefer.core.errors import BrieferError, os_reason
from briefer.core.files import file_stem
from briefer.core.marks import marked_days
from briefer.core.pack_defaults import pack_defaults
from briefer.core.packs.content import SECTIONS
from briefer.core.packs.password import check_pack_password
from briefer.core.timefmt import day_name
from briefer.gui.context import AppContext
from briefer.gui.dialogs.boxes import warn
from briefer.gui.jobs import Job
from briefer.gui.operations import Op, OperationRunner
from briefer.gui.widgets import Retranslatable, SectionTitle, file_text, info, isolate


class _PageStrip(QWidget):
    """Page images one under the other, fitted to the width and painted as they come into view
    (one widget for all pages, not one a page)."""

    GAP = 12

    def __init__(self) -> None:
        super().__init__()
        self.images: list[QImage] = []
        self.rects: list[QRect] = []
        self.placeholder = ""  # said when there are no pages
        self.tail = ""  # said under the last page
        self.tail_rect = QRect()

    def set_images(self, images: list[QImage], tail: str = "") -> None:
        self.images, self.tail = images, tail
        self.lay_out(self.width())

    def lay_out(self, width: int) -> None:
        """Place the pages for `width`: as wide as it allows, never wider than drawn."""
        self.rects, y = [], self.GAP
        for image in self.images:
            size = image.deviceIndependentSize()
            scale = min(1.0, max(width - 2 * self.GAP, 50) / size.width())
            w, h = round(size.width() * scale), round(size.height() * scale)
            self.rects.append(QRect((width - w) // 2, y, w, h))
            y += h + self.GAP
        self.tail_rect = QRect(self.GAP, y, width - 2 * self.GAP, 0)
        if self.images and self.tail:
            self.tail_rect.setHeight(3 * self.fontMetrics().lineSpacing())
            y += self.tail_rect.height() + self.GAP
        self.setMinimumHeight(y if self.images else 0)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.lay_out(event.size().width())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        if not self.images:
            painter.drawText(self.rect().adjusted(24, 24, -24, -24), centred, self.placeholder)
        elif self.tail:
            painter.drawText(self.tail_rect, centred, self.tail)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        for image, rect in zip(self.images, self.rects, strict=True):
            if rect.intersects(event.rect()):
                painter.drawImage(rect, image)
                painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.end()


class PdfPreview(QScrollArea):
    """The pages of a PDF, one under the other."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip = _PageStrip()
        self.setWidget(self.strip)

    def show_pages(self, images: list[QImage], tail: str = "") -> None:
        """Show page images made by `page_images` (in a worker: the window never waits), and
        `tail` under them."""
        self.strip.set_images(images, tail)

    def set_placeholder(self, text: str) -> None:
        """What the empty preview says."""
        self.strip.placeholder = text
        self.strip.update()

    def page_count(self) -> int:
        """How many pages the preview shows."""
        return len(self.strip.images)


class _StatusLine:
    """The view's status label as the runner's status bar."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def showMessage(self, text: str, _timeout: int = 0) -> None:
        self.label.setText(text)


class _OptionsArea(QScrollArea):
    """The options column: as wide as its form needs in the current language, scrolling only
    up and down (on a small or magnified screen), the preview taking the rest."""

    def minimumSizeHint(self) -> QSize:
        form = self.widget()
        height = super().minimumSizeHint().height()
        if form is None:
            return super().minimumSizeHint()
        return QSize(form.minimumSizeHint().width() + self._bar(), height)

    def sizeHint(self) -> QSize:
        form = self.widget()
        if form is None:
            return super().sizeHint()
        return QSize(form.sizeHint().width() + self._bar(), super().sizeHint().height())

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()


class PacksView(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.job: Job | None = None
        self.last: Path | None = None
        self.title = info(SectionTitle())
        self.kind = QComboBox()
        self.kind.addItem("", "pack")
        self.kind.addItem("", "daysheet")
        self.delegate = QComboBox()
        self.day = QComboBox()
        self.language = QComboBox()
        for code, name in (("ar", "العربية"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.sections = {name: QCheckBox() for name in SECTIONS}
        for box in self.sections.values():
            box.setChecked(True)
        self.format = QComboBox()
        self.format.addItem("PDF", "pdf")
        self.format.addItem("", "docx")
        self.format.currentIndexChanged.connect(lambda _: self._format_changed())
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("", "letter")  # named by retranslate_ui
        self.paper.addItem("A5", "a5")
        self.classification = QLineEdit()
        self.watermark = QLineEdit()
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.last_password: str | None = None  # the one `last` opens with, to print it
        self.render_button = QPushButton()
        self.render_button.clicked.connect(self.render)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self._cancel)
        self.cancel.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        keep_place = self.progress.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(keep_place)
        self.progress.hide()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_pack)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_document)
        self.status = info(QLabel())
        self.status.setWordWrap(True)
        self.preview = PdfPreview()
        self.form = QFormLayout()
        self.labels = {
            key: QLabel()
            for key in (
                "kind",
                "format",
                "delegate",
                "language",
                "day",
                "sections",
                "paper",
                "classification",
                "watermark",
                "password",
                "password_again",
            )
        }
        self.form.addRow(self.labels["kind"], self.kind)
        self.form.addRow(self.labels["format"], self.format)
        self.form.addRow(self.labels["delegate"], self.delegate)
        self.form.addRow(self.labels["language"], self.language)
        self.form.addRow(self.labels["day"], self.day)
        boxes = QVBoxLayout()
        for box in self.sections.values():
            boxes.addWidget(box)
        self.form.addRow(self.labels["sections"], boxes)
        self.form.addRow(self.labels["paper"], self.paper)
        self.form.addRow(self.labels["classification"], self.classification)
        self.form.addRow(self.labels["watermark"], self.watermark)
        self.form.addRow(self.labels["password"], self.password)
        self.form.addRow(self.labels["password_again"], self.password_again)
        actions = QHBoxLayout()
        actions.addWidget(self.render_button)
        actions.addWidget(self.cancel)
        after = QGridLayout()  # two by two: the column stays narrow in every language
        after.addWidget(self.save_button, 0, 0)
        after.addWidget(self.print_button, 0, 1)
        after.addWidget(self.open_button, 1, 0)
        after.addWidget(self.folder_button, 1, 1)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addLayout(actions)
        left.addWidget(self.progress)
        left.addLayout(after)
        left.addWidget(self.status)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        self.options = _OptionsArea()  # the form scrolls up and down on a small or magnified screen
        self.options.setWidget(left_box)
        self.options.setWidgetResizable(True)
        self.options.setFrameShape(QFrame.Shape.NoFrame)
        self.options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.options)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        # Its own runner: a pack is built while the window's sync waits on a server.
        self.runner = OperationRunner(
            self, ctx, _StatusLine(self.status), self.progress, self.cancel, [self.render_button]
        )
        self.runner.finished.connect(lambda _ok: self._finished())
        ctx.store_did_change.connect(self.reload)
        ctx.operation_did_execute.connect(self.on_operation_did_execute)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._enable_after(False)
        self._kind_changed()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Briefing packs"))
        self.kind.setItemText(0, self.tr("Briefing pack"))
        self.kind.setItemText(1, self.tr("Day sheet"))
        self.paper.setItemText(1, self.tr("US Letter"))
        texts = {
            "kind": self.tr("Document"),
            "format": self.tr("Format"),
            "day": self.tr("Day"),
            "delegate": self.tr("Delegate"),
            "language": self.tr("Language"),
            "sections": self.tr("Sections"),
            "paper": self.tr("Paper"),
            "classification": self.tr("Classification line"),
            "watermark": self.tr("Watermark"),
            "password": self.tr("Pass&word to open"),
            "password_again": self.tr("Password a&gain"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        names = {
            "changes": self.tr("Changes since the last pack"),
            "agenda": self.tr("Agenda"),
            "meetings": self.tr("Our meetings"),
            "sessions": self.tr("Session briefs"),
            "projects": self.tr("Project briefs"),
            "people": self.tr("Who's who"),
            "roster": self.tr("Roster"),
            "notes": self.tr("Delegation notes"),
        }
        for key, box in self.sections.items():
            box.setText(names[key])
        self.classification.setPlaceholderText(self.tr("e.g. RESTRICTED"))
        self.watermark.setPlaceholderText(self.tr("e.g. DRAFT"))
        self.password.setPlaceholderText(self.tr("none: anyone can open the PDF"))
        self.password.setToolTip(self.password.placeholderText())  # read whole where it is cut
        self.password.setToolTip(
            self.tr(
                "The PDF asks for this password before it opens (AES-256). Give it to the "
                "reader another way than the file."
            )
        )
        self.cancel.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.open_button.setText(self.tr("Open document"))
        self.format.setItemText(1, self.tr("Word (.docx)"))
        self.apply_defaults()
        self.reload()

    def apply_defaults(self) -> None:
        """The saved default options (Settings): language, paper, classification, watermark."""
        defaults = pack_defaults(self.ctx.store)
        lang = defaults.lang or self.ctx.lang
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        if not self.daysheet():
            self.paper.setCurrentIndex(max(0, self.paper.findData(defaults.paper)))
        self.classification.setText(defaults.classification)
        self.watermark.setText(defaults.watermark)

    def on_operation_did_execute(self, changes: OpChanges) -> None:
        """The delegates and the days with a mark offered again; a pack built changes neither;
        new default options (Settings) are taken."""
        if changes.preferences:
            self.apply_defaults()
        if changes.delegations or changes.marks or changes.meetings or changes.catalogue:
            self.reload()

    def reload(self) -> None:
        current = self.delegate.currentData()
        self.delegate.clear()
        self.delegate.addItem(self.tr("Whole delegation"), None)
        delegation = self.ctx.delegation()
        if delegation:
            for d in list_delegates(self.ctx.store, delegation):
                self.delegate.addItem(isolate(d.name), d.name)
        self.delegate.setCurrentIndex(max(0, self.delegate.findData(current)))
        self._fill_days(marked_days(self.ctx.store, delegation) if delegation else [])
        self._update_render_button()
        self.preview.set_placeholder(
            self.tr("Build a pack to see its pages here.")
            if delegation
            else self.tr(
                "Create your delegation in My delegation and mark sessions or projects: "
                "the pack's pages will show here."
            )
        )

    def pack_format(self) -> str:
        """The format of the document to build: a day sheet is always a PDF."""
        return "pdf" if self.daysheet() else self.format.currentData()

    def _password_rows(self) -> None:
        """A password protects a PDF pack: not a Word pack, not a day sheet."""
        shown = not self.daysheet() and self.pack_format() == "pdf"
        self.form.setRowVisible(self.password, shown)
        self.form.setRowVisible(self.password_again, shown)

    def chosen_password(self) -> str | None:
        """The password typed twice alike for a PDF pack; None without one.

        Raises:
            ValueError: the two differ (the status line says so).
        """
        if self.daysheet() or self.pack_format() != "pdf" or not self.password.text():
            return None
        if self.password.text() != self.password_again.text():
            raise ValueError("passwords differ")
        return self.password.text()

    def _format_changed(self) -> None:
        self._password_rows()
        if self.pack_format() == "docx":
            self.preview.set_placeholder(
                self.tr(
                    "A Word pack has no preview here: once built, open it with the system "
                    "(Open document) to read, revise or print it."
                )
            )
        else:
            self.reload()

    def _target(self, delegation: str, delegate: str | None, lang: str, day: str | None) -> Path:
        """Where a document goes: the data folder's packs/, kept for the plane and the printer.
        Packs are kept one per build; a day sheet replaces that day's previous one."""
        from briefer.core.storecrypt import pack_folder

        folder = pack_folder(self.ctx.data)  # with a passphrase: a private folder outside it
        who = file_stem(delegate or delegation)
        if day:
            return folder / f"daysheet-{day}-{who}-{lang}.pdf"
        stem = f"pack-{who}-{lang}-{datetime.now():%Y-%m-%d-%H%M%S}"
        suffix = "." + self.pack_format()
        target, n = folder / f"{stem}{suffix}", 1
        while target.exists():
            n += 1
            target = folder / f"{stem}-{n}{suffix}"
        return target

    def daysheet(self) -> bool:
        """Whether the chosen document is a day sheet (else a briefing pack)."""
        return self.kind.currentData() == "daysheet"

    def _fill_days(self, days: list[str]) -> None:
        """The days with a marked session; today (or the next such day) chosen at first."""
        current = self.day.currentData()
        self.day.clear()
        for day in days:
            self.day.addItem(day_name(day, self.ctx.lang), day)
        if current in days:
            self.day.setCurrentIndex(days.index(current))
        elif days:
            today = date.today().isoformat()
            self.day.setCurrentIndex(next((i for i, d in enumerate(days) if d >= today), 0))

    def _kind_changed(self) -> None:
        daysheet = self.daysheet()
        self.form.setRowVisible(self.day, daysheet)
        self.form.setRowVisible(self.format, not daysheet)
        self._password_rows()
        for box in self.sections.values():
            box.setEnabled(not daysheet)
        paper = "a5" if daysheet else "a4"
        if self.paper.currentData() in ("a4", "a5"):
            self.paper.setCurrentIndex(self.paper.findData(paper))
        self._update_render_button()

    def _update_render_button(self) -> None:
        """Its words follow the document; it works with a delegation (and, for a day sheet,
        a day) when nothing else runs."""
        daysheet = self.daysheet()
        self.render_button.setText(
            self.tr("Build day sheet") if daysheet else self.tr("Build pack")
        )
        ready = self.ctx.delegation() is not None and (not daysheet or self.day.count() > 0)
        self.render_button.setEnabled(ready and self.job is None and not self.runner.busy)

    def _enable_after(self, enabled: bool) -> None:
        for button in (self.save_button, self.print_button, self.folder_button, self.open_button):
            button.setEnabled(enabled)
        if self.last is not None and self.last.suffix != ".pdf":
            self.print_button.setEnabled(False)  # Word prints its own document

    def render(self) -> Job | None:
        """Build the chosen document through the runner (core `build_pack`/`build_daysheet`)."""
        delegation = self.ctx.delegation()
        if delegation is None or self.job is not None or self.runner.busy:
            return None
        sections = tuple(k for k, box in self.sections.items() if box.isChecked())
        delegate_name = self.delegate.currentData()
        lang = self.language.currentData()
        day = self.day.currentData() if self.daysheet() else None
        try:
            out = self._target(delegation.name, delegate_name, lang, day)
        except BrieferError as exc:
            self._failed(str(exc))
            return None
        paper = self.paper.currentData()
        watermark = self.watermark.text().strip() or None
        classification = self.classification.text().strip()
        try:
            password = self.chosen_password()
            check_pack_password(password)
        except ValueError:
            self.status.setText(self.tr("The two passwords differ; no pack was built."))
            return None
        except BrieferError as exc:
            self.status.setText(str(exc))
            return None
        width = max(self.preview.viewport().width() - 2 * _PageStrip.GAP, 320)
        ratio = self.devicePixelRatioF()
        fmt = self.pack_format()

        def write(store, reporter, _fetched) -> Outcome[dict]:
            # ReportLab loads here, in the worker, the first time a pack is built.
            from briefer.core import operations
            from briefer.core.packs.options import PackOptions
            from briefer.gui.pdfpages import page_images

            delegate = find_delegate(store, delegation, delegate_name) if delegate_name else None
            if day:
                built = operations.build_daysheet(
                    store,
                    delegation=delegation,
                    delegate=delegate,
                    day=day,
                    out=out,
                    lang=lang,
                    paper=paper,
                    classification=classification,
                    watermark=watermark,
                    progress=reporter,
                )
            else:
                built = operations.build_pack(
                    store,
                    delegation=delegation,
                    delegate=delegate,
                    out=out,
                    lang=lang,
                    sections=sections,
                    classification=classification,
                    options=PackOptions(paper=paper, watermark=watermark, password=password),
                    format=fmt,
                    progress=reporter,
                )
            if fmt != "pdf":  # no preview for a Word document
                return Outcome({**built.value, "preview": None, "password": None}, built.changes)
            preview = page_images(Path(built.value["path"]), width, ratio, password=password)
            opened = {**built.value, "preview": preview, "password": password}
            return Outcome(opened, built.changes)

        self.progress.setFormat(self.tr("page %v"))
        self.cancel.setEnabled(True)
        self._enable_after(False)
        op = Op(
            title=self.tr("Briefing packs"),
            message=self.tr("Building the day sheet…") if day else self.tr("Building the pack…"),
            write=write,
            done=lambda outcome: self._done(outcome.value),
            failed=self._not_built,
        )
        self.job = self.runner.run(op)
        return self.job

    def _start(self, job: Job, succeeded, status: str, writes: bool = True) -> Job:
        """Run `job` with the progress bar and the cancel button; `succeeded` takes its result."""
        self.job = job
        job.signals.progressed.connect(self._progressed)
        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(status)
        self.render_button.setEnabled(False)
        self.cancel.setEnabled(True)
        self._enable_after(False)
        return job.start(writes)

    def _progressed(self, done: int, total: int, _stage: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(self.tr("page %v"))

    def _done(self, result: dict) -> bool:
        self.last = Path(result["path"])
        self.last_password = result.get("password")
        if result["preview"] is None:
            self.preview.show_pages([])
            self._format_changed()
            self.status.setText(
                self.tr("Word pack ready: {name}. Open document shows it.").format(
                    name=file_text(self.last.name)
                )
            )
            self._enable_after(True)
            return True
        pages, images = result["preview"]
        tail = ""
        if len(images) < pages:
            tail = self.tr(
                "The preview shows the first %1 of %n pages: save, print or open the folder "
                "for the whole pack.",
                "",
                pages,
            ).replace("%1", str(len(images)))
        self.preview.show_pages(images, tail)
        self.status.setText(self.tr("%n page(s) ready.", "", pages))
        self._enable_after(True)
        return True

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled."))

    def _not_built(self, message: str) -> None:
        """A build that failed: its reason where the pages would be, and no earlier pack's
        pages left to pass for this one's."""
        self.preview.show_pages([])
        self.last = None
        self.status.setText(message)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        warn(self, self.tr("Briefing packs"), message)

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel.show()  # the runner hides it: here it stays in place, greyed
        self.cancel.setEnabled(False)
        self._enable_after(self.last is not None and self.last.exists())
        self._update_render_button()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def save(self) -> None:
        if self.last is None:
            return
        kind = "daysheet" if self.last.name.startswith("daysheet-") else "pack"
        places = self.ctx.places
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save pack"),
            str(places.start_folder(kind) / self.last.name),
            self.tr("Word document (*.docx)") if self.last.suffix == ".docx" else "PDF (*.pdf)",
        )
        if not target:
            return
        places.remember(kind, Path(target))
        from briefer.core.files import copy_file

        written = "docx" if self.last.suffix == ".docx" else "pdf"
        try:  # found by review: a pack was copied over whatever file the user named
            copy_file(self.last, Path(target), written)
        except BrieferError as exc:
            reason = exc.__cause__
            if isinstance(reason, OSError):
                message = self.tr("The pack could not be saved to {path}: {reason}").format(
                    path=file_text(target), reason=isolate(os_reason(reason))
                )
            else:
                message = str(exc)  # another kind of file is there: its name and what to do
            self.status.setText(message)
            warn(self, self.tr("Save pack"), message)
            return
        self.status.setText(self.tr("Saved to {path}").format(path=file_text(target)))

    def print_pack(self) -> Job | None:
        """The system print dialog, then the pages sent to the printer by a worker."""
        from briefer.gui.printing import choose_printer, print_pdf

        if self.last is None or self.job is not None:
            return None
        if self.last.suffix != ".pdf":
            self.status.setText(
                self.tr("A Word pack is printed from Word or LibreOffice: Open document.")
            )
            return None
        path = self.last
        password = self.last_password
        printer = choose_printer(path, self, password)
        if printer is None:
            return None

        def work(_store, reporter):
            return print_pdf(printer, path, reporter, password)

        job = Job(self.ctx.folder, work)
        return self._start(job, self._printed, self.tr("Sending the pack to the printer…"), False)

    def _printed(self, pages: int) -> None:
        self.status.setText(self.tr("%n page(s) sent to the printer.", "", pages))

    def open_document(self) -> bool:
        """The last pack or day sheet in the system's application for it (Word, a PDF reader)."""
        if self.last is None or not self.last.exists():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last)))

    def open_folder(self) -> None:
        """The packs folder in the system's file manager."""
        from briefer.gui.places import open_folder

        open_folder(self.last.parent if self.last is not None else self.ctx.data.packs)
