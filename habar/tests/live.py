"""A real Habar server process for tests: its own database, the demo network, granian.

Tests talk to it over HTTP (and a browser), and read its database directly to check
what was stored. It runs on SQLite, or on PostgreSQL + Redis when the suite does.

Migrating, collecting static files and building the demo take most of a server's start, so
a test run does them once, into a template (a var directory and, on PostgreSQL, a template
database), and every server starts from a copy of it: a file copy on SQLite, `CREATE
DATABASE ... TEMPLATE` on PostgreSQL (pg_dump and pg_restore onto another PostgreSQL server,
such as a fault test's own). Each server still has a database of its own.
"""

import fcntl
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import closing, contextmanager
from itertools import count
from pathlib import Path

import psycopg
import pytest

REPO = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "habar-live-tests-password"  # noqa: S105
_databases = count(1)
# The server's effects show in its database at once unless a test asks for the worker's
# batching (the view buffer) or queue (database tasks) through `env`.
IMMEDIATE_ENV = {"HABAR_VIEW_BUFFER": "0", "HABAR_TASKS_BACKEND": "immediate"}
# The port the template's demo sites are built for; each copy is moved to its server's port.
TEMPLATE_PORT = 59999


def run_id():
    """One test run, the same in every xdist worker: HABAR_LIVE_RUN where scripts/test names
    it (it builds the template ahead, beside the lint gates), else the pytest process that
    started the workers."""
    if os.environ.get("HABAR_LIVE_RUN"):
        return os.environ["HABAR_LIVE_RUN"]
    return os.getppid() if os.environ.get("PYTEST_XDIST_WORKER") else os.getpid()


def template_dir(run=None):
    return Path(tempfile.gettempdir()) / f"habar-live-template-{run or run_id()}"


def template_db_name(run=None):
    return f"habar_live_template_{run or run_id()}"


