"""What changed in a translation's source since the translation: baselines, staleness, and
the comparison the parity report links to."""

import pytest
from django.urls import reverse
from wagtail.rich_text import RichText

from habar.news.models import BaselineKind, TranslationBaseline
from habar.news.parity import parity_rows
from habar.news.tests.factories import ArticlePageFactory
from habar.news.translation_changes import ADDED, CHANGED, REMOVED, source_changes

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def article(tree):
    return publish(
        ArticlePageFactory(
            parent=tree.section("politics", "en"),
            body=[
                ("paragraph", RichText("<p>The minister met the ambassador.</p>")),
                ("paragraph", RichText("<p>They spoke of trade.</p>")),
            ],
        )
    )


@pytest.fixture
def russian(article, tree):
    return publish(article.copy_for_translation(tree.homes["ru"].locale))


def add_paragraph(article, text):
    article.body.append(("paragraph", RichText(f"<p>{text}</p>")))
    return publish(article)


def test_a_copy_for_translation_records_the_source_revision(article, russian):
    baseline = TranslationBaseline.objects.get(page=russian)

    assert baseline.source_id == article.pk
    assert baseline.source_revision_id == article.live_revision_id
    assert baseline.kind == BaselineKind.COPIED


def test_a_translation_is_stale_once_its_source_publishes_a_newer_revision(article, russian, tree):
    assert not [row for row in parity_rows(tree.site) if row.stale]

    add_paragraph(article, "A new paragraph.")
    publish(russian)  # edited after the source, yet made from its older text

    [row] = [row for row in parity_rows(tree.site) if row.stale]
    assert [stale.page.pk for stale in row.stale] == [russian.pk]


def test_the_comparison_shows_an_added_paragraph_as_the_only_change(article, russian):
    article = add_paragraph(article, "A new paragraph.")

    [change] = source_changes(russian).changes()

    assert change.status == ADDED
    assert change.id == f"body.{article.body[2].id}"
    assert change.now == "<p>A new paragraph.</p>"


def test_the_comparison_diffs_changed_text_word_by_word_and_shows_removals(article, russian):
    article.body[0].value = RichText("<p>The minister met the new ambassador.</p>")
    del article.body[1]
    publish(article)

    changed, removed = source_changes(russian).changes()

    assert (changed.status, removed.status) == (CHANGED, REMOVED)
    assert str(changed.words_diff) == "The minister met the <ins>new</ins> ambassador."
    assert removed.then == "<p>They spoke of trade.</p>"


def test_the_parity_report_links_a_stale_translation_to_its_comparison(
    article, russian, admin_client
):
    add_paragraph(article, "A new paragraph.")
    url = reverse("habar_news:translation_changes", args=[russian.pk])

    report = admin_client.get(reverse("habar_news:translation_parity"))
    assert url in report.content.decode()

    page = admin_client.get(url)
    assert page.status_code == 200
    assert "A new paragraph." in page.content.decode()


def test_marking_a_translation_up_to_date_takes_it_off_the_report(
    article, russian, admin_client, tree
):
    article = add_paragraph(article, "A new paragraph.")

    admin_client.post(reverse("habar_news:translation_changes", args=[russian.pk]))

    assert TranslationBaseline.objects.get(page=russian).source_revision_id == (
        article.live_revision_id
    )
    assert not [row for row in parity_rows(tree.site) if row.stale]


def test_a_page_that_translates_nothing_has_no_comparison(tree, admin_client):
    url = reverse("habar_news:translation_changes", args=[tree.homes["en"].pk])
    # The English home is a translation of the Turkmen one; a lone article is not.
    lone = ArticlePageFactory(parent=tree.section("politics", "en"))

    assert admin_client.get(url).status_code == 200
    lone_url = reverse("habar_news:translation_changes", args=[lone.pk])
    assert admin_client.get(lone_url).status_code == 404


def test_markup_the_editor_rewrites_is_no_change(article, russian):
    """Saved from the admin, each paragraph gains a data-block-key: nothing to translate."""
    article.body[0].value = RichText(
        '<p data-block-key="a1b2c">The minister met the ambassador.</p>'
    )
    publish(article)

    assert source_changes(russian).changes() == []
