"""The reading path's cost: queries per uncached page, and the WSGI front for cached ones."""

import io
import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from habar.conftest import BROWSER_USER_AGENT
from habar.core.pagecache import CachedPageFront, invalidate_site
from habar.core.pagecache import front as front_module
from habar.core.pagecache.entries import raw_entry_key
from habar.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.both_engines

# The shown view count: what an article costs once the site's chrome, the page as routed,
# its surroundings and its rendered parts are cached for the current generation.
ARTICLE_QUERIES = 1


def render_queries(client, url, settings):
    settings.HABAR_PAGE_CACHE = False
    client.get(url)  # builds the generation's chrome and surroundings
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_an_uncached_article_costs_a_fixed_few_queries(tree, reader, settings):
    section = tree.section("politics")
    articles = [ArticlePageFactory(parent=section) for _ in range(3)]
    few = render_queries(reader, articles[1].url, settings)
    articles += [ArticlePageFactory(parent=section) for _ in range(30)]
    articles[1].tags.add("Diplomacy")
    articles[1].save_revision().publish()

    many = render_queries(reader, articles[1].url, settings)

    assert few == many == ARTICLE_QUERIES


@pytest.mark.parametrize(
    ("path", "limit"),
    [("", 0), ("politics/", 0), ("politics/?page=2", 0), ("news/", 0), ("news/{year}/", 1)],
)
def test_listing_pages_cost_a_fixed_few_queries(tree, reader, settings, path, limit):
    articles = [ArticlePageFactory(parent=tree.section("politics")) for _ in range(45)]
    year = articles[0].publication_date.year  # the factory's dates run on through the suite

    assert render_queries(reader, tree.homes["en"].url + path.format(year=year), settings) <= limit


def test_the_sites_icon_and_description_cost_no_query(tree, reader, settings):
    tree.settings.favicon = get_image_model().objects.create(
        title="Emblem", file=get_test_image_file()
    )
    tree.settings.description = "News of the ministry."
    tree.settings.save()
    article = ArticlePageFactory(parent=tree.section("politics"), summary="")

    assert render_queries(reader, article.url, settings) == ARTICLE_QUERIES
    assert render_queries(reader, tree.homes["en"].url, settings) == 0


def test_a_private_section_stays_private_on_the_fast_path(tree, reader, settings):
    article = ArticlePageFactory(parent=tree.section("economy"), title="Internal note")
    render_queries(reader, article.url, settings)  # the fast path has seen it public
    PageViewRestriction.objects.create(
        page=tree.section("economy"), restriction_type=PageViewRestriction.LOGIN
    )

    response = reader.get(article.url)

    assert response.status_code == 302
    assert "Internal note" not in reader.get(tree.homes["en"].url).content.decode()


def test_a_draft_is_not_found_on_the_fast_path(tree, reader, settings):
    article = ArticlePageFactory(parent=tree.section("politics"), live=False)

    settings.HABAR_PAGE_CACHE = False
    assert reader.get(f"/en/politics/{article.slug}/").status_code == 404


class Inner:
    """Django's WSGI application, counting the requests that reached it."""

    def __init__(self):
        self.django = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        # As Django's test client does: closing "old" connections at the request's start and
        # end would close the test's own transaction on PostgreSQL.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = self.django(environ, start_response)
            body = b"".join(response)
            response.close()
            return [body]
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


def call(front, path, **headers):
    environ = {
        "REQUEST_METHOD": headers.pop("method", "GET"),
        "PATH_INFO": path,
        "QUERY_STRING": headers.pop("query", ""),
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "HTTP_USER_AGENT": BROWSER_USER_AGENT,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = dict(response_headers)

    answer["body"] = b"".join(front(environ, start_response))
    return answer


@pytest.fixture
def front(db):
    return CachedPageFront(Inner())


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section("politics"), title="Summit statement")


def test_the_front_answers_a_cached_page_without_entering_django(front, article):
    first = call(front, article.url)
    with CaptureQueriesContext(connection) as queries:
        second = call(front, article.url)

    assert front.application.calls == 1
    assert len(queries) == 0
    assert second["status"] == 200
    assert second["body"] == first["body"]
    assert second["headers"]["X-Habar-Cache"] == "hit"
    # The headers Django's middleware gave the page come with it.
    for name in ("Content-Security-Policy", "X-Frame-Options", "Content-Type", "ETag"):
        assert second["headers"][name] == first["headers"][name]
    assert second["headers"]["X-Request-ID"] != first["headers"]["X-Request-ID"]


