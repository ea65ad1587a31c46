"""Writing a user-visible file so that a crash leaves the old file or the new one, whole."""

from __future__ import annotations

import os
from pathlib import Path

from briefer.core.errors import InputError, os_reason
from briefer.core.i18n import translate


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` beside `path`, flush it to disk, then rename it over `path`.

    Raises:
        InputError: the folder is missing or not writable (nothing is left behind).
    """
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        message = translate("Files", "Cannot write {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc


def file_stem(text: str, limit: int = 60) -> str:
    """`text` as part of a file name every system takes: ASCII where it folds to ASCII ("Grande
    Halle" -> "grande-halle"), else in its own script ("وفد المملكة المغربية" ->
    "وفد-المملكة-المغربية"; a hash of it before, a name no one could read)."""
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not words:
        bare = "".join(
            c for c in unicodedata.normalize("NFC", text) if not unicodedata.combining(c)
        )
        words = re.sub(r"[\W_]+", "-", bare).strip("-").lower()
    stem = words[:limit].rstrip("-")
    if stem:
        return stem
    import hashlib

    return hashlib.sha1(text.encode()).hexdigest()[:10]


# --- what an existing file is, before it is replaced -------------------------------------------

FILE_KINDS = ("pdf", "docx", "ics", "selection", "feed", "signature")
FEED_MARK = b'"briefer-feed"'  # the format of a published feed (sync/feed.py), in its JSON


def _is_kind(path: Path, kind: str) -> bool:
    """Whether the file at `path` is a file of `kind`, read from its first bytes."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # unreadable: the write itself will say why
    if not head:
        return True  # an empty file holds nothing to lose
    if kind == "pdf":
        return head.lstrip(b"\r\n\t ").startswith(b"%PDF")
    if kind == "ics":
        return head.lstrip(b"\xef\xbb\xbf\r\n\t ").upper().startswith(b"BEGIN:VCALENDAR")
    if kind == "docx":
        import zipfile

        try:
            with zipfile.ZipFile(path) as archive:
                return "word/document.xml" in archive.namelist()
        except (OSError, zipfile.BadZipFile, ValueError):
            return False
    if kind == "selection":
        from briefer.core.crypto import is_sealed

        if is_sealed(head):
            return True
        text = head.lstrip(b"\xef\xbb\xbf\r\n\t ")
        return text.startswith(b"{") and b'"briefer-selection"' in head
    if kind == "feed":
        return head.startswith(b"\x1f\x8b") and FEED_MARK in _gunzipped_head(path)
    if kind == "signature":
        return head.lstrip().startswith(b"{") and b'"signature"' in head
    raise ValueError(f"unknown file kind {kind!r}")


def _gunzipped_head(path: Path, size: int = 1 << 16) -> bytes:
    """The first `size` bytes of the gzip file at `path` decompressed (b"" when damaged)."""
    import zlib

    stream = zlib.decompressobj(wbits=31)
    out = b""
    try:
        with open(path, "rb") as handle:
            while len(out) < size and (chunk := handle.read(1 << 16)):
                out += stream.decompress(chunk, size - len(out))
    except (OSError, zlib.error):
        return out
    return out


def check_replaceable(path: Path, kind: str) -> None:
    """Refuse to write over an existing file that is not a file of `kind` (a pack over a Word
    document the user revised, a calendar over a PDF): nothing is written.

    Raises:
        InputError: kind "other_kind_exists", facts path, kind.
    """
    if not path.is_file() or _is_kind(path, kind):
        return
    messages = {
        "pdf": lambda: translate(
            "Files", "{path} exists and is not a PDF file; choose another name or remove it."
        ),
        "docx": lambda: translate(
            "Files", "{path} exists and is not a Word document; choose another name or remove it."
        ),
        "ics": lambda: translate(
            "Files", "{path} exists and is not a calendar file; choose another name or remove it."
        ),
        "selection": lambda: translate(
            "Files",
            "{path} exists and is not a Briefer selection file; choose another name or remove it.",
        ),
        "feed": lambda: translate(
            "Files",
            "{path} exists and is not a Briefer feed; choose another folder or remove it.",
        ),
        "signature": lambda: translate(
            "Files",
            "{path} exists and is not a Briefer feed's signature; choose another folder or "
            "remove it.",
        ),
    }
    raise InputError(
        messages[kind]().format(path=path),
        kind="other_kind_exists",
        facts={"path": str(path), "kind": kind},
    )


def copy_file(source: Path, target: Path, kind: str) -> None:
    """`source` copied to `target` atomically, once `target` is known to be of `kind` or new."""
    check_replaceable(target, kind)
    try:
        data = source.read_bytes()
    except OSError as exc:
        message = translate("Files", "Cannot read {path}: {error}")
        raise InputError(message.format(path=source, error=os_reason(exc))) from exc
    write_atomic(target, data)
