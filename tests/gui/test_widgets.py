"""Small shared pieces of the window."""

from __future__ import annotations

import html

import pytest

from briefer.gui.widgets import esc


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script>",
        'a "b" & c',
        "الصحة & <b>",
        "",
        None,
        42,
        "&amp; stays escaped",
    ],
)
def test_esc_escapes_as_the_standard_library_does(text):
    assert esc(text) == html.escape("" if text is None else str(text))
