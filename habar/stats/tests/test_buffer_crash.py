"""A real server buffering beacons in Redis, and a worker killed (SIGKILL) while it flushes.

Every view the server acknowledged must be in the database once the buffer is drained by a
worker that is allowed to finish: none lost, none counted twice.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
import redis

from habar.tests.live import REPO, LiveHabar

pytestmark = [pytest.mark.both_engines, pytest.mark.server]

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/11"
ARTICLE_SLUG = "the-meeting-of-the-cabinet-of-ministers-of-turkmenistan"
READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 crash/{}"
KILLS = 3


@pytest.fixture(scope="module")
def redis_server():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    return client


@pytest.fixture(scope="module")
def buffered_habar(tmp_path_factory, redis_server):
    live = LiveHabar(
        tmp_path_factory.mktemp("buffered-habar"),
        redis_url=REDIS_URL,
        # Flush as often as possible, so that a kill most likely lands inside a flush.
        env={"HABAR_VIEW_BUFFER": "1", "HABAR_VIEW_FLUSH_SECONDS": "0.001"},
    )
    try:
        live.start(workers=1, serve_args=["--no-worker"])
        yield live
    finally:
        live.stop()
        prefix = live.env["CACHE_KEY_PREFIX"]
        keys = list(redis_server.scan_iter(match=f"{prefix}:*"))
        if keys:
            redis_server.delete(*keys)


def start_worker(live, number, wait_for="started"):
    """Start `habar worker`; return it once its log shows `wait_for`."""
    log_path = live.tmp_path / f"worker-{number}.log"
    with open(log_path, "w") as log:
        worker = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "habar.cli", "worker"],
            cwd=REPO,
            env=live.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while wait_for not in log_path.read_text():
        assert worker.poll() is None, log_path.read_text()
        assert time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.05)
    return worker


class Readers:
    """Beacons from new readers, from several threads, until stopped; counts acknowledgements."""

    def __init__(self, live, page_id, threads=8):
        self.url = f"{live.base_url}/views/{page_id}/"
        self.acknowledged = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self.read, args=(n,), daemon=True) for n in range(threads)
        ]

    def read(self, thread):
        n = 0
        while not self.stopping.is_set():
            n += 1
            request = urllib.request.Request(
                self.url,
                method="POST",
                headers={"User-Agent": READER_AGENT.format(f"{thread}-{n}")},
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    json.load(response)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                continue  # not acknowledged: counted or not, neither is an error
            with self.lock:
                self.acknowledged += 1

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def test_every_acknowledged_view_survives_a_killed_worker(buffered_habar, redis_server):
    live = buffered_habar
    page_id = live.page_id(ARTICLE_SLUG)
    before = live.total_views(page_id)
    days_before = live.day_views(page_id)
    pending = f"{live.env['CACHE_KEY_PREFIX']}:views:pending"
    buffer = f"{live.env['CACHE_KEY_PREFIX']}:views:buffer"
    killed_mid_flush = 0

    with Readers(live, page_id) as readers:
        for number in range(KILLS):
            # Once it flushes (the lock of the one killed before may hold it up for a
            # while), kill it the moment a flush is under way.
            worker = start_worker(live, number, wait_for="Flushed")
            deadline = time.monotonic() + 20
            while not redis_server.scard(pending) and time.monotonic() < deadline:
                time.sleep(0.0005)
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            killed_mid_flush += bool(redis_server.scard(pending))

    stored_while_killing = live.total_views(page_id) - before
    worker = start_worker(live, "last")
    try:
        deadline = time.monotonic() + 60
        while redis_server.exists(buffer) or redis_server.scard(pending):
            assert time.monotonic() < deadline, "the worker did not drain the buffer"
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0

    assert readers.acknowledged > 100
    assert killed_mid_flush >= 1
    assert 0 < stored_while_killing <= readers.acknowledged
    assert live.total_views(page_id) == before + readers.acknowledged
    assert live.day_views(page_id) == days_before + readers.acknowledged
