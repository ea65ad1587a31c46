"""Start Briefer's desktop window (`python main.py`); `briefer --help` lists the command line."""

import sys

from briefer.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["gui"]))
