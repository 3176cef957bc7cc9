"""Statements: the ministry's official statements ("Information for the media"), a kind of
article with its own list and feeds, labelled on the page, in lists, search and the API."""

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from habar.news.models import ArticleIndexPage, ArticlePage
from habar.news.syndication import syndicate
from habar.news.tests.factories import ArticlePageFactory, ashgabat

from .test_syndication import embassy


@pytest.fixture
def statement(tree):
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Statement on the Caspian summit",
        kind=ArticlePage.Kind.STATEMENT,
        publication_date=ashgabat(2024, 5, 2),
    )


@pytest.fixture
def news(tree):
    return ArticlePageFactory(
        parent=tree.section("economy"),
        title="Gas pipeline talks",
        publication_date=ashgabat(2024, 5, 3),
    )


def test_the_statements_list_has_statements_only(statement, news, reader, html):
    page = html(reader.get("/en/statements/"))

    assert page.select_one("h1").get_text() == "Statements"
    assert [a.get_text() for a in page.select(".card h2 a")] == [statement.title]


def test_a_statement_is_labelled_on_its_page(statement, reader, html):
    page = html(reader.get(statement.url))

    assert page.select_one(".article .kind-label").get_text() == "Statement"


def test_news_carries_no_statement_label(news, reader, html):
    assert html(reader.get(news.url)).select_one(".kind-label") is None


def test_a_statement_is_labelled_in_the_lists(statement, news, reader, html):
    cards = html(reader.get("/en/news/")).select(".card")

    labelled = [card.select_one("h2").get_text() for card in cards if card.select(".kind-label")]
    assert labelled == [statement.title]


def test_a_statement_is_labelled_in_search_results(statement, news, reader, html):
    page = html(reader.get("/en/search/", {"q": "Caspian"}))

    result = page.select_one(".search-result")
    assert statement.title in result.get_text()
    assert result.select_one(".kind-label").get_text() == "Statement"


def test_the_statement_label_is_translated(tree, reader, html):
    ArticlePageFactory(
        parent=tree.section("politics", "ru"), title="Заявление МИД", kind="statement"
    )

    page = html(reader.get("/ru/statements/"))

    assert page.select_one(".kind-label").get_text() == "Заявление"
    assert page.select_one("h1").get_text() == "Заявления"


@pytest.mark.parametrize("path", ["/en/statements/feed/rss/", "/en/statements/feed/atom/"])
def test_the_statement_feeds_carry_statements_only(statement, news, reader, path):
    response = reader.get(path)

    parsed = feedparser.parse(response.content)
    assert response.status_code == 200
    assert [entry.title for entry in parsed.entries] == [statement.title]
    assert parsed.feed.link == "http://testserver/en/statements/"


def test_the_statements_list_links_its_feeds(statement, reader, html):
    page = html(reader.get("/en/statements/"))

    feeds = [link["href"] for link in page.select("link[rel=alternate][type$='xml']")]
    assert "/en/statements/feed/rss/" in feeds
    assert "/en/statements/feed/atom/" in feeds


def test_the_footer_links_the_statements_once_there_are_some(tree, news, reader, html):
    assert html(reader.get("/en/")).select("footer a[href='/en/statements/']") == []

    ArticlePageFactory(parent=tree.section("politics"), title="A statement", kind="statement")

    assert html(reader.get("/en/")).select("footer a[href='/en/statements/']")


def test_no_section_may_take_the_statements_address(tree):
    section = ArticleIndexPage(title="Statements", slug="statements")

    with pytest.raises(ValidationError):
        tree.homes["en"].add_child(instance=section)


def test_a_copy_of_a_statement_on_an_embassy_site_is_a_statement(statement):
    copy = syndicate(statement, embassy("berlin"))

    assert copy.kind == ArticlePage.Kind.STATEMENT


def test_the_api_tells_statements_from_news_and_filters_by_kind(statement, news):
    api = Client(headers={"Accept-Language": "en"})

    everything = api.get("/api/v1/en/articles/").json()["items"]
    statements = api.get("/api/v1/en/articles/?kind=statement").json()["items"]

    assert {item["title"]: item["kind"] for item in everything} == {
        statement.title: "statement",
        news.title: "news",
    }
    assert [item["title"] for item in statements] == [statement.title]


def test_the_api_refuses_an_unknown_kind(statement):
    response = Client().get("/api/v1/en/articles/?kind=opinion")

    assert response.status_code == 400
