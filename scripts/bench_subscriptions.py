"""E-mail alerts at scale, for `make bench`: one article's alerts to 100,000 subscribers of one
site, queued and handed to a local SMTP sink by a `habar worker` process.

    .venv/bin/python scripts/bench_subscriptions.py [subscribers]

A throwaway PostgreSQL database (`habar_bench_mail`, dropped at the end), one site in
English, SUBSCRIBERS confirmed subscriptions bulk-created, an SMTP sink (aiosmtpd) in this
process that counts what it accepts. The worker runs unthrottled (HABAR_EMAIL_RATE=1000000)
from the article's publish until the sink has every message; prints the time to queue, the
total, messages a second and the worker's peak resident memory (VmHWM). The last line is
JSON, for scripts/bench.py.
"""
# ruff: noqa: S603, S608

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing, suppress
from pathlib import Path
from socket import socket

import psycopg
from aiosmtpd.controller import Controller

REPO = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = "habar_bench_mail"
SUBSCRIBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
# Seconds from the publish to the last message before giving up (BENCH_MAIL_TIMEOUT).
TIMEOUT = int(os.environ.get("BENCH_MAIL_TIMEOUT", 3 * 3600))

# Run by `python -c` with Django set up: the site, then the subscribers in bulk.
SETUP_PY = """
import secrets, sys, django
django.setup()
from django.utils import timezone
from habar.news.tests.factories import build_site_tree
from habar.subscriptions.models import Subscription
tree = build_site_tree(languages=("en",), default_language="en", hostname="localhost")
now, count, batch = timezone.now(), int(sys.argv[1]), 10_000
for start in range(0, count, batch):
    Subscription.objects.bulk_create(
        Subscription(site=tree.site, language="en", email=f"reader{n}@example.org",
                     confirmed_at=now, token=secrets.token_urlsafe(32))
        for n in range(start, min(count, start + batch))
    )
print(tree.section("politics", "en").pk)
"""

PUBLISH_PY = """
import sys, django
django.setup()
from habar.news.models import ArticleIndexPage, ArticlePage
section = ArticleIndexPage.objects.get(pk=int(sys.argv[1]))
article = ArticlePage(title="Talks in Geneva", summary="The minister met his counterpart.",
                      live=False)
section.add_child(instance=article)
article.save_revision().publish()
"""


class Sink:
    """Accepts every message and counts it; `done` is set at `expected`."""

    def __init__(self, expected):
        self.expected, self.count = expected, 0
        self.done = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.count += len(envelope.rcpt_tos)
        if self.count >= self.expected:
            self.done.set()
        return "250 OK"


def free_port():
    with closing(socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def count_deliveries(dsn):
    with closing(psycopg.connect(dsn)) as conn:
        return conn.execute("SELECT count(*) FROM subscriptions_delivery").fetchone()[0]


def run(env, dsn, sink, port):
    def django(code, *args):
        command = [sys.executable, "-c", code, *map(str, args)]
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(done.stderr[-3000:])
        return done.stdout.strip()

    print(f"Mail bench: migrating {DB_NAME} ...", flush=True)
    subprocess.run([sys.executable, "-m", "habar.cli", "migrate", "--noinput", "-v0"],
                   cwd=REPO, env=env, check=True)  # fmt: skip
    started = time.monotonic()
    section = django(SETUP_PY, SUBSCRIBERS).splitlines()[-1]
    print(f"  {SUBSCRIBERS:,} subscribers in {time.monotonic() - started:.1f} s", flush=True)
    worker_env = {**env, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port)}
    worker = subprocess.Popen([sys.executable, "-m", "habar.cli", "worker"], cwd=REPO,
                              env=worker_env, stdout=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(3)  # the worker's start (Django, the first rounds) is not measured
        started = time.monotonic()
        django(PUBLISH_PY, section)
        queued_in = None
        while not sink.done.wait(0.5):
            if queued_in is None and count_deliveries(dsn) >= SUBSCRIBERS:
                queued_in = time.monotonic() - started
            if worker.poll() is not None or time.monotonic() - started > TIMEOUT:
                raise RuntimeError(f"the worker stopped or took too long ({sink.count:,} sent)")
        total = time.monotonic() - started
        peak = peak_rss_mb(worker.pid)
    finally:
        worker.terminate()
        with suppress(subprocess.TimeoutExpired):
            worker.wait(timeout=30)
        if worker.poll() is None:
            worker.kill()
    return {
        "subscribers": SUBSCRIBERS,
        "queued_s": round(queued_in or total, 1),
        "total_s": round(total, 1),
        "messages_per_s": round(SUBSCRIBERS / total),
        "peak_rss_mb": round(peak),
    }


def main():
    dsn = PG_ADMIN.rsplit("/", 1)[0] + "/" + DB_NAME
    tmp = Path(tempfile.mkdtemp(prefix="habar-bench-mail-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "habar.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": dsn,
        "HABAR_VAR_DIR": str(tmp),
        "LOG_LEVEL": "WARNING",
        "HABAR_EMAIL_RATE": "1000000",
        "HABAR_EMAIL_ROUND_SECONDS": "1",
        "DEFAULT_FROM_EMAIL": "news@mfa.example.org",
        "PYTHONUNBUFFERED": "1",
    }
    sink = Sink(SUBSCRIBERS)
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')
        result = run(env, dsn, sink, port)
    finally:
        controller.stop()
        with suppress(Exception), psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"One article's alerts to {result['subscribers']:,} subscribers of one site: queued "
        f"in {result['queued_s']} s, all handed to the SMTP sink in {result['total_s']} s "
        f"({result['messages_per_s']:,} messages/s); the worker's peak memory "
        f"{result['peak_rss_mb']} MB"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
