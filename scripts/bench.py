"""Habar under load, next to nginx serving the same bytes: `make bench`.

A throwaway Habar (production settings, PostgreSQL database `habar_bench`, Redis under a
unique key prefix, one granian worker), a stock Wagtail site holding the same articles
(scripts/bench_baseline.py: PostgreSQL database `bench_wagtail`, the same granian settings) and
an nginx serving a saved copy of the reference article, on CPU 0; wrk on CPU 1, against
127.0.0.1 only. Uncached pages are asked of a second Habar process that keeps no page
(HABAR_PAGE_CACHE_TIMEOUT=0): each request is a miss as in production, looked up by the front
and the page cache, rendered, not found stored. HABAR_BENCH_QUICK=1: 2 s a run, no archive rows,
5,000 subscribers; BENCH_ARCHIVE and BENCH_SUBSCRIBERS set the archive's and the mail run's size.
"""
# ruff: noqa: S603, S607, S608, S310

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import closing, suppress
from datetime import date
from pathlib import Path
from socket import socket

import psycopg
import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_baseline  # noqa: E402
import bench_front  # noqa: E402
import bench_report  # noqa: E402
import bench_scale  # noqa: E402
from bench_snippets import QUERIES_PY, STORM_PY, WRK_LUA  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME, BASELINE_DB = "habar_bench", "bench_wagtail"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
QUICK = os.environ.get("HABAR_BENCH_QUICK") == "1"
DURATION = int(os.environ.get("BENCH_SECONDS", 2 if QUICK else 8))  # per wrk run; keep it <= 10
CONNECTIONS = 32
# Archive sizes for the scale runs: the same article and search at each (BENCH_ARCHIVE=0 skips).
ARCHIVE_SIZES = [1_000, int(os.environ.get("BENCH_ARCHIVE", 0 if QUICK else 100_000))]
SUBSCRIBERS = int(os.environ.get("BENCH_SUBSCRIBERS", 5_000 if QUICK else 100_000))
SEED_SLUG = "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct"
ARTICLE = f"/en/politics/{SEED_SLUG}/"
# The floor of any answer from Python: granian as Habar runs it, with an application that
# only answers (no Django, no cache, no database).
FLOOR_APP = """def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", "12")])
    return [b'{"views": 1}']
"""


def free_port():
    with closing(socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_tools():
    missing = [name for name in ("nginx", "wrk") if not shutil.which(name)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"Missing {' and '.join(missing)}; run: sudo apt-get install {' '.join(missing)}")
    print(f"Installing Debian packages: {' '.join(missing)}", flush=True)
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt_env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=apt_env)


def nginx_command(tmp, conf):
    return ["nginx", "-p", str(tmp), "-e", f"{tmp}/nginx.log", "-c", f"{tmp}/{conf}"]


def wait_for(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}) before answering {url}")
        with suppress(OSError):
            urllib.request.urlopen(url, timeout=2).close()
            return
        time.sleep(0.3)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def cpu0_idle_share(seconds=0.25):
    """The share of `seconds` that CPU 0, the servers' core, spent idle."""

    def times():
        with open("/proc/stat") as stat:
            fields = next(line for line in stat if line.startswith("cpu0 ")).split()[1:]
        return sum(map(int, fields)), int(fields[3]) + int(fields[4])  # all, idle + iowait

    (total, idle), _ = times(), time.sleep(seconds)
    after_total, after_idle = times()
    return (after_idle - idle) / max(after_total - total, 1)


def settle(limit=20):
    """Wait until the servers' core is idle: requests still queued when the last wrk run
    stopped (up to 32 slow searches) would otherwise be served during the next run."""
    deadline = time.monotonic() + limit
    while cpu0_idle_share() < 0.9 and time.monotonic() < deadline:
        pass


