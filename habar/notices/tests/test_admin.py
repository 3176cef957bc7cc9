"""Posting and withdrawing notices in the admin: who may, and the site history."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, ModelLogEntry, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from habar.accounts.testing import verified_login
from habar.notices.models import Notice
from habar.notices.permissions import notice_permission_policy
from habar.notices.views import POST, WITHDRAW

from .factories import embassy, notice


@pytest.fixture
def berlin(tree):
    return embassy("berlin", languages=("de", "en"))


@pytest.fixture
def seoul(tree):
    return embassy("seoul", languages=("ko", "en"))


def publisher(django_user_model, name, site, codenames=("change_page", "publish_page")):
    """A user who edits (and by default publishes) every home page of `site`."""
    user = django_user_model.objects.create_user(name, password="x" * 16)
    group = Group.objects.create(name=f"{name} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for home in Page.objects.filter(translation_key=site.root_page.translation_key):
        for codename in codenames:
            GroupPagePermission.objects.create(
                group=group, page=home, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    return verified_login(Client(headers={"Accept-Language": "en"}), user)


def form(origin, sites, texts, expires_in=datetime.timedelta(hours=6)):
    now = timezone.localtime()
    data = nested_form_data(
        {
            "origin": origin.pk,
            "starts_at": now.strftime("%Y-%m-%d %H:%M"),
            "expires_at": (now + expires_in).strftime("%Y-%m-%d %H:%M"),
            "texts": inline_formset(
                [{"language": code, "text": text, "link": ""} for code, text in texts.items()],
                min=1,
            ),
        }
    )
    return {**data, "sites": [site.pk for site in sites]}


def test_a_ministry_publisher_posts_a_notice_to_two_embassies(
    tree, berlin, seoul, django_user_model
):
    client = publisher(django_user_model, "ministry-publisher", tree.site)

    response = client.post(
        reverse("notices:add"),
        form(tree.site, [berlin, seoul], {"en": "Stay indoors.", "de": "Bleiben Sie drinnen."}),
    )

    assert response.status_code == 302
    posted = Notice.objects.get()
    assert set(posted.sites.all()) == {berlin, seoul}
    assert {t.language for t in posted.texts.all()} == {"en", "de"}
    assert posted.author.username == "ministry-publisher"
    assert ModelLogEntry.objects.filter(action=POST, object_id=str(posted.pk)).exists()


def test_the_notices_appear_in_the_site_history(tree, berlin, admin_client):
    admin_client.post(reverse("notices:add"), form(tree.site, [berlin], {"en": "Stay indoors."}))
    posted = Notice.objects.get()
    admin_client.post(reverse("notices:withdraw", args=[posted.pk]))

    response = admin_client.get(reverse("wagtailadmin_reports:site_history"))

    assert "Posted an urgent notice" in response.content.decode()
    assert "Withdrew an urgent notice" in response.content.decode()


def test_a_notice_needs_one_text_per_language(tree, berlin, admin_client):
    data = form(tree.site, [berlin], {"en": "One."})
    data.update(nested_form_data({"texts": inline_formset([
        {"language": "en", "text": "One.", "link": ""},
        {"language": "en", "text": "Two.", "link": ""},
    ])}))  # fmt: skip

    response = admin_client.post(reverse("notices:add"), data)

    assert response.status_code == 200
    assert not Notice.objects.exists()


def test_a_notice_must_expire_after_it_starts(tree, berlin, admin_client):
    data = form(tree.site, [berlin], {"en": "Stay indoors."}, expires_in=-datetime.timedelta(1))

    response = admin_client.post(reverse("notices:add"), data)

    assert response.status_code == 200
    assert "The expiry must come after the start." in response.content.decode()


def test_an_embassy_publisher_posts_to_their_own_site(berlin, django_user_model):
    client = publisher(django_user_model, "berlin-publisher", berlin)

    response = client.post(reverse("notices:add"), form(berlin, [berlin], {"de": "Geschlossen."}))

    assert response.status_code == 302
    assert Notice.objects.get().origin == berlin


def test_an_embassy_publisher_cannot_post_to_another_site(berlin, seoul, django_user_model):
    client = publisher(django_user_model, "berlin-publisher", berlin)

    response = client.post(
        reverse("notices:add"), form(berlin, [berlin, seoul], {"en": "Closed today."})
    )

    assert response.status_code == 200
    assert "only be shown on the mission" in response.content.decode()
    assert not Notice.objects.exists()


def test_an_embassy_publisher_cannot_post_as_the_ministry(tree, berlin, django_user_model):
    client = publisher(django_user_model, "berlin-publisher", berlin)

    response = client.post(reverse("notices:add"), form(tree.site, [berlin], {"en": "Closed."}))

    assert response.status_code == 200
    assert not Notice.objects.exists()


def test_an_embassy_publisher_cannot_withdraw_the_ministrys_notice(tree, berlin, django_user_model):
    ministry_notice = notice(tree.site, [berlin], {"en": "Stay indoors."})
    client = publisher(django_user_model, "berlin-publisher", berlin)

    listing = client.get(reverse("notices:index"))
    withdraw = client.post(reverse("notices:withdraw", args=[ministry_notice.pk]))
    edit = client.post(reverse("notices:edit", args=[ministry_notice.pk]), {})
    delete = client.post(reverse("notices:delete", args=[ministry_notice.pk]))

    # They see it listed, as it shows on their site, with no way to change it.
    assert "Stay indoors." in listing.content.decode()
    assert reverse("notices:withdraw", args=[ministry_notice.pk]) not in listing.content.decode()
    assert reverse("notices:edit", args=[ministry_notice.pk]) not in listing.content.decode()
    for response in (withdraw, edit, delete):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    ministry_notice.refresh_from_db()
    assert not ministry_notice.is_withdrawn
    assert Notice.objects.filter(pk=ministry_notice.pk).exists()


def test_a_ministry_publisher_withdraws_the_ministrys_notice(tree, berlin, django_user_model):
    ministry_notice = notice(tree.site, [berlin], {"en": "Stay indoors."})
    client = publisher(django_user_model, "ministry-publisher", tree.site)

    response = client.post(reverse("notices:withdraw", args=[ministry_notice.pk]))

    assert response.status_code == 302
    ministry_notice.refresh_from_db()
    assert ministry_notice.withdrawn_by.username == "ministry-publisher"
    entry = ModelLogEntry.objects.get(action=WITHDRAW)
    assert entry.object_id == str(ministry_notice.pk)


def test_an_editor_who_cannot_publish_cannot_post(berlin, django_user_model):
    client = publisher(django_user_model, "berlin-editor", berlin, codenames=["change_page"])

    response = client.get(reverse("notices:add"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_add_form_opens_for_a_ministry_publisher(tree, berlin, django_user_model):
    client = publisher(django_user_model, "ministry-publisher", tree.site)

    response = client.get(reverse("notices:add"))

    assert response.status_code == 200
    assert "berlin.localhost" in response.content.decode()


def test_the_withdraw_page_asks_before_withdrawing(tree, berlin, django_user_model):
    ministry_notice = notice(tree.site, [berlin], {"en": "Stay indoors."})
    client = publisher(django_user_model, "ministry-publisher", tree.site)

    response = client.get(reverse("notices:withdraw", args=[ministry_notice.pk]))

    assert response.status_code == 200
    assert "berlin" in response.content.decode().lower()
    ministry_notice.refresh_from_db()
    assert not ministry_notice.is_withdrawn


def test_the_list_offers_withdrawal_of_the_users_own_notices(tree, berlin, django_user_model):
    ministry_notice = notice(tree.site, [berlin], {"en": "Stay indoors."})
    client = publisher(django_user_model, "ministry-publisher", tree.site)

    listing = client.get(reverse("notices:index")).content.decode()

    assert reverse("notices:withdraw", args=[ministry_notice.pk]) in listing
    assert reverse("notices:edit", args=[ministry_notice.pk]) in listing


def test_the_policy_names_the_publishers_and_not_the_editors(berlin, django_user_model):
    publisher(django_user_model, "berlin-publisher", berlin)
    publisher(django_user_model, "berlin-editor", berlin, codenames=["change_page"])

    users = notice_permission_policy.users_with_any_permission(["change"])

    assert [user.username for user in users] == ["berlin-publisher"]
