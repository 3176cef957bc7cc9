"""RSS and Atom feeds: a site's newest articles in one language, whole or by section."""

import datetime
import email.utils

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from habar.news.feeds import ENCLOSURE_FILTER, FEED_LENGTH
from habar.news.models import ArticleChange, ArticlePage
from habar.news.syndication import syndicate
from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    ashgabat,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory


def feed(client, path, **extra):
    response = client.get(path, **extra)
    if response.status_code != 200:
        pytest.fail(f"expected a feed, got HTTP {response.status_code}")
    return feedparser.parse(response.content)


def titles(parsed):
    return [entry.title for entry in parsed.entries]


def lead_image():
    image = get_image_model().objects.create(title="Lead", file=get_test_image_file())
    image.get_rendition(ENCLOSURE_FILTER)  # as the article page would have made it
    return image


def add_articles(section, count, **kwargs):
    for _ in range(count):
        article = ArticlePageFactory(parent=section, lead_image=lead_image(), **kwargs)
        article.tags.add("Diplomacy", "Trade")
        article.save()


@pytest.fixture
def politics(tree):
    """Politics of 1, 2 and 3 May, published in that order."""
    section = tree.section("politics")
    for day in (1, 2, 3):
        ArticlePageFactory(
            parent=section, title=f"Politics of {day} May", publication_date=ashgabat(2025, 5, day)
        )
    return section


@pytest.fixture
def embassy(tree):
    """An English-only embassy site on berlin.localhost with a news section."""
    home = HomePageFactory(
        title="Embassy in Berlin", slug="embassy-berlin", locale=LocaleFactory(language_code="en")
    )
    news = ArticleIndexPageFactory(title="Embassy news", slug="updates", parent=home)
    site = SiteFactory(hostname="berlin.localhost", root_page=home, is_default_site=False)
    SiteSettingsFactory(
        site=site, name="Embassy in Berlin", languages=["en"], default_language="en"
    )
    return news


def test_rss_lists_articles_newest_first(politics, reader):
    assert titles(feed(reader, "/en/feed/rss/")) == [
        "Politics of 3 May",
        "Politics of 2 May",
        "Politics of 1 May",
    ]


def test_atom_lists_articles_newest_first(politics, reader):
    assert titles(feed(reader, "/en/feed/atom/")) == [
        "Politics of 3 May",
        "Politics of 2 May",
        "Politics of 1 May",
    ]


def test_feed_holds_at_most_thirty_articles(tree, reader):
    for _ in range(FEED_LENGTH + 1):
        ArticlePageFactory(parent=tree.section("politics"))

    assert len(feed(reader, "/en/feed/rss/").entries) == FEED_LENGTH


MARKED_UP_TITLE = """Talks <"Geneva"> & the 'Ashgabat' process"""


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_titles_are_plain_text_escaped_once(tree, reader, kind):
    ArticlePageFactory(parent=tree.section("politics"), title=MARKED_UP_TITLE)

    response = reader.get(f"/en/feed/{kind}/")

    assert titles(feedparser.parse(response.content)) == [MARKED_UP_TITLE]
    assert b"&amp;lt;" not in response.content


def test_feed_leaves_out_other_languages(politics, tree, reader):
    ArticlePageFactory(parent=tree.section("politics", "ru"), title="Политика мая")

    assert "Политика мая" not in titles(feed(reader, "/en/feed/rss/"))


def test_feed_leaves_out_drafts(politics, reader):
    ArticlePageFactory(parent=politics, title="Draft statement", live=False)

    assert "Draft statement" not in titles(feed(reader, "/en/feed/rss/"))


def test_feed_leaves_out_other_sites(politics, embassy, reader):
    ArticlePageFactory(parent=embassy, title="Embassy reception")

    assert "Embassy reception" not in titles(feed(reader, "/en/feed/rss/"))


def test_embassy_feed_holds_its_own_articles_only(politics, embassy, reader):
    ArticlePageFactory(parent=embassy, title="Embassy reception")

    assert titles(feed(reader, "/en/feed/rss/", HTTP_HOST="berlin.localhost")) == [
        "Embassy reception"
    ]