def wrk(url, lua, mode="plain", connections=CONNECTIONS, settled=True, cpu_of=()):
    """One bounded wrk run on CPU 1, once the servers' core is idle (unless `settled` is
    false: the caller keeps it busy on purpose): req/s, p50/p99 in ms, the Lua counters,
    errors, and the CPU µs the processes `cpu_of` (and those under them) spent a request."""
    if settled:
        settle()
    serving = bench_report.process_tree(*cpu_of)
    cpu = bench_report.cpu_seconds(serving)
    command = ["taskset", "-c", "1", "wrk", "-t1", f"-c{connections}", f"-d{DURATION}s"]
    command += ["--timeout", "10s", "--latency", "-s", str(lua), url]
    command += ["--", mode, secrets.token_hex(4)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout
    cpu = bench_report.cpu_seconds(serving) - cpu
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])}
    for pct in ("50", "99"):
        result["p" + pct] = to_ms(re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)[1])
    result.update({k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", out.split("COUNTS")[1])})
    result["cpu_us"] = cpu * 1e6 / max(result["answered"], 1)
    errors = re.search(r"Socket errors: (.*)", out)
    result["errors"] = errors[1] if errors else ""
    return result


def environment(dsn, tmp, prefix):
    """Production settings for a throwaway Habar on `dsn`, its files in `tmp`."""
    return {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "habar.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),  # 64 characters
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": dsn,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "HABAR_VAR_DIR": str(tmp),  # collected static files
        "HABAR_LANGUAGE": "en",
        "LOG_LEVEL": "WARNING",  # no line per request or per demo page
        # wrk's readers all come from 127.0.0.1: lift the views-per-address cap.
        "HABAR_VIEWS_PER_ADDRESS": "1000000",
        "PYTHONUNBUFFERED": "1",
    }


def main():
    started = time.monotonic()
    ensure_tools()
    tmp = Path(tempfile.mkdtemp(prefix="habar-bench-"))
    tmp.chmod(0o755)  # nginx's workers run as nobody when started by root
    port, nginx_port = free_port(), free_port()
    base, prefix = f"http://127.0.0.1:{port}", f"habar-bench-{secrets.token_hex(6)}"
    dsn = PG_ADMIN.rsplit("/", 1)[0] + "/" + DB_NAME
    env = environment(dsn, tmp, prefix)
    processes = []

    def popen(command, **kwargs):
        log = open(tmp / "servers.log", "a")  # noqa: SIM115
        kwargs = {"stdout": log, "stderr": log, "cwd": REPO, "env": env, **kwargs}
        command = ["taskset", "-c", "0", *command]
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        processes.append(process)
        return process

    try:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            for name in (DB_NAME, BASELINE_DB):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
        print(f"Building Habar on PostgreSQL {DB_NAME}, Redis prefix {prefix} ...", flush=True)
        for args in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"],
                     ["demo", "--port", str(port)]):  # fmt: skip
            command = [sys.executable, "-m", "habar.cli", *args]
            subprocess.run(command, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)
        habar = [sys.executable, "-m", "habar.cli", "serve", "--port", str(port), "--workers", "1"]
        # Production's log: a JSON line per request (habar.core.logging), to servers.log.
        logged = {**env, "LOG_LEVEL": "INFO"}
        server = popen(habar, env=logged)
        wait_for(base + "/en/", server)
        # The same Habar, storing no page: every request to it is a miss, with no cookie or
        # parameter that a reader's request would not carry.
        miss_port = free_port()
        miss_base = f"http://127.0.0.1:{miss_port}"
        miss = [*habar[:4], "--port", str(miss_port), "--workers", "1"]
        missing = popen(miss, env={**logged, "HABAR_PAGE_CACHE_TIMEOUT": "0"})
        wait_for(miss_base + "/en/", missing)
        site, wagtail_port = tmp / "wagtail", free_port()
        wagtail_base = f"http://127.0.0.1:{wagtail_port}"
        print(f"Building the stock Wagtail baseline on PostgreSQL {BASELINE_DB} ...", flush=True)
        wagtail_dsn = PG_ADMIN.rsplit("/", 1)[0] + "/" + BASELINE_DB
        wagtail_env = bench_baseline.generate(site, wagtail_dsn, env["SECRET_KEY"])
        data = bench_baseline.habar_articles(dsn, SEED_SLUG)
        bench_baseline.build(site, wagtail_env, data)
        wagtail_serve = bench_baseline.serve_command(wagtail_port)
        wagtail_server = popen(wagtail_serve, cwd=site, env=wagtail_env)
        wait_for(wagtail_base + "/", wagtail_server)
        (tmp / "floor.py").write_text(FLOOR_APP)
        floor_port = free_port()
        floor_serve = bench_baseline.serve_command(floor_port, application="floor:application")
        floor = popen(floor_serve, cwd=tmp)
        wait_for(f"http://127.0.0.1:{floor_port}/", floor)

        # The reference: nginx serving the article's bytes as Habar rendered them.
        www = tmp / "www"
        www.mkdir(mode=0o755)
        with urllib.request.urlopen(base + ARTICLE, timeout=10) as response:
            (www / "article.html").write_bytes(response.read())
        (www / "article.html").chmod(0o644)
        static = f"server {{ listen 127.0.0.1:{nginx_port}; root {www}; default_type text/html;\n"
        static += "  location / { try_files /article.html =404; } }"
        (tmp / "nginx.conf").write_text(bench_front.wrapper(tmp, "nginx", static))
        static_nginx = popen(nginx_command(tmp, "nginx.conf"))
        wait_for(f"http://127.0.0.1:{nginx_port}/", static_nginx)
        # The same Habar behind nginx as shipped (deploy/nginx/habar.conf), its cache cold.
        shipped_port = free_port()
        shipped = bench_front.shipped(tmp, shipped_port, port, tmp)
        (tmp / "nginx-shipped.conf").write_text(shipped)
        shipped_base = f"http://127.0.0.1:{shipped_port}"
        shipped_nginx = popen(nginx_command(tmp, "nginx-shipped.conf"))
        wait_for(shipped_base + "/healthz", shipped_nginx)
        lua = tmp / "bench.lua"
        lua.write_text(WRK_LUA)

        with closing(psycopg.connect(dsn, autocommit=True)) as conn:
            sql = "SELECT id FROM wagtailcore_page WHERE slug = %s"
            seed_id = conn.execute(sql, (SEED_SLUG,)).fetchone()[0]
        beacon = f"/views/{seed_id}/"
        # (kind, path, wrk mode); "miss": asked of the Habar that stores no page.
        rows = [
            ("nginx, static copy of the article", "(nginx)", "plain"),
            ("health check (no page, no query)", "/healthz", "plain"),
            (bench_report.FLOOR, "(floor)", "plain"),
            ("article, page cache hit", ARTICLE, "plain"),
            ("article, uncached", ARTICLE, "miss"),
            ("home, uncached", "/en/", "miss"),
            # The demo's sections hold ~50 articles (3 pages of 20): page 5 would be a 404.
            ("section, last page (3), uncached", "/en/politics/?page=3", "miss"),
            ("all news, page 5, uncached", "/en/news/?page=5", "miss"),
            ("search, uncached", "/en/search/?q=neutrality", "miss"),
            ("view beacon (POST, new visitor)", beacon, "beacon"),
            ("article through nginx as shipped (its cache)", "(shipped)" + ARTICLE, "plain"),
            ("view beacon through nginx as shipped", "(shipped)" + beacon, "beacon"),
        ]
        # Each baseline row right after its Habar row: a change in the machine's load between
        # the two (it is shared) moves the ratio as little as it can.
        for kind, path in bench_baseline.paths(data, SEED_SLUG).items():
            at = next(n for n, row in enumerate(rows) if row[0] == kind) + 1
            baseline = (bench_report.WAGTAIL + kind, "wagtail:" + path, "plain")
            rows.insert(at, baseline)  # no page cache

        print("Counting queries per request ...", flush=True)
        queries = ["–"] * len(rows)
        for host, cwd, site_env, wagtail in ((port, REPO, env, False),
                                             (wagtail_port, site, wagtail_env, True)):  # fmt: skip
            picked = [(n, p.removeprefix("wagtail:"), m) for n, (_, p, m) in enumerate(rows)
                      if n and p.startswith("wagtail:") == wagtail and p[0] != "("]  # fmt: skip
            targets = [("post" if m == "beacon" else "get", p, m == "plain") for _, p, m in picked]
            script = [sys.executable, "-c", QUERIES_PY, f"127.0.0.1:{host}", json.dumps(targets)]
            done = subprocess.run(script, cwd=cwd, env=site_env, capture_output=True, text=True)
            if done.returncode:
                raise RuntimeError("counting queries failed:\n" + done.stderr[-3000:])
            for (n, _, _), count in zip(
                picked, json.loads(done.stdout.strip().splitlines()[-1]), strict=True
            ):
                queries[n] = count
        with urllib.request.urlopen(base + ARTICLE, timeout=10) as response:
            if response.headers["X-Habar-Cache"] != "hit":
                raise RuntimeError(f"article not cached: {response.headers['X-Habar-Cache']}")

        def stored_views():
            with closing(psycopg.connect(dsn)) as conn:
                sql = "SELECT views FROM stats_pageviewtotal WHERE page_id = %s"
                row = conn.execute(sql, (seed_id,)).fetchone()
                return row[0] if row else 0

        # Where each row's path is asked, and the processes whose CPU time it costs.
        fronts = {
            "(nginx)": (f"http://127.0.0.1:{nginx_port}", [static_nginx]),
            "(floor)": (f"http://127.0.0.1:{floor_port}", [floor]),
            "wagtail:": (wagtail_base, [wagtail_server]),
            "(shipped)": (shipped_base, [shipped_nginx, server]),
        }
        results = []
        for kind, path, mode in rows:
            print(f"wrk {DURATION}s: {kind} ...", flush=True)
            prefix = next((p for p in fronts if path.startswith(p)), "")
            url, serving = fronts.get(prefix, (base, [server]))
            url += path.removeprefix(prefix) or "/"
            if mode == "miss":
                url, mode, serving = miss_base + path, "plain", [missing]
            before = stored_views() if mode == "beacon" else 0
            results.append(wrk(url, lua, mode, cpu_of=[p.pid for p in serving]))
            if mode == "beacon":
                # Requests in flight when wrk stopped still finish, and the worker flushes
                # the Redis view buffer every 5 s (HABAR_VIEW_FLUSH_SECONDS).
                time.sleep(8)
                results[-1]["stored"] = stored_views() - before

        print(f"wrk {DURATION}s: article, page cache hit, publishing every second ...", flush=True)
        command = [sys.executable, "-c", STORM_PY, str(seed_id), str(DURATION)]
        storm = popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if storm.stdout.readline().strip() != "ready":
            raise RuntimeError("the publishing script did not start")
        settle()
        storm.stdin.write("go\n")
        storm.stdin.flush()
        during = wrk(base + ARTICLE, lua, settled=False, cpu_of=[server.pid])
        published, publish_cpu_ms = storm.communicate(timeout=30)[0].split()
        figures = {"during": during, "published": int(published), "seconds": DURATION}
        figures["publish_cpu_ms"] = float(publish_cpu_ms)
        bench_report.report(rows, results, queries, figures, DURATION, CONNECTIONS)
        print("\nWhere an uncached page's time goes, in-process (scripts/bench_profile.py):")
        profile = ["taskset", "-c", "0", sys.executable, REPO / "scripts" / "bench_profile.py"]
        subprocess.run(profile, cwd=REPO, env={**env, "PYTHONPATH": str(REPO)}, check=True)
        limit = os.environ.get("HABAR_PAGE_CACHE_MEMORY_MB", "64")
        print(f"\nResident memory after the runs (page memory limit {limit} MiB a process):")
        for command, rss in bench_report.resident_sizes(server.pid):
            print(f"- {command}: {rss:,.0f} MiB")
        if ARCHIVE_SIZES[-1]:
            bench_scale.run(
                ARCHIVE_SIZES, ARTICLE, dsn=dsn, env=env, port=port, repo=REPO,
                queries_py=QUERIES_PY, wrk=lambda path: wrk(miss_base + path, lua, connections=1),
            )  # fmt: skip
        # E-mail alerts to 100,000 subscribers (5,000 in a quick run): a script and database
        # of its own.
        mail = [sys.executable, REPO / "scripts" / "bench_subscriptions.py", str(SUBSCRIBERS)]
        subprocess.run(mail, check=True)
        print(f"\n{date.today().isoformat()}, {time.monotonic() - started:.0f} s in all")
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        with suppress(Exception), psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            for name in (DB_NAME, BASELINE_DB):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with suppress(Exception):
            client = redis.Redis.from_url(REDIS_URL)
            for key in client.scan_iter(match=f"{prefix}:*", count=1000):
                client.delete(key)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
