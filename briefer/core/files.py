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
