"""The front's own memory of hot pages, kept current by the generations Redis announces."""

import os
import time

import pytest
import redis
from django.conf import settings
from django.core.cache import cache

from habar.core.pagecache import WATCH, generation_key, site_generation, site_structure
from habar.core.pagecache import front as front_module
from habar.core.pagecache import generations as generations_module
from habar.core.pagecache.memory import PageMemory
from habar.core.pagecache.watch import generations_channel
from habar.news.tests.factories import ArticlePageFactory
from habar.news.tests.test_reading_path import call, front  # noqa: F401  (fixture)

pytestmark = pytest.mark.both_engines

with_redis = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="by design: the watch listens to Redis's channel (the PostgreSQL + Redis pass)",
)


def wait_until(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class CountingCache:
    """The cache, counting the calls that go to it."""

    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(cache, name)


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section("politics"), title="Summit statement")


@pytest.fixture
def hot(front, article):  # noqa: F811
    """The article, served often enough that the front holds it and hears the channel."""
    call(front, article.url)  # rendered and stored
    call(front, article.url)  # the front learns the host's site and starts listening
    wait_until(lambda: WATCH.live)
    call(front, article.url)  # read once more under the watch: now held in memory
    return article


@with_redis
def test_a_hot_page_is_answered_without_a_round_trip(front, hot, monkeypatch):  # noqa: F811
    counting = CountingCache()
    monkeypatch.setattr(front_module, "cache", counting)

    answer = call(front, hot.url)

    assert answer["status"] == 200
    assert answer["headers"]["X-Habar-Cache"] == "hit"
    assert hot.title.encode() in answer["body"]
    assert counting.calls == 0
    assert front.application.calls == 1


@with_redis
def test_a_page_rendered_again_takes_the_generation_the_watch_heard(front, hot, monkeypatch):  # noqa: F811
    counting = CountingCache()
    monkeypatch.setattr(generations_module, "cache", counting)
    site_id = front.site_ids["testserver"]
    heard = WATCH.known(site_id)
    assert heard is not None

    assert site_generation(site_id) == heard
    assert counting.calls == 0


@with_redis
def test_a_publish_in_this_process_shows_at_once(front, hot):  # noqa: F811
    ArticlePageFactory(parent=hot.get_parent(), title="Breaking statement")

    answer = call(front, hot.url)

    assert "Breaking statement" in answer["body"].decode()
    assert front.application.calls == 2


@with_redis
def test_a_change_announced_by_another_process_is_heard(front, hot, monkeypatch):  # noqa: F811
    site_id = front.site_ids["testserver"]
    before = WATCH.known(site_id)
    generation = time.time() + 1
    # What another process's invalidate_site() does: the cache, then the channel.
    cache.set(generation_key(site_id), generation, timeout=None)
    other = redis.Redis.from_url(settings.REDIS_URL)
    other.publish(generations_channel(), f"{site_id} {generation!r}")

    # Heard (or forgotten at a resync, and then read from the cache): either way, not `before`.
    wait_until(lambda: WATCH.known(site_id) != before)
    answer = call(front, hot.url)

    assert answer["headers"]["X-Habar-Cache"] == "miss"  # rendered again, once
    assert front.application.calls == 2
    assert call(front, hot.url)["headers"]["X-Habar-Cache"] == "hit"
    assert front.application.calls == 2


@with_redis
def test_news_and_structure_announced_by_another_process_are_heard(front, hot):  # noqa: F811
    site_id = front.site_ids["testserver"]
    other = redis.Redis.from_url(settings.REDIS_URL)
    structure_before = site_structure(site_id)
    news = time.time() + 1
    other.publish(generations_channel(), f"{site_id} {news!r}")  # a news item's publish
    wait_until(lambda: WATCH.known(site_id) == news)
    assert WATCH.known(site_id, "structure") in (structure_before, None)

    moved = time.time() + 2
    other.publish(generations_channel(), f"{site_id} {moved!r} {moved!r}")

    wait_until(lambda: WATCH.known(site_id, "structure") == moved)
    assert WATCH.known(site_id) == moved


@with_redis
def test_a_page_that_looks_stale_is_checked_against_the_cache(front, hot):  # noqa: F811
    site_id = front.site_ids["testserver"]
    # This process heard of a later generation than the cache holds (the cache was cleared
    # and the page stored again): the page is current, and still served here.
    WATCH.announced(site_id, time.time() + 3600)

    answer = call(front, hot.url)

    assert answer["headers"]["X-Habar-Cache"] == "hit"
    assert front.application.calls == 1


@with_redis
def test_without_the_subscription_every_hit_asks_the_cache(front, hot, monkeypatch):  # noqa: F811
    monkeypatch.setattr(WATCH, "live", False)
    counting = CountingCache()
    monkeypatch.setattr(front_module, "cache", counting)

    answer = call(front, hot.url)

    assert answer["headers"]["X-Habar-Cache"] == "hit"
    assert counting.calls == 1  # the page and the generation in one round trip
    assert front.application.calls == 1


def test_the_memory_keeps_the_latest_pages_within_its_size():
    memory = PageMemory(limit=25)
    for name in "abc":
        memory.put(name, {"content": b"x" * 10, "generation": 1})
    assert memory.get("a") is None  # the oldest went to make room
    assert memory.get("b") is not None
    memory.put("d", {"content": b"y" * 10, "generation": 1})
    assert memory.get("c") is None  # "b" was read since, so "c" was the oldest
    assert memory.get("b") is not None and memory.get("d") is not None
    assert memory.size == 20
    memory.put("huge", {"content": b"z" * 26, "generation": 1})
    assert memory.get("huge") is None and memory.size == 20
