"""The pack's DocTemplate: page templates, bookmarks and the headings' pages.

The pack is laid out once. What only the end of the layout knows (the page count in the
footers, the contents' page numbers) is drawn as named forms that the pages reference where the
text goes and that are defined when the last page is done (`LateText`, `PackDocument._endBuild`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from briefer.core.packs.objstreams import use_object_streams


class PackDocument(BaseDocTemplate):
    def __init__(self, target: Any, pack: Any, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self.pack = pack
        self.found: dict[str, int] = {}
        width, height = self.pagesize
        m = pack.margin
        frame = Frame(m, m, width - 2 * m, height - 2 * m - 16, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=pack.decorate_cover),
                PageTemplate("body", [frame], onPage=pack.decorate),
            ]
        )

    def _endBuild(self) -> None:  # noqa: N802 - ReportLab's API
        """Finish the last page, define the forms left to fill, then write the file."""
        self._doSave = 0
        super()._endBuild()
        self.pack.fill_late(self.canv, self)
        self.canv.save()

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's API
        self.canv._briefer_dry = self.pack.dry
        use_object_streams(self.canv)
        if self.pack.lang == "ar":
            self.canv.setViewerPreference("Direction", "R2L")

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's API
        outline = getattr(flowable, "outline", None)
        if outline and outline[2] not in self.found:
            title, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.found[key] = self.page
            self.pack.progress(self.page)


class LateText(Flowable):
    """One line of text known only once the layout is done, drawn later as the form `name`."""

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
        self.canv.doForm(self.name)
        if self.link:
            box = (0, 0, self.width, self.height)
            self.canv.linkRect("", self.link, box, relative=1, thickness=0)


LateFill = Callable[[], str]
