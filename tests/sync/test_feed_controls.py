"""Control characters in a feed's values are refused, however the JSON writes them (issue 12:
the feed's text is searched for them once when it cannot hold any, not value by value)."""

from __future__ import annotations

import gzip
import json

import pytest

from briefer.core.catalogue.io import CatalogueData
from briefer.core.sync import validate
from briefer.core.sync.feed import FeedError, encode_feed, parse_feed


def _feed_text(abstract: str) -> str:
    data = CatalogueData()
    data.add("editions", {"id": "t:e", "year": 2030, "name_en": "Forum"})
    data.add(
        "sessions",
        {"id": "t:s1", "edition_id": "t:e", "day": "2030-11-11", "title_en": "Opening",
         "abstract_en": abstract, "start": "2030-11-11T09:00:00Z", "timezone": "Europe/Paris"},
    )  # fmt: skip
    return gzip.decompress(encode_feed(data, "t", 1, "2030-11-01T00:00:00Z")).decode()


def _abstract(text: str) -> str:
    data, _ = parse_feed(text.encode())
    return data.tables["sessions"][0]["abstract_en"]


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("\\u0001", "a C0 character as a \\u escape"),
        ("\\u001F", "in upper-case hex"),
        ("\\b", "backspace's own escape"),
        ("\\f", "form feed's own escape"),
        ("\\u007f", "DEL as an escape"),
        ("\x7f", "DEL as itself, which JSON allows"),
    ],
)
def test_a_control_character_is_refused_however_it_is_written(written, why):
    text = _feed_text("Peace and security").replace("Peace and", f"Peace{written}and")
    with pytest.raises(FeedError, match="control characters"):
        parse_feed(text.encode())


def test_escapes_that_write_no_control_character_are_read_as_written():
    text = _feed_text("Peace and security").replace("Peace and", 'Peace\\n\\t\\"and\\\\b')
    assert _abstract(text) == 'Peace\n\t"and\\b security'


@pytest.mark.parametrize(
    ("document", "may"),
    [
        (b'{"a": "no escape at all"}', False),
        (b'{"a": "line\\nbreak \\"quoted\\"' + b" and more words" * 20 + b'"}', False),
        (b'{"a": "bell\\u0007"}', True),
        (b'{"a": "back\\bspace"}', True),
        (b'{"a": "del\x7f"}', True),
        (b'{"a": "C:\\\\bin"}', True),  # an escaped backslash before "b": a false alarm, safe
        (json.dumps({"a": "é" * 200}, ensure_ascii=True).encode(), True),  # dense escapes
    ],
)
def test_which_documents_need_each_value_checked(document, may):
    assert validate.json_controls(document) is may


def test_a_raw_control_character_is_named_with_its_place_and_no_dangling_word():
    """Found by review: JSON's own message, "Invalid control character at", ended the
    sentence at "at."; the line and column are in the message already."""
    text = _feed_text("Peace and security").replace("Peace and", "Peace\x01and")
    with pytest.raises(FeedError) as caught:
        parse_feed(text.encode())
    message = str(caught.value)
    assert "not valid JSON (line 1, column" in message and "). Nothing was changed." in message
    assert "Invalid control character" not in message  # the parser's English is not said


def test_a_cut_gzip_feed_is_refused_in_words_not_zlibs():
    """ "Compressed file ended before the end-of-stream marker was reached" stood in the Arabic
    and French messages."""
    from briefer.core.sync.feed import decompress

    data = gzip.compress(_feed_text("Peace").encode())
    with pytest.raises(FeedError) as caught:
        decompress(data[: len(data) // 2])
    assert "cut short or damaged" in str(caught.value) and "end-of-stream" not in str(caught.value)


def test_a_number_field_given_as_text_asks_for_an_int():
    text = _feed_text("Peace").replace('"year":2030', '"year":"2030"')
    with pytest.raises(FeedError, match=r"editions\[0\]\.year must be an int"):
        parse_feed(text.encode())
