"""Faults: the database or Redis gone, and requests for hosts that are no site of ours.

The first tests fail the database inside the test process (every query raises, as psycopg
does while PostgreSQL is down) and Redis by pointing the cache at a closed port. The live
tests at the end start and stop real PostgreSQL and Redis servers of their own, with a
real Habar server process in front of them, and measure what readers saw.
"""

import collections
import contextlib
import glob
import json
import logging
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, ProgrammingError, connection
from django.test import Client, override_settings
from wagtail.models import Site

from habar.core import redis as core_redis
from habar.core.logging import JSONFormatter
from habar.news.tests.factories import ArticlePageFactory
from habar.sites.middleware import DatabaseUnavailableMiddleware

from .live import LiveHabar, free_port

pytestmark = pytest.mark.both_engines


@contextlib.contextmanager
def database_down(error=OperationalError):
    def refuse(execute, sql, params, many, context):
        raise error("connection to server at 127.0.0.1 failed: Connection refused")

    with connection.execute_wrapper(refuse):
        yield


@pytest.fixture
def anonymous():
    # Django's test client re-raises an exception a middleware turned into a response;
    # a reader gets the response.
    return Client(raise_request_exception=False)


@pytest.fixture
def article(tree):
    return ArticlePageFactory(parent=tree.section(), title="Talks in Geneva")


# -- Database outage --------------------------------------------------------------------


def test_a_page_during_a_database_outage_is_a_503(tree, article, anonymous):
    with database_down():
        response = anonymous.get(article.url)

    assert response.status_code == 503
    assert "Temporarily unavailable" in response.text
    assert "Traceback" not in response.text


def test_the_outage_page_asks_to_retry_and_is_not_cached(tree, article, anonymous):
    with database_down():
        response = anonymous.get(article.url)

    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]


@pytest.fixture(params=["in the page cache", "further in"])
def outage_request(request, tree, article, anonymous):
    """GET the article with the database down: its first query fails in the page cache's
    site lookup (a middleware outside the security headers), or, once the site lookup is
    cached, in the middleware and view further in."""
    if request.param == "further in":
        anonymous.get(article.url)
    with database_down():
        # ?page=2: a page of its own in the cache (a parameter no page reads would be
        # answered from the cached article), which the article itself ignores.
        return anonymous.get(article.url, {"page": "2"})


SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
]


def test_the_outage_page_carries_the_security_headers_of_every_page(
    outage_request, article, anonymous
):
    page = anonymous.get(article.url)

    assert outage_request.status_code == 503
    assert {name: outage_request.get(name) for name in SECURITY_HEADERS} == {
        name: page[name] for name in SECURITY_HEADERS
    }


def test_an_outage_is_logged_in_one_line_with_the_request_id(tree, article, caplog):
    reader = Client(raise_request_exception=False)
    with caplog.at_level(logging.WARNING), database_down():
        response = reader.get(article.url)

    (record,) = caplog.records
    line = json.loads(JSONFormatter().format(record))
    assert line["level"] == "ERROR"
    assert line["message"] == (
        "Database unavailable: OperationalError: "
        "connection to server at 127.0.0.1 failed: Connection refused"
    )
    assert line["request_id"] == response["X-Request-ID"]
    assert line["error"] == "OperationalError"
    assert "exception" not in line


def test_an_outage_met_further_in_is_logged_in_one_line_too(tree, article, anonymous, caplog):
    anonymous.get(article.url)  # the site lookup is cached: the view meets the outage
    with caplog.at_level(logging.WARNING), database_down():
        response = anonymous.get(article.url, {"page": "2"})  # not cached yet, see above

    (record,) = caplog.records
    assert record.getMessage().startswith("Database unavailable: OperationalError: ")
    assert record.request_id == response["X-Request-ID"]
    assert record.exc_info is None


def test_an_outage_raised_in_a_view_is_a_503(rf):
    middleware = DatabaseUnavailableMiddleware(lambda request: None)

    response = middleware.process_exception(rf.get("/en/"), InterfaceError("connection closed"))

    assert response.status_code == 503


def test_an_outage_met_in_the_page_cache_middleware_is_a_503(tree, article, anonymous):
    # The page cache looks the host's site up before any view runs.
    with database_down():
        response = anonymous.get(article.url, HTTP_HOST="testserver")

    assert response.status_code == 503


def test_cached_pages_are_still_served_during_an_outage(tree, article, anonymous):
    before = anonymous.get(article.url)
    with database_down():
        response = anonymous.get(article.url)

    assert response.status_code == 200
    assert response.content == before.content


