"""Syndication carries translations: a copy per language the article and the embassy share."""

from datetime import timedelta

import feedparser
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from habar.news.models import ArticlePage
from habar.news.syndication import syndicate, syndicate_translations
from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

pytestmark = pytest.mark.both_engines

STATEMENT = {
    "en": "Ministry statement",
    "ru": "Заявление министерства",
    "tk": "Ministrligiň beýanaty",
}


def embassy(key, languages, homes_in=None):
    """An embassy site publishing `languages` (its first the default), with a home and a
    News section in each language of `homes_in` (default: `languages`), translations of
    each other. Returns {language code: News section}."""
    homes, news = {}, {}
    for code in homes_in or languages:
        first = next(iter(homes.values()), None)
        homes[code] = HomePageFactory(
            title=f"Embassy in {key} ({code})",
            slug=f"embassy-{key}-{code}",
            locale=LocaleFactory(language_code=code),
            **({"translation_key": first.translation_key} if first else {}),
        )
        first_news = next(iter(news.values()), None)
        news[code] = ArticleIndexPageFactory(
            title=f"News ({code})",
            slug="embassy-news",
            parent=homes[code],
            **({"translation_key": first_news.translation_key} if first_news else {}),
        )
    site = SiteFactory(
        hostname=f"{key}.localhost",
        site_name=f"Embassy in {key.title()}",
        root_page=homes[languages[0]],
        is_default_site=False,
    )
    SiteSettingsFactory(site=site, languages=list(languages), default_language=languages[0])
    return news


def translate(origin, tree, code, **kwargs):
    return ArticlePageFactory(
        parent=tree.section("politics", code),
        title=STATEMENT[code],
        slug=f"statement-{code}",
        translation_key=origin.translation_key,
        **kwargs,
    )


@pytest.fixture
def origin(tree):
    """A ministry article in English, Russian and Turkmen."""
    english = ArticlePageFactory(
        parent=tree.section("politics"), title=STATEMENT["en"], slug="statement"
    )
    return {
        "en": english,
        "ru": translate(english, tree, "ru"),
        "tk": translate(english, tree, "tk"),
    }


@pytest.fixture
def berlin(tree):
    return embassy("berlin", ["de", "tk", "ru", "en"])


@pytest.fixture
def seoul(tree):
    # Seoul keeps a Russian home in its tree but does not publish Russian.
    return embassy("seoul", ["ko", "tk", "en"], homes_in=["ko", "tk", "en", "ru"])


def path_on_site(page):
    _site_id, _root, path = page.get_url_parts()
    return path


def test_a_copy_goes_in_each_language_both_publish(origin, berlin):
    copies = syndicate_translations(origin["en"], berlin["en"])

    assert set(copies) == {"tk", "ru", "en"}
    for code, copy in copies.items():
        assert copy.live
        assert copy.get_parent().pk == berlin[code].pk
        assert copy.syndicated_from == origin[code]
        assert copy.title == STATEMENT[code]
    keys = {copy.translation_key for copy in copies.values()}
    assert len(keys) == 1
    assert keys != {origin["en"].translation_key}
    assert not ArticlePage.objects.child_of(berlin["de"]).exists()


def test_no_copy_in_a_language_the_embassy_does_not_publish(origin, seoul):
    copies = syndicate_translations(origin["ru"], seoul["ko"])

    assert set(copies) == {"tk", "en"}
    assert not ArticlePage.objects.child_of(seoul["ru"]).exists()
    assert not ArticlePage.objects.child_of(seoul["ko"]).exists()