def test_the_front_answers_304_and_head(front, article):
    first = call(front, article.url)

    again = call(front, article.url, if_none_match=first["headers"]["ETag"])
    weak = call(front, article.url, if_none_match=f'"other", W/{first["headers"]["ETag"]}')
    star = call(front, article.url, if_none_match="*")
    other = call(front, article.url, if_none_match='"other"')
    head = call(front, article.url, method="HEAD")

    assert again["status"] == 304 and again["body"] == b""
    assert weak["status"] == 304 and star["status"] == 304
    assert other["status"] == 200 and other["body"] == first["body"]
    assert head["status"] == 200 and head["body"] == b""
    assert front.application.calls == 1


def test_the_front_lets_django_answer_editors_stale_pages_and_other_paths(front, article):
    call(front, article.url)
    call(front, article.url, cookie="sessionid=abc")
    call(front, "/healthz")
    call(front, article.url, method="POST")
    assert front.application.calls == 4

    ArticlePageFactory(parent=article.get_parent(), title="Breaking statement")
    fresh = call(front, article.url)

    assert front.application.calls == 5
    assert "Breaking statement" in fresh["body"].decode()
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "hit"
    assert front.application.calls == 5


def test_the_front_keys_on_the_host_and_query(front, article):
    call(front, article.url)
    call(front, article.url, query="page=2")
    other_host = call(front, article.url, host="evil.example")

    assert front.application.calls == 3
    assert other_host["headers"].get("X-Habar-Cache") != "hit"


def test_the_front_gives_the_stale_copy_while_another_reader_renders(front, article):
    first = call(front, article.url)
    call(front, article.url)  # a hit: the front knows the host's site
    invalidate_site(front.site_ids["testserver"])
    lock = raw_entry_key(
        {"HTTP_HOST": "testserver", "PATH_INFO": article.url, "QUERY_STRING": ""}, False
    )
    cache.set(lock + ":lock", 1)  # a reader's request is rendering the page again

    stale = call(front, article.url)

    assert stale["headers"]["X-Habar-Cache"] == "stale"
    assert stale["body"] == first["body"]
    assert front.application.calls == 1

    cache.delete(lock + ":lock")  # nobody renders it: the next reader's request does
    front.rendering.clear()  # (what this process remembers of the render: the next test)
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "miss"
    assert front.application.calls == 2


def test_readers_given_the_stale_copy_do_not_each_ask_whether_the_render_goes_on(
    front, article, monkeypatch
):
    if front.memory is None:
        pytest.skip("by design: a process keeps pages in its memory only in front of Redis")
    call(front, article.url)
    call(front, article.url)
    invalidate_site(front.site_ids["testserver"])
    environ = {"HTTP_HOST": "testserver", "PATH_INFO": article.url, "QUERY_STRING": ""}
    lock = raw_entry_key(environ, False) + ":lock"
    cache.set(lock, 1)
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "stale"

    cache.delete(lock)  # the render ended: within the recheck interval this is not asked
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "stale"
    assert front.application.calls == 1

    later = time.monotonic() + front_module.RENDERING_RECHECK_SECONDS
    monkeypatch.setattr(front_module.time, "monotonic", lambda: later)
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "miss"
    assert front.application.calls == 2


def test_a_miss_asks_the_cache_for_the_page_once(front, article):
    key = raw_entry_key(
        {"HTTP_HOST": "testserver", "PATH_INFO": article.url, "QUERY_STRING": ""}, False
    )
    asked = []
    get, get_many = cache.get, cache.get_many

    def counted_get(name, *args, **kwargs):
        asked.append(name)
        return get(name, *args, **kwargs)

    def counted_get_many(names, *args, **kwargs):
        asked.extend(names)
        return get_many(names, *args, **kwargs)

    with (
        mock.patch.object(cache, "get", counted_get),
        mock.patch.object(cache, "get_many", counted_get_many),
    ):
        first = call(front, article.url)  # the front does not know the host's site yet
        first_asked = asked.count(key)
        cache.delete(key)
        second = call(front, article.url)  # now it does: the entry and generation at once

    assert first["headers"]["X-Habar-Cache"] == second["headers"]["X-Habar-Cache"] == "miss"
    assert front.application.calls == 2
    assert first_asked == 1
    assert asked.count(key) == 2
    assert call(front, article.url)["headers"]["X-Habar-Cache"] == "hit"
