"""A news item's publish renders again only the news around other pages; every other
change (a section, a move, an image, a save outside a publish) renders everything again.

The pages are rendered on every request (the page cache off, as on a miss): what is
measured is what the parts of pages (habar.news.chrome) give back after each change.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from habar.core.signals import pages_changed
from habar.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.both_engines

# An article rendered again after another article's publish: the route, the latest news and
# whether there are statements, its translations, its view count and its related articles
# (the editor's links, its tags, the articles sharing them). Its heading, text, metadata,
# breadcrumbs, the site's sections, homes, notices and footer come from the parts cached per
# structure (rendered again, as after a section's publish, they take 20 queries more).
AFTER_NEWS_QUERIES = 8


@pytest.fixture
def rendered(settings):
    settings.HABAR_PAGE_CACHE = False


@pytest.fixture
def sent(db):
    """Every pages_changed sent, as (site ids, news_only)."""
    heard = []

    def listen(sender, site_ids, news_only=False, **kwargs):
        heard.append((set(site_ids), news_only))

    pages_changed.connect(listen)
    yield heard
    pages_changed.disconnect(listen)


def published(page):
    page.save_revision().publish()
    return page


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_publishing_an_article_where_it_stands_changes_only_the_news(tree, sent):
    article = published(ArticlePageFactory(parent=tree.section("politics")))
    sent.clear()

    article.title = "Talks resumed"
    published(article)

    assert sent == [({tree.site.pk}, True)]


def test_an_articles_first_publish_changes_only_the_news(tree, sent):
    draft = ArticlePageFactory(parent=tree.section("politics"), live=False)
    sent.clear()

    published(draft)

    assert sent == [({tree.site.pk}, True)]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda tree, article: published(tree.section("politics")), id="section"),
        pytest.param(lambda tree, article: article.save(), id="saved-without-publish"),
        pytest.param(lambda tree, article: article.unpublish(), id="unpublished"),
        pytest.param(
            lambda tree, article: article.move(tree.section("economy"), pos="last-child"),
            id="moved",
        ),
    ],
)
def test_every_other_change_changes_the_structure(tree, sent, change):
    article = published(ArticlePageFactory(parent=tree.section("politics")))
    sent.clear()

    change(tree, article)

    assert sent and not any(news_only for _, news_only in sent)


def test_a_renamed_article_changes_the_structure(tree, sent):
    # Other articles' text links to it by its address.
    article = published(ArticlePageFactory(parent=tree.section("politics"), slug="talks"))
    sent.clear()

    article.slug = "talks-resumed"
    published(article)

    assert sent and not any(news_only for _, news_only in sent)


def test_after_a_news_publish_an_article_renders_only_the_news(tree, reader, html, rendered):
    section = tree.section("politics")
    article = published(ArticlePageFactory(parent=section, title="Reference"))
    other = published(ArticlePageFactory(parent=section, title="Sibling"))
    reader.get(article.url)

    other.title = "Sibling, corrected"
    published(other)

    assert queries_of(reader, article.url) == AFTER_NEWS_QUERIES
    page = html(reader.get(article.url))
    assert "Sibling, corrected" in page.select_one("aside.latest-news").get_text()
    assert page.select_one("h1").get_text(strip=True) == "Reference"


def test_after_a_section_is_renamed_its_articles_show_the_new_name(tree, reader, html, rendered):
    article = published(ArticlePageFactory(parent=tree.section("politics")))
    reader.get(article.url)
    section = tree.section("politics")

    section.title = "Foreign policy"
    published(section)

    assert queries_of(reader, article.url) > AFTER_NEWS_QUERIES + 10
    page = html(reader.get(article.url))
    assert "Foreign policy" in page.select_one("nav.breadcrumbs").get_text()
    assert "Foreign policy" in page.select_one("p.section-link").get_text()


def test_an_article_published_again_shows_its_new_title_everywhere(tree, reader, html, rendered):
    article = published(ArticlePageFactory(parent=tree.section("politics"), title="Talks"))
    reader.get(article.url)

    article.title = "Talks postponed"
    article.body = [("paragraph", RichText("<p>The talks were postponed.</p>"))]
    published(article)

    page = html(reader.get(article.url))
    assert page.select_one("h1").get_text(strip=True) == "Talks postponed"
    assert page.select_one("title").get_text().startswith("Talks postponed")
    assert page.select_one('meta[property="og:title"]')["content"] == "Talks postponed"
    assert "The talks were postponed." in page.select_one("div.body").get_text()


def test_a_new_translation_shows_in_the_original_at_once(tree, reader, html, rendered):
    article = published(ArticlePageFactory(parent=tree.section("politics"), title="Talks"))
    assert html(reader.get(article.url)).select('link[hreflang="ru"]') == []

    russian = article.copy_for_translation(tree.homes["ru"].locale, copy_parents=True)
    russian.title = "Переговоры"
    published(russian)

    page = html(reader.get(article.url))
    assert page.select_one('link[hreflang="ru"]')["href"].endswith(russian.url)
    switcher = [a["href"] for a in page.select("nav.languages a")]
    assert russian.url in switcher


def test_the_first_statement_adds_the_statements_link_to_the_footer(tree, reader, html, rendered):
    article = published(ArticlePageFactory(parent=tree.section("politics")))
    assert "/statements/" not in str(html(reader.get(article.url)).select_one("footer"))

    published(ArticlePageFactory(parent=tree.section("politics"), kind="statement", live=False))

    assert "/statements/" in str(html(reader.get(article.url)).select_one("footer"))


def test_an_edited_image_shows_on_the_articles_that_use_it(tree, reader, html, rendered):
    image = get_image_model().objects.create(title="Talks in Ashgabat", file=get_test_image_file())
    article = published(ArticlePageFactory(parent=tree.section("politics"), lead_image=image))
    assert (
        html(reader.get(article.url)).select_one('meta[property="og:image:alt"]')["content"]
        == "Talks in Ashgabat"
    )

    image.title = "Talks in Ashgabat, 3 December"
    image.save()

    meta = html(reader.get(article.url)).select_one('meta[property="og:image:alt"]')
    assert meta["content"] == "Talks in Ashgabat, 3 December"
