"""Made-up query strings cannot fill the page cache."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from habar.core.pagecache.entries import canonical_query
from habar.news.tests.factories import ArticlePageFactory

# What the cache stores depends on its backend (local memory, Redis).
pytestmark = pytest.mark.both_engines


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section("politics"), title="First statement")


def stored_keys(part):
    """Keys of this run's cache holding `part`, on either backend of the suite."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=False)
        keys = [key.decode() for key in client.scan_iter(match=f"{cache.key_prefix}:*")]
    else:
        keys = list(cache._cache)
    return [key for key in keys if part in key]


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("", ""),
        ("fbclid=1", ""),
        ("utm_source=x&page=2", "page=2"),
        ("period=week&page=3", "page=3&period=week"),
        ("page=2&period=week", "page=2&period=week"),
    ],
)
def test_the_key_keeps_only_what_pages_read(settings, query, canonical):
    assert canonical_query(query) == canonical


@pytest.mark.parametrize("query", ["page=abc", "page=0", "page=01", "page=1&page=2", "period=year"])
def test_an_unexpected_value_is_not_stored(query):
    assert canonical_query(query) is None


def test_three_hundred_made_up_queries_store_one_page(article, reader):
    for number in range(300):
        response = reader.get(f"{article.url}?fbclid={number}&x={number}")
        assert response.status_code == 200

    assert len(stored_keys("pagecache:page:")) == 1


def test_a_made_up_parameter_is_answered_from_the_page_without_it(article, reader):
    first = reader.get(article.url)

    again = reader.get(article.url + "?utm_campaign=newsletter")

    assert first["X-Habar-Cache"] == "miss"
    assert again["X-Habar-Cache"] == "hit"
    assert again.content == first.content


def test_an_unexpected_value_is_rendered_but_not_stored(tree, article, reader):
    section = tree.section("politics").url

    first = reader.get(section + "?page=abc")
    second = reader.get(section + "?page=abc")

    assert first.status_code == second.status_code
    assert "X-Habar-Cache" not in first
    assert "X-Habar-Cache" not in second


def test_feeds_with_made_up_parameters_are_not_cached(tree, article, reader):
    reader.get("/en/feed/rss/")
    stored = len(stored_keys("cache_page"))

    for number in range(5):
        assert reader.get(f"/en/feed/rss/?x={number}").status_code == 200

    assert stored > 0
    assert len(stored_keys("cache_page")) == stored
