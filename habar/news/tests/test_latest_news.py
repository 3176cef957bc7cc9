"""The "Last news" list: the 10 latest live articles of this site and language."""

import pytest

from habar.news.tests.factories import ArticlePageFactory, ashgabat


@pytest.fixture
def articles(tree):
    """Twelve live English articles, one a day from 1 July 2025, across both sections."""
    return [
        ArticlePageFactory(
            parent=tree.section("politics" if day % 2 else "economy"),
            title=f"English news of {day:02d} July",
            publication_date=ashgabat(2025, 7, day),
        )
        for day in range(1, 13)
    ]


@pytest.fixture
def page(articles, reader, html):
    return html(reader.get(articles[0].url)).select_one("aside.latest-news")


def latest_titles(aside):
    return [li.a.get_text() for li in aside.select("li")]


def test_heading(page):
    assert page.h2.get_text() == "Last news"


def test_lists_ten_newest_first(page):
    assert latest_titles(page) == [f"English news of {day:02d} July" for day in range(12, 2, -1)]


def test_dates_read_dd_mm(page):
    assert [li.time.get_text() for li in page.select("li")] == [
        f"{day:02d}.07" for day in range(12, 2, -1)
    ]


def test_items_link_to_their_articles(articles, page):
    assert page.select("li a")[0]["href"] == articles[-1].url


def test_excludes_drafts(tree, articles, reader, html):
    ArticlePageFactory(
        parent=tree.section(), title="Draft", live=False, publication_date=ashgabat(2025, 8, 1)
    )

    aside = html(reader.get(articles[0].url)).select_one("aside.latest-news")

    assert "Draft" not in latest_titles(aside)
    assert len(latest_titles(aside)) == 10


def test_excludes_unpublished_articles(tree, articles, reader, html):
    withdrawn = ArticlePageFactory(
        parent=tree.section(), title="Withdrawn", publication_date=ashgabat(2025, 8, 1)
    )
    withdrawn.unpublish()

    aside = html(reader.get(articles[0].url)).select_one("aside.latest-news")

    assert "Withdrawn" not in latest_titles(aside)


def test_excludes_articles_of_another_language(tree, articles, reader, html):
    ArticlePageFactory(
        parent=tree.section(language="ru"),
        title="Новость на русском",
        publication_date=ashgabat(2025, 8, 1),
    )

    aside = html(reader.get(articles[0].url)).select_one("aside.latest-news")

    assert "Новость на русском" not in latest_titles(aside)
    assert latest_titles(aside)[0] == "English news of 12 July"


def test_other_language_lists_its_own_articles(tree, articles, reader, html):
    russian = ArticlePageFactory(
        parent=tree.section(language="ru"),
        title="Новость на русском",
        publication_date=ashgabat(2025, 6, 1),
    )

    aside = html(reader.get(russian.url)).select_one("aside.latest-news")

    assert latest_titles(aside) == ["Новость на русском"]


def test_shown_on_the_home_page(tree, articles, reader, html):
    aside = html(reader.get(tree.homes["en"].url)).select_one("aside.latest-news")

    assert latest_titles(aside)[0] == "English news of 12 July"


def test_shown_on_the_section_page(tree, articles, reader, html):
    aside = html(reader.get(tree.section("politics").url)).select_one("aside.latest-news")

    assert latest_titles(aside)[0] == "English news of 12 July"
