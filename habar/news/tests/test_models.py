import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from habar.news.models import ArticleIndexPage, ArticlePage, HomePage
from habar.news.tests.factories import ArticlePageFactory, ashgabat


def test_publication_date_defaults_to_first_publication(tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False, publication_date=None)
    assert draft.publication_date is None

    draft.save_revision().publish()
    draft.refresh_from_db()

    assert draft.first_published_at is not None
    assert draft.publication_date == draft.first_published_at


def test_publication_date_set_by_the_editor_is_kept(tree):
    draft = ArticlePageFactory(
        parent=tree.section(), live=False, publication_date=ashgabat(2019, 5, 9)
    )

    draft.save_revision().publish()
    draft.refresh_from_db()

    assert draft.publication_date == ashgabat(2019, 5, 9)


def test_publication_date_survives_republishing(tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False, publication_date=None)
    draft.save_revision().publish()
    draft.refresh_from_db()
    first = draft.publication_date

    draft.title = "Corrected title"
    draft.save_revision().publish()
    draft.refresh_from_db()

    assert draft.publication_date == first


def test_draft_has_no_publication_date(tree):
    draft = ArticlePageFactory(parent=tree.section(), live=False, publication_date=None)

    assert ArticlePage.objects.get(pk=draft.pk).publication_date is None


def test_live_article_created_without_a_date_gets_now(tree):
    before = timezone.now()

    article = ArticlePageFactory(parent=tree.section(), publication_date=None)

    assert before <= article.publication_date <= timezone.now()


def test_newest_first_breaks_ties_by_newest_page(tree):
    same_time = ashgabat(2025, 1, 1)
    older = ArticlePageFactory(parent=tree.section(), publication_date=same_time)
    newer = ArticlePageFactory(parent=tree.section(), publication_date=same_time)

    assert list(ArticlePage.objects.newest_first()) == [newer, older]


def test_for_listing_leaves_out_private_articles(tree):
    from wagtail.models import PageViewRestriction

    article = ArticlePageFactory(parent=tree.section())
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert article not in ArticlePage.objects.for_listing()


@pytest.mark.parametrize(
    ("model", "parents"),
    [
        (HomePage, [Page]),
        (ArticleIndexPage, [HomePage]),
        (ArticlePage, [ArticleIndexPage]),
    ],
)
def test_page_tree_shape(model, parents):
    assert model.allowed_parent_page_models() == parents


def test_home_page_lists_newest_articles_and_sections(tree, reader, html):
    ArticlePageFactory(
        parent=tree.section("economy"), title="Old", publication_date=ashgabat(2020, 1, 1)
    )
    ArticlePageFactory(
        parent=tree.section("politics"), title="New", publication_date=ashgabat(2025, 1, 1)
    )

    page = html(reader.get(tree.homes["en"].url))

    assert [h3.get_text() for h3 in page.select("section.listing article.card h3")] == [
        "New",
        "Old",
    ]
    assert [a.get_text() for a in page.select("ul.section-list a")] == ["Politics", "Economy"]


@pytest.mark.django_db  # a page's __init__ reads its content type
def test_article_dates_are_stored_aware():
    article = ArticlePage(title="x", publication_date=ashgabat(2025, 1, 1))

    assert article.publication_date.utcoffset() == datetime.timedelta(hours=5)
