"""Only the newest matches are ranked and counted, and the reader is told when there were more;
the number of queries of a search page does not grow with the archive."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from habar.consular.tests.factories import ServiceIndexPageFactory, ServicePageFactory
from habar.news.tests.factories import ashgabat
from habar.search import views
from habar.search.models import SearchDocument

from .conftest import titles

pytestmark = pytest.mark.both_engines

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="by design: SearchDocument is filled on PostgreSQL only",
)


@pytest.fixture
def two_at_most(monkeypatch):
    monkeypatch.setattr(views, "MAX_RESULTS", 2)


def test_only_the_newest_matches_are_ranked(two_at_most, article, search):
    article("Neutrality", summary="Neutrality.", publication_date=ashgabat(2025, 1, 1))
    article("Day one", summary="On neutrality.", publication_date=ashgabat(2025, 1, 2))
    article("Day two", summary="On neutrality.", publication_date=ashgabat(2025, 1, 3))

    assert titles(search("neutrality")) == ["Day two", "Day one"]


def test_says_when_more_articles_matched(two_at_most, article, search):
    for day in (1, 2, 3):
        article(f"Neutrality {day}")

    count = search("neutrality").select_one(".result-count").get_text()

    assert count == (
        "More than 2 results for “neutrality”. The newest 2 are shown, most relevant first."
    )


def test_exactly_the_limit_is_not_more(two_at_most, article, search):
    article("Neutrality 1")
    article("Neutrality 2")

    count = search("neutrality").select_one(".result-count").get_text()

    assert count == "2 results for “neutrality”"


def test_newest_among_dates_filtered(two_at_most, article, search):
    for day in (1, 2, 3, 4):
        article(f"Neutrality {day}", publication_date=ashgabat(2025, 5, day))

    page = search("neutrality", to="02.05.2025")

    assert titles(page) == ["Neutrality 2", "Neutrality 1"]


def search_queries(reader, **params):
    """The SQL queries of a search page, once the caches it reads are warm."""
    reader.get("/en/search/", {"q": "neutrality", **params})
    with CaptureQueriesContext(connection) as queries:
        response = reader.get("/en/search/", {"q": "neutrality", **params})
    assert response.status_code == 200
    return len(queries)


# The matches (ranked; on SQLite a second query ranks them) and the articles of the page:
# the form's sections, the articles' texts and the site's listed pages are kept in the parts
# cache.
SEARCH_QUERIES = 2 if connection.vendor == "postgresql" else 3


def test_queries_of_a_search_page(article, reader):
    article("Neutrality day")

    assert search_queries(reader) == SEARCH_QUERIES


def test_queries_do_not_grow_with_the_results(monkeypatch, article, reader):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 5)
    for day in range(1, 13):
        article(f"Neutrality {day}", summary="Neutrality and peace.")

    assert search_queries(reader) == SEARCH_QUERIES
    assert search_queries(reader, page="3") == SEARCH_QUERIES
    assert search_queries(reader, section="politics", to="31.12.2099") == SEARCH_QUERIES


def test_a_listed_type_the_site_has_pages_of_costs_one_query_more(tree, article, reader):
    article("Neutrality day")
    ServicePageFactory(parent=ServiceIndexPageFactory(parent=tree.homes["en"]))

    # On the first page of a search of the whole site: those are shown above the news.
    assert search_queries(reader) == SEARCH_QUERIES + 1
    assert search_queries(reader, page="1", section="politics") == SEARCH_QUERIES


def test_nothing_found_costs_the_search(tree, reader):
    # The (no) matching articles; the site has no listed pages to search.
    assert search_queries(reader) == 1


@postgresql_only
def test_an_article_gets_a_search_document(article):
    news = article("Neutrality day", publication_date=ashgabat(2025, 5, 1))

    document = SearchDocument.objects.get(article=news)

    assert document.publication_date == ashgabat(2025, 5, 1)


@postgresql_only
def test_a_new_publication_date_reaches_the_search_document(article):
    news = article("Neutrality day", publication_date=ashgabat(2025, 5, 1))
    news.publication_date = ashgabat(2025, 6, 1)
    news.save_revision().publish()

    assert SearchDocument.objects.get(article=news).publication_date == ashgabat(2025, 6, 1)


@postgresql_only
def test_new_words_reach_the_search_document(article, search):
    news = article("Neutrality day", summary="A holiday.", body=[])
    news.title = "Independence day"
    news.save_revision().publish()

    assert titles(search("independence")) == ["Independence day"]
    assert titles(search("neutrality")) == []


def test_a_deleted_article_leaves_no_search_document(article):
    news = article("Neutrality day")
    news.delete()

    assert not SearchDocument.objects.exists()


def test_an_unpublished_article_is_not_found_at_once(article, search):
    news = article("Neutrality day")
    news.unpublish()

    assert titles(search("neutrality")) == []


def test_an_article_moved_with_its_section_is_found_there(tree, article, search, embassy):
    article("Neutrality and trade", section="economy")

    tree.section("economy", "en").move(embassy.get_parent(), pos="last-child")

    assert titles(search("neutrality")) == []
    assert titles(search("neutrality", host="berlin.localhost")) == ["Neutrality and trade"]


def test_a_private_section_is_not_searched(tree, article, search):
    article("Neutrality and trade", section="economy")
    PageViewRestriction.objects.create(
        page=tree.section("economy", "en"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )

    assert titles(search("neutrality")) == []
