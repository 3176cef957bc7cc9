"""Persian and Arabic pages read right to left; every public template says which way."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from habar.news.tests.factories import ArticleIndexPageFactory, ArticlePageFactory, HomePageFactory
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory

HOST = "tehran.localhost"


@pytest.fixture
def tehran(tree):
    """An embassy site in Persian (its default) and English, an article in each."""
    pages = {}
    for code, title in [("fa", "خبر سفارت"), ("en", "Embassy news")]:
        source = pages.get("fa")

        def key(level, source=source):
            return {"translation_key": source[level].translation_key} if source else {}

        home = HomePageFactory(
            title=title, slug=f"tehran-{code}", locale=LocaleFactory(language_code=code), **key(0)
        )
        section = ArticleIndexPageFactory(parent=home, title=title, slug="embassy-news", **key(1))
        article = ArticlePageFactory(parent=section, title=title, slug="news", **key(2))
        pages[code] = (home, section, article)
    site = SiteFactory(hostname=HOST, root_page=pages["fa"][0], is_default_site=False)
    SiteSettingsFactory(
        site=site, languages=["fa", "en"], default_language="fa", phone="+98 21 2254 2178"
    )
    return pages


def direction(content):
    root = BeautifulSoup(content, "html.parser").html
    return root["lang"], root["dir"]


def test_a_persian_article_reads_right_to_left(tehran, reader):
    response = reader.get("/fa/embassy-news/news/", HTTP_HOST=HOST)

    assert direction(response.content) == ("fa", "rtl")


def test_its_english_translation_reads_left_to_right(tehran, reader):
    response = reader.get("/en/embassy-news/news/", HTTP_HOST=HOST)

    assert direction(response.content) == ("en", "ltr")


def test_the_persian_text_view_reads_right_to_left(tehran, reader):
    response = reader.get("/fa/embassy-news/news/text/", HTTP_HOST=HOST)

    assert direction(response.content) == ("fa", "rtl")


def test_a_persian_page_not_found_reads_right_to_left(tehran, reader):
    response = reader.get("/fa/no-such-page/", HTTP_HOST=HOST)

    assert response.status_code == 404
    assert direction(response.content) == ("fa", "rtl")


@pytest.mark.parametrize("template", ["500.html", "503.html"])
def test_the_error_pages_read_right_to_left_in_arabic(template):
    with translation.override("ar"):
        content = render_to_string(template, {"site_name": "Habar"})

    assert direction(content) == ("ar", "rtl")


def test_the_phone_number_reads_left_to_right_in_a_persian_page(tehran, reader):
    response = reader.get("/fa/embassy-news/news/", HTTP_HOST=HOST)
    phone = BeautifulSoup(response.content, "html.parser").select_one(".site-footer [dir=ltr]")

    assert phone.get_text() == "+98 21 2254 2178"
