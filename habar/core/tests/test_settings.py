"""Production settings refuse to start half-configured and pass Django's deploy checks.

Each case runs in a fresh interpreter with a clean environment: settings are read once
per process, and the test process has already loaded the test settings.
"""

import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]


def run(args, tmp_path, **env):
    clean = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "HABAR_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "habar.settings.production",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def import_production(tmp_path, **env):
    return run(["-c", "import habar.settings.production"], tmp_path, **env)


@pytest.fixture
def secret_key():
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(60))


def test_refuses_without_secret_key(tmp_path):
    result = import_production(tmp_path, ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_refuses_a_short_secret_key(tmp_path):
    result = import_production(tmp_path, SECRET_KEY="too-short", ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_refuses_without_allowed_hosts(tmp_path, secret_key):
    result = import_production(tmp_path, SECRET_KEY=secret_key)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_imports_when_configured(tmp_path, secret_key):
    result = import_production(tmp_path, SECRET_KEY=secret_key, ALLOWED_HOSTS="example.org")

    assert result.returncode == 0, result.stderr


def test_passes_deploy_checks(tmp_path, secret_key):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        tmp_path,
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_trusts_csrf_origins_of_its_hosts(tmp_path, secret_key):
    result = run(
        [
            "-c",
            "import habar.settings.production as s; print(s.CSRF_TRUSTED_ORIGINS, s.DEBUG)",
        ],
        tmp_path,
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="example.org,.embassy.example",
    )

    assert result.stdout.split("] ") == [
        "['https://example.org', 'https://embassy.example'",
        "False\n",
    ]


def test_base_settings_hold_no_secret_and_no_debug(tmp_path):
    result = run(
        ["-c", "import habar.settings.base as s; print(repr(s.SECRET_KEY), s.DEBUG)"],
        tmp_path,
        DJANGO_SETTINGS_MODULE="habar.settings.base",
    )

    assert result.stdout == "'' False\n"
