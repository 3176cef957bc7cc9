"""An embassy schedules in its own time: the admin reads go-live in the editor's time zone."""

import datetime
import zoneinfo
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from habar.core.tests.factories import UserFactory
from habar.news.models import ArticlePage
from habar.news.tests.factories import ArticlePageFactory
from habar.worker.scheduler import fire_due_schedules

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NINE_UTC = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


def go_live_field():
    form_class = ArticlePage.get_edit_handler().get_form_class()
    return form_class.base_fields["go_live_at"]


def test_ten_oclock_in_berlin_is_nine_utc_in_december():
    with timezone.override(BERLIN):
        go_live_at = go_live_field().clean("2026-12-01 10:00")

    assert go_live_at == NINE_UTC


def test_a_page_scheduled_at_ten_in_berlin_goes_live_at_nine_utc(tree):
    page = ArticlePageFactory(parent=tree.section(), live=False)
    with timezone.override(BERLIN):
        page.go_live_at = go_live_field().clean("2026-12-01 10:00")
    with mock.patch(
        "django.utils.timezone.now", return_value=NINE_UTC - datetime.timedelta(hours=2)
    ):
        page.save_revision().publish()

    with mock.patch(
        "django.utils.timezone.now", return_value=NINE_UTC - datetime.timedelta(seconds=1)
    ):
        fire_due_schedules()
    page.refresh_from_db()
    assert not page.live

    with mock.patch(
        "django.utils.timezone.now", return_value=NINE_UTC + datetime.timedelta(seconds=1)
    ):
        fire_due_schedules()
    page.refresh_from_db()
    assert page.live
    assert page.last_published_at == NINE_UTC + datetime.timedelta(seconds=1)


@pytest.mark.parametrize(("time_zone", "shown"), [("Europe/Berlin", "10:00"), ("UTC", "09:00")])
def test_the_admin_shows_go_live_in_the_editors_time_zone(tree, admin_login, time_zone, shown):
    page = ArticlePageFactory(parent=tree.section(), live=False, go_live_at=NINE_UTC)
    user = UserFactory(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = time_zone
    profile.save()
    client = admin_login(user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert f'value="2026-12-01 {shown}"' in response.content.decode()
