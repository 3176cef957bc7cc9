"""Notices on readers' pages: every page of the sites they go to, in the languages they have,
at once (every cached page), until they expire or are withdrawn."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from habar.notices.schedule import announce_due_notices
from habar.worker.loop import Worker

from .factories import embassy, notice

pytestmark = pytest.mark.both_engines

TEXTS = {
    "en": "Citizens in the region: call the emergency line.",
    "de": "Bürger in der Region: Rufen Sie die Notrufnummer an.",
    "ru": "Гражданам в регионе: звоните на экстренную линию.",
}


@pytest.fixture
def berlin(tree):
    return embassy("berlin", languages=("de", "en"))


@pytest.fixture
def seoul(tree):
    return embassy("seoul", languages=("ko", "en"))


def page(reader, host, path="/en/"):
    return reader.get(path, HTTP_HOST=host)


def shows(response, text):
    return text in response.content.decode()


def test_a_notice_shows_on_every_page_of_its_sites_in_their_shared_languages(
    tree, berlin, seoul, reader
):
    notice(tree.site, [berlin, seoul], TEXTS)

    assert shows(page(reader, "berlin.localhost", "/de/"), TEXTS["de"])
    assert shows(page(reader, "berlin.localhost", "/en/news-section/"), TEXTS["en"])
    assert shows(page(reader, "seoul.localhost", "/en/"), TEXTS["en"])
    # Korean: the notice has no Korean text, so Korean pages show none of it.
    korean = page(reader, "seoul.localhost", "/ko/").content.decode()
    assert 'role="alert"' not in korean


def test_a_notice_is_not_shown_on_sites_it_does_not_go_to(tree, berlin, reader):
    notice(tree.site, [berlin], TEXTS)

    assert not shows(page(reader, "testserver", "/en/"), TEXTS["en"])


def test_a_notice_reaches_pages_already_in_the_cache_at_once(tree, berlin, reader):
    paths = ["/en/", "/en/news-section/", "/de/"]
    for path in paths:
        page(reader, "berlin.localhost", path)
    assert page(reader, "berlin.localhost", "/en/")["X-Habar-Cache"] == "hit"

    notice(tree.site, [berlin], TEXTS)

    for path in paths:
        response = page(reader, "berlin.localhost", path)
        assert response["X-Habar-Cache"] == "miss"
        assert shows(response, TEXTS[path[1:3]])


def test_a_cached_page_with_a_notice_is_answered_without_a_query(tree, berlin, reader):
    notice(tree.site, [berlin], TEXTS)
    page(reader, "berlin.localhost")

    with CaptureQueriesContext(connection) as queries:
        response = page(reader, "berlin.localhost")

    assert response["X-Habar-Cache"] == "hit"
    assert shows(response, TEXTS["en"])
    assert len(queries) == 0


def test_a_withdrawn_notice_leaves_every_cached_page_at_once(tree, berlin, reader):
    posted = notice(tree.site, [berlin], TEXTS)
    assert shows(page(reader, "berlin.localhost"), TEXTS["en"])

    posted.withdraw()

    assert not shows(page(reader, "berlin.localhost"), TEXTS["en"])


def test_a_site_taken_off_a_notice_loses_it_at_once(tree, berlin, seoul, reader):
    posted = notice(tree.site, [berlin, seoul], TEXTS)
    assert shows(page(reader, "seoul.localhost"), TEXTS["en"])

    posted.sites = [berlin]
    posted.save()

    assert not shows(page(reader, "seoul.localhost"), TEXTS["en"])
    assert shows(page(reader, "berlin.localhost"), TEXTS["en"])


def test_an_expired_notice_leaves_cached_pages_when_the_worker_announces_it(tree, berlin, reader):
    expires = timezone.now() + datetime.timedelta(minutes=5)
    notice(tree.site, [berlin], TEXTS, expires=expires)
    assert shows(page(reader, "berlin.localhost"), TEXTS["en"])
    later = expires + datetime.timedelta(seconds=1)

    with mock.patch("django.utils.timezone.now", return_value=later):
        # Until the worker's round, the cached page stands (no query on a hit).
        assert page(reader, "berlin.localhost")["X-Habar-Cache"] == "hit"
        announced = announce_due_notices()
        response = page(reader, "berlin.localhost")

    assert len(announced) == 1
    assert not shows(response, TEXTS["en"])


def test_a_scheduled_notice_appears_when_the_worker_announces_its_start(tree, berlin, reader):
    starts = timezone.now() + datetime.timedelta(minutes=5)
    notice(tree.site, [berlin], TEXTS, starts=starts)
    assert not shows(page(reader, "berlin.localhost"), TEXTS["en"])

    with mock.patch("django.utils.timezone.now", return_value=starts):
        announce_due_notices()
        response = page(reader, "berlin.localhost")

    assert shows(response, TEXTS["en"])


def test_the_worker_announces_each_change_once(tree, berlin):
    expires = timezone.now() + datetime.timedelta(minutes=5)
    posted = notice(tree.site, [berlin], TEXTS, expires=expires)

    with mock.patch("django.utils.timezone.now", return_value=expires):
        first, second = announce_due_notices(), announce_due_notices()

    assert [n.pk for n in first] == [posted.pk]
    assert second == []


def test_a_right_to_left_page_shows_the_notice_in_persian(tree, reader):
    tehran = embassy("tehran", languages=("fa", "en"))
    notice(tree.site, [tehran], {"fa": "به شهروندان: با خط اضطراری تماس بگیرید."})

    content = page(reader, "tehran.localhost", "/fa/").content.decode()

    assert 'dir="rtl"' in content
    assert "با خط اضطراری تماس بگیرید" in content


def test_the_workers_scheduling_round_takes_an_expired_notice_off_the_pages(tree, berlin, reader):
    expires = timezone.now() + datetime.timedelta(minutes=5)
    notice(tree.site, [berlin], TEXTS, expires=expires)
    assert shows(page(reader, "berlin.localhost"), TEXTS["en"])

    with mock.patch("django.utils.timezone.now", return_value=expires):
        Worker(schedule_every=1).fire_schedules()
        response = page(reader, "berlin.localhost")

    assert not shows(response, TEXTS["en"])
