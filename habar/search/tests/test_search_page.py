"""/<lang>/search/: the live, public articles of this site and language that match."""

import pytest
from wagtail.models import PageViewRestriction

from habar.news.tests.factories import ArticlePageFactory, ashgabat
from habar.search import views

from .conftest import titles

pytestmark = pytest.mark.both_engines


def test_finds_a_matching_article(article, search):
    article("Neutrality day")

    assert titles(search("neutrality")) == ["Neutrality day"]


def test_counts_the_results(article, search):
    article("Neutrality day")
    article("Neutrality week")

    assert search("neutrality").select_one(".result-count").get_text() == (
        "2 results for “neutrality”"
    )


def test_title_match_ranks_above_body_match(article, search):
    article("Neutrality day", summary="A holiday.")
    article("Another holiday", summary="The day of neutrality.")

    assert titles(search("neutrality")) == ["Neutrality day", "Another holiday"]


def test_never_finds_another_sites_articles(article, embassy, search):
    ArticlePageFactory(parent=embassy, title="Neutrality at the embassy")
    article("Neutrality day")

    assert titles(search("neutrality")) == ["Neutrality day"]


def test_another_site_finds_only_its_own(article, embassy, search):
    ArticlePageFactory(parent=embassy, title="Neutrality at the embassy")
    article("Neutrality day")

    assert titles(search("neutrality", host="berlin.localhost")) == ["Neutrality at the embassy"]


def test_never_finds_another_languages_articles(article, search):
    article("Neutrality day", language="ru")

    assert titles(search("neutrality")) == []


def test_searches_in_the_language_of_the_url(article, search):
    article("Neutrality day", language="ru")

    assert titles(search("neutrality", language="ru")) == ["Neutrality day"]


def test_never_finds_drafts(article, search):
    article("Neutrality day", live=False)

    assert titles(search("neutrality")) == []


def test_never_finds_private_articles(article, search):
    private = article("Neutrality day")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert titles(search("neutrality")) == []


def test_highlights_the_title_and_escapes_it(article, search):
    article("<script>x</script> Neutrality")

    heading = search("neutrality").select_one(".search-result h2 a")

    assert heading.find("script") is None
    assert heading.get_text() == "<script>x</script> Neutrality"
    assert heading.select_one("mark").get_text() == "Neutrality"


def test_highlights_the_summary(article, search):
    article("Day", summary="A day of <b>neutrality</b> & peace.")

    snippet = search("neutrality").select_one(".snippet")

    assert snippet.find("b") is None
    assert snippet.get_text() == "A day of <b>neutrality</b> & peace."
    assert snippet.select_one("mark").get_text() == "neutrality"


def test_filters_by_section(article, search):
    article("Neutrality and trade", section="economy")
    article("Neutrality and peace", section="politics")

    assert titles(search("neutrality", section="economy")) == ["Neutrality and trade"]


def test_filters_by_dates_including_the_whole_last_day(article, search):
    article("Neutrality one", publication_date=ashgabat(2025, 5, 1))
    article("Neutrality two", publication_date=ashgabat(2025, 5, 15, 23, 30))
    article("Neutrality three", publication_date=ashgabat(2025, 5, 16))

    page = search("neutrality", **{"from": "02.05.2025", "to": "2025-05-15"})

    assert titles(page) == ["Neutrality two"]


def test_invalid_date_shows_an_error(article, search):
    article("Neutrality day")

    page = search("neutrality", **{"from": "31.02.2025"})

    assert page.select_one(".errorlist").get_text(strip=True)
    assert titles(page) == []


@pytest.fixture
def three_results(article, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    for day in (1, 2, 3):
        article(f"Neutrality {day}")


def test_second_page_of_results(three_results, search):
    assert len(titles(search("neutrality", page="2"))) == 1


def test_next_page_link_keeps_the_search(three_results, search):
    link = search("neutrality", section="politics").select_one("a[rel=next]")["href"]

    assert link == "?q=neutrality&section=politics&page=2"


@pytest.mark.parametrize("number", ["3", "0", "-1", "x", "²", "9" * 30])
def test_page_that_does_not_exist_is_not_found(three_results, reader, number):
    response = reader.get("/en/search/", {"q": "neutrality", "page": number})

    assert response.status_code == 404


def test_nothing_found_page_helps(tree, search):
    page = search("zzzz")

    assert "Nothing was found for “zzzz”." in page.select_one(".no-results").get_text()
    assert page.select_one(".no-results a[href='/en/']")
    assert [a.get_text() for a in page.select(".no-results .section-list a")] == [
        "Politics",
        "Economy",
    ]


def test_nothing_found_offers_to_drop_filters(tree, search):
    page = search("zzzz", section="politics")

    assert page.select_one(".no-results a[href='?q=zzzz']")


def test_empty_query_shows_the_form_only(article, search):
    article("Neutrality day")

    page = search("")

    assert page.select_one("form.search-form input[name=q]")
    assert not page.select(".result-count, .no-results, .search-result")


def test_results_may_be_cached_briefly_by_shared_caches(tree, reader):
    response = reader.get("/en/search/", {"q": "neutrality"})

    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}


def test_results_are_not_kept_by_the_page_cache(article, reader):
    article("Neutrality day")
    reader.get("/en/search/", {"q": "neutrality"})

    response = reader.get("/en/search/", {"q": "neutrality"})

    assert "X-Habar-Cache" not in response


def test_results_are_not_indexed_by_search_engines(tree, search):
    assert search("x").select_one("meta[name=robots]")["content"] == "noindex, follow"


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
def test_header_search_box_searches_in_the_pages_language(tree, reader, html, language):
    form = html(reader.get(f"/{language}/")).select_one("header form[role=search]")

    assert form["action"] == f"/{language}/search/"
    assert form["method"] == "get"
    assert form.select_one("input[type=search]")["name"] == "q"
    label = form.select_one(f"label[for={form.select_one('input')['id']}]")
    assert "visually-hidden" in label["class"]
