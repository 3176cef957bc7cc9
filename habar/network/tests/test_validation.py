"""A bad network file is refused with the key (and line) of each problem, and nothing is
written; `habar network apply` exits non-zero without a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from .conftest import NETWORK

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'languages = ["it", "en"]',
            'languages = ["it", "xx"]',
            "sites.rome.languages (line 28): unknown language 'xx'",
        ),
        (
            'languages = ["tk", "ru", "en"]\ndefault_language = "tk"',
            'languages = ["tk", "ru", "en"]\ndefault_language = "de"',
            "sites.mfa.default_language (line 5): must be one of the site's languages",
        ),
        (
            'time_zone = "Europe/Rome"',
            'time_zone = "Europe/Atlantis"',
            "sites.rome.time_zone (line 29): unknown time zone 'Europe/Atlantis'",
        ),
        ("port = 8443", 'port = "8443"', "sites.rome.port (line 27): must be a whole number"),
        ("port = 8443", "port = 0", "sites.rome.port (line 27): must be between 1 and 65535"),
        (
            'en = "Embassy of Turkmenistan in Rome"\n',
            "",
            "sites.rome.name (line 31): no title in en",
        ),
        (
            'phone = "+993 12 44-57-36"',
            'telephone = "+993 12 44-57-36"',
            "sites.mfa.telephone (line 8): unknown key",
        ),
        (
            'email = "publisher@rome.example"',
            'email = "publisher@rome.example"\npassword = "secret"',
            "sites.rome.accounts.rome-publisher.password (line 44): unknown key "
            "(passwords never go in this file)",
        ),
        (
            'role = "publisher"',
            'role = "chief"',
            "sites.rome.accounts.rome-publisher.role (line 44): must be one of editor, "
            "publisher, administrator",
        ),
        (
            "[sites.rome]\n",
            "[sites.rome]\ndefault = true\n",
            "sites.rome.default (line 26): only one site may be the default (mfa is)",
        ),
        (
            'hostname = "rome.example"\nport = 8443',
            'hostname = "mfa.example"\nport = 80',
            "sites.rome.hostname (line 26): mfa.example:80 is also the address of mfa",
        ),
        (
            "[sites.rome.sections.notizie]",
            "[sites.rome.sections.news]",
            "sites.rome.sections.news (line 39): this address is the home page's own",
        ),
        (
            'email = "editor@mfa.example"\nrole = "administrator"',
            'email = "boss@mfa.example"\nrole = "administrator"',
            "sites.rome.accounts.mfa-editor.email (line 47): differs from the e-mail given "
            "under sites.mfa",
        ),
        ("[sites.mfa]", "[sites.MFA]", "sites.MFA (line 1): a site's key is lower-case"),
        ("\n[sites.rome]", "\n[sites.rome]]", "not valid TOML: "),
    ],
)
def test_a_bad_file_is_refused_with_the_problems_key(network_file, refused, old, new, problem):
    assert old in NETWORK
    users, sites = get_user_model().objects.count(), list(Site.objects.values_list("pk"))

    message = refused("apply", network_file(NETWORK.replace(old, new, 1)))

    assert "nothing was changed" in message
    assert problem in message
    assert "Traceback" not in message
    assert (get_user_model().objects.count(), list(Site.objects.values_list("pk"))) == (
        users,
        sites,
    )


def test_every_problem_is_named_at_once(network_file, refused):
    text = NETWORK.replace('"Europe/Rome"', '"Mars/Olympus"').replace('"publisher"', '"boss"')

    message = refused("apply", network_file(text))

    assert "sites.rome.time_zone" in message
    assert "sites.rome.accounts.rome-publisher.role" in message


def test_a_syntax_error_names_its_line(network_file, refused):
    message = refused("apply", network_file(NETWORK.replace("port = 8443", "port = = 8443")))

    assert "line 27" in message


def test_an_unreadable_file_is_refused(tmp_path, refused):
    assert "Cannot read" in refused("apply", tmp_path / "missing.toml")


def test_the_command_exits_non_zero_without_a_traceback(network_file):
    path = network_file(NETWORK.replace('"Europe/Rome"', '"Mars/Olympus"'))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["DJANGO_SETTINGS_MODULE"] = "habar.settings.test"

    run = subprocess.run(
        [sys.executable, "-m", "habar.cli", "network", "apply", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode == 1
    assert "sites.rome.time_zone (line 29): unknown time zone 'Mars/Olympus'" in run.stderr
    assert "Traceback" not in run.stderr
