"""Fixtures for the whole suite, and the rule of its two passes.

scripts/test runs the suite twice: on SQLite, then on PostgreSQL + Redis. The second pass
runs only the tests marked `both_engines` (`-m both_engines`): those whose behaviour
differs by database or cache, where the SQLite pass proves nothing about production:
upserts and view counts, locks and skip_locked, the search backends, pinned query counts,
backup and restore, the read-replica router, the Redis view buffer and its WSGI front, the
page cache over Redis, the live servers' concurrency, and the faults of PostgreSQL and
Redis. A module that is engine-specific throughout says so once (`pytestmark`); otherwise
the test carries the mark. Everything else (settings, deploy files, validators, browser
walks, raw sockets, translations, media, importer, API schema, most admin screens, pure
units) behaves the same on both and runs once, on SQLite. When unsure, mark it.

A test skips for one of two reasons. By design: it means something on one engine only, and
its reason starts "by design:". Or a tool it needs is missing (Redis, Java, nginx, the
PostgreSQL server binaries, npm's packages): then in CI (CI=true), where scripts/test has
installed everything, the skip fails the run, naming what is missing.
"""

import os
from contextlib import suppress

import psycopg
import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import Client
from django.utils import translation
from playwright.sync_api import sync_playwright

from habar.news.tests.factories import build_site_tree
from habar.tests.live import drop_template, live_habar, run_id  # noqa: F401  (live_habar: a fixture)

BROWSER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36"
)


# Tests on the demo network as `habar demo` builds it, sharing one build (a package's or a
# module's fixture): xdist runs each group on one worker.
SHARED_DEMO_TESTS = ("habar/demo/tests/built/", "habar/core/tests/test_translation_fallback.py")


def pytest_xdist_make_scheduler(config, log):
    """xdist's scheduling for `-n`: each test on whichever worker is free (as `--dist load`),
    but each group sharing a demo on one worker, the largest groups first."""
    if config.getoption("dist") not in ("load", "no"):
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SharedDemoOnOneWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return next((group for group in SHARED_DEMO_TESTS if nodeid.startswith(group)), nodeid)

    return SharedDemoOnOneWorker(config, log)


def clear_cache():
    # FLUSHDB would also empty whatever else shares the Redis server (another test run, a
    # live server): remove only this run's keys, which carry its KEY_PREFIX.
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{cache.key_prefix}:*"))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()
    caches["parts"].clear()  # what this process keeps in memory of the parts


BY_DESIGN = "by design:"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skip that is not by design fails: a missing tool must not pass in silence."""
    report = yield
    if report.skipped and not hasattr(report, "wasxfail") and os.environ.get("CI") == "true":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if not reason.startswith(BY_DESIGN):
            report.outcome = "failed"
            report.longrepr = f"Skipped in CI, where every tool must be installed: {reason}"
    return report


def pytest_sessionfinish(session):
    """The process that started the run (not an xdist worker) removes the live servers'
    template (habar.tests.live)."""
    if hasattr(session.config, "workerinput"):
        return
    with suppress(psycopg.OperationalError):  # the database server is gone: nothing to drop
        drop_template(os.environ.get("DATABASE_URL", ""), run_id())


@pytest.fixture(autouse=True)
def _english():
    """Tests read English unless they ask for another language (the platform default is tk)."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    """View dedup, daily salts and Wagtail's site root paths must not leak between tests."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def tree(db):
    """Wagtail root → home per language (en, ru, tk) → Politics and Economy; one Site."""
    return build_site_tree()


@pytest.fixture
def admin_client(admin_user):
    """A superuser in the admin, past the second factor administrators must enter, reading
    it in English (the platform's own default language is Turkmen)."""
    from habar.accounts.testing import verified_login

    return verified_login(Client(headers={"Accept-Language": "en"}), admin_user)


@pytest.fixture
def reader():
    """A client that looks like a person's browser (the test client sends no User-Agent)."""
    return Client(headers={"User-Agent": BROWSER_USER_AGENT})


@pytest.fixture
def html():
    def parse(response):
        if response.status_code != 200:
            pytest.fail(f"expected a page, got HTTP {response.status_code}")
        return BeautifulSoup(response.content, "html.parser")

    return parse


# Debian's Chromium, as root, on a machine without network: no sandbox, no background calls.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
