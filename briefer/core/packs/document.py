"""The pack's DocTemplate: page templates, bookmarks and the headings' pages.

The pack is laid out once. What only the end of the layout knows (the page count in the
footers, the contents' page numbers) leaves a named mark in the page where the text goes; when
the last page is done, and before anything is written, each mark is replaced by the text's
drawing (`LateText`, `late_mark`, `PackDocument._endBuild`).

Right-to-left packs drew these texts as forms (one each, defined at the end) while pypdf read
"من86بيانات" in every footer; now their spaces read in place (`textlayout._read_in_place`) and
a right-to-left page draws its number after its body (`decoration.decorate_end`), on a line of
its own in the stream: the Arabic bench pack is 18 % smaller, and PDFium reads each contents
entry with its page number instead of the number on the line before.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)

from briefer.core.packs.objstreams import use_object_streams


class _Frame(Frame):
    """A frame that ReportLab copies cheaply: `KeepTogether` measures its content in a deep copy
    of the frame, once per item block. Its attributes are numbers and strings but for a list
    of generated content and a dictionary of saved geometry, which the copy gets its own of."""

    def __deepcopy__(self, memo: dict) -> _Frame:
        twin = copy.copy(self)
        for name, value in vars(self).items():
            if isinstance(value, list | dict):
                setattr(twin, name, copy.copy(value))
        return twin


class Gap(Spacer):
    """Space between two items, never at a page's head or across its foot: it takes what is
    left at the foot of a page, nothing at the head. Put only between items: a Spacer after a
    section's last item that did not fit went to the next page alone, and the section's page
    break after it left that page blank."""

    _ZEROSIZE = True  # asked to wrap even where no space is left, which it then takes

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:
            return self.width, 0.0
        return self.width, max(0.0, min(self.height, avail_height))


class PackDocument(BaseDocTemplate):
    def __init__(self, target: Any, pack: Any, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self.pack = pack
        self.found: dict[str, int] = {}
        width, height = self.pagesize
        m = pack.margin
        frame = _Frame(m, m, width - 2 * m, height - 2 * m - 16, id="body")
        self.addPageTemplates(
            [
                PageTemplate(
                    "cover", [frame], onPage=pack.decorate_cover, onPageEnd=pack.decorate_end
                ),
                PageTemplate("body", [frame], onPage=pack.decorate, onPageEnd=pack.decorate_end),
            ]
        )

    def _endBuild(self) -> None:  # noqa: N802 - ReportLab's API
        """Finish the last page, draw the texts left to fill, then write the file."""
        self._doSave = 0
        super()._endBuild()
        self.pack.fill_late(self.canv, self)
        if self.found:
            self.canv.showOutline()  # a viewer opens with the bookmarks beside the pages
        self.canv.save()

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's API
        self.canv._briefer_dry = self.pack.dry
        use_object_streams(self.canv)
        # No /ViewerPreferences /Direction /R2L for Arabic packs: PDFium (Chrome, Edge, the
        # window's print preview) then reverses every left-to-right run it extracts, so a
        # copied address reads "now-what-…/net.slideshare.www://https" (1,348 Latin words of
        # the Arabic bench pack against 161 Arabic label colons placed better with it).

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's API
        outline = getattr(flowable, "outline", None)
        if outline and outline[2] not in self.found:
            title, level, key = outline
            # The heading's place, at the reader's zoom: a link or a bookmark showed its page
            # whole (/Fit), the brief somewhere on it.
            top = self.frame._y + flowable.getSpaceAfter() + getattr(flowable, "height", 0)
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=round(top + 2, 1), zoom=0)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.found[key] = self.page
            self.pack.progress(self.page)


LATE_MARK = "%briefer-late "  # a comment line of the page's content stream
_MARKS = re.compile("^" + re.escape(LATE_MARK) + r"(\S+)$", re.M)


def late_mark(canvas: Any, name: str) -> None:
    """Leave the place of the late text `name` in the page being drawn (`fill_marks`)."""
    canvas._code.append(LATE_MARK + name)


def shown_form(canvas: Any, name: str, draw: Callable[[], None]) -> None:
    """Show the form `name` here, made of what `draw` draws the first time it is shown on
    `canvas`: what every page repeats is written once (its glyph strings escaped for a form's
    stream)."""
    made = canvas.__dict__.setdefault("_briefer_forms", set())
    if name not in made:
        made.add(name)
        width, height = canvas._pagesize
        canvas.beginForm(name, 0, 0, width, height)
        draw()
        canvas._code[:] = [_RAW.sub(_octal, code) for code in canvas._code]
        canvas.endForm(Resources=_shared_resources(canvas._doc), hasImages=0)
    canvas.doForm(name)


def _octal(match: re.Match) -> str:
    return f"\\{ord(match[0]):03o}"


# Raw bytes of glyph strings (textlayout's `_LITERAL` escapes their line ends, so a line end
# here is one between operators). A page's stream is written in Latin-1 (textlayout's
# `latin1_pages`), a form's in PDFDocEncoding, which has no code for some of them.
_RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\xff]")


def _shared_resources(doc: Any) -> Any:
    name = "BrieferLateResources"
    if name not in doc.idToObject:
        resources = pdfdoc.PDFResourceDictionary()
        resources.basicFonts()
        resources.basicProcs()
        doc.Reference(resources, name)
    return pdfdoc.PDFObjectReference(name)


def fill_marks(canvas: Any, drawn: dict[str, str]) -> None:
    """Put each late text's drawing in place of its marks, in every page of `canvas`."""
    for page in canvas._doc.Pages.pages:
        if LATE_MARK in page.stream:
            page.stream = _MARKS.sub(lambda m: drawn[m.group(1)], page.stream)


class LateText(Flowable):
    """One line of text known only once the layout is done, drawn later (`late_mark`)."""

    def __init__(self, name: str, height: float, link: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.height = height
        self.link = link
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        late_mark(self.canv, self.name)
        if self.link:
            box = (0, 0, self.width, self.height)
            self.canv.linkRect("", self.link, box, relative=1, thickness=0)


LateFill = Callable[[], str]