def test_embassy_feed_holds_syndicated_copies(politics, embassy, reader):
    origin = ArticlePageFactory(parent=politics, title="Ministry statement")
    syndicate(origin, embassy)

    parsed = feed(reader, "/en/feed/rss/", HTTP_HOST="berlin.localhost")

    assert titles(parsed) == ["Ministry statement"]
    assert parsed.entries[0].link.startswith("http://berlin.localhost/en/updates/")


def test_section_feed_holds_only_its_section(politics, tree, reader):
    ArticlePageFactory(parent=tree.section("economy"), title="Economy of 4 May")

    assert "Economy of 4 May" not in titles(feed(reader, "/en/politics/feed/rss/"))
    assert titles(feed(reader, "/en/economy/feed/atom/")) == ["Economy of 4 May"]


def test_section_feed_is_titled_after_home_and_section(politics, reader):
    parsed = feed(reader, "/en/politics/feed/rss/")

    assert parsed.feed.title == "Ministry of Foreign Affairs — Politics"


def test_site_feed_is_titled_after_the_home_page(politics, reader):
    assert feed(reader, "/en/feed/rss/").feed.title == "Ministry of Foreign Affairs"


def test_feed_is_described_by_the_site_name(politics, tree, reader):
    tree.settings.name = "MFA of Turkmenistan"
    tree.settings.save()

    assert feed(reader, "/en/feed/rss/").feed.description == "MFA of Turkmenistan"
    assert feed(reader, "/en/feed/atom/").feed.subtitle == "MFA of Turkmenistan"


def test_feed_carries_its_language(politics, reader):
    assert feed(reader, "/ru/feed/rss/").feed.language == "ru"


def test_feed_links_to_its_home_page(politics, tree, reader):
    assert feed(reader, "/en/feed/rss/").feed.link == tree.homes["en"].get_full_url()


def test_rss_has_a_self_link(politics, reader):
    links = feed(reader, "/en/politics/feed/rss/").feed.links

    assert [link.href for link in links if link.rel == "self"] == [
        "http://testserver/en/politics/feed/rss/"
    ]


def test_atom_has_a_self_link(politics, reader):
    links = feed(reader, "/en/feed/atom/").feed.links

    assert [link.href for link in links if link.rel == "self"] == [
        "http://testserver/en/feed/atom/"
    ]


def test_rss_dates_are_the_publication_dates_with_their_zone(politics, reader):
    entry = feed(reader, "/en/feed/rss/").entries[0]

    published = email.utils.parsedate_to_datetime(entry.published)
    assert published.tzinfo is not None
    assert published == ashgabat(2025, 5, 3)


def test_atom_dates_carry_their_zone(politics, reader):
    article = ArticlePage.objects.get(title="Politics of 3 May")
    article.changes.add(ArticleChange(kind="correction", note="The date was wrong."))
    article.save_revision().publish()
    article.refresh_from_db()

    entry = feed(reader, "/en/feed/atom/").entries[0]

    published = datetime.datetime.fromisoformat(entry.published)
    updated = datetime.datetime.fromisoformat(entry.updated)
    assert published.tzinfo is not None and updated.tzinfo is not None
    assert published == ashgabat(2025, 5, 3)
    assert updated == article.last_published_at == ArticleChange.objects.get(article=article).date


def test_atom_updated_stays_at_publication_after_a_minor_edit(politics, reader):
    article = ArticlePage.objects.get(title="Politics of 3 May")
    article.title = "Politics of 3 May, retitled"
    article.save_revision().publish()

    entry = feed(reader, "/en/feed/atom/").entries[0]

    assert entry.title == "Politics of 3 May, retitled"
    assert datetime.datetime.fromisoformat(entry.updated) == ashgabat(2025, 5, 3)


def test_guid_is_the_articles_address(politics, reader):
    entry = feed(reader, "/en/feed/rss/").entries[0]
    article = ArticlePage.objects.get(title="Politics of 3 May")

    assert entry.id == article.get_full_url()


def test_guid_is_marked_a_permalink(politics, reader):
    # feedparser does not report isPermaLink; the XML says it.
    content = reader.get("/en/feed/rss/").content.decode()

    assert content.count('<guid isPermaLink="true">') == 3


def test_guids_are_unique(politics, reader):
    entries = feed(reader, "/en/feed/rss/").entries

    assert len({entry.id for entry in entries}) == len(entries) == 3


def test_entry_description_is_the_full_summary(politics, reader):
    entry = feed(reader, "/en/feed/rss/").entries[0]

    assert entry.summary == "Summary of Politics of 3 May."


