"""Go-live and expiry: each fires once, copies too, and late ones are recorded."""

import datetime
from unittest import mock

import pytest
from wagtail.models import PageLogEntry, Revision

from habar.news.syndication import syndicate
from habar.news.tests.factories import ArticlePageFactory
from habar.news.tests.test_syndication import embassy
from habar.worker.models import MissedSchedule
from habar.worker.scheduler import fire_due_schedules

pytestmark = pytest.mark.both_engines

UTC = datetime.UTC
GO_LIVE = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def at(moment):
    """Run as if the clock read `moment` (Wagtail and the scheduler both ask timezone.now)."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def scheduled(page, go_live_at):
    page.go_live_at = go_live_at
    with at(go_live_at - datetime.timedelta(hours=1)):
        page.save_revision(log_action=True).publish(log_action=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def draft(tree):
    return ArticlePageFactory(parent=tree.section(), live=False)


def scheduled_publishes(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").count()


def test_a_scheduled_page_waits_for_its_time(draft):
    page = scheduled(draft, GO_LIVE)

    with at(GO_LIVE - datetime.timedelta(seconds=1)):
        fired = fire_due_schedules()

    page.refresh_from_db()
    assert (fired, page.live) == ([], False)


def test_a_due_page_goes_live(draft):
    page = scheduled(draft, GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(seconds=20)):
        fire_due_schedules()

    page.refresh_from_db()
    assert page.live
    assert scheduled_publishes(page) == 1


def test_a_schedule_fires_once_however_often_the_scheduler_runs(draft):
    page = scheduled(draft, GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(seconds=20)):
        fire_due_schedules()
        fire_due_schedules()

    assert scheduled_publishes(page) == 1


def test_an_expired_page_goes_down(tree):
    page = ArticlePageFactory(parent=tree.section(), expire_at=GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(seconds=20)):
        fired = fire_due_schedules()

    page.refresh_from_db()
    assert (page.live, page.expired) == (False, True)
    assert [item.action for item in fired] == [MissedSchedule.UNPUBLISH]


def test_a_syndicated_copy_goes_live_on_its_own_schedule(tree):
    origin = ArticlePageFactory(parent=tree.section())
    with at(GO_LIVE - datetime.timedelta(hours=1)):
        copy = syndicate(origin, embassy("berlin"), go_live_at=GO_LIVE)
    assert not copy.live

    with at(GO_LIVE + datetime.timedelta(seconds=20)):
        fire_due_schedules()

    copy.refresh_from_db()
    assert copy.live
    assert copy.title == origin.title


def test_a_schedule_fired_on_time_is_not_reported(draft):
    scheduled(draft, GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(seconds=30)):
        fire_due_schedules()

    assert not MissedSchedule.objects.exists()


def test_a_schedule_fired_late_is_reported_with_its_delay(draft):
    page = scheduled(draft, GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(minutes=47)):
        fire_due_schedules()

    missed = MissedSchedule.objects.get()
    assert (missed.page_id, missed.action) == (page.pk, MissedSchedule.PUBLISH)
    assert missed.scheduled_at == GO_LIVE
    assert missed.delay == datetime.timedelta(minutes=47)


def test_a_late_expiry_is_reported(tree):
    page = ArticlePageFactory(parent=tree.section(), expire_at=GO_LIVE)

    with at(GO_LIVE + datetime.timedelta(hours=3)):
        fire_due_schedules()

    missed = MissedSchedule.objects.get()
    assert (missed.page_id, missed.action) == (page.pk, MissedSchedule.UNPUBLISH)
    assert missed.delay == datetime.timedelta(hours=3)


def test_one_failing_schedule_does_not_hold_up_the_others(tree, monkeypatch):
    first = scheduled(ArticlePageFactory(parent=tree.section(), live=False), GO_LIVE)
    second = scheduled(
        ArticlePageFactory(parent=tree.section(), live=False),
        GO_LIVE + datetime.timedelta(seconds=1),
    )
    publish = Revision.publish

    def failing_for_first(revision, *args, **kwargs):
        if int(revision.object_id) == first.pk:
            raise RuntimeError("broken revision")
        return publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", failing_for_first)
    with at(GO_LIVE + datetime.timedelta(seconds=20)):
        fire_due_schedules()

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.live, second.live) == (False, True)
