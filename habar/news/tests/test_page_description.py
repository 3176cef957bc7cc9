"""Every public page tells search engines and link previews what it is, in one sentence."""

import pytest

from habar.news.tests.factories import ArticlePageFactory

SITE_DESCRIPTION = "News of the Ministry of Foreign Affairs of Turkmenistan."


@pytest.fixture
def described_site(tree):
    tree.settings.description = SITE_DESCRIPTION
    tree.settings.save()
    return tree


def descriptions(response, html):
    return [meta["content"] for meta in html(response).select('meta[name="description"]')]


def test_an_article_is_described_by_its_summary(described_site, reader, html):
    article = ArticlePageFactory(parent=described_site.section(), summary="Talks on trade.")

    assert descriptions(reader.get(article.url), html) == ["Talks on trade."]


def test_an_articles_search_description_comes_before_its_summary(described_site, reader, html):
    article = ArticlePageFactory(
        parent=described_site.section(), summary="Talks on trade.", search_description="Trade."
    )

    assert descriptions(reader.get(article.url), html) == ["Trade."]


def test_an_article_without_either_is_described_by_the_site(described_site, reader, html):
    article = ArticlePageFactory(parent=described_site.section(), summary="")

    assert descriptions(reader.get(article.url), html) == [SITE_DESCRIPTION]


def test_a_section_is_described_by_its_search_description(described_site, reader, html):
    section = described_site.section()
    section.search_description = "Foreign policy news."
    section.save_revision().publish()

    assert descriptions(reader.get(section.url), html) == ["Foreign policy news."]


def test_a_section_without_one_is_described_by_the_site(described_site, reader, html):
    assert descriptions(reader.get(described_site.section().url), html) == [SITE_DESCRIPTION]


def test_a_home_page_is_described_by_its_search_description(described_site, reader, html):
    home = described_site.homes["en"]
    home.search_description = "The ministry's news in English."
    home.save_revision().publish()

    assert descriptions(reader.get(home.url), html) == ["The ministry's news in English."]


def test_a_home_page_without_one_is_described_by_the_site(described_site, reader, html):
    assert descriptions(reader.get(described_site.homes["en"].url), html) == [SITE_DESCRIPTION]


@pytest.mark.parametrize(
    "path", ["/en/news/", "/en/news/{year}/", "/en/most-read/", "/en/politics/most-read/"]
)
def test_the_archive_and_most_read_lists_are_described_by_the_site(
    described_site, reader, html, path
):
    article = ArticlePageFactory(parent=described_site.section(), summary="Talks on trade.")
    year = article.publication_date.year  # the factory's dates run on through the suite

    assert descriptions(reader.get(path.format(year=year)), html) == [SITE_DESCRIPTION]


def test_the_search_page_is_described_by_the_site(described_site, reader, html):
    assert descriptions(reader.get("/en/search/?q=trade"), html) == [SITE_DESCRIPTION]


def test_an_articles_text_view_is_described_like_the_article(described_site, reader, html):
    article = ArticlePageFactory(parent=described_site.section(), summary="Talks on trade.")

    assert descriptions(reader.get(article.url + "text/"), html) == ["Talks on trade."]


def test_a_long_summary_is_shortened_for_the_description(described_site, reader, html):
    article = ArticlePageFactory(parent=described_site.section(), summary="Talks. " * 100)

    (description,) = descriptions(reader.get(article.url), html)
    assert len(description) <= 300
    assert description.endswith("…")
