"""Render the main views in Arabic, French and English to docs/screenshots (make screenshots)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_user_data import make_sample

from briefer.gui.app import screenshot

VIEWS = ("programme", "projects", "delegation", "notes", "changes", "packs")


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_sample(Path(tmp) / "data")
        for lang in ("ar", "fr", "en"):
            for view in VIEWS:
                path = screenshot(out / f"{view}-{lang}.png", str(folder), lang, view, (1360, 820))
                print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
