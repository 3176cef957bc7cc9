"""indexed_once(): a bulk change indexes each object once, when it ends, and only then."""

from contextlib import contextmanager

import pytest
from django.db.models.signals import post_save
from django_tasks.signals import task_enqueued
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.tasks import update_reference_index_task

from habar.core.indexing import indexed_once
from habar.news.models import ArticlePage
from habar.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@contextmanager
def enqueued():
    """The (task, model name, pk) of each task enqueued inside, in order."""
    seen = []

    def note(sender, task_result, **kwargs):
        seen.append((task_result.task.func, *task_result.args[1:]))

    task_enqueued.connect(note)
    try:
        yield seen
    finally:
        task_enqueued.disconnect(note)


def found(words):
    return {page.title for page in ArticlePage.objects.search(words)}


def test_pages_saved_inside_are_searchable_once_it_ends(tree):
    section = tree.section("politics", "en")
    link = RichText(f'<p>See <a linktype="page" id="{section.pk}">Politics</a></p>')
    with indexed_once():
        article = ArticlePageFactory(parent=section, title="Talks on gas")
        article.title = "Talks on transit"
        article.body = [("paragraph", link)]
        article.save()
        assert found("transit") == set()
        assert not ReferenceIndex.get_references_for_object(article).exists()

    assert found("transit") == {"Talks on transit"}
    assert ReferenceIndex.get_references_to(section).filter(object_id=str(article.pk)).exists()


def test_each_object_is_handed_to_each_task_once_first_saves_first(tree):
    section = tree.section("politics", "en")
    with enqueued() as tasks, indexed_once():
        first = ArticlePageFactory(parent=section, title="First")
        second = ArticlePageFactory(parent=section, title="Second")
        for page in (first, second, first):
            page.save()
        assert tasks == []

    articles = [task for task in tasks if task[1] == "articlepage"]
    assert sorted(articles, key=lambda task: task[0].__name__) == [
        (insert_or_update_object_task.func, "articlepage", str(first.pk)),
        (insert_or_update_object_task.func, "articlepage", str(second.pk)),
        (update_reference_index_task.func, "articlepage", str(first.pk)),
        (update_reference_index_task.func, "articlepage", str(second.pk)),
    ]


def test_an_object_deleted_inside_is_not_indexed_and_leaves_no_entry(tree):
    with indexed_once():
        article = ArticlePageFactory(parent=tree.section("politics", "en"), title="Withdrawn")
        pk = article.pk
        article.delete()

    assert found("Withdrawn") == set()
    assert not ReferenceIndex.objects.filter(object_id=str(pk)).exists()


def test_saves_after_it_index_at_once_again(tree):
    receivers = len(post_save.receivers)
    with indexed_once():
        pass

    assert len(post_save.receivers) == receivers
    ArticlePageFactory(parent=tree.section("politics", "en"), title="Talks on rail")
    assert found("rail") == {"Talks on rail"}


def test_nothing_is_indexed_when_the_block_fails(tree):
    with enqueued() as tasks, pytest.raises(RuntimeError), indexed_once():
        ArticlePageFactory(parent=tree.section("politics", "en"), title="Unfinished")
        raise RuntimeError

    assert tasks == []
