"""Start Briefer (the command line for now; the desktop window once it exists)."""

from briefer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
