"""Where the real data of ../shared/corpus is, for tests that read it in place."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def shared_file(*parts: str) -> Path:
    """A file of ../shared/corpus, or skip the test saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: this checkout has no ../shared/corpus beside it")
    return path
