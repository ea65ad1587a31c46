"""Found by review: `search --kind edition "منتدى باريس"` listed the editions in no order
(2023, 2022, 2020, 2024…): they are listed most recent first."""

import pytest

from briefer.core.search.engine import Filters, search


@pytest.mark.parametrize(("query", "lang"), [("منتدى باريس", "ar"), ("Paris Peace Forum", "en")])
def test_editions_are_listed_most_recent_first(store, query, lang):
    hits = search(store, query, lang, filters=Filters(kinds=("edition",)))
    years = [int(h.id.rsplit("-", 1)[1]) for h in hits]
    assert len(years) >= 6
    assert years == sorted(years, reverse=True)
