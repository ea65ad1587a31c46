"""The pack's DocTemplate: page templates, bookmarks and the headings' pages."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)


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

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's API
        self.canv._briefer_dry = self.pack.dry
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
