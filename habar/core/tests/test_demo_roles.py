"""The demo's per-site editors and publishers, and the review workflow between them."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from habar.core.demo.builder import MINISTRY, DemoBuilder
from habar.news.tests.factories import ArticlePageFactory


@pytest.fixture
def roles(tree):
    DemoBuilder(password="x" * 16).build_roles(MINISTRY, tree.homes)
    users = get_user_model().objects
    return users.get(username="ministry-editor"), users.get(username="ministry-publisher")


def test_an_editor_may_edit_but_not_publish_the_sites_pages(tree, roles):
    editor, _publisher = roles
    article = ArticlePageFactory(parent=tree.section("politics"))

    permissions = article.permissions_for_user(editor)

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_a_publisher_may_publish_the_sites_pages(tree, roles):
    _editor, publisher = roles
    article = ArticlePageFactory(parent=tree.section("politics"))

    assert article.permissions_for_user(publisher).can_publish()


def test_site_roles_do_not_reach_another_sites_pages(tree, roles):
    editor, publisher = roles
    other_home = Page.get_first_root_node().add_child(title="Other site", slug="other-site")

    assert not other_home.permissions_for_user(editor).can_edit()
    assert not other_home.permissions_for_user(publisher).can_edit()


def test_an_editors_submission_waits_for_the_sites_publishers(tree, roles):
    editor, publisher = roles
    article = ArticlePageFactory(parent=tree.section("politics"), live=False)
    article.save_revision(user=editor)
    workflow = article.get_workflow()

    task = workflow.start(article, editor).current_task_state.task.specific

    assert workflow.name.endswith("news review")
    assert "approve" in [name for name, *_ in task.get_actions(article, publisher)]
    assert task.get_actions(article, editor) == []


def test_a_publisher_approves_and_the_article_goes_live(tree, roles):
    editor, publisher = roles
    article = ArticlePageFactory(parent=tree.section("politics"), live=False)
    article.save_revision(user=editor)
    state = article.get_workflow().start(article, editor)

    state.current_task_state.task.specific.on_action(state.current_task_state, publisher, "approve")

    article.refresh_from_db()
    assert article.live
