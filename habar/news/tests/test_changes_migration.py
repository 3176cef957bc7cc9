"""The free-text corrections note becomes a dated correction, and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from habar.news.models import ArticleChange
from habar.news.tests.factories import ArticlePageFactory, ashgabat, build_site_tree

BEFORE = [("news", "0005_article_kind")]
AFTER = [("news", "0006_article_changes")]

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_an_old_note_becomes_one_correction_dated_at_the_last_publication():
    tree = build_site_tree()
    noted = ArticlePageFactory(parent=tree.section("politics"))
    quiet = ArticlePageFactory(parent=tree.section("politics"))
    published_at = ashgabat(2025, 6, 1, 9)
    try:
        old = migrate(BEFORE)
        old_pages = old.get_model("news", "ArticlePage")
        old_pages.objects.filter(pk=noted.pk).update(
            corrections="  The minister's name was misspelt.  ", last_published_at=published_at
        )
        old_pages.objects.filter(pk=quiet.pk).update(corrections="   ")

        new = migrate(AFTER)

        changes = new.get_model("news", "ArticleChange").objects.all()
        assert [(c.article_id, c.kind, c.note, c.date) for c in changes] == [
            (noted.pk, "correction", "The minister's name was misspelt.", published_at)
        ]
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_going_back_keeps_the_published_notes_as_text():
    tree = build_site_tree()
    article = ArticlePageFactory(parent=tree.section("politics"))
    ArticleChange.objects.create(
        article=article, kind="correction", note="First.", date=ashgabat(2025, 6, 1)
    )
    ArticleChange.objects.create(
        article=article, kind="update", note="Second.", date=ashgabat(2025, 6, 2)
    )
    try:
        old = migrate(BEFORE)

        note = old.get_model("news", "ArticlePage").objects.get(pk=article.pk).corrections
        assert note == "First.\n\nSecond."
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
