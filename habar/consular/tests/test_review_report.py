"""The admin's "Services to review" report."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission

from habar.accounts.testing import verified_login
from habar.consular.views import months_before
from habar.core.tests.factories import UserFactory

from .factories import ServicePageFactory

REPORT = "habar_consular:services_to_review"
TODAY = datetime.date(2026, 12, 3)


@pytest.fixture
def reviewed(services, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)
    return {
        "stale": ServicePageFactory(
            parent=services, title="Visa support letter", last_reviewed=datetime.date(2025, 9, 1)
        ),
        "fresh": ServicePageFactory(
            parent=services, title="Consular registration", last_reviewed=datetime.date(2026, 6, 1)
        ),
    }


def titles(response):
    assert response.status_code == 200
    content = response.content.decode()
    return [title for title in ("Visa support letter", "Consular registration") if title in content]


def test_lists_services_not_reviewed_for_longer_than_the_setting(admin_client, reviewed):
    response = admin_client.get(reverse(REPORT))

    assert titles(response) == ["Visa support letter"]
    edit = reverse("wagtailadmin_pages:edit", args=[reviewed["stale"].pk])
    assert edit in response.content.decode()
    assert "Last reviewed before 03.12.2025" in response.content.decode()


def test_the_number_of_months_is_configurable(admin_client, reviewed, settings):
    settings.HABAR_SERVICE_REVIEW_MONTHS = 3

    response = admin_client.get(reverse(REPORT))

    assert titles(response) == ["Visa support letter", "Consular registration"]


def test_is_in_the_reports_menu(admin_client, db):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert reverse(REPORT) in response.content.decode()


def test_an_editor_sees_only_the_services_they_may_edit(reviewed, tree, berlin):
    _site, indexes = berlin
    ServicePageFactory(
        parent=indexes["en"],
        title="Stale service in Berlin",
        last_reviewed=datetime.date(2020, 1, 1),
    )
    group = Group.objects.create(name="Berlin editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=indexes["en"].get_parent(),
        permission=Permission.objects.get(codename="change_page"),
    )
    user = UserFactory()
    user.groups.add(group)
    client = verified_login(Client(headers={"Accept-Language": "en"}), user)

    content = client.get(reverse(REPORT)).content.decode()

    assert "Stale service in Berlin" in content
    assert "Visa support letter" not in content


def test_is_closed_to_users_who_edit_nothing(db):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = verified_login(Client(), user)

    response = client.get(reverse(REPORT))

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 12, 3), 12, datetime.date(2025, 12, 3)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 1, 15), 13, datetime.date(2024, 12, 15)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
