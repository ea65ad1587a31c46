"""Rendering a pack's content model to a PDF: cover, contents, agenda, briefs, notes."""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

from reportlab import rl_config

from briefer import __version__
from briefer.core.errors import InputError
from briefer.core.files import write_atomic
from briefer.core.gcpause import cycle_collector_paused
from briefer.core.packs.builder import PackBuilder
from briefer.core.packs.content import PackContent
from briefer.core.packs.document import PackDocument
from briefer.core.packs.fonts import load_fonts, unregister
from briefer.core.packs.labels import label
from briefer.core.packs.options import PAPER, PackOptions
from briefer.core.progress import Reporter

rl_config.useA85 = 0  # binary streams: smaller files, and no pure-Python ASCII85 pass
_counter = itertools.count()


def _pdf_title(content: PackContent) -> str:
    who = content.delegate.name if content.delegate else label("whole_delegation", content.lang)
    return f"{label('pack_title', content.lang)} — {content.delegation.name} — {who}"


def render_pack(
    content: PackContent,
    out: Path,
    options: PackOptions | None = None,
    progress: Reporter | None = None,
    edition_names: dict[str, str] | None = None,
    day: str | None = None,
) -> dict[str, Any]:
    """Render `content` to the PDF file `out` (written atomically); return what it contains."""
    with cycle_collector_paused():
        return _render(content, out, options, progress, edition_names, day)


def _render(
    content: PackContent,
    out: Path,
    options: PackOptions | None,
    progress: Reporter | None,
    edition_names: dict[str, str] | None,
    day: str | None,
) -> dict[str, Any]:
    options = options or PackOptions()
    if options.paper not in PAPER:
        raise InputError(f"Paper {options.paper!r} is not one of A4, letter.")
    report = progress or Reporter()
    fonts = load_fonts(f"pack{next(_counter)}")
    builder = PackBuilder(content, options, fonts, report, edition_names or {})
    try:
        builder.day = day
        kwargs = dict(
            pagesize=PAPER[options.paper],
            leftMargin=builder.margin,
            rightMargin=builder.margin,
            topMargin=builder.margin,
            bottomMargin=builder.margin,
            title=options.title or _pdf_title(content),
            author=content.delegation.name,
            subject=label("daysheet_title" if day else "pack_title", content.lang),
            creator=f"Briefer {__version__}",
            lang=content.lang,
            pageCompression=1,
            # The canvas's own initial font (Helvetica by default) would be referenced unembedded.
            initialFontName=fonts.get().fontName,
        )
        buffer = io.BytesIO()
        final = PackDocument(buffer, builder, **kwargs)
        final.build(builder.story())
        data = buffer.getvalue()
        if options.password:
            data = _encrypt(data, options.password)
        write_atomic(out, data)
        return {"pages": final.page, "headings": builder.headings, "sections": content.sections}
    finally:
        # ReportLab's documents are reference cycles that hold the builder: without this, the
        # shaped paragraphs would wait for the cycle collector (a 0.1 s stop in the window).
        builder.shaped.clear()
        unregister(fonts)


def _encrypt(data: bytes, password: str) -> bytes:
    """The PDF protected with AES-256 (ReportLab 5.1's own AES-256 output does not open)."""
    from pypdf import PdfReader, PdfWriter

    from briefer.core.packs.password import pdf_password_bytes

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    # prepared here: pypdf warns on the terminal for a password SASLprep refuses
    writer.encrypt(pdf_password_bytes(password), algorithm="AES-256")  # type: ignore[arg-type]
    writer.pdf_header = "%PDF-2.0"  # AES-256 (revision 6) is PDF 2.0's; pypdf keeps the source's
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
