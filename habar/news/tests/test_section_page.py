"""A section lists its articles newest first, twenty to a page, as ?page=N."""

import pytest

from habar.news.models import sections
from habar.news.tests.factories import ArticlePageFactory, ashgabat


@pytest.fixture
def section(tree, monkeypatch):
    """Three articles, two to a page: page 1 holds the newest two, page 2 the oldest."""
    monkeypatch.setattr(sections, "ARTICLES_PER_PAGE", 2)
    section = tree.section("politics")
    for day in (1, 2, 3):
        ArticlePageFactory(
            parent=section, title=f"Politics of {day} May", publication_date=ashgabat(2025, 5, day)
        )
    return section


def card_titles(page):
    return [h.get_text() for h in page.select("article.card :is(h2, h3)")]


def test_first_page_is_the_default(section, reader, html):
    assert card_titles(html(reader.get(section.url))) == ["Politics of 3 May", "Politics of 2 May"]


def test_page_one_is_the_first_page(section, reader, html):
    page = html(reader.get(section.url, {"page": "1"}))

    assert card_titles(page) == ["Politics of 3 May", "Politics of 2 May"]


def test_second_page(section, reader, html):
    assert card_titles(html(reader.get(section.url, {"page": "2"}))) == ["Politics of 1 May"]


def test_second_page_title_says_so(section, reader, html):
    assert (
        html(reader.get(section.url, {"page": "2"}))
        .title.get_text()
        .startswith("Politics · page 2 ·")
    )


def test_links_to_the_next_page(section, reader, html):
    assert html(reader.get(section.url)).select_one("a[rel=next]")["href"] == "?page=2"


def test_lists_only_its_own_live_articles(tree, section, reader, html):
    ArticlePageFactory(parent=tree.section("economy"), publication_date=ashgabat(2025, 6, 1))
    ArticlePageFactory(parent=section, live=False, publication_date=ashgabat(2025, 6, 1))

    assert card_titles(html(reader.get(section.url)))[0] == "Politics of 3 May"


def test_single_page_has_no_pagination(tree, reader, html):
    ArticlePageFactory(parent=tree.section("economy"))

    assert html(reader.get(tree.section("economy").url)).select_one("nav.pagination") is None


def test_empty_section_says_so(tree, reader, html):
    page = html(reader.get(tree.section("economy").url))

    assert "No news in this section yet." in page.select_one("section.listing").get_text()


@pytest.mark.parametrize(
    "number",
    ["0", "-1", "abc", "999", "1.5", "", " 1", "+1", "1e1", "0x1", "²", "١", "9" * 5000],
)
def test_anything_but_an_existing_page_is_not_found(section, reader, number):
    response = reader.get(section.url, {"page": number})

    assert response.status_code == 404
    assert b"Page not found" in response.content
