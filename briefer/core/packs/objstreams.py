"""A pack's PDF written with its small objects in compressed object streams (PDF 1.5).

ReportLab writes every object as plain text with a classic cross-reference table. A pack's
links, pages, outline entries and font dictionaries are hundreds of small dictionaries: in the
Arabic bench pack, 122 KB of its 443 KB, plus 16 KB of table. Object streams compress them
together (to about 10 KB) and a cross-reference stream replaces the table; streams (page
contents, forms, fonts, images) are written as before. Every common reader has read PDF 1.5 for
twenty years: poppler, PDFium, pypdf, Acrobat, Preview.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc

PER_STREAM = 200  # objects per object stream: a reader inflates a whole stream to read one
_LEVEL = 6


def use_object_streams(canvas: Any) -> None:
    """Make `canvas` write its document with object streams when it saves."""
    doc = canvas._doc
    doc._pdfVersion = max(doc._pdfVersion, (1, 5))
    doc.format = lambda: format_compact(doc)


def format_compact(doc: Any) -> bytes:
    """`doc` (a ReportLab PDFDocument) as PDF bytes, small objects in object streams."""
    from briefer.core.packs.textlayout import latin1_pages  # its glyph strings' raw bytes

    latin1_pages(doc)
    if not isinstance(doc.encrypt, pdfdoc.NoEncryption) or getattr(doc, "_digiSigs", None):
        return pdfdoc.PDFDocument.format(doc)  # encrypted strings need their own object numbers
    doc.encrypt.prepare(doc)
    catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
    out = pdfdoc.PDFFile(doc._pdfVersion)
    entries: dict[int, tuple[int, int, int]] = {}  # number -> (type, field 2, field 3)
    packed: list[tuple[int, bytes]] = []
    number = 0
    while number + 1 in doc.numberToId:
        number += 1
        body = _object_body(doc, doc.numberToId[number])
        if body.rstrip().endswith(b"endstream"):
            entries[number] = (1, out.add(_indirect(number, body)), 0)
        else:
            packed.append((number, body))
    if number != len(doc.numberToId):
        raise ValueError(f"object {number + 1} is missing of {len(doc.numberToId)}")
    for start in range(0, len(packed), PER_STREAM):
        number += 1
        chunk = packed[start : start + PER_STREAM]
        entries[number] = (1, out.add(_indirect(number, _object_stream(chunk))), 0)
        for index, (member, _) in enumerate(chunk):
            entries[member] = (2, number, index)
    number += 1
    entries[number] = (1, out.offset, 0)
    trailer = {"Root": catalog.format(doc), "Info": info.format(doc), "ID": _file_id(doc)}
    out.add(_indirect(number, _xref_stream(entries, number + 1, trailer)))
    out.add(b"startxref\n%d\n%%%%EOF\n" % entries[number][1])
    return out.format(doc)


def _object_body(doc: Any, oid: str) -> bytes:
    number, version = doc.idToObjectNumberAndVersion[oid]
    doc.encrypt.register(number, version)
    body = pdfdoc.format(doc.idToObject[oid], doc, toplevel=1)
    return body if body.endswith(b"\n") else body + b"\n"


def _indirect(number: int, body: bytes) -> bytes:
    return b"%d 0 obj\n%sendobj\n" % (number, body)


def _object_stream(chunk: list[tuple[int, bytes]]) -> bytes:
    offsets, bodies, at = [], [], 0
    for number, body in chunk:
        offsets.append(b"%d %d" % (number, at))
        bodies.append(body)
        at += len(body)
    head = b" ".join(offsets) + b"\n"
    data = zlib.compress(head + b"".join(bodies), _LEVEL)
    return (
        b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\n"
        b"stream\n%s\nendstream\n" % (len(chunk), len(head), len(data), data)
    )


def _xref_stream(entries: dict[int, tuple[int, int, int]], size: int, trailer: dict) -> bytes:
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", *entries[n]) for n in range(1, size)]
    data = zlib.compress(b"".join(rows), _LEVEL)
    extra = b" ".join(b"/%s %s" % (key.encode(), value) for key, value in trailer.items())
    return (
        b"<< /Type /XRef /Size %d /W [ 1 4 2 ] %s /Filter /FlateDecode /Length %d >>\n"
        b"stream\n%s\nendstream\n" % (size, extra, len(data), data)
    )


def _file_id(doc: Any) -> bytes:
    """The file identifier ReportLab puts in its trailer, without its comment line."""
    return doc.ID().split(b"%")[0].strip()
