"""The shipped operations files (deploy/): nginx, systemd units, the environment list."""

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .live import REPO, free_port

DEPLOY = REPO / "deploy"
HABAR_BIN = Path(sys.executable).parent / "habar"
NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
REFERENCE_ARTICLE = (
    "/en/politics/"
    "videoconfrence-with-the-head-of-the-united-nations-office-of-counter-terrorism-unoct/"
)
ENV_READ_RE = re.compile(
    r"""os\.(?:environ\.get|environ\.setdefault|getenv)\(\s*["']([A-Z][A-Z0-9_]*)["']"""
    r"""|os\.environ\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]"""
)


# -- the environment list -----------------------------------------------------------------


def variables_read_by_habar():
    names = set()
    for path in (REPO / "habar").rglob("*.py"):
        if "tests" in path.parts or path.name == "conftest.py":  # the tests' own (CI, ...)
            continue
        for match in ENV_READ_RE.finditer(path.read_text()):
            names.add(match[1] or match[2])
    return names


def test_env_example_lists_every_variable_habar_reads():
    listed = set(re.findall(r"^#?([A-Z][A-Z0-9_]*)=", (DEPLOY / "env.example").read_text(), re.M))
    read = variables_read_by_habar()
    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"} <= read  # the scan finds them at all
    assert sorted(read - listed) == []


# -- nginx --------------------------------------------------------------------------------


def nginx_config(workdir, port, upstreams, static_root):
    """deploy/nginx/habar.conf with this machine's port, servers and paths, inside a whole
    nginx.conf; every substitution must apply, so a changed shipped file fails here."""
    shipped = (DEPLOY / "nginx" / "habar.conf").read_text()
    servers = "".join(
        f"    server 127.0.0.1:{upstream} max_fails=3 fail_timeout=10s;\n" for upstream in upstreams
    )
    replacements = [
        (
            "    server 127.0.0.1:8001 max_fails=3 fail_timeout=10s;\n"
            "    server 127.0.0.1:8002 max_fails=3 fail_timeout=10s;\n",
            servers,
        ),
        ("/var/cache/nginx/habar", f"{workdir}/cache"),
        ("listen 80 default_server;", f"listen 127.0.0.1:{port} default_server;"),
        ("listen 80;", f"listen 127.0.0.1:{port};"),
        ("server_name example.gov.tm *.example.gov.tm;", "server_name localhost 127.0.0.1;"),
        ("/var/lib/habar/static/", f"{static_root}/"),
        ("/var/lib/habar/media/", f"{workdir}/media/"),
    ]
    for old, new in replacements:
        assert old in shipped, old
        shipped = shipped.replace(old, new)
    return (
        f"worker_processes 1;\ndaemon off;\npid {workdir}/nginx.pid;\n"
        f"error_log {workdir}/error.log;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n"
        f"  client_body_temp_path {workdir}/body;\n  proxy_temp_path {workdir}/proxy;\n"
        f"{shipped}\n}}\n"
    )


@pytest.fixture
def nginx_workdir():
    if not NGINX:
        pytest.skip("nginx is not installed (scripts/test installs it)")
    # nginx's workers run as nobody when started by root: everything they read is public.
    workdir = Path(tempfile.mkdtemp(prefix="habar-nginx-"))
    workdir.chmod(0o755)
    yield workdir
    shutil.rmtree(workdir, ignore_errors=True)


