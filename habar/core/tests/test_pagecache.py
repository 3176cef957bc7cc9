"""The full-page cache: fast for anonymous readers, never stale after a publish."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from habar.core.pagecache import PageCacheMiddleware
from habar.core.pagecache.entries import raw_entry_key
from habar.news.tests.factories import ArticleIndexPageFactory, ArticlePageFactory, HomePageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

pytestmark = pytest.mark.both_engines


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section("politics"), title="First statement")


@pytest.fixture
def embassy(tree):
    home = HomePageFactory(
        title="Embassy", slug="embassy-en", locale=LocaleFactory(language_code="en")
    )
    news = ArticleIndexPageFactory(title="News", slug="embassy-news", parent=home)
    ArticlePageFactory(parent=news, title="Embassy reception")
    site = SiteFactory(hostname="berlin.localhost", root_page=home, is_default_site=False)
    SiteSettingsFactory(site=site, languages=["en"], default_language="en")
    return news


def test_a_second_request_is_served_from_the_cache_without_queries(article, reader):
    first = reader.get(article.url)

    with CaptureQueriesContext(connection) as queries:
        second = reader.get(article.url)

    assert first["X-Habar-Cache"] == "miss"
    assert second["X-Habar-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0


def test_cached_pages_carry_validators_and_answer_304(article, reader):
    first = reader.get(article.url)

    again = reader.get(article.url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert "public" in first["Cache-Control"]
    assert first["Last-Modified"]
    assert again.status_code == 304


def test_publishing_an_article_refreshes_latest_news_on_every_cached_page(tree, article, reader):
    pages = [article.url, tree.homes["en"].url, tree.section("politics").url]
    for url in pages:
        reader.get(url)

    ArticlePageFactory(parent=tree.section("economy"), title="Breaking statement")

    for url in pages:
        response = reader.get(url)
        assert response["X-Habar-Cache"] == "miss"
        assert "Breaking statement" in response.content.decode()


def test_unpublishing_refreshes_the_sites_pages(tree, article, reader):
    home = tree.homes["en"].url
    assert "First statement" in reader.get(home).content.decode()

    article.unpublish()

    assert "First statement" not in reader.get(home).content.decode()


def test_publishing_on_one_site_leaves_other_sites_caches_alone(tree, embassy, reader):
    reader.get("/en/", HTTP_HOST="berlin.localhost")

    ArticlePageFactory(parent=tree.section("politics"), title="Ministry only")

    assert reader.get("/en/", HTTP_HOST="berlin.localhost")["X-Habar-Cache"] == "hit"


def test_logged_in_editors_bypass_the_cache(article, reader, admin_client):
    reader.get(article.url)

    response = admin_client.get(article.url)

    assert "X-Habar-Cache" not in response


def test_pages_are_cached_per_query_string(tree, reader):
    for _n in range(25):
        ArticlePageFactory(parent=tree.section("politics"))
    section = tree.section("politics").url

    first = reader.get(section)
    second = reader.get(section + "?page=2")

    assert second["X-Habar-Cache"] == "miss"
    assert first.content != second.content


def test_not_found_pages_are_not_cached(tree, reader):
    reader.get("/en/no-such-page/")

    assert "X-Habar-Cache" not in reader.get("/en/no-such-page/")


def test_a_habar_storing_no_page_renders_at_once_while_another_render_runs(
    article, reader, settings, monkeypatch
):
    # HABAR_PAGE_CACHE_TIMEOUT=0 stores nothing: a reader finding another's render under way
    # has no stored page to wait for, so each request is rendered.
    settings.HABAR_PAGE_CACHE_TIMEOUT = 0
    environ = {"HTTP_HOST": "testserver", "PATH_INFO": article.url, "QUERY_STRING": ""}
    key = raw_entry_key(environ, False)
    cache.set(key + ":lock", 1)

    def wait_for_render(*args):
        pytest.fail("waited for a page that is never stored")

    monkeypatch.setattr(PageCacheMiddleware, "wait_for_render", wait_for_render)

    answers = [reader.get(article.url, HTTP_HOST="testserver") for _ in range(2)]

    assert [answer.status_code for answer in answers] == [200, 200]
    assert b"First statement" in answers[1].content
