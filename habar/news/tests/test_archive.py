"""The archive by month, tag pages, most-read lists and related articles."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from habar.news.tests.factories import ArticleIndexPageFactory, ArticlePageFactory, ashgabat
from habar.stats.models import PageViewDay

pytestmark = pytest.mark.both_engines


@pytest.fixture
def november(tree):
    politics = tree.section("politics")
    return [
        ArticlePageFactory(
            parent=politics, title="Early November", publication_date=ashgabat(2020, 11, 2)
        ),
        ArticlePageFactory(
            parent=politics, title="Late November", publication_date=ashgabat(2020, 11, 30, 23, 30)
        ),
        ArticlePageFactory(
            parent=politics, title="December", publication_date=ashgabat(2020, 12, 1, 0, 30)
        ),
    ]


def titles(page):
    return [h.get_text(strip=True) for h in page.select("article.card :is(h2, h3)")]


def test_the_month_archive_lists_that_months_news_in_the_sites_time(tree, november, reader, html):
    page = html(reader.get("/en/news/2020/11/"))

    assert titles(page) == ["Late November", "Early November"]
    assert page.select_one("h1").get_text() == "November 2020"


def test_the_month_archive_is_localized(tree, november, reader, html):
    page = html(reader.get("/ru/news/2020/11/"))

    assert page.select_one("h1").get_text().lower().startswith("ноябрь")


def test_the_year_archive_links_its_months_with_counts(tree, november, reader, html):
    page = html(reader.get("/en/news/2020/"))

    months = [li.get_text(" ", strip=True) for li in page.select(".archive-months li")]
    assert months == ["November (2)", "December (1)"]


@pytest.mark.parametrize("path", ["/en/news/2020/13/", "/en/news/2020/0/", "/en/news/1800/"])
def test_impossible_months_and_empty_years_answer_404(tree, november, reader, path):
    assert reader.get(path).status_code == 404


def test_all_news_is_paginated(tree, reader, html):
    for n in range(25):
        ArticlePageFactory(parent=tree.section("economy"), title=f"Item {n}")

    assert len(titles(html(reader.get("/en/news/")))) == 20
    assert len(titles(html(reader.get("/en/news/?page=2")))) == 5
    assert reader.get("/en/news/?page=3").status_code == 404


def test_a_tag_page_lists_the_tagged_articles_of_this_site_and_language(tree, reader, html):
    tagged = ArticlePageFactory(parent=tree.section("politics"), title="Neutrality day")
    tagged.tags.add("neutrality")
    tagged.save_revision().publish()
    ArticlePageFactory(parent=tree.section("politics"), title="Untagged")

    page = html(reader.get("/en/tags/neutrality/"))

    assert titles(page) == ["Neutrality day"]


def test_an_unknown_tag_answers_404(tree, reader):
    assert reader.get("/en/tags/no-such-tag/").status_code == 404


def test_most_read_ranks_by_views_in_the_period(tree, reader, html):
    today = timezone.localdate()
    popular = ArticlePageFactory(parent=tree.section("politics"), title="Popular")
    quiet = ArticlePageFactory(parent=tree.section("politics"), title="Quiet")
    old_hit = ArticlePageFactory(parent=tree.section("politics"), title="Old hit")
    PageViewDay.objects.create(page=popular, day=today, views=50)
    PageViewDay.objects.create(page=quiet, day=today, views=5)
    PageViewDay.objects.create(page=old_hit, day=today - datetime.timedelta(days=40), views=900)

    page = html(reader.get("/en/most-read/?period=month"))

    assert [a.get_text() for a in page.select(".most-read a")] == ["Popular", "Quiet"]


def test_most_read_today_leaves_out_yesterday(tree, reader, html):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    article = ArticlePageFactory(parent=tree.section("politics"), title="Yesterday's")
    PageViewDay.objects.create(page=article, day=yesterday, views=10)

    page = html(reader.get("/en/most-read/?period=today"))

    assert page.select(".most-read a") == []


def test_most_read_is_per_language(tree, reader, html):
    russian = ArticlePageFactory(parent=tree.section("politics", "ru"), title="Русская")
    PageViewDay.objects.create(page=russian, day=timezone.localdate(), views=10)

    page = html(reader.get("/en/most-read/"))

    assert page.select(".most-read a") == []


def test_an_unknown_period_answers_404(tree, reader):
    assert reader.get("/en/most-read/?period=decade").status_code == 404


def test_related_articles_put_hand_picked_ones_first(tree):
    section = tree.section("politics")
    article = ArticlePageFactory(parent=section, publication_date=ashgabat(2024, 1, 1))
    newest = ArticlePageFactory(parent=section, publication_date=ashgabat(2025, 1, 1))
    picked = ArticlePageFactory(
        parent=tree.section("economy"), publication_date=ashgabat(2020, 1, 1)
    )
    article.related_links.create(related=picked)

    related = article.related_articles()

    assert related[0] == picked
    assert newest in related
    assert article not in related


def test_related_articles_prefer_shared_tags(tree):
    section = tree.section("politics")
    article = ArticlePageFactory(parent=section)
    article.tags.add("energy")
    article.save()
    tagged = ArticlePageFactory(parent=section, publication_date=ashgabat(2020, 1, 1))
    tagged.tags.add("energy")
    tagged.save()
    ArticlePageFactory(parent=section, publication_date=ashgabat(2025, 1, 1))

    assert article.related_articles()[0] == tagged


def test_a_section_cannot_take_an_archive_address(tree):
    with pytest.raises(ValidationError):
        ArticleIndexPageFactory(parent=tree.homes["en"], title="News", slug="news")
