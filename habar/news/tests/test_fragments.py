"""Parts of pages cached on their own ({% fragment %}): a page rendered again takes its
chrome, lists and article text from the cache, until a change readers see renews them."""

import pytest
from django.core.cache import cache
from wagtail.rich_text import RichText

from habar.news.tests.factories import ArticlePageFactory


@pytest.fixture
def rendered(settings):
    """Every request rendered (the page cache off), as on a miss: only the parts are cached."""
    settings.HABAR_PAGE_CACHE = False


def text_of(response):
    return response.content.decode()


def test_a_new_article_shows_in_an_old_articles_latest_news_at_once(tree, reader, html, rendered):
    old = ArticlePageFactory(parent=tree.section("politics"), title="Old statement")
    reader.get(old.url)

    ArticlePageFactory(parent=tree.section("economy"), title="Fresh statement")

    aside = html(reader.get(old.url)).select_one("aside.latest-news")
    assert "Fresh statement" in aside.get_text()


def test_an_edited_article_shows_its_new_text_at_once(tree, reader, rendered):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Talks")
    assert "Text of Talks." in text_of(reader.get(article.url))

    article.body = [("paragraph", RichText("<p>Talks were postponed.</p>"))]
    article.save_revision().publish()

    page = text_of(reader.get(article.url))
    assert "Talks were postponed." in page
    assert "Text of Talks." not in page


def test_a_new_article_shows_in_its_section_and_the_count_of_pages(tree, reader, html, rendered):
    section = tree.section("politics")
    for number in range(20):
        ArticlePageFactory(parent=section, title=f"Article {number}")
    assert html(reader.get(section.url)).select_one("nav.pagination") is None

    ArticlePageFactory(parent=section, title="The twenty-first")

    listing = html(reader.get(section.url))
    assert "The twenty-first" in listing.select_one("section.listing").get_text()
    assert listing.select_one("nav.pagination") is not None


def test_an_unpublished_article_leaves_the_home_page_at_once(tree, reader, rendered):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Withdrawn soon")
    assert "Withdrawn soon" in text_of(reader.get(tree.homes["en"].url))

    article.unpublish()

    assert "Withdrawn soon" not in text_of(reader.get(tree.homes["en"].url))


def test_a_preview_shows_the_draft_not_the_cached_text(tree, reader, rendered):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Visit")
    reader.get(article.url)

    article.body = [("paragraph", RichText("<p>Draft wording of the visit.</p>"))]
    response = article.make_preview_request()

    assert "Draft wording of the visit." in text_of(response)


def test_a_made_up_page_number_leaves_no_part_in_the_cache(tree, reader, rendered):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Numbers")
    reader.get(article.url)
    keys = set(cache._cache)  # the local-memory cache of the tests

    assert reader.get(article.url + "?page=abc").status_code == 200

    assert {key for key in set(cache._cache) - keys if "template.cache" in key} == set()