def drop_template(suite_db, run):
    """Remove the run's template (called once, by the process that started the run)."""
    shutil.rmtree(template_dir(run), ignore_errors=True)
    if suite_db.startswith("postgres"):
        with psycopg.connect(suite_db, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{template_db_name(run)}" WITH (FORCE)')


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveHabar:
    def __init__(self, tmp_path, database_url=None, redis_url=None, share=None, env=None):
        """`database_url` (a PostgreSQL server to create the database in) and `redis_url`
        replace the suite's DATABASE_URL and REDIS_URL for this server. `share`: another
        LiveHabar whose database, Redis, secret key and media this server uses too (a
        second process of one install). `env`: more environment for the server."""
        self.tmp_path = tmp_path
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        suite_db = database_url or os.environ.get("DATABASE_URL", "")
        self.postgres = suite_db.startswith("postgres")
        # The template lives on the suite's database server; another PostgreSQL server (a
        # throwaway one of the fault tests) gets a copy of it through pg_dump.
        self.template_server = os.environ.get("DATABASE_URL", "") if database_url else None
        self.from_template = database_url is None or (
            self.postgres and self.template_server.startswith("postgres")
        )
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
            "DJANGO_SETTINGS_MODULE": "habar.settings.dev",
            "DEBUG": "0",
            "HABAR_VAR_DIR": str(tmp_path),
            "HABAR_DEMO_PASSWORD": DEMO_PASSWORD,
            # Every reader of the suite comes from 127.0.0.1: lift the views-per-address cap
            # (tested on its own in habar/stats/tests) so they count as the readers they are.
            "HABAR_VIEWS_PER_ADDRESS": "1000000",
            # The suite's own processes keep both cores busy: a worker giving way to them
            # would make each test that awaits it (a schedule, a flush) wait longer.
            "HABAR_WORKER_NICENESS": "0",
            "PYTHONUNBUFFERED": "1",
        }
        if self.postgres:
            self.admin_dsn = suite_db
            self.db_name = f"habar_live_{os.getpid()}_{next(_databases)}"
            self.dsn = suite_db.rsplit("/", 1)[0] + "/" + self.db_name
            self.env["DATABASE_URL"] = self.dsn
            if os.environ.get("REDIS_URL"):
                self.env["REDIS_URL"] = os.environ["REDIS_URL"]
                self.env["CACHE_KEY_PREFIX"] = f"habar-live-{os.getpid()}-{time.time_ns()}"
        if redis_url:
            self.env["REDIS_URL"] = redis_url
            self.env["CACHE_KEY_PREFIX"] = f"habar-live-{os.getpid()}-{time.time_ns()}"
        self.share = share
        if share is not None:
            self.postgres = share.postgres
            if share.postgres:
                self.admin_dsn, self.db_name, self.dsn = share.admin_dsn, share.db_name, share.dsn
            for name in ("DATABASE_URL", "REDIS_URL", "CACHE_KEY_PREFIX", "HABAR_VAR_DIR"):
                if name in share.env:
                    self.env[name] = share.env[name]
        self.env.update({**IMMEDIATE_ENV, **(env or {})})
        self.server = None

    def habar(self, *args):
        return subprocess.run(
            [sys.executable, "-m", "habar.cli", *args],
            cwd=REPO,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )

    def start(self, workers, serve_args=()):
        if self.share is not None:
            self.demo_output = self.share.demo_output
        else:
            self.set_up()
        self.log = open(self.tmp_path / "server.log", "w")  # noqa: SIM115
        self.server = subprocess.Popen(  # noqa: S603
            [
                sys.executable, "-m", "habar.cli", "serve",
                "--port", str(self.port), "--workers", str(workers), "--threads", "16",
                *serve_args,
            ],
            cwd=REPO, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base_url + "/en/", timeout=2).close()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if self.server.poll() is not None:
                    break
                time.sleep(0.3)
        raise RuntimeError("Habar did not start:\n" + (self.tmp_path / "server.log").read_text())

    def set_up(self):
        if self.from_template:
            self.copy_template()
            return
        self.create_database()
        self.habar("migrate", "--noinput", "-v0")
        self.habar("collectstatic", "--noinput", "-v0")
        self.demo_output = self.habar("demo", "--port", str(self.port)).stdout

    def create_database(self, template=None):
        if self.postgres:
            with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
                copy = f' TEMPLATE "{template}"' if template else ""
                conn.execute(f'CREATE DATABASE "{self.db_name}"{copy}')

    @contextmanager
    def template(self):
        """The run's template, built by whoever needs it first (scripts/test ahead, or the
        first server of the run); builders and copiers take turns through a file lock."""
        root = template_dir()
        root.mkdir(exist_ok=True)
        with open(root / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (root / "demo.txt").exists():
                self.build_template(root)
            yield root

    def copy_template(self):
        """This server's var directory and database, copied from the run's template."""
        with self.template() as root:
            # Static files are only read: linked, not copied. The rest is the server's own.
            shutil.copytree(
                root / "var" / "static", self.tmp_path / "static", copy_function=os.link
            )
            shutil.copytree(
                root / "var",
                self.tmp_path,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("static"),
            )
            if self.template_server:
                self.create_database()
                self.restore_template(self.template_server)
            else:
                self.create_database(template=template_db_name())
        self.demo_output = (
            (root / "demo.txt").read_text().replace(f":{TEMPLATE_PORT}/", f":{self.port}/")
        )
        self.execute(
            "UPDATE wagtailcore_site SET port = ? WHERE port = ?", (self.port, TEMPLATE_PORT)
        )

    def restore_template(self, server):
        """The run's template database, on `server`, restored into this server's database."""
        template = server.rsplit("/", 1)[0] + "/" + template_db_name()
        dump = subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--dbname={template}"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(
            ["pg_restore", "--no-owner", "--no-acl", "--single-transaction", "-d", self.dsn],
            input=dump,
            check=True,
            capture_output=True,
        )

    def build_template(self, root):
        env = {k: v for k, v in self.env.items() if k not in ("REDIS_URL", "CACHE_KEY_PREFIX")}
        env.update({**IMMEDIATE_ENV, "HABAR_VAR_DIR": str(root / "var")})
        if self.postgres:
            name, server = template_db_name(), self.template_server or self.admin_dsn
            env["DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + name
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')

        def habar(*args):
            command = [sys.executable, "-m", "habar.cli", *args]
            return subprocess.run(
                command, cwd=REPO, env=env, check=True, capture_output=True, text=True
            )

        habar("migrate", "--noinput", "-v0")
        habar("collectstatic", "--noinput", "-v0")
        output = habar("demo", "--port", str(TEMPLATE_PORT)).stdout
        (root / "demo.txt").write_text(output)

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
        if self.postgres and self.share is None:
            with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')

    def query(self, sql, params=()):
        """Run one read-only query against the server's database; return all rows."""
        if self.postgres:
            with psycopg.connect(self.dsn) as conn:
                return conn.execute(sql.replace("?", "%s"), params).fetchall()
        with closing(sqlite3.connect(self.sqlite_path, timeout=20)) as conn:
            return conn.execute(sql, params).fetchall()

    def execute(self, sql, params=()):
        """Run one writing statement against the server's database, committed."""
        if self.postgres:
            with psycopg.connect(self.dsn) as conn:
                conn.execute(sql.replace("?", "%s"), params)
            return
        with closing(sqlite3.connect(self.sqlite_path, timeout=20)) as conn, conn:
            conn.execute(sql, params)

    @property
    def sqlite_path(self):
        return Path(self.env["HABAR_VAR_DIR"]) / "habar.sqlite3"

    def page_id(self, slug):
        return self.query("SELECT id FROM wagtailcore_page WHERE slug = ?", (slug,))[0][0]

    def total_views(self, page_id):
        rows = self.query("SELECT views FROM stats_pageviewtotal WHERE page_id = ?", (page_id,))
        return rows[0][0] if rows else 0

    def day_views(self, page_id):
        rows = self.query("SELECT SUM(views) FROM stats_pageviewday WHERE page_id = ?", (page_id,))
        return rows[0][0] or 0


@pytest.fixture(scope="session")
def live_habar(tmp_path_factory):
    # Its worker looks for due schedules every second: the editorial walk-through brings a
    # go-live due and waits for the worker, not for the production interval (30 s).
    live = LiveHabar(tmp_path_factory.mktemp("live-habar"), env={"HABAR_SCHEDULER_SECONDS": "1"})
    try:
        # SQLite has one writer: one process with threads. PostgreSQL: two processes,
        # so concurrent beacons also race across processes.
        live.start(workers=2 if live.postgres else 1)
        yield live
    finally:
        live.stop()


if __name__ == "__main__":
    # `python -m habar.tests.live`: build the run's template (HABAR_LIVE_RUN) ahead of the
    # suite, for the database in the environment.
    with tempfile.TemporaryDirectory() as scratch, LiveHabar(Path(scratch)).template():
        pass
