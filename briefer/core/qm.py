"""A reader of Qt's compiled translations (.qm), Qt-free, for the command line.

It looks messages up as Qt's QTranslator does (qtbase src/corelib/kernel/qtranslator.cpp): the
ELF hash of source text and disambiguation, the message records at the hashed offsets, the
context table, and the numerus rules stored in the file to choose a plural form.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from briefer.core.i18n import english_plural

MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")

# Section tags.
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F,
    0x42,
    0x69,
    0x88,
    0x96,
    0xA7,
)
# Message record tags.
_END, _TRANSLATION, _OBSOLETE1, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8

# Numerus rule byte code.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """The file is not a .qm file Briefer can read."""


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message key (source text then comment), never 0."""
    h = 0
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def numerus_index(n: int, rules: bytes) -> int:
    """The plural form for `n` under Qt's compiled rules (-1 when the rules are malformed)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    try:
        while True:
            or_value = False
            while True:
                and_value = True
                while True:
                    opcode, right = rules[i], rules[i + 1]
                    i += 2
                    left = n
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    op = opcode & _OP_MASK
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    elif op == _BETWEEN:
                        truth = right <= left <= rules[i]
                        i += 1
                    else:
                        return -1
                    if opcode & _NOT:
                        truth = not truth
                    and_value = and_value and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                or_value = or_value or and_value
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if or_value:
                return result
            result += 1
            if i == size:
                return result
            if rules[i] != _NEWRULE:
                return -1
            i += 1
    except IndexError:
        return -1


def _match(found: bytes, target: bytes) -> bool:
    if found.endswith(b"\0"):
        found = found[:-1]
    return found == target


class QmCatalogue:
    """The messages of one .qm file, looked up as QTranslator.translate looks them up."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a Qt translation file")
        self.language = ""
        self._contexts = b""
        self._hashes: dict[int, list[int]] = {}
        self._messages = b""
        self._rules = b""
        pos = len(MAGIC)
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            block = data[pos + 5 : pos + 5 + length]
            pos += 5 + length
            if tag == _CONTEXTS:
                self._contexts = block
            elif tag == _HASHES:
                for h, offset in struct.iter_unpack(">II", block[: len(block) // 8 * 8]):
                    self._hashes.setdefault(h, []).append(offset)
            elif tag == _MESSAGES:
                self._messages = block
            elif tag == _NUMERUS_RULES:
                self._rules = block
            elif tag == _LANGUAGE:
                self.language = block.decode("utf-8", "replace")

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls(Path(path).read_bytes())

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None where QTranslator gives a null string (no translation)."""
        ctx, src = context.encode("utf-8"), text.encode("utf-8")
        comment = (disambiguation or "").encode("utf-8")
        if self._contexts and not self._has_context(ctx):
            return None
        if not self._hashes:
            return None
        numerus = numerus_index(n, self._rules) if n >= 0 else 0
        if numerus < 0:
            return None
        while True:
            for offset in self._hashes.get(elf_hash(src + comment), ()):
                found = self._message(offset, ctx, src, comment, numerus)
                if found is not None:
                    return found
            if not comment:
                return None
            comment = b""

    def _has_context(self, context: bytes) -> bool:
        table = self._contexts
        size = struct.unpack_from(">H", table, 0)[0]
        if not size:
            return False
        slot = elf_hash(context) % size
        off = struct.unpack_from(">H", table, 2 + 2 * slot)[0]
        if off == 0:
            return False
        pos = 2 + 2 * size + 2 * off
        while pos < len(table):
            length = table[pos]
            if length == 0:
                return False
            if _match(table[pos + 1 : pos + 1 + length], context):
                return True
            pos += 1 + length
        return False

    def _message(
        self, pos: int, context: bytes, source: bytes, comment: bytes, numerus: int
    ) -> str | None:
        """The record at `pos` if it matches (Qt's getMessage), its form `numerus`."""
        m, end = self._messages, len(self._messages)
        chosen: bytes | None = None
        while True:
            tag = m[pos] if pos < end else 0
            pos += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            length = struct.unpack_from(">I", m, pos)[0]
            pos += 4
            value = m[pos : pos + length]
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if numerus == 0:
                    chosen = value
                numerus -= 1
            elif tag == _SOURCE_TEXT and not _match(value, source):
                return None
            elif tag == _CONTEXT and not _match(value, context):
                return None
            elif tag == _COMMENT and pos < end and m[pos] and not _match(value, comment):
                return None
            pos += length
        return None if chosen is None else chosen.decode("utf-16-be", "replace")


def replace_percent_n(text: str, n: int, lang: str = "en") -> str:
    """%n replaced by `n` and %Ln by `n` as `lang` writes a count, as QCoreApplication.translate
    does in the window (found by review: « 40000 modifications »)."""
    if n < 0:
        return text
    from briefer.core.localize import count_text

    return text.replace("%Ln", count_text(n, lang)).replace("%n", str(n))


def translator_for(path: Path, lang: str = "en") -> Callable[[str, str, str | None, int], str]:
    """A core translator reading `path` (the catalogue of `lang`) when first called; the source
    text where it has none."""
    loaded: list[QmCatalogue | None] = []

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        if not loaded:
            try:
                loaded.append(QmCatalogue.load(path))
            except (OSError, QmError):
                loaded.append(None)
        catalogue = loaded[0]
        found = catalogue.translate(context, text, disambiguation, n) if catalogue else None
        if found is None:
            return english_plural(text, n) if n >= 0 else text
        return replace_percent_n(found, n, lang)

    return translate
