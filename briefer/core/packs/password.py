"""A PDF pack's password: at least as long as the data passphrase must be."""

from __future__ import annotations

from briefer.core.errors import InputError
from briefer.core.i18n import translate
from briefer.core.storecrypt import MIN_PASSPHRASE


def check_pack_password(password: str | None) -> None:
    """Refuse a password shorter than a passphrase may be; no password (None, "") is none."""
    if password and len(password) < MIN_PASSPHRASE:
        message = translate(
            "Packs", "A PDF password needs at least {count} characters; no pack was written."
        )
        raise InputError(
            message.format(count=MIN_PASSPHRASE),
            kind="weak_pack_password",
            facts={"minimum": MIN_PASSPHRASE},
        )
