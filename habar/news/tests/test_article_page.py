"""What a reader sees on an article: the seed page, line by line."""

import datetime

import pytest
from wagtail.rich_text import RichText

from habar.news.tests.factories import ArticlePageFactory, ashgabat
from habar.stats.tests.factories import PageViewTotalFactory


@pytest.fixture
def article(tree):
    return ArticlePageFactory(
        parent=tree.section("politics"),
        title="Videoconference with the Head of UNOCT",
        publication_date=ashgabat(2020, 11, 2, 11),
        body=[("paragraph", RichText("<p>The parties discussed <b>security</b>.</p>"))],
    )


def test_breadcrumbs_read_home_section_title(article, reader, html):
    crumbs = html(reader.get(article.url)).select_one("nav.breadcrumbs")

    assert " ".join(crumbs.get_text().split()) == (
        "Home \\ Politics \\ Videoconference with the Head of UNOCT"
    )


def test_every_breadcrumb_but_the_last_is_a_link(article, tree, reader, html):
    items = html(reader.get(article.url)).select("nav.breadcrumbs li")

    assert [li.a["href"] if li.a else None for li in items] == [
        tree.homes["en"].url,
        tree.section("politics").url,
        None,
    ]
    assert items[-1].select_one("[aria-current=page]").get_text() == article.title


def test_section_link(article, tree, reader, html):
    link = html(reader.get(article.url)).select_one(".section-link a")

    assert link.get_text() == "Politics"
    assert link["href"] == tree.section("politics").url


def test_exactly_one_h1_the_title(article, reader, html):
    headings = html(reader.get(article.url)).find_all("h1")

    assert [h.get_text() for h in headings] == [article.title]


def test_publication_date_reads_dd_mm_yyyy(article, reader, html):
    published = html(reader.get(article.url)).select_one(".published")

    assert " ".join(published.get_text().split()) == "Published 02.11.2020"


def test_publication_date_is_the_day_in_ashgabat(tree, reader, html):
    # 22:30 UTC on 1 November is already 2 November in Ashgabat (UTC+5).
    late = datetime.datetime(2020, 11, 1, 22, 30, tzinfo=datetime.UTC)
    article = ArticlePageFactory(parent=tree.section(), publication_date=late)

    assert html(reader.get(article.url)).select_one(".published time").get_text() == "02.11.2020"


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_publication_date_reads_dd_mm_yyyy_in_every_language(tree, reader, html, language):
    article = ArticlePageFactory(
        parent=tree.section(language=language), publication_date=ashgabat(2020, 11, 2)
    )

    assert html(reader.get(article.url)).select_one(".published time").get_text() == "02.11.2020"


def test_shows_the_view_count(article, reader, html):
    PageViewTotalFactory(page=article, views=1114)

    views = html(reader.get(article.url)).select_one(f"[data-views='{article.pk}']")

    assert views.get_text() == "1114"


def test_view_count_of_an_unread_article_is_zero(article, reader, html):
    assert html(reader.get(article.url)).select_one("[data-views]").get_text() == "0"


def test_renders_the_body(article, reader, html):
    body = html(reader.get(article.url)).select_one(".body")

    assert body.p.decode_contents() == "The parties discussed <b>security</b>."


def test_carries_the_view_beacon(article, reader, html):
    script = html(reader.get(article.url)).select_one("script[data-beacon]")

    assert script["data-beacon"] == f"/views/{article.pk}/"


def test_carries_the_noscript_pixel(article, reader, html):
    noscript = html(reader.get(article.url)).find("noscript")

    assert f"/views/{article.pk}/pixel.gif" in str(noscript)


def test_back_to_top_link_has_a_target(article, reader, html):
    page = html(reader.get(article.url))

    assert page.select_one("a.back-to-top")["href"] == "#top"
    assert page.find(id="top") is not None


def test_draft_article_is_not_found(tree, reader):
    draft = ArticlePageFactory(parent=tree.section(), live=False)

    assert reader.get(draft.get_url()).status_code == 404
