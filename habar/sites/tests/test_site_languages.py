"""Each site publishes in its own languages; pages link their translations."""

import pytest
from defusedxml import ElementTree as ET

from habar.news.tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
)
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def berlin(tree):
    """An embassy site in German and English only."""
    homes = {}
    for code in ["de", "en"]:
        extra = {"translation_key": homes["de"].translation_key} if homes else {}
        homes[code] = HomePageFactory(
            title=f"Botschaft {code}",
            slug=f"berlin-{code}",
            locale=LocaleFactory(language_code=code),
            **extra,
        )
    site = SiteFactory(hostname="berlin.localhost", root_page=homes["de"], is_default_site=False)
    SiteSettingsFactory(site=site, languages=["de", "en"], default_language="de")
    return homes


@pytest.fixture
def translated_article(tree):
    english = ArticlePageFactory(parent=tree.section("politics", "en"), title="Neutrality")
    russian = ArticlePageFactory(
        parent=tree.section("politics", "ru"),
        title="Нейтралитет",
        slug="neytralitet",
        translation_key=english.translation_key,
    )
    return english, russian


def test_a_language_the_site_does_not_publish_answers_404(berlin, reader):
    assert reader.get("/de/", HTTP_HOST="berlin.localhost").status_code == 200
    assert reader.get("/ru/", HTTP_HOST="berlin.localhost").status_code == 404


def test_the_ministry_has_no_german(berlin, reader):
    assert reader.get("/de/").status_code == 404
    assert reader.get("/ru/").status_code == 200


def test_the_root_sends_a_reader_to_the_sites_default_language(berlin, reader):
    response = reader.get("/", HTTP_HOST="berlin.localhost")

    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_the_root_prefers_the_readers_language_among_the_sites(berlin, reader):
    response = reader.get("/", HTTP_HOST="berlin.localhost", HTTP_ACCEPT_LANGUAGE="ru, en;q=0.8")

    assert response["Location"] == "/en/"


def test_the_switcher_lists_only_the_sites_languages(berlin, reader, html):
    page = html(reader.get("/en/", HTTP_HOST="berlin.localhost"))

    codes = [a["hreflang"] for a in page.select("nav.languages a")]
    assert codes == ["de", "en"]


def test_the_switcher_goes_to_the_same_article_in_the_other_language(
    translated_article, reader, html
):
    english, russian = translated_article

    page = html(reader.get(russian.url))

    links = {a["hreflang"]: a["href"] for a in page.select("nav.languages a")}
    assert links["en"] == english.url
    assert links["ru"] == russian.url


def test_the_switcher_falls_back_to_the_home_of_a_language_without_translation(
    translated_article, tree, reader, html
):
    english, _russian = translated_article

    page = html(reader.get(english.url))

    links = {a["hreflang"]: a["href"] for a in page.select("nav.languages a")}
    assert links["tk"] == tree.homes["tk"].url


def test_hreflang_alternates_are_reciprocal(translated_article, reader, html):
    english, russian = translated_article

    alternates = {}
    for article in (english, russian):
        page = html(reader.get(article.url))
        alternates[article.url] = {
            link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")
        }

    assert alternates[english.url]["ru"] == russian.get_full_url()
    assert alternates[russian.url]["en"] == english.get_full_url()
    assert "tk" not in alternates[english.url]


def test_x_default_is_the_sites_default_language(tree, reader, html):
    page = html(reader.get(tree.homes["en"].url))

    x_default = page.select_one("link[rel=alternate][hreflang=x-default]")
    assert x_default["href"] == tree.homes["tk"].get_full_url()


def test_the_sitemap_index_lists_one_part_per_site_language(berlin, reader):
    response = reader.get("/sitemap.xml", HTTP_HOST="berlin.localhost")

    locations = [loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]
    assert sorted(locations) == [
        "http://berlin.localhost/sitemap-de.xml",
        "http://berlin.localhost/sitemap-en.xml",
    ]


def test_sitemap_alternates_are_reciprocal_and_resolve(translated_article, reader):
    english, russian = translated_article
    alternates = {}
    for code in ["en", "ru"]:
        root = ET.fromstring(reader.get(f"/sitemap-{code}.xml").content)
        for url in root.iter(f"{SITEMAP}url"):
            location = url.find(f"{SITEMAP}loc").text
            alternates[location] = {
                link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
            }

    assert alternates[english.get_full_url()]["ru"] == russian.get_full_url()
    assert alternates[russian.get_full_url()]["en"] == english.get_full_url()
    for links in alternates.values():
        for href in links.values():
            assert reader.get(href.removeprefix("http://testserver")).status_code == 200


def test_sections_and_articles_get_ascii_slugs_from_russian_and_turkmen_titles(tree):
    russian = ArticleIndexPageFactory(parent=tree.homes["ru"], title="Международные связи", slug="")
    turkmen = ArticlePageFactory(
        parent=tree.section("politics", "tk"), title="Bitaraplyk syýasaty", slug=""
    )

    assert russian.slug == "mezhdunarodnye-svyazi"
    assert turkmen.slug == "bitaraplyk-syyasaty"


def test_transliterated_slugs_stay_unique_under_one_parent(tree):
    section = tree.section("politics", "ru")
    first = ArticlePageFactory(parent=section, title="Встреча министров", slug="")
    second = ArticlePageFactory(parent=section, title="Встреча министров", slug="")

    assert (first.slug, second.slug) == ("vstrecha-ministrov", "vstrecha-ministrov-2")


def test_a_new_article_is_in_the_sitemap_at_once(tree, reader):
    reader.get("/sitemap-en.xml")

    article = ArticlePageFactory(parent=tree.section("politics", "en"), title="Fresh news")

    assert article.get_full_url() in reader.get("/sitemap-en.xml").content.decode()
