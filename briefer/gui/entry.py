"""The windowed program's entry point (`briefer-gui`, the bundle's GUI executable).

It opens the window, handing on what the desktop gave it (files to open); the console program
`briefer` stays the command line. Logging is set up by the command line's main.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from briefer.cli import main as cli_main

    _without_console()

    args = sys.argv[1:] if argv is None else argv
    return cli_main(["gui", *args])


def _without_console() -> None:
    """A windowed program on Windows has no stdout or stderr: writing there must not fail."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


if __name__ == "__main__":
    sys.exit(main())
