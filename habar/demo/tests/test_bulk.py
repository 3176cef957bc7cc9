"""The large-archive generator: live articles written in bulk into a valid page tree."""

import pytest
from wagtail.models import Page

from habar.demo.bulk import build_archive
from habar.news.models import ArticlePage
from habar.news.tests.factories import build_site_tree


@pytest.fixture
def home(db):
    return build_site_tree(languages=("en",), default_language="en").homes["en"]


def test_the_archive_is_live_articles_spread_over_the_sections(home):
    assert build_archive(home, 5) == 5

    articles = ArticlePage.objects.descendant_of(home).filter(slug__startswith="archive-")
    assert articles.count() == articles.live().count() == 5
    assert len({article.get_parent().pk for article in articles}) == 2


def test_a_second_run_numbers_on_and_keeps_the_tree_sound(home):
    build_archive(home, 3)
    build_archive(home, 2)

    slugs = set(ArticlePage.objects.descendant_of(home).values_list("slug", flat=True))
    assert {f"archive-{number}" for number in range(1, 6)} <= slugs
    assert Page.find_problems() == ([], [], [], [], [])
