import datetime

import pytest

from habar.news.tests.factories import ArticlePageFactory
from habar.stats.models import PageViewDay, PageViewTotal, add_views

pytestmark = pytest.mark.both_engines

MAY_1 = datetime.date(2025, 5, 1)
MAY_2 = datetime.date(2025, 5, 2)


def test_add_views_returns_the_new_total(tree):
    article = ArticlePageFactory(parent=tree.section())

    assert add_views(article.pk, MAY_1) == 1
    assert add_views(article.pk, MAY_1) == 2


def test_add_views_adds_the_given_number(tree):
    article = ArticlePageFactory(parent=tree.section())
    add_views(article.pk, MAY_1)

    assert add_views(article.pk, MAY_1, views=5) == 6


def test_add_views_creates_the_total(tree):
    article = ArticlePageFactory(parent=tree.section())

    add_views(article.pk, MAY_1)

    assert PageViewTotal.objects.get(page=article).views == 1


def test_add_views_counts_one_row_per_day(tree):
    article = ArticlePageFactory(parent=tree.section())

    add_views(article.pk, MAY_1)
    add_views(article.pk, MAY_1)
    add_views(article.pk, MAY_2)

    assert dict(PageViewDay.objects.filter(page=article).values_list("day", "views")) == {
        MAY_1: 2,
        MAY_2: 1,
    }


def test_add_views_total_spans_days(tree):
    article = ArticlePageFactory(parent=tree.section())
    add_views(article.pk, MAY_1)

    assert add_views(article.pk, MAY_2) == 2


def test_add_views_keeps_pages_apart(tree):
    one, two = ArticlePageFactory.create_batch(2, parent=tree.section())
    add_views(one.pk, MAY_1, views=3)

    assert add_views(two.pk, MAY_1) == 1
    assert PageViewTotal.count_for(one.pk) == 3


def test_count_for_an_unread_page_is_zero(tree):
    assert PageViewTotal.count_for(ArticlePageFactory(parent=tree.section()).pk) == 0


def test_deleting_the_page_deletes_its_counts(tree):
    article = ArticlePageFactory(parent=tree.section())
    add_views(article.pk, MAY_1)

    article.delete()

    assert not PageViewTotal.objects.exists()
    assert not PageViewDay.objects.exists()


def test_str(tree):
    article = ArticlePageFactory(parent=tree.section())
    add_views(article.pk, MAY_1, views=4)

    assert str(PageViewTotal.objects.get()) == f"{article.pk}: 4"
    assert str(PageViewDay.objects.get()) == f"{article.pk} 2025-05-01: 4"
