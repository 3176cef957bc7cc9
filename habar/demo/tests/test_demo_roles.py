"""The demo's per-site editors, publishers and site administrators, and the review
workflow between them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupSitePermission, Page, Site
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from habar.accounts.models import SiteGroup
from habar.demo.builder import MINISTRY, DemoBuilder
from habar.news.tests.factories import ArticlePageFactory
from habar.sites.models import SiteSettings


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


@pytest.fixture
def site_admin(tree, roles):
    return get_user_model().objects.get(username="ministry-admin")


def test_each_role_has_a_group_tied_to_the_site(tree, roles):
    groups = SiteGroup.objects.filter(site=tree.site)

    assert sorted(groups.values_list("role", flat=True)) == [
        "administrator",
        "editor",
        "publisher",
    ]


def test_a_site_administrator_publishes_and_edits_the_sites_settings(tree, site_admin):
    article = ArticlePageFactory(parent=tree.section("politics"))
    policy = policy_registry.get_by_type(SiteSettings)

    assert article.permissions_for_user(site_admin).can_publish()
    assert policy.user_has_permission_for_instance(
        site_admin, "change", SiteSettings.for_site(tree.site)
    )
    assert site_admin.has_perm("auth.change_user")


def test_a_site_administrator_may_not_edit_another_sites_settings(tree, site_admin):
    other = Site.objects.create(
        hostname="other.test",
        root_page=Page.get_first_root_node().add_child(title="Other", slug="other"),
    )
    policy = policy_registry.get_by_type(SiteSettings)

    assert not policy.user_has_permission_for_instance(
        site_admin, "change", SiteSettings.for_site(other)
    )


def test_site_users_work_in_the_sites_time_zone(tree, roles):
    editor, _publisher = roles

    assert UserProfile.get_for_user(editor).current_time_zone == MINISTRY["time_zone"]


def test_building_the_roles_twice_changes_nothing(tree, roles):
    counts = (Group.objects.count(), SiteGroup.objects.count(), GroupSitePermission.objects.count())

    DemoBuilder(password="x" * 16).build_roles(MINISTRY, tree.homes)

    assert counts == (
        Group.objects.count(),
        SiteGroup.objects.count(),
        GroupSitePermission.objects.count(),
    )