def test_the_outage_page_names_the_site_in_the_readers_language(tree, article):
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        reader = Client(raise_request_exception=False)
        reader.get("/healthz")  # the site names are read while the database answers
        with database_down():
            english = reader.get(article.url)
            russian = reader.get("/ru/no-such-page/")

    assert "Ministry of Foreign Affairs" in english.text
    assert 'lang="en"' in english.text
    assert "Министерство иностранных дел" in russian.text
    assert 'lang="ru"' in russian.text


def test_readiness_fails_and_liveness_holds_during_an_outage(db, anonymous):
    with database_down():
        ready = anonymous.get("/readyz")
        alive = anonymous.get("/healthz")

    assert ready.status_code == 503
    assert ready.json()["database"] == "unavailable"
    assert alive.status_code == 200


def test_other_database_errors_stay_server_errors(tree, article, anonymous):
    with database_down(ProgrammingError):
        response = anonymous.get(article.url)

    assert response.status_code == 500


def test_pages_are_served_again_once_the_database_answers(tree, article, anonymous):
    with database_down():
        anonymous.get(article.url, {"r": "1"})

    assert anonymous.get(article.url, {"r": "2"}).status_code == 200


# -- Redis outage -----------------------------------------------------------------------


def dead_redis_cache():
    return {
        **settings.CACHES,
        "default": {
            "BACKEND": "habar.core.cache.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }


@pytest.fixture
def redis_down():
    with override_settings(CACHES=dead_redis_cache()):
        yield cache
    core_redis._breakers.clear()


def test_an_unreachable_cache_reads_as_empty(redis_down):
    assert redis_down.get("key", "default") == "default"
    assert redis_down.get_many(["a", "b"]) == {}
    assert redis_down.has_key("key") is False


def test_an_unreachable_cache_drops_writes_without_raising(redis_down):
    redis_down.set("key", 1)
    redis_down.delete("key")

    assert redis_down.set_many({"a": 1}) == ["a"]
    assert redis_down.add("key", 1) is True
    assert redis_down.incr("counter", 3) == 3


def test_an_unreachable_cache_is_left_alone_for_a_while(redis_down, monkeypatch):
    redis_down.get("key")
    attempts = []
    monkeypatch.setattr(
        redis_down._cache, "get", lambda *args: attempts.append(args), raising=False
    )

    redis_down.get("key")

    assert attempts == []


def test_pages_and_views_are_served_while_the_cache_is_unreachable(tree, article, reader):
    with override_settings(CACHES=dead_redis_cache()):
        page = reader.get(article.url)
        beacon = reader.post(f"/views/{article.pk}/")
        again = reader.post(f"/views/{article.pk}/")
    core_redis._breakers.clear()

    assert page.status_code == 200
    assert beacon.status_code == 200
    # Without the cache no visitor is recognised again: a view too many, none lost.
    assert again.json()["views"] == beacon.json()["views"] + 1


# -- Hosts from the configured sites ----------------------------------------------------


@pytest.fixture
def production_hosts(tree):
    tree.site.hostname = "news.example"
    tree.site.save()
    with override_settings(ALLOWED_HOSTS=["admin.example"]):
        yield tree


def test_an_unknown_host_is_refused(production_hosts, anonymous):
    response = anonymous.get("/en/", HTTP_HOST="attacker.example")

    assert response.status_code == 400


def test_a_sites_host_is_served_without_being_configured(production_hosts, anonymous):
    response = anonymous.get("/en/", HTTP_HOST="news.example")

    assert response.status_code == 200


def test_a_configured_host_is_served(production_hosts, anonymous):
    assert anonymous.get("/healthz", HTTP_HOST="admin.example").status_code == 200


def test_a_new_sites_host_is_served_at_once(production_hosts, anonymous):
    anonymous.get("/healthz", HTTP_HOST="admin.example")
    Site.objects.create(hostname="embassy.example", root_page=production_hosts.homes["en"], port=80)

    response = anonymous.get("/healthz", HTTP_HOST="embassy.example")

    assert response.status_code == 200


def test_a_deleted_sites_host_is_refused_at_once(production_hosts, anonymous):
    site = Site.objects.create(
        hostname="closed.example", root_page=production_hosts.homes["en"], port=80
    )
    assert anonymous.get("/healthz", HTTP_HOST="closed.example").status_code == 200
    site.delete()

    assert anonymous.get("/healthz", HTTP_HOST="closed.example").status_code == 400


# -- Real servers: PostgreSQL and Redis stopped and started under a running Habar ---------

ARTICLE_SLUG = (
    "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct"
)
ARTICLE_PATH = f"/en/politics/{ARTICLE_SLUG}/"
UNCACHED_PATHS = ["/en/", "/en/news/", "/ru/", "/tk/", ARTICLE_PATH]
POSTGRES_BINARIES = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
BROWSER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36"
)
suite_on_postgres = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="by design: PostgreSQL restart test, for the PostgreSQL + Redis pass of the suite",
)


