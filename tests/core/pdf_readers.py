"""Text of a PDF as three common readers give it: poppler (pdftotext), PDFium, pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdfium2
import pytest
from pypdf import PdfReader

_POPPLER_MARKS = dict.fromkeys([0x202A, 0x202B, 0x202C])  # pdftotext's own embeddings


def poppler(data: bytes) -> str:
    """pdftotext's text, without the embedding marks it puts around mixed-direction lines."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is missing: `make pytest` installs it")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8").translate(_POPPLER_MARKS)


def pdfium(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def pypdf(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


READERS = {"poppler": poppler, "pdfium": pdfium, "pypdf": pypdf}


def words(text: str) -> list[str]:
    return text.split()


def flat_texts(data: bytes) -> dict[str, str]:
    """Each reader's text with its runs of white space as one space, by reader's name."""
    return {name: " ".join(read(data).split()) for name, read in READERS.items()}
