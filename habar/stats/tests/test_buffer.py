"""Views buffered in Redis and flushed to the database: exact counts, crash at any step."""

import datetime
import threading

import pytest
import redis
from django.test import Client
from django.urls import reverse

from habar.conftest import BROWSER_USER_AGENT
from habar.news.tests.factories import ArticlePageFactory
from habar.stats import buffer
from habar.stats.models import PageViewDay, PageViewTotal, ViewFlush

pytestmark = pytest.mark.both_engines

DAY = datetime.date(2026, 11, 29)
NEXT_DAY = datetime.date(2026, 11, 30)


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section())


def stored(page):
    return PageViewTotal.count_for(page.pk)


def stored_on(page, day):
    row = PageViewDay.objects.filter(page=page, day=day).first()
    return row.views if row else 0


def reader(number):
    return Client(headers={"User-Agent": f"{BROWSER_USER_AGENT} reader/{number}"})


def test_buffered_views_reach_the_database_only_when_flushed(buffered, article):
    for _ in range(3):
        buffer.add_view(article.pk, DAY)

    assert stored(article) == 0
    assert buffer.flush() == 3
    assert stored(article) == 3


def test_flush_writes_each_page_and_day_exactly(buffered, tree, article):
    other = ArticlePageFactory(parent=tree.section())
    for page, day, views in [(article, DAY, 5), (article, NEXT_DAY, 2), (other, DAY, 7)]:
        for _ in range(views):
            buffer.add_view(page.pk, day)

    buffer.flush()

    assert (stored(article), stored(other)) == (7, 7)
    assert (stored_on(article, DAY), stored_on(article, NEXT_DAY)) == (5, 2)
    assert stored_on(other, DAY) == 7


def test_a_second_flush_adds_nothing(buffered, article):
    buffer.add_view(article.pk, DAY)
    buffer.flush()

    assert buffer.flush() == 0
    assert stored(article) == 1


def test_add_view_answers_the_pages_buffered_views(buffered, article):
    answers = [buffer.add_view(article.pk, DAY) for _ in range(3)]

    assert answers == [1, 2, 3]


def test_beacon_answers_stored_plus_buffered_views(buffered, article):
    PageViewTotal.objects.create(page=article, views=1114)
    beacon = reverse("stats:beacon", args=[article.pk])

    answers = [reader(n).post(beacon).json()["views"] for n in range(3)]

    assert answers == [1115, 1116, 1117]
    assert stored(article) == 1114


def test_beacon_repeat_visit_sees_buffered_views(buffered, article):
    beacon = reverse("stats:beacon", args=[article.pk])
    reader(1).post(beacon)

    assert reader(1).post(beacon).json() == {"views": 1}


def test_beacon_views_are_stored_after_a_flush(buffered, article):
    beacon = reverse("stats:beacon", args=[article.pk])
    for n in range(4):
        reader(n).post(beacon)

    buffer.flush()

    assert stored(article) == 4
    assert reader(99).post(beacon).json() == {"views": 5}


def test_origin_counts_buffered_views_of_its_copies(buffered, tree, article):
    copy = ArticlePageFactory(parent=tree.section("economy"), syndicated_from=article)
    buffer.add_view(copy.pk, DAY)
    buffer.add_view(copy.pk, DAY)

    answer = reader(1).post(reverse("stats:beacon", args=[article.pk])).json()

    assert answer == {"views": 3}


def test_views_during_flushes_are_counted_once(buffered, article):
    views, threads = 400, 8
    stop = threading.Event()

    def beacons():
        for _ in range(views // threads):
            buffer.add_view(article.pk, DAY)

    workers = [threading.Thread(target=beacons) for _ in range(threads)]
    for worker in workers:
        worker.start()
    flushes = 0
    while any(worker.is_alive() for worker in workers):
        buffer.flush()
        flushes += 1
    stop.set()
    buffer.flush()

    assert flushes > 1
    assert stored(article) == views
    assert stored_on(article, DAY) == views


def test_a_flush_that_dies_before_commit_is_done_by_the_next(buffered, article, monkeypatch):
    for _ in range(3):
        buffer.add_view(article.pk, DAY)

    def crash(*args):
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(buffer, "add_views", crash)
        with pytest.raises(RuntimeError):
            buffer.flush()
    assert stored(article) == 0
    buffer.add_view(article.pk, DAY)

    buffer.flush()

    assert stored(article) == 4
    assert not buffered.smembers(buffer.pending_key())


def test_a_flush_that_dies_after_commit_is_not_counted_twice(buffered, article, monkeypatch):
    for _ in range(3):
        buffer.add_view(article.pk, DAY)

    def crash(*args):
        raise redis.exceptions.ConnectionError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(buffer, "forget", crash)
        with pytest.raises(redis.exceptions.ConnectionError):
            buffer.flush()
    assert stored(article) == 3
    assert len(buffered.smembers(buffer.pending_key())) == 1

    buffer.flush()

    assert stored(article) == 3
    assert not buffered.smembers(buffer.pending_key())


def test_every_flush_is_logged_with_its_views(buffered, article):
    buffer.add_view(article.pk, DAY)
    buffer.add_view(article.pk, DAY)

    buffer.flush()

    assert list(ViewFlush.objects.values_list("views", flat=True)) == [2]


def test_views_of_a_deleted_page_are_dropped(buffered, tree, article):
    gone = ArticlePageFactory(parent=tree.section())
    buffer.add_view(article.pk, DAY)
    buffer.add_view(gone.pk, DAY)
    gone_id = gone.pk
    gone.delete()

    assert buffer.flush() == 1
    assert stored(article) == 1
    assert not PageViewTotal.objects.filter(page_id=gone_id).exists()


def test_beacon_counts_in_the_database_when_redis_is_down(settings, article):
    closed = "redis://127.0.0.1:1/0"
    settings.REDIS_URL = closed
    settings.HABAR_VIEW_BUFFER = True
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": closed},
    }
    beacon = reverse("stats:beacon", args=[article.pk])

    answers = [reader(n).post(beacon) for n in range(2)]

    assert [answer.status_code for answer in answers] == [200, 200]
    assert [answer.json()["views"] for answer in answers] == [1, 2]
    assert stored(article) == 2