def test_nginx_configuration_is_valid(nginx_workdir):
    config = nginx_workdir / "nginx.conf"
    config.write_text(nginx_config(nginx_workdir, free_port(), [8001, 8002], nginx_workdir))
    result = subprocess.run(
        [NGINX, "-t", "-p", str(nginx_workdir), "-c", str(config)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.server
def test_nginx_in_front_of_habar_caches_pages_and_serves_static_files(live_habar, nginx_workdir):
    static_root = nginx_workdir / "static"
    shutil.copytree(live_habar.tmp_path / "static", static_root)
    for path in [static_root, *static_root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    port = free_port()
    config = nginx_workdir / "nginx.conf"
    config.write_text(nginx_config(nginx_workdir, port, [live_habar.port], static_root))
    nginx = subprocess.Popen(
        [NGINX, "-p", str(nginx_workdir), "-c", str(config)], stderr=subprocess.PIPE
    )
    try:
        base = f"http://127.0.0.1:{port}"
        host = {"Host": "localhost"}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        first_status, first, body = fetch(base + REFERENCE_ARTICLE, host)
        assert first_status == 200
        assert first["X-Cache-Status"] == "MISS"
        second_status, second, again = fetch(base + REFERENCE_ARTICLE, host)
        assert second_status == 200
        assert second["X-Cache-Status"] == "HIT"
        assert again == body
        editor_status, editor, _body = fetch(
            base + REFERENCE_ARTICLE, {**host, "Cookie": "sessionid=anything"}
        )
        assert editor_status == 200
        assert editor["X-Cache-Status"] == "BYPASS"

        stylesheet = re.search(rb'href="(/static/css/[^"]+\.css)"', body)[1].decode()
        status, headers, css = fetch(base + stylesheet, host)
        assert status == 200
        assert css == (static_root / stylesheet.removeprefix("/static/")).read_bytes()
        assert headers.get_all("Cache-Control") == ["public, max-age=31536000, immutable"]
        assert headers["X-Request-ID"] is None  # nginx answered, not Habar
    finally:
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=10)


def test_unknown_host_names_get_no_answer(nginx_workdir):
    port = free_port()
    config = nginx_workdir / "nginx.conf"
    config.write_text(nginx_config(nginx_workdir, port, [free_port()], nginx_workdir))
    nginx = subprocess.Popen([NGINX, "-p", str(nginx_workdir), "-c", str(config)])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                fetch(f"http://127.0.0.1:{port}/healthz", {"Host": "localhost"})
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        # 444: nginx closes the connection without an answer.
        with pytest.raises((urllib.error.URLError, ConnectionError)):
            fetch(f"http://127.0.0.1:{port}/en/", {"Host": "attacker.example"})
    finally:
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=10)


# -- systemd ------------------------------------------------------------------------------


UNITS = ["habar-web@.service", "habar-worker.service"]


def unit_settings(name):
    """[Service] and [Unit] keys of a unit file, each a list of values in order."""
    values = {}
    for line in (DEPLOY / "systemd" / name).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")):
            key, _sep, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


@pytest.mark.parametrize("name", UNITS)
def test_units_are_hardened(name):
    unit = unit_settings(name)
    assert unit["User"] == ["habar"]
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["ReadWritePaths"] == ["/var/lib/habar"]
    assert unit["EnvironmentFile"] == ["/etc/habar/env"]
    assert unit["Restart"] == ["on-failure"]
    assert unit["NoNewPrivileges"] == ["true"]
    assert unit["CapabilityBoundingSet"] == [""]


@pytest.mark.parametrize("name", UNITS)
def test_units_pass_systemd_analyze_verify(name, tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    text = (
        (DEPLOY / "systemd" / name)
        .read_text()
        .replace("/opt/habar/.venv/bin/habar", str(HABAR_BIN))
    )
    target = tmp_path / name.replace("@.", "@8001.")
    target.write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(target)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    # Unknown keys and bad values are only warnings, with exit status 0.
    assert target.name not in result.stdout + result.stderr, result.stdout + result.stderr


def environment_file(path):
    env = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, _sep, value = line.partition("=")
            env[key] = value
    return env


def unit_command(name, instance, env):
    """The unit's ExecStart as argv: this checkout's `habar`, %i and ${VAR} filled in."""
    (command,) = unit_settings(name)["ExecStart"]
    command = command.replace("/opt/habar/.venv/bin/habar", str(HABAR_BIN))
    command = command.replace("%i", instance)
    command = re.sub(r"\$\{(\w+)\}", lambda m: env.get(m[1], ""), command)
    return shlex.split(command)


def unit_environment(name, live):
    """What systemd would give the unit: its Environment=, then deploy/env.example as the
    EnvironmentFile, pointed at the live test server's database and state directory."""
    env = {"PATH": os.environ["PATH"], "HOME": str(live.tmp_path)}
    for assignment in unit_settings(name)["Environment"]:
        for pair in shlex.split(assignment):
            key, _sep, value = pair.partition("=")
            env[key] = value
    env.update(environment_file(DEPLOY / "env.example"))
    env.update(
        {
            "SECRET_KEY": "unit-test-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HABAR_VAR_DIR": str(live.tmp_path),
            "WEB_CONCURRENCY": "1",
            "CACHE_KEY_PREFIX": live.env.get("CACHE_KEY_PREFIX", "habar-units"),
        }
    )
    for key in ("DATABASE_URL", "REDIS_URL"):
        if key in live.env:
            env[key] = live.env[key]
        else:
            env.pop(key, None)
    return env


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the unit's command did not stop on SIGTERM")


@pytest.mark.server
def test_web_unit_command_serves_habar(live_habar, tmp_path):
    port = free_port()
    env = unit_environment("habar-web@.service", live_habar)
    log = open(tmp_path / "web.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        unit_command("habar-web@.service", str(port), env),
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        https = {"X-Forwarded-Proto": "https"}
        deadline, status = time.monotonic() + 60, None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                status = fetch(f"http://127.0.0.1:{port}/healthz", https)[0]
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        assert status == 200, (tmp_path / "web.log").read_text()
        page = fetch(f"http://127.0.0.1:{port}/en/", {**https, "Host": "localhost"})
        assert page[0] == 200
    finally:
        stop(process)
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        fetch(f"http://127.0.0.1:{port}/healthz")


@pytest.mark.server
def test_worker_unit_command_keeps_running(live_habar, tmp_path):
    if not (REPO / "habar/worker/management/commands/worker.py").exists():
        pytest.fail("`habar worker` does not exist, yet habar-worker.service runs it")
    env = {**unit_environment("habar-worker.service", live_habar), "LOG_LEVEL": "INFO"}
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        unit_command("habar-worker.service", "", env),
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        # Running once it says so (its INFO line "Worker ... started", after Django's set-up).
        deadline = time.monotonic() + 60
        while "started" not in (tmp_path / "worker.log").read_text():
            assert process.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, "the worker never said it started"
            time.sleep(0.1)
        assert process.poll() is None, (tmp_path / "worker.log").read_text()
    finally:
        stop(process)
    assert process.returncode in (0, -signal.SIGTERM), (tmp_path / "worker.log").read_text()


# -- settings chosen by the environment ---------------------------------------------------


def production_settings(**env):
    """Settings values as habar.settings.production computes them from `env`, in a fresh
    interpreter (settings are read once per process)."""
    script = (
        "import django, json; django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.files.storage import default_storage\n"
        "print(json.dumps({"
        " 'storages': settings.STORAGES['default'], 'databases': sorted(settings.DATABASES),"
        " 'routers': settings.DATABASE_ROUTERS, 'purge': settings.WAGTAILFRONTENDCACHE,"
        " 'media_url': default_storage.url('images/a.jpg')}, default=str))\n"
    )
    base_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DATABASE_", "CLOUD"))
    }
    base_env.update(
        DJANGO_SETTINGS_MODULE="habar.settings.production",
        SECRET_KEY="settings-test-" + "s" * 50,
        ALLOWED_HOSTS="example.org",
        AWS_CONFIG_FILE="/dev/null",
        AWS_SHARED_CREDENTIALS_FILE="/dev/null",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=base_env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_media_on_disk_without_a_bucket():
    chosen = production_settings()
    assert chosen["storages"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert chosen["media_url"] == "/media/images/a.jpg"


def test_media_on_s3_when_a_bucket_is_named():
    chosen = production_settings(
        AWS_STORAGE_BUCKET_NAME="habar-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_ACCESS_KEY_ID="test-key",
        AWS_SECRET_ACCESS_KEY="test-secret",
    )
    assert chosen["storages"]["BACKEND"] == "storages.backends.s3.S3Storage"
    # Unsigned, stable URLs under the bucket's media/ prefix: computed locally, no network.
    assert chosen["media_url"] == "https://s3.example.net/habar-media/media/images/a.jpg"


def test_media_behind_a_custom_domain():
    chosen = production_settings(
        AWS_STORAGE_BUCKET_NAME="habar-media", AWS_S3_CUSTOM_DOMAIN="media.example.org"
    )
    assert chosen["media_url"] == "https://media.example.org/media/images/a.jpg"


def test_replica_urls_add_databases_and_the_router():
    chosen = production_settings(
        DATABASE_URL="postgres://habar@db1/habar",
        DATABASE_REPLICA_URLS="postgres://habar@db2/habar, postgres://habar@db3/habar",
    )
    assert chosen["databases"] == ["default", "replica1", "replica2"]
    assert chosen["routers"] == ["habar.core.routers.ReplicaRouter"]
    assert production_settings()["routers"] == []


def test_frontend_cache_backends_from_the_environment():
    purge = production_settings(
        FRONTEND_CACHE_PURGE_URLS="http://10.0.0.1:6081,http://10.0.0.2:6081",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_BEARER_TOKEN="token",
        CLOUDFRONT_DISTRIBUTION_ID="dist",
    )["purge"]
    assert {name: backend["BACKEND"].rsplit(".", 1)[1] for name, backend in purge.items()} == {
        "http1": "HTTPBackend",
        "http2": "HTTPBackend",
        "cloudflare": "CloudflareBackend",
        "cloudfront": "CloudfrontBackend",
    }
    assert purge["http2"]["LOCATION"] == "http://10.0.0.2:6081"
    assert production_settings()["purge"] == {}
