"""A font's `name` table cut to what identifies the font, for the subsets a PDF embeds.

ReportLab copies a face's whole `name` table into every subset it embeds. DejaVu Sans carries
its licence's full text there (15 KB of its 18 KB subset), Amiri 3 KB of descriptions, in each
of a pack's subsets. PDF readers need none of it (ISO 32000-1, 9.9: the table is optional in an
embedded TrueType program). The subsets keep the copyright notice, the names, the version, the
trademark, the licence's address and a short licence notice (name IDs 0-7, 14, and 13 where it
is a notice rather than the whole text, as Amiri's and Noto's are). The bundled fonts ship
whole, with their licences, in resources/fonts.
"""

from __future__ import annotations

import struct

KEPT_IDS = frozenset({0, 1, 2, 3, 4, 5, 6, 7, 14})
LICENCE_ID, LICENCE_NOTICE_MAX = 13, 1024  # bytes of one record
_HEADER = struct.Struct(">HHH")
_RECORD = struct.Struct(">6H")


def slim_name_table(data: bytes) -> bytes:
    """`data` (a `name` table) with only the records kept; `data` itself if malformed."""
    try:
        return _slim(data)
    except (struct.error, ValueError):
        return data


def _slim(data: bytes) -> bytes:
    _, count, storage = _HEADER.unpack_from(data, 0)
    kept = []
    for index in range(count):
        platform, encoding, language, name_id, length, offset = _RECORD.unpack_from(
            data, _HEADER.size + index * _RECORD.size
        )
        if language >= 0x8000:  # language-tag records belong to format 1
            continue
        short_notice = name_id == LICENCE_ID and length <= LICENCE_NOTICE_MAX
        if name_id not in KEPT_IDS and not short_notice:
            continue
        text = data[storage + offset : storage + offset + length]
        if len(text) != length:
            raise ValueError("a name record runs past the table")
        kept.append((platform, encoding, language, name_id, text))
    kept.sort(key=lambda record: record[:4])
    records, strings, at = [], [], 0
    for platform, encoding, language, name_id, text in kept:
        records.append(_RECORD.pack(platform, encoding, language, name_id, len(text), at))
        strings.append(text)
        at += len(text)
    head = _HEADER.pack(0, len(kept), _HEADER.size + _RECORD.size * len(kept))
    return head + b"".join(records) + b"".join(strings)