def test_entry_author_is_the_site(politics, tree, reader):
    tree.settings.name = "MFA of Turkmenistan"
    tree.settings.save()

    assert feed(reader, "/en/feed/atom/").entries[0].author == "MFA of Turkmenistan"


def test_entry_categories_are_section_and_tags(tree, reader):
    add_articles(tree.section("politics"), 1)

    entry = feed(reader, "/en/feed/rss/").entries[0]

    assert [tag.term for tag in entry.tags] == ["Politics", "Diplomacy", "Trade"]


def test_lead_image_is_an_enclosure(tree, reader):
    add_articles(tree.section("politics"), 1)
    rendition = ArticlePage.objects.get().lead_image.get_rendition(ENCLOSURE_FILTER)

    (enclosure,) = feed(reader, "/en/feed/rss/").entries[0].enclosures

    assert enclosure.href == f"http://testserver{rendition.url}"
    assert enclosure.type == "image/png"
    assert enclosure.length == str(rendition.file.size)


def test_article_without_lead_image_has_no_enclosure(politics, reader):
    assert feed(reader, "/en/feed/rss/").entries[0].enclosures == []


def test_feed_of_a_language_the_site_lacks_is_not_found(politics, reader):
    assert reader.get("/de/feed/rss/").status_code == 404


def test_feed_of_an_unknown_section_is_not_found(politics, reader):
    assert reader.get("/en/no-such-section/feed/rss/").status_code == 404


def test_feed_of_an_unpublished_section_is_not_found(politics, reader):
    politics.unpublish()

    assert reader.get("/en/politics/feed/atom/").status_code == 404


def test_feed_is_served_from_the_cache(politics, reader):
    feed(reader, "/en/feed/rss/")
    # A quiet change, without the signals a publish sends: the cached feed does not see it.
    ArticlePage.objects.filter(title="Politics of 3 May").update(title="Quietly changed")

    assert "Politics of 3 May" in titles(feed(reader, "/en/feed/rss/"))


def test_new_publication_appears_at_once(politics, reader):
    feed(reader, "/en/feed/rss/")
    article = ArticlePageFactory(
        parent=politics, title="Breaking", live=False, publication_date=ashgabat(2025, 6, 1)
    )
    article.save_revision().publish()

    assert titles(feed(reader, "/en/feed/rss/"))[0] == "Breaking"


def count_feed_queries(client):
    with CaptureQueriesContext(connection) as queries:
        feed(client, "/en/feed/rss/")
    return len(queries)


def test_query_count_does_not_grow_with_articles(tree, reader):
    section = tree.section("politics")
    add_articles(section, 5)
    feed(reader, "/en/feed/atom/")  # fills the per-site caches (site root paths, host)
    few = count_feed_queries(reader)
    add_articles(section, 20)
    feed(reader, "/en/feed/atom/")  # the publishes moved the site's generation: fill again

    assert count_feed_queries(reader) == few


def feed_links(page, kind="rss"):
    return [
        link["href"] for link in page.select(f'link[rel=alternate][type="application/{kind}+xml"]')
    ]


def test_home_page_advertises_the_site_feeds(politics, reader, html):
    page = html(reader.get("/en/"))

    assert feed_links(page, "rss") == ["/en/feed/rss/"]
    assert feed_links(page, "atom") == ["/en/feed/atom/"]


def test_section_page_advertises_its_own_feeds(politics, reader, html):
    page = html(reader.get(politics.url))

    assert feed_links(page, "rss") == ["/en/feed/rss/", "/en/politics/feed/rss/"]
    assert feed_links(page, "atom") == ["/en/feed/atom/", "/en/politics/feed/atom/"]


def test_article_page_advertises_its_sections_feeds(politics, reader, html):
    article = ArticlePage.objects.get(title="Politics of 3 May")

    page = html(reader.get(article.url))

    assert feed_links(page, "rss") == ["/en/feed/rss/", "/en/politics/feed/rss/"]
    assert feed_links(page, "atom") == ["/en/feed/atom/", "/en/politics/feed/atom/"]


def test_section_feed_link_is_titled_after_home_and_section(politics, reader, html):
    page = html(reader.get(politics.url))

    assert page.select('link[type="application/rss+xml"]')[1]["title"] == (
        "Ministry of Foreign Affairs — Politics"
    )