# A session cookie, as a signed-in editor sends: the page cache passes the request on, so
# it is rendered from the database (a made-up query string no longer makes a miss).
UNCACHED = {"Cookie": "sessionid=habar-fault-test"}


def fetch(url, method="GET", user_agent="habar-fault-test", timeout=15, headers=None):
    """(status, body, headers) of one request; an HTTP error status is an answer too."""
    request = urllib.request.Request(
        url, method=method, headers={"User-Agent": user_agent, **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), error.headers
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return None, str(error), {}


class ThrowawayPostgres:
    """A PostgreSQL cluster of the test's own in a temporary directory, on a free port.

    initdb refuses to run as root: as root the cluster belongs to the `postgres` user.
    """

    def __init__(self):
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        self.bin = Path(POSTGRES_BINARIES[-1])
        # Not under pytest's tmp_path: the postgres user must be able to reach it.
        self.dir = Path(tempfile.mkdtemp(prefix="habar-postgres-"))
        self.data = self.dir / "data"
        self.prefix = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def run(self, program, *args):
        return subprocess.run(
            [*self.prefix, str(self.bin / program), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def init(self):
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync")

    def start(self):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.dir} -c fsync=off"
        )
        self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode="fast"):
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def postgres():
    if not POSTGRES_BINARIES:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        if os.geteuid() == 0:
            pytest.skip("initdb refuses root and there is no postgres user to run it as")
    server = ThrowawayPostgres()
    try:
        server.init()
        server.start()
    except (subprocess.CalledProcessError, OSError) as error:
        server.destroy()
        pytest.skip(f"could not start a throwaway PostgreSQL: {getattr(error, 'stderr', error)}")
    yield server
    server.destroy()


class ThrowawayRedis:
    """A Redis server of the test's own on a free port, append-only as production runs it."""

    def __init__(self, directory):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.dir = directory
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "yes", "--appendfsync", "always",
                "--dir", str(self.dir),
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = self.client()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.exceptions.ConnectionError):
                if client.ping():
                    return
            time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        # SIGTERM: Redis writes its append-only file and exits.
        self.process.terminate()
        self.process.wait(timeout=20)

    def client(self):
        return redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=2)

    def keys(self, prefix):
        return list(self.client().scan_iter(match=f"{prefix}:*"))


