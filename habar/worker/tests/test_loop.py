"""The worker loop: schedules at start and on its interval, views flushed, failures survived."""

import datetime
import os
import threading
from unittest import mock

import pytest

from habar.news.tests.factories import ArticlePageFactory
from habar.worker import loop

pytestmark = pytest.mark.both_engines

GO_LIVE = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _file_locks(settings, tmp_path):
    settings.REDIS_URL = ""
    settings.VAR_DIR = tmp_path


@pytest.fixture(autouse=True)
def _keep_the_test_transaction(monkeypatch):
    # Each test runs in a transaction, which the worker's connection hygiene would close.
    monkeypatch.setattr(loop, "close_old_connections", lambda: None)


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def scheduled_draft(tree):
    page = ArticlePageFactory(parent=tree.section(), live=False, go_live_at=GO_LIVE)
    with mock.patch(
        "django.utils.timezone.now", return_value=GO_LIVE - datetime.timedelta(hours=1)
    ):
        page.save_revision().publish()
    return page


def test_first_round_catches_up_what_came_due_while_no_worker_ran(tree):
    page = scheduled_draft(tree)

    with at(GO_LIVE + datetime.timedelta(days=2)):
        loop.Worker(schedule_every=30).tick()

    page.refresh_from_db()
    assert page.live
    assert page.go_live_at == GO_LIVE


def test_schedules_wait_for_the_interval(tree):
    worker = loop.Worker(schedule_every=3600)
    worker.tick()
    page = scheduled_draft(tree)

    with mock.patch(
        "django.utils.timezone.now", return_value=GO_LIVE + datetime.timedelta(minutes=1)
    ):
        worker.tick()

    page.refresh_from_db()
    assert not page.live


def test_a_failing_round_is_logged_and_the_worker_goes_on(db, caplog, monkeypatch):
    def broken():
        raise RuntimeError("database gone")

    monkeypatch.setattr(loop.scheduler, "fire_due_schedules", broken)

    loop.Worker().tick()

    assert "fire_schedules failed" in caplog.text


def test_runs_until_asked_to_stop(db, monkeypatch):
    monkeypatch.setattr(loop, "TICK_SECONDS", 0)
    rounds = []

    loop.Worker().run(should_stop=lambda: rounds.append(1) or len(rounds) > 3)

    assert len(rounds) == 4


def test_the_worker_gives_way_to_the_web_threads_beside_it(settings):
    """Its rounds and tasks run at HABAR_WORKER_NICENESS; a thread beside it keeps its own."""
    settings.HABAR_WORKER_NICENESS = 10
    here = os.nice(0)
    seen = {}

    def worker():
        def should_stop():
            started = threading.Thread(target=lambda: seen.setdefault("its thread", os.nice(0)))
            started.start()
            started.join()
            seen["worker"] = os.nice(0)
            return True

        loop.Worker().run(should_stop=should_stop)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()

    assert seen == {"worker": max(here, 10), "its thread": max(here, 10)}
    assert os.nice(0) == here


def test_giving_way_never_asks_for_a_higher_priority():
    seen = []

    def lower_then_ask_back():
        loop.give_way(os.nice(0) + 2)
        lowered = os.nice(0)
        loop.give_way(0)
        seen.append((lowered, os.nice(0)))

    thread = threading.Thread(target=lower_then_ask_back)
    thread.start()
    thread.join()

    assert seen[0][0] == seen[0][1]
