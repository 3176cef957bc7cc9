"""The page cache never shows yesterday's state: the mission page's entry lasts until the
next opening, closing or local midnight, and is rendered again after it."""

import datetime
import zoneinfo

import pytest
from django.core.cache import cache
from django.utils import timezone

from habar.core.pagecache.entries import entry_key
from habar.missions.models import Closure

from .factories import BERLIN_HOST

pytestmark = pytest.mark.both_engines

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@pytest.fixture
def frozen(monkeypatch):
    def freeze(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment.astimezone(datetime.UTC))

    return freeze


def get(reader, url):
    return reader.get(url, HTTP_HOST=BERLIN_HOST)


def stored_entry(response):
    return cache.get(entry_key(response.wsgi_request))


def test_the_page_says_how_long_its_state_holds(berlin, reader, frozen):
    # 12:59:30 on a Tuesday: reception closes at 13:00, in 30 seconds.
    frozen(datetime.datetime(2026, 10, 6, 12, 59, 30, tzinfo=BERLIN))

    response = get(reader, berlin.pages["en"].url)

    assert response["X-Habar-Cache"] == "miss"
    cache_control, max_age = response["Cache-Control"].split("=")
    assert cache_control == "public, max-age"
    assert 0 < int(max_age) <= 30  # not the cache's usual 60 seconds
    entry = stored_entry(response)
    assert 0 < entry["expires_at"] - entry["rendered_at"] <= 30


def test_a_holiday_holds_until_local_midnight(berlin, reader, frozen):
    page = berlin.pages["en"]
    page.closures.add(Closure(date=datetime.date(2026, 10, 6), name="Test holiday"))
    page.save_revision().publish()
    frozen(datetime.datetime(2026, 10, 6, 23, 0, tzinfo=BERLIN))

    response = get(reader, page.url)

    entry = stored_entry(response)
    assert round(entry["expires_at"] - entry["rendered_at"]) == 3600


def test_a_cached_entry_past_its_time_is_rendered_again(berlin, reader, frozen):
    frozen(datetime.datetime(2026, 10, 6, 12, 59, 30, tzinfo=BERLIN))
    url = berlin.pages["en"].url
    first = get(reader, url)
    assert "Open now" in first.content.decode()
    assert get(reader, url)["X-Habar-Cache"] == "hit"

    # Closing time comes: the stored entry has passed its end (as the cache sees it).
    frozen(datetime.datetime(2026, 10, 6, 13, 0, 1, tzinfo=BERLIN))
    key = entry_key(first.wsgi_request)
    entry = cache.get(key)
    cache.set(key, {**entry, "expires_at": entry["rendered_at"] - 1})

    again = get(reader, url)

    assert again["X-Habar-Cache"] == "miss"
    assert "Closed now" in again.content.decode()


def test_pages_that_do_not_bound_their_lifetime_keep_the_caches_own(berlin, reader):
    response = get(reader, berlin.pages["en"].get_parent().url)

    assert stored_entry(response)["expires_at"] is None
    assert response["Cache-Control"] == "public, max-age=60"


def test_the_wsgi_front_does_not_answer_with_an_entry_past_its_time(berlin, frozen):
    from urllib.parse import urlsplit

    from habar.core.pagecache import CachedPageFront
    from habar.core.pagecache.entries import raw_entry_key
    from habar.news.tests.test_reading_path import Inner, call

    frozen(datetime.datetime(2026, 10, 6, 12, 59, 30, tzinfo=BERLIN))
    front = CachedPageFront(Inner())
    path = urlsplit(berlin.pages["en"].url).path
    call(front, path, host=BERLIN_HOST)
    assert call(front, path, host=BERLIN_HOST)["headers"]["X-Habar-Cache"] == "hit"
    assert front.application.calls == 1

    key = raw_entry_key({"HTTP_HOST": BERLIN_HOST, "PATH_INFO": path}, secure=False)
    entry = cache.get(key)
    past = {**entry, "expires_at": entry["rendered_at"] - 1}
    cache.set(key, past)
    if front.memory is not None:  # with Redis, the process's own copy too
        front.memory.put(key, past)

    answer = call(front, path, host=BERLIN_HOST)

    assert front.application.calls == 2
    assert answer["headers"]["X-Habar-Cache"] == "miss"