@pytest.fixture
def own_redis(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    directory = tmp_path / "redis"
    directory.mkdir()
    server = ThrowawayRedis(directory)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


class ReaderLoad:
    """Threads of readers, each asking for pages no cache holds (see UNCACHED)."""

    def __init__(self, base_url, threads=4):
        self.base_url = base_url
        self.threads = threads
        self.answers = []  # (started, finished, status, body, Retry-After)
        self.stopping = threading.Event()
        self.workers = []

    def start(self):
        for number in range(self.threads):
            worker = threading.Thread(target=self.read, args=(number,), daemon=True)
            worker.start()
            self.workers.append(worker)

    def read(self, number):
        deadline = time.monotonic() + 120  # bounded even if the test fails half-way
        while not self.stopping.is_set() and time.monotonic() < deadline:
            path = UNCACHED_PATHS[number % len(UNCACHED_PATHS)]
            started = time.monotonic()
            status, body, headers = fetch(f"{self.base_url}{path}", headers=UNCACHED)
            self.answers.append(
                (started, time.monotonic(), status, body, headers.get("Retry-After"))
            )
            time.sleep(0.05)

    def stop(self):
        self.stopping.set()
        for worker in self.workers:
            worker.join(timeout=30)

    def wait_for(self, count, since, timeout=60):
        """Until `count` answers to requests started after `since` are in (or the deadline)."""
        deadline = time.monotonic() + timeout
        while len([a for a in self.answers if a[0] >= since]) < count:
            assert time.monotonic() < deadline, f"readers got fewer than {count} answers"
            time.sleep(0.05)

    def between(self, start, end):
        return [answer for answer in self.answers if start <= answer[0] and answer[1] <= end]


def first_page_after(base_url, deadline_seconds):
    """Seconds until an uncached page answers 200 again (None if it does not in time)."""
    started = time.monotonic()
    while time.monotonic() - started < deadline_seconds:
        status, _body, _headers = fetch(f"{base_url}/en/news/", headers=UNCACHED)
        if status == 200:
            return time.monotonic() - started
        time.sleep(0.1)
    return None


@pytest.mark.server
@suite_on_postgres
def test_postgres_restart_under_reader_load(postgres, tmp_path):
    live = LiveHabar(tmp_path, database_url=postgres.url)
    try:
        live.start(workers=2)
        status, _body, _headers = fetch(live.base_url + ARTICLE_PATH)  # cached from now on
        assert status == 200
        load = ReaderLoad(live.base_url, threads=len(UNCACHED_PATHS))
        load.start()
        load.wait_for(2 * load.threads, since=0)  # readers served before the outage
        postgres.stop("immediate")
        down_at = time.monotonic()
        load.wait_for(4 * load.threads, since=down_at)  # and during it
        ready = fetch(live.base_url + "/readyz")[0]
        alive = fetch(live.base_url + "/healthz")[0]
        cached = fetch(live.base_url + ARTICLE_PATH)[0]
        up_started = time.monotonic()
        postgres.start()
        up_at = time.monotonic()
        recovery = first_page_after(live.base_url, 30)
        load.wait_for(2 * load.threads, since=time.monotonic())  # readers served again
        load.stop()
        after = [fetch(f"{live.base_url}/en/news/", headers=UNCACHED)[0] for _n in range(40)]
    finally:
        live.stop()

    during = load.between(down_at, up_started)
    statuses = collections.Counter(answer[2] for answer in during)
    print(
        f"\nPostgreSQL down {up_started - down_at:.1f} s: {len(during)} requests, "
        f"statuses {dict(statuses)}; back {up_at - up_started:.1f} s after start, "
        f"pages again {recovery if recovery is None else round(recovery, 2)} s after that"
    )
    # A page built wholly from parts the cache holds (the homes, all news) is still rendered
    # without the database; the article reads its live view count, so it is refused.
    assert statuses[503] > 0
    assert set(statuses) <= {200, 503}
    refused = [answer for answer in during if answer[2] == 503]
    assert all(answer[4] for answer in refused), "every 503 carries Retry-After"
    assert not [answer for answer in load.answers if "Traceback" in answer[3]]
    assert (ready, alive, cached) == (503, 200, 200)
    assert recovery is not None  # within first_page_after's deadline; the time is printed
    # Every worker thread's broken connection was replaced, not only the first one's.
    assert set(after) == {200}


@pytest.mark.server
def test_redis_outage(own_redis, tmp_path):
    # With the view buffer: views go to Redis while it runs, to the database while it does not.
    live = LiveHabar(tmp_path, redis_url=own_redis.url, env={"HABAR_VIEW_BUFFER": "1"})
    prefix = live.env["CACHE_KEY_PREFIX"]
    sent = acknowledged = 0

    def views(count, tag):
        nonlocal sent, acknowledged
        for number in range(count):
            sent += 1
            status, _body, _headers = fetch(
                f"{live.base_url}/views/{article}/",
                method="POST",
                user_agent=f"{BROWSER_USER_AGENT} reader-{tag}-{number}",
            )
            acknowledged += status == 200
        return acknowledged

    try:
        live.start(workers=2 if live.postgres else 1)
        article = live.page_id(ARTICLE_SLUG)
        before = live.total_views(article)
        assert fetch(live.base_url + ARTICLE_PATH)[0] == 200
        assert own_redis.keys(prefix), "Habar caches in Redis while it runs"
        views(5, "before")

        own_redis.stop()
        pages = [fetch(f"{live.base_url}{path}?down=1")[0] for path in UNCACHED_PATHS]
        cached = fetch(live.base_url + ARTICLE_PATH)[0]
        during_acknowledged = views(10, "during") - 5
        stored_during = live.total_views(article) - before

        own_redis.start()
        back = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and back is None:
            fetch(f"{live.base_url}/en/news/?back={time.monotonic_ns()}")
            if own_redis.keys(prefix):
                back = True
            time.sleep(0.5)
        views(5, "after")
        stored = live.total_views(article) - before
        deadline = time.monotonic() + 60
        while stored < acknowledged and time.monotonic() < deadline:
            time.sleep(0.2)  # views buffered in Redis reach the database at the next flush
            stored = live.total_views(article) - before
    finally:
        live.stop()

    print(
        f"\nRedis down: pages {pages} (cached article {cached}); views sent {sent}, "
        f"acknowledged {acknowledged}, stored {stored} ({stored_during} of the "
        f"{during_acknowledged} during the outage at once)"
    )
    assert set(pages) == {200}
    assert cached == 200
    assert acknowledged == sent
    assert stored_during >= during_acknowledged
    assert back, "Habar uses Redis again once it is back"
    assert stored == acknowledged
