"""Errors the core raises, each with a message meant for the user."""


class BrieferError(Exception):
    """Base of every error Briefer reports to the user."""


class StoreError(BrieferError):
    """The user's database or the catalogue cannot be opened or used."""


class NotFoundError(BrieferError):
    """An id, a delegation or a delegate that does not exist."""


class InputError(BrieferError):
    """Bad input from the user: an argument, a file, a value."""


class Cancelled(BrieferError):  # noqa: N818 - reads as an outcome, not a fault
    """A long operation was cancelled by the user."""