@pytest.fixture
def unwritten_flush(buffered, article, monkeypatch):
    """Three views in a flush that died before it wrote them, and no running total."""
    for _ in range(3):
        buffer.add_view(article.pk, DAY)

    def crash(*args):
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(buffer, "add_views", crash)
        with pytest.raises(RuntimeError):
            buffer.flush()
    assert len(buffered.smembers(buffer.pending_key())) == 1
    buffered.delete(buffer.total_key(article.pk))


def snapshot_then(action):
    """stored_totals that runs `action` once, after reading the database ("after") or before."""
    stored_totals = buffer.stored_totals
    when, run = action
    done = []

    def patched(page_ids, flush_ids):
        if when == "before" and not done:
            done.append(run())
        snapshot = stored_totals(page_ids, flush_ids)
        if when == "after" and not done:
            done.append(run())
        return snapshot

    return patched


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_flush_while_a_total_starts_is_counted_once(
    buffered, article, unwritten_flush, monkeypatch, when
):
    monkeypatch.setattr(buffer, "stored_totals", snapshot_then((when, buffer.flush)))

    answer = reader(1).post(reverse("stats:beacon", args=[article.pk])).json()

    monkeypatch.undo()
    assert answer == {"views": 4}
    buffer.flush()
    assert stored(article) == 4
    assert reader(2).post(reverse("stats:beacon", args=[article.pk])).json() == {"views": 5}


def test_a_flush_behind_the_fence_leaves_redis_as_it_is(buffered, article, unwritten_flush):
    buffered.zadd(buffer.fence_key(), {"a-start": 10**15})

    buffer.flush()

    assert stored(article) == 3  # written,
    assert len(buffered.smembers(buffer.pending_key())) == 1  # but not forgotten yet
    buffered.delete(buffer.fence_key())
    buffer.flush()
    assert stored(article) == 3
    assert not buffered.smembers(buffer.pending_key())


def test_a_total_whose_fence_lapsed_starts_again(buffered, article, unwritten_flush, monkeypatch):
    def lapse_then_flush():
        buffered.delete(buffer.fence_key())
        buffer.flush()

    monkeypatch.setattr(buffer, "stored_totals", snapshot_then(("after", lapse_then_flush)))
    starts = []
    run = buffer._Call.run

    def counting(call, script, keys, args):
        if script is buffer.START_TOTALS:
            starts.append(run(call, script, keys, args))
            return starts[-1]
        return run(call, script, keys, args)

    monkeypatch.setattr(buffer._Call, "run", counting)

    answer = reader(1).post(reverse("stats:beacon", args=[article.pk])).json()

    assert starts[0] == 0 and starts[-1] == 1
    assert answer == {"views": 4}
    monkeypatch.undo()
    buffer.flush()
    assert stored(article) == 4


def test_a_beacon_whose_answer_is_lost_twice_gets_503_and_counts_once(
    buffered, article, monkeypatch
):
    beacon = reverse("stats:beacon", args=[article.pk])
    reader(0).post(beacon)
    evaluate = buffer._evaluate

    def lose_every_answer(client, script, keys, args):
        evaluate(client, script, keys, args)
        raise buffer._Lost

    monkeypatch.setattr(buffer, "_evaluate", lose_every_answer)

    response = reader(1).post(beacon)

    assert response.status_code == 503
    monkeypatch.undo()
    buffer.flush()
    assert stored(article) == 2


def test_a_view_counted_in_the_database_restarts_the_running_total(buffered, article, monkeypatch):
    beacon = reverse("stats:beacon", args=[article.pk])
    reader(0).post(beacon)

    def not_sent(*args):
        raise buffer._NotSent

    with monkeypatch.context() as patch:
        patch.setattr(buffer, "_evaluate", not_sent)
        assert reader(1).post(beacon).json() == {"views": 1}  # from the database alone
    buffer._breaker().close()

    assert reader(2).post(beacon).json() == {"views": 3}
    buffer.flush()
    assert stored(article) == 3


def test_a_failed_start_of_a_total_takes_its_fence_down(buffered, article, monkeypatch):
    def fail(*args):
        raise RuntimeError("database gone")

    monkeypatch.setattr(buffer, "stored_totals", fail)

    with pytest.raises(RuntimeError):
        reader(1).post(reverse("stats:beacon", args=[article.pk]))

    assert not buffered.zcard(buffer.fence_key())


def test_one_address_counts_a_few_views_a_day_in_redis_too(buffered, article, settings):
    settings.HABAR_VIEWS_PER_ADDRESS = 3
    beacon = reverse("stats:beacon", args=[article.pk])

    answers = [reader(n).post(beacon).json()["views"] for n in range(6)]
    buffer.flush()

    assert answers == [1, 2, 3, 3, 3, 3]
    assert stored(article) == 3
