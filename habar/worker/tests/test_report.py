"""The admin's "Missed schedules" report."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from habar.core.tests.factories import UserFactory
from habar.news.tests.factories import ArticlePageFactory
from habar.worker.models import MissedSchedule

SCHEDULED = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def missed(tree):
    page = ArticlePageFactory(parent=tree.section(), title="Visit of the delegation")
    return MissedSchedule.objects.create(
        page=page,
        title=page.title,
        action=MissedSchedule.PUBLISH,
        scheduled_at=SCHEDULED,
        fired_at=SCHEDULED + datetime.timedelta(hours=1, minutes=5),
    )


@pytest.fixture
def report_url():
    return reverse("habar_worker:missed_schedules")


def test_lists_a_late_schedule_with_its_delay(admin_login, missed, report_url):
    client = admin_login(UserFactory(is_superuser=True))

    content = client.get(report_url).content.decode()

    assert "Visit of the delegation" in content
    assert "1 h 05 min" in content
    assert reverse("wagtailadmin_pages:edit", args=[missed.page_id]) in content


def test_is_in_the_reports_menu_of_a_superuser(admin_login, db, report_url):
    client = admin_login(UserFactory(is_superuser=True))

    response = client.get(reverse("wagtailadmin_home"))

    assert report_url in response.content.decode()


def test_is_closed_to_users_who_publish_nowhere(admin_login, missed, report_url):
    user = UserFactory()
    user.user_permissions.add(*_admin_access())
    client = admin_login(user)

    response = client.get(report_url)

    # Wagtail answers a refused admin page with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_exports_csv(admin_login, missed, report_url):
    client = admin_login(UserFactory(is_superuser=True))

    response = client.get(report_url, {"export": "csv"})

    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 2
    assert rows[1].startswith("Visit of the delegation,")
    assert rows[1].endswith(",2026-12-01 09:00:00+00:00,2026-12-01 10:05:00+00:00,1:05:00")


def _admin_access():

    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
