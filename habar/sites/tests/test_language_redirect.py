"""`/` sends a reader to one of the site's languages."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from habar.news.tests.factories import build_site_tree


@pytest.fixture
def tree(db):
    """A site in Turkmen, Russian and English, Turkmen by default."""
    return build_site_tree(languages=("en", "ru", "tk"), default_language="tk")


def target(client, **headers):
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    return response["Location"]


def test_default_language_without_preferences(tree, client):
    assert target(client) == "/tk/"


def test_follows_the_default_language_setting(tree, client):
    tree.settings.default_language = "ru"
    tree.settings.save()

    assert target(client) == "/ru/"


def test_best_accept_language_match(tree, client):
    assert target(client, **{"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.8"}) == "/ru/"


def test_accept_language_quality_decides(tree, client):
    assert target(client, **{"Accept-Language": "ru;q=0.5, en;q=0.9"}) == "/en/"


def test_skips_languages_the_site_does_not_publish(tree, client):
    assert target(client, **{"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"}) == "/en/"


def test_falls_back_to_default_when_nothing_matches(tree, client):
    assert target(client, **{"Accept-Language": "de-DE,fr;q=0.5"}) == "/tk/"


def test_platform_language_not_on_this_site_is_skipped(db, client):
    build_site_tree(languages=("en", "ru"), default_language="ru")

    assert target(client, **{"Accept-Language": "tk,en;q=0.5"}) == "/en/"


def test_language_cookie_wins_over_accept_language(tree, client):
    client.cookies["django_language"] = "en"

    assert target(client, **{"Accept-Language": "ru"}) == "/en/"


def test_language_cookie_for_another_site_language_is_ignored(db, client):
    build_site_tree(languages=("en", "ru"), default_language="ru")
    client.cookies["django_language"] = "tk"

    assert target(client) == "/ru/"


def test_varies_on_accept_language_and_cookie(tree, client):
    vary = {v.strip().lower() for v in client.get("/")["Vary"].split(",")}

    assert {"accept-language", "cookie"} <= vary


def test_not_found_without_a_site(db, client):
    Site.objects.all().delete()

    assert client.get("/").status_code == 404


def test_redirect_target_serves_the_home_page(tree, client):
    response = client.get("/", headers={"Accept-Language": "en"}, follow=True)

    assert response.status_code == 200
    assert response.context["page"] == tree.homes["en"]


def test_not_found_pages_keep_the_sites_frame_and_language(tree, reader, html):
    response = reader.get("/ru/no-such-page/")
    page = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 404
    assert page.select_one("html")["lang"] == "ru"
    assert page.select_one(".site-name a").get_text() == tree.homes["ru"].title
    assert "Политика" in [a.get_text() for a in page.select(".section-list a")]
