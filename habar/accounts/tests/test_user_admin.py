"""A site administrator manages their own site's accounts and settings, and nothing else."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page, Site

from habar.demo.builder import DemoBuilder
from habar.sites.models import SiteSettings

from .conftest import PASSWORD, enrol

OTHER = {"key": "other", "title": {"en": "Other embassy"}, "time_zone": "Europe/Paris"}


@pytest.fixture
def other_site(roles):
    home = Page.get_first_root_node().add_child(title="Other embassy", slug="other-home")
    site = Site.objects.create(hostname="other.test", root_page=home)
    DemoBuilder(password=PASSWORD).build_roles(OTHER, {"en": home})
    return site


@pytest.fixture
def site_admin(roles):
    client = Client()
    enrol(client, roles["admin"])
    return client


def user(username):
    return get_user_model().objects.get(username=username)


def test_the_user_list_shows_the_sites_accounts_only(site_admin, other_site, superuser):
    response = site_admin.get("/admin/users/")

    listed = {u.username for u in response.context["object_list"]}
    assert listed == {"ministry-editor", "ministry-publisher", "ministry-admin"}


def test_another_sites_account_cannot_be_opened(site_admin, other_site):
    response = site_admin.get(f"/admin/users/edit/{user('other-editor').pk}/")

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"


def test_a_superuser_cannot_be_edited_by_a_site_administrator(site_admin, superuser):
    response = site_admin.get(f"/admin/users/edit/{superuser.pk}/")

    assert response.status_code in (302, 403)


def test_the_form_offers_only_the_sites_groups_and_no_superuser_box(site_admin, tree, other_site):
    response = site_admin.get(f"/admin/users/edit/{user('ministry-editor').pk}/")

    form = response.context["form"]
    assert "is_superuser" not in form.fields
    offered = {group.habar_site.site for group in form.fields["groups"].queryset}
    assert offered == {tree.site}


def test_a_site_administrator_cannot_make_a_superuser(site_admin, roles):
    editor = roles["editor"]
    group = editor.groups.get()

    site_admin.post(
        f"/admin/users/edit/{editor.pk}/",
        {
            "username": editor.username,
            "email": "editor@example.com",
            "first_name": "Aýna",
            "last_name": "Orazowa",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [group.pk],
        },
    )

    editor.refresh_from_db()
    assert editor.first_name == "Aýna"
    assert not editor.is_superuser


def test_a_site_administrator_cannot_give_another_sites_group(site_admin, roles, other_site):
    editor = roles["editor"]
    foreign = other_site.habar_groups.get(role="publisher").group

    response = site_admin.post(
        f"/admin/users/edit/{editor.pk}/",
        {
            "username": editor.username,
            "email": "editor@example.com",
            "first_name": "A",
            "last_name": "B",
            "is_active": "on",
            "groups": [foreign.pk],
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["groups"]
    assert not editor.groups.filter(pk=foreign.pk).exists()


def test_bulk_actions_on_users_are_for_superusers_only(site_admin, roles):
    editor = roles["editor"]

    response = site_admin.post(
        f"/admin/bulk/auth/user/assign_role/?id={editor.pk}&next=/admin/users/",
        {"role": editor.groups.get().pk},
    )

    assert response.status_code == 403


def test_a_site_administrator_edits_their_sites_settings_only(site_admin, tree, other_site):
    SiteSettings.for_site(other_site)
    url = "/admin/settings/habar_sites/sitesettings/{}/"

    assert site_admin.get(url.format(tree.site.pk)).status_code == 200
    assert site_admin.get(url.format(other_site.pk)).status_code in (302, 403)
