"""Render the main views to docs/screenshots (make screenshots): in Arabic, French and English;
in a dark theme; and on a 1920×1080 screen at 200 % (a process of its own: the scale is set
before Qt starts)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_user_data import make_sample

from briefer.gui.app import make_app, screenshot

VIEWS = ("programme", "projects", "delegation", "notes", "changes", "packs")
DARK = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#171717",
    "AlternateBase": "#232323",
    "Text": "#e8eaed",
    "Button": "#303134",
    "ButtonText": "#e8eaed",
    "Highlight": "#8ab4f8",
    "HighlightedText": "#202124",
    "PlaceholderText": "#9aa0a6",
    "ToolTipBase": "#303134",
    "ToolTipText": "#e8eaed",
}
AT_200 = (960, 516)  # 1920×1080 at 200 %, less a taskbar, in logical pixels


def use_dark_theme() -> None:
    from PySide6.QtGui import QColor, QPalette

    app = make_app()
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    app.setPalette(palette)


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_sample(Path(tmp) / "data")
        for lang in ("ar", "fr", "en"):
            for view in VIEWS:
                path = screenshot(out / f"{view}-{lang}.png", str(folder), lang, view, (1360, 820))
                print(path)
        env = {**os.environ, "QT_SCALE_FACTOR": "2"}
        subprocess.run(
            [sys.executable, __file__, "--at-200", str(out), str(folder)], env=env, check=True
        )
        use_dark_theme()
        for lang in ("ar", "en"):
            for view in ("programme", "packs"):
                path = out / f"dark-{view}-{lang}.png"
                print(screenshot(path, str(folder), lang, view, (1360, 820)))


def at_200(out: Path, folder: str) -> None:
    for lang in ("ar", "en"):
        for view in ("programme", "delegation", "packs"):
            print(screenshot(out / f"200-{view}-{lang}.png", folder, lang, view, AT_200))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--at-200"]:
        at_200(Path(sys.argv[2]), sys.argv[3])
    else:
        main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