def test_each_copy_is_canonical_to_its_own_origin_and_links_its_siblings(
    origin, berlin, reader, html
):
    copies = syndicate_translations(origin["en"], berlin["en"])

    page = html(reader.get(path_on_site(copies["ru"]), HTTP_HOST="berlin.localhost"))

    assert page.select_one("link[rel=canonical]")["href"] == origin["ru"].get_full_url()
    alternates = {
        link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {code: copy.get_full_url() for code, copy in copies.items()}
    switcher = {a["hreflang"]: a["href"] for a in page.select("nav.languages a")}
    assert switcher["tk"] == path_on_site(copies["tk"])
    assert switcher["en"] == path_on_site(copies["en"])
    assert switcher["de"] == "/de/"  # no German copy: the German home


@pytest.mark.parametrize("code", ["tk", "ru", "en"])
def test_the_embassys_feed_in_each_language_lists_that_languages_copy(origin, berlin, reader, code):
    syndicate(origin["en"], berlin["en"])

    response = reader.get(f"/{code}/feed/rss/", HTTP_HOST="berlin.localhost")

    assert [entry.title for entry in feedparser.parse(response.content).entries] == [
        STATEMENT[code]
    ]


def test_the_german_feed_has_no_copy(origin, berlin, reader):
    syndicate(origin["en"], berlin["en"])

    response = reader.get("/de/feed/rss/", HTTP_HOST="berlin.localhost")

    assert feedparser.parse(response.content).entries == []


def test_a_translation_published_later_follows_to_the_embassy(origin, berlin, seoul, tree):
    origin["tk"].unpublish()
    copies = syndicate_translations(origin["en"], berlin["en"])
    assert set(copies) == {"ru", "en"}

    origin["tk"].title = "Ministrligiň täze beýanaty"
    origin["tk"].save_revision().publish()

    follower = ArticlePage.objects.child_of(berlin["tk"]).get()
    assert follower.live
    assert follower.syndicated_from == origin["tk"]
    assert follower.title == "Ministrligiň täze beýanaty"
    assert follower.translation_key == copies["en"].translation_key
    # Seoul never carried the article: nothing follows there.
    assert not ArticlePage.objects.child_of(seoul["tk"]).exists()


def test_a_new_translation_does_not_follow_where_the_embassy_took_the_article_down(origin, berlin):
    origin["tk"].unpublish()
    for copy in syndicate_translations(origin["en"], berlin["en"]).values():
        copy.unpublish()

    origin["tk"].save_revision().publish()

    assert not ArticlePage.objects.child_of(berlin["tk"]).exists()


def test_a_new_translation_of_a_scheduled_article_is_scheduled_with_it(origin, berlin):
    later = timezone.now() + timedelta(days=1)
    origin["tk"].unpublish()
    syndicate_translations(origin["en"], berlin["en"], go_live_at=later)

    origin["tk"].save_revision().publish()

    follower = ArticlePage.objects.child_of(berlin["tk"]).get()
    assert not follower.live
    assert follower.go_live_at == later


def test_unpublishing_one_translation_takes_down_that_languages_copy_only(origin, berlin, reader):
    copies = syndicate_translations(origin["en"], berlin["en"])

    origin["ru"].unpublish()

    live = {code: ArticlePage.objects.get(pk=copy.pk).live for code, copy in copies.items()}
    assert live == {"tk": True, "ru": False, "en": True}
    assert reader.get(path_on_site(copies["ru"]), HTTP_HOST="berlin.localhost").status_code == 404


def test_deleting_one_translation_takes_down_that_languages_copy_only(origin, berlin):
    copies = syndicate_translations(origin["en"], berlin["en"])

    origin["tk"].delete()

    live = {code: ArticlePage.objects.get(pk=copy.pk).live for code, copy in copies.items()}
    assert live == {"tk": False, "ru": True, "en": True}


def test_the_embassys_own_translation_of_a_copy_keeps_its_language(origin, berlin, tree):
    copy = syndicate(origin["en"], berlin["en"])
    german = copy.copy_for_translation(LocaleFactory(language_code="de"))
    german.title = "Erklärung der Botschaft"
    german.save_revision().publish()
    ministry_german = HomePageFactory(
        locale=LocaleFactory(language_code="de"),
        slug="home-de",
        translation_key=tree.homes["en"].translation_key,
    )
    origin_german = ArticlePageFactory(
        parent=ArticleIndexPageFactory(parent=ministry_german, slug="politik"),
        title="Erklärung des Ministeriums",
        translation_key=origin["en"].translation_key,
        live=False,
    )

    origin_german.save_revision().publish()

    assert [page.title for page in ArticlePage.objects.child_of(berlin["de"])] == [
        "Erklärung der Botschaft"
    ]


def test_sitemaps_list_no_copy_in_any_language(origin, berlin, reader):
    own = ArticlePageFactory(parent=berlin["ru"], title="Приём в посольстве", slug="priem")
    copies = syndicate_translations(origin["en"], berlin["en"])

    for code in ("tk", "ru", "en"):
        part = reader.get(f"/sitemap-{code}.xml", HTTP_HOST="berlin.localhost").content.decode()
        assert copies[code].get_full_url() not in part
        assert origin[code].get_full_url() not in part
    assert (
        own.get_full_url()
        in reader.get("/sitemap-ru.xml", HTTP_HOST="berlin.localhost").content.decode()
    )


def test_the_admin_says_which_languages_were_sent(origin, berlin, admin_client):
    url = reverse("habar_news:syndicate", args=[origin["ru"].pk])

    # Two languages of the same section are one place: the article goes there once.
    response = admin_client.post(url, {"sections": [berlin["de"].pk, berlin["en"].pk]})

    assert response.status_code == 302
    assert [str(message) for message in get_messages(response.wsgi_request)] == [
        "“Заявление министерства” sent to Embassy in Berlin in: Russian, English, Turkmen."
    ]
    copies = ArticlePage.objects.filter(syndicated_from__isnull=False)
    assert {copy.locale.language_code for copy in copies} == {"tk", "ru", "en"}
    # The page lists the copies of every translation.
    listing = admin_client.get(url).content.decode()
    for copy in copies:
        assert reverse("wagtailadmin_pages:edit", args=[copy.pk]) in listing


def test_the_admin_warns_when_the_embassy_shares_no_language(origin, tree, admin_client):
    vienna = embassy("vienna", ["de"])
    url = reverse("habar_news:syndicate", args=[origin["en"].pk])

    response = admin_client.post(url, {"sections": [vienna["de"].pk]})

    assert [str(message) for message in get_messages(response.wsgi_request)] == [
        "“Ministry statement” was not sent to Embassy in Vienna: the site publishes none "
        "of the article's languages."
    ]
    assert not ArticlePage.objects.filter(syndicated_from__isnull=False).exists()
