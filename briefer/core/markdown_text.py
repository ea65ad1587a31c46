"""Markdown notes to HTML, with any raw HTML in them kept as literal text."""

from __future__ import annotations

import threading

from markdown import Markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

_local = threading.local()


def to_html(source: str) -> str:
    """HTML for a note: raw HTML in the source is escaped first, so it shows as text."""
    escaped = source.replace("&", "&amp;").replace("<", "&lt;")
    converter = _converter()
    try:
        return converter.convert(escaped)
    finally:
        converter.reset()


def _converter() -> Markdown:
    """This thread's converter, built once (a pack converts a note per item; the window too).

    Extensions are given as objects: by name, Markdown looks each up among the installed
    packages' entry points, a scan of every package's metadata.
    """
    converter = getattr(_local, "converter", None)
    if converter is None:
        extensions = [TableExtension(), SaneListExtension(), FencedCodeExtension()]
        converter = _local.converter = Markdown(extensions=extensions)
    return converter
