"""Nothing a reader cannot see on the site comes out of the API: drafts, unpublished
changes, restricted sections, other sites' pages."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import EMBASSY_HOST, titles


def test_draft_is_not_listed(news, api):
    assert "Unannounced visit" not in titles(api("en/articles/"))


def test_draft_is_not_found(news, api):
    response = api(f"en/articles/{news.articles['draft'].pk}/")
    assert response.status_code == 404
    assert response.json()["detail"] == "No such article."


def test_unpublished_changes_stay_unpublished(news, api):
    article = news.articles["gas"]
    article.title = "Leaked draft headline"
    article.summary = "Leaked draft summary"
    article.save_revision()
    listed = api("en/articles/").json()["items"][0]
    detail = api(f"en/articles/{article.pk}/").json()
    for data in (listed, detail):
        assert (data["title"], data["summary"]) == (
            "Gas pipeline talks",
            "Summary of Gas pipeline talks.",
        )


def test_unpublished_article_is_gone(news, api):
    article = news.articles["gas"]
    article.unpublish()
    assert "Gas pipeline talks" not in titles(api("en/articles/"))
    assert api(f"en/articles/{article.pk}/").status_code == 404


def test_restricted_section_is_not_listed(news, api):
    assert "Internal" not in [s["title"] for s in api("en/sections/").json()]
    assert "Internal memo" not in titles(api("en/articles/"))
    assert "Internal memo" not in titles(api("en/articles/?q=memo"))


def test_a_section_restricted_later_is_hidden_at_once(news, api):
    assert "Gas pipeline talks" in titles(api("en/articles/"))  # restrictions now cached
    PageViewRestriction.objects.create(page=news.tree.section("economy"), restriction_type="login")

    assert "Economy" not in [s["title"] for s in api("en/sections/").json()]
    assert "Gas pipeline talks" not in titles(api("en/articles/"))
    assert api(f"en/articles/{news.articles['gas'].pk}/").status_code == 404


def test_restricted_article_is_not_found(news, api):
    assert api(f"en/articles/{news.articles['private'].pk}/").status_code == 404


def test_restricted_section_cannot_be_filtered_on(news, api):
    assert api("en/articles/?section=internal").status_code == 404


def test_other_sites_article_is_not_listed(news, api):
    assert "Embassy reception" not in titles(api("en/articles/"))
    assert "Embassy reception" not in titles(api("en/articles/?q=reception"))


def test_other_sites_article_is_not_found(news, api):
    assert api(f"en/articles/{news.articles['embassy'].pk}/").status_code == 404


def test_each_host_gets_its_own_site(news, api):
    assert titles(api("en/articles/", host=EMBASSY_HOST)) == ["Embassy reception"]
    gas = news.articles["gas"]
    assert api(f"en/articles/{gas.pk}/", host=EMBASSY_HOST).status_code == 404


def test_article_in_another_language_is_not_found(news, api):
    # The Russian article exists, but not under /en/.
    assert api(f"en/articles/{news.articles['russian'].pk}/").status_code == 404


def test_home_and_section_pages_are_not_articles(news, api):
    assert api(f"en/articles/{news.tree.homes['en'].pk}/").status_code == 404
    assert api(f"en/articles/{news.tree.section('politics').pk}/").status_code == 404


@pytest.mark.parametrize("language", ["de", "xx", "EN", "en-gb"])
def test_language_the_site_does_not_publish_is_not_found(news, api, language):
    response = api(f"{language}/articles/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["detail"] == "This site does not publish in this language."


def test_language_of_another_site_is_not_found_here(news, api):
    # The embassy publishes in English only.
    assert api("ru/articles/", host=EMBASSY_HOST).status_code == 404


def test_unpublished_home_hides_its_language(news, api):
    news.tree.homes["ru"].unpublish()
    assert api("ru/articles/").status_code == 404
    assert api("ru/sections/").status_code == 404
