"""One rule for a text's direction inside a line: the window's lists and panes, the CLI."""

from __future__ import annotations

from briefer.core.directions import (
    LRI,
    LRM,
    NO_OVERRIDES,
    PDI,
    RLI,
    RLM,
    in_direction,
    isolated,
    own_direction,
)

ARABIC = "COP26: موقف الوفد"
LATIN = "25 Years of FreeBSD"


def test_a_text_against_the_line_is_isolated_in_its_own_direction():
    assert isolated(ARABIC, rtl=False) == f"{RLI}{ARABIC}{PDI}"
    assert isolated(LATIN, rtl=True) == f"{LRI}{LATIN}{PDI}"


def test_a_text_of_the_lines_direction_or_without_letters_stays_as_it_is():
    assert isolated(ARABIC, rtl=True) == ARABIC
    assert isolated(LATIN, rtl=False) == LATIN
    assert isolated("09:00–09:45", rtl=True) == "09:00–09:45"


def test_a_text_isolating_its_own_parts_is_left_to_the_line():
    composed = f"09:00–09:45 {RLI}{ARABIC}{PDI}"
    assert own_direction(composed) is None
    assert isolated(composed, rtl=False) == composed


def test_isolating_drops_the_texts_own_overrides():
    assert isolated("\u202eمرحبا abc\u202c", rtl=False) == f"{RLI}مرحبا abc{PDI}"
    assert "\u202eabc\u202c".translate(NO_OVERRIDES) == "abc"


def test_a_line_opens_with_a_mark_only_where_its_first_letter_goes_the_other_way():
    assert in_direction("WHO: منظمة الصحة العالمية", rtl=True) == RLM + "WHO: منظمة الصحة العالمية"
    assert in_direction("منظمة الصحة: WHO", rtl=False) == LRM + "منظمة الصحة: WHO"
    assert in_direction("منظمة الصحة: WHO", rtl=True) == "منظمة الصحة: WHO"
    assert in_direction("12:00", rtl=True) == RLM + "12:00"
    assert in_direction("12:00", rtl=False) == "12:00"


def test_a_line_opening_with_an_isolate_opens_with_the_lines_mark():
    """Found by review: Qt takes a paragraph's direction from the first letter inside an
    isolate, so « ⁨محمد⁩: “Talk” overlaps … » in an English window was laid out right to
    left, as « ⁨broken⁩: … » in an Arabic message box was left to right."""
    name = "\u2068محمد\u2069: “Talk” overlaps “Panel”"
    assert in_direction(name, rtl=False) == LRM + name
    source = "\u2068broken\u2069: لم يُغيَّر شيء"
    assert in_direction(source, rtl=True) == RLM + source
    assert in_direction("09:00 \u2068منظمة\u2069", rtl=False) == LRM + "09:00 \u2068منظمة\u2069"
