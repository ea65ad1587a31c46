"""A PDF pack's password: at least as long as the data passphrase must be, counted as the PDF
holds it."""

from __future__ import annotations

import unicodedata

from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.storecrypt import MIN_PASSPHRASE


def _saslprepped(password: str) -> str | None:
    """`password` as AES-256 PDFs hold it (SASLprep, RFC 4013: NFKC, some characters mapped),
    or None where SASLprep refuses it (an emoji; Arabic letters with Latin ones)."""
    from pypdf._encryption import _saslprep  # the very preparation pypdf and readers apply

    try:
        return _saslprep(password)
    except (ValueError, IndexError):
        return None


def pdf_password_bytes(password: str) -> bytes:
    """The bytes a pack is locked with: the prepared password, or, where SASLprep refuses it,
    the password as typed in UTF-8, which is what readers try then (pypdf did so too, with a
    warning on the terminal: found by review)."""
    prepared = _saslprepped(password)
    return (password if prepared is None else prepared).encode("utf-8")


def password_length(password: str) -> int:
    """The characters of `password` once normalised as the PDF holds it: "e" and a combining
    accent are one "é" (found by review: 'e\\u0301' four times passed as eight)."""
    prepared = _saslprepped(password)
    return len(unicodedata.normalize("NFKC", password) if prepared is None else prepared)


def check_pack_password(password: str | None) -> None:
    """Refuse a password shorter than a passphrase may be; no password (None, "") is none."""
    if password and password_length(password) < MIN_PASSPHRASE:
        message = translate(
            "Packs", "A PDF password needs at least {count} characters; no pack was written."
        )
        raise InputError(
            message.format(count=MIN_PASSPHRASE),
            kind="weak_pack_password",
            facts={"minimum": MIN_PASSPHRASE},
        )
