"""Errors the core raises: each carries a kind and its facts, and a message for the user.

The message says what happened, in the user's language, and never how to remedy it in one front
end's terms (a flag, a button): each front end words its own remedy from `kind`, `facts` and
`forcible` (the command line names `--force`, the window offers "Apply anyway").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefer.core.neutral import Message


class BrieferError(Exception):
    """Base of every error Briefer reports to the user."""

    default_kind = "error"

    def __init__(
        self,
        message: str = "",
        *,
        kind: str | None = None,
        facts: dict[str, Any] | None = None,
        forcible: bool = False,
        words: Message | None = None,
    ) -> None:
        super().__init__(message or (words.text() if words is not None else ""))
        self.kind = kind or self.default_kind
        self.facts = dict(facts or {})
        self.forcible = forcible
        self.words = words  # what went wrong kept in no language, when it may be shown later

    @property
    def message(self) -> str:
        return str(self)


class StoreError(BrieferError):
    """The user's database or the catalogue cannot be opened or used."""

    default_kind = "storage"


class NotFoundError(BrieferError):
    """An id, a delegation or a delegate that does not exist."""

    default_kind = "not_found"


class InputError(BrieferError):
    """Bad input from the user: an argument, a file, a value."""

    default_kind = "input"


class Cancelled(BrieferError):  # noqa: N818 - reads as an outcome, not a fault
    """A long operation was cancelled by the user."""

    default_kind = "cancelled"


def os_reason(exc: OSError) -> str:
    """Why a file could not be used, in the display language (the system's own words, which
    follow its locale rather than Briefer's, only for a case not listed)."""
    import errno

    from briefer.core.i18n import translate

    reasons = {
        errno.ENOENT: lambda: translate("Store", "no such file or folder"),
        errno.ENOTDIR: lambda: translate("Store", "a part of the path is not a folder"),
        errno.ENOSPC: lambda: translate("Store", "the disk is full"),
        errno.EFBIG: lambda: translate("Store", "the file would pass the size this system allows"),
        errno.EROFS: lambda: translate("Store", "the disk is read-only"),
        errno.EACCES: lambda: translate("Store", "permission denied"),
        errno.EPERM: lambda: translate("Store", "permission denied"),
        errno.EISDIR: lambda: translate("Store", "it is a folder, not a file"),
        errno.EEXIST: lambda: translate("Store", "it exists already"),
        errno.ENAMETOOLONG: lambda: translate("Store", "the name is too long"),
    }
    found = reasons.get(exc.errno or 0)
    return found() if found else exc.strerror or str(exc)
