"""Most-read lists of one section, from the daily view counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from habar.news.tests.factories import ArticlePageFactory
from habar.stats.models import PageViewDay

pytestmark = pytest.mark.both_engines


def read(article, views, days_ago=0):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    PageViewDay.objects.create(page=article, day=day, views=views)


def ranked(page):
    return [a.get_text() for a in page.select(".most-read a")]


def test_section_most_read_ranks_its_articles_by_views(tree, reader, html):
    politics = tree.section("politics")
    read(ArticlePageFactory(parent=politics, title="Quiet"), 3)
    read(ArticlePageFactory(parent=politics, title="Popular"), 40)

    page = html(reader.get("/en/politics/most-read/"))

    assert ranked(page) == ["Popular", "Quiet"]


def test_section_most_read_adds_up_the_days_of_the_period(tree, reader, html):
    politics = tree.section("politics")
    steady = ArticlePageFactory(parent=politics, title="Steady")
    for days_ago in range(5):
        read(steady, 10, days_ago)
    read(ArticlePageFactory(parent=politics, title="One good day"), 30)

    page = html(reader.get("/en/politics/most-read/?period=week"))

    assert ranked(page) == ["Steady", "One good day"]
    assert "50 views" in page.select_one(".most-read li").get_text()


def test_section_most_read_leaves_out_other_sections(tree, reader, html):
    read(ArticlePageFactory(parent=tree.section("politics"), title="Politics story"), 5)
    read(ArticlePageFactory(parent=tree.section("economy"), title="Economy story"), 50)

    page = html(reader.get("/en/politics/most-read/"))

    assert ranked(page) == ["Politics story"]


def test_section_most_read_leaves_out_the_sections_other_languages(tree, reader, html):
    read(ArticlePageFactory(parent=tree.section("politics", "ru"), title="Русская"), 50)

    page = html(reader.get("/en/politics/most-read/"))

    assert ranked(page) == []


def test_section_most_read_today_leaves_out_yesterday(tree, reader, html):
    read(ArticlePageFactory(parent=tree.section("politics"), title="Yesterday's"), 10, days_ago=1)

    page = html(reader.get("/en/politics/most-read/?period=today"))

    assert ranked(page) == []


def test_section_most_read_month_leaves_out_older_days(tree, reader, html):
    politics = tree.section("politics")
    read(ArticlePageFactory(parent=politics, title="This month"), 1, days_ago=29)
    read(ArticlePageFactory(parent=politics, title="Last month"), 99, days_ago=30)

    page = html(reader.get("/en/politics/most-read/?period=month"))

    assert ranked(page) == ["This month"]


def test_section_most_read_leaves_out_unpublished_articles(tree, reader, html):
    draft = ArticlePageFactory(parent=tree.section("politics"), title="Withdrawn")
    read(draft, 10)
    draft.unpublish()

    page = html(reader.get("/en/politics/most-read/"))

    assert ranked(page) == []


def test_section_most_read_is_headed_by_the_section(tree, reader, html):
    page = html(reader.get("/en/politics/most-read/"))

    assert page.h1.get_text() == "Most read: Politics"


def test_section_most_read_of_an_unknown_period_is_not_found(tree, reader):
    assert reader.get("/en/politics/most-read/?period=decade").status_code == 404


def test_section_page_links_to_its_most_read_list(tree, reader, html):
    page = html(reader.get("/en/politics/"))

    assert page.select_one(".section-most-read a")["href"] == "/en/politics/most-read/"


def test_section_pages_still_paginate(tree, reader):
    for _ in range(21):
        ArticlePageFactory(parent=tree.section("politics"))

    assert reader.get("/en/politics/?page=2").status_code == 200
    assert reader.get("/en/politics/?page=3").status_code == 404


def test_an_article_cannot_take_the_most_read_address(tree):
    article = ArticlePageFactory(parent=tree.section("politics"), title="Popular")
    article.slug = "most-read"

    with pytest.raises(ValidationError) as error:
        article.full_clean()

    assert "slug" in error.value.message_dict
