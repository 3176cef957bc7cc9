"""Each answer costs a small, fixed number of queries, whatever the archive's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from habar.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.both_engines

# The site, its settings, the language's home, its sections (view restrictions come from
# the cache); then the count, the page of articles, their tags, lead images, renditions
# and views.
LIST_QUERIES = 9
# The same first three; the article, its section, views, tags, the body's images (one query
# per kind of chooser in the body) and translations. Renditions come from the cache.
DETAIL_QUERIES = 8


@pytest.fixture
def many(news, image):
    """Thirty more articles, each tagged and illustrated, half of them with views."""
    for number in range(30):
        article = ArticlePageFactory(
            parent=news.tree.section("economy"),
            title=f"Trade report {number}",
            lead_image=image,
            body=[("paragraph", RichText(f"<p>Report {number}.</p>"))],
        )
        article.tags.add("trade", f"report-{number}")
    return news


def warm(api, path):
    # Renditions are made on first use, and the site's root paths cached: measure after.
    assert api(path).status_code == 200


@pytest.mark.parametrize("query", ["", "?page_size=100", "?section=economy&tag=trade", "?q=report"])
def test_article_list(many, api, django_assert_max_num_queries, query):
    warm(api, f"en/articles/{query}")
    with django_assert_max_num_queries(LIST_QUERIES):
        assert api(f"en/articles/{query}").status_code == 200


def test_article_detail(many, api, django_assert_max_num_queries):
    article = many.articles["neutrality"]
    warm(api, f"en/articles/{article.pk}/")
    with django_assert_max_num_queries(DETAIL_QUERIES):
        assert api(f"en/articles/{article.pk}/").status_code == 200


def test_sections(many, api, django_assert_max_num_queries):
    warm(api, "en/sections/")
    with django_assert_max_num_queries(3):
        assert api("en/sections/").status_code == 200


def test_sites(many, api, django_assert_max_num_queries):
    warm(api, "sites/")
    with django_assert_max_num_queries(5):
        assert api("sites/").status_code == 200


def test_not_modified_costs_the_same(many, api, django_assert_max_num_queries):
    etag = api("en/articles/")["ETag"]
    with django_assert_max_num_queries(LIST_QUERIES):
        assert api("en/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_view_restrictions_come_from_the_cache(news, api):
    warm(api, "en/articles/")
    with CaptureQueriesContext(connection) as queries:
        assert api("en/articles/").status_code == 200
    assert not [q["sql"] for q in queries if "pageviewrestriction" in q["sql"].lower()]
