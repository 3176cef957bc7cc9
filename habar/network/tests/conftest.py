import io

import pytest
from django.core.management import CommandError, call_command

NETWORK = """\
[sites.mfa]
hostname = "mfa.example"
default = true
languages = ["tk", "ru", "en"]
default_language = "tk"
time_zone = "Asia/Ashgabat"
address = "Archabil Avenue 108, Ashgabat"
phone = "+993 12 44-57-36"
email = "press@mfa.example"

[sites.mfa.name]
tk = "Daşary işler ministrligi"
ru = "Министерство иностранных дел"
en = "Ministry of Foreign Affairs"

[sites.mfa.sections.politics]
tk = "Syýasat"
ru = "Политика"
en = "Politics"

[sites.mfa.accounts.mfa-editor]
email = "editor@mfa.example"
role = "editor"

[sites.rome]
hostname = "rome.example"
port = 8443
languages = ["it", "en"]
time_zone = "Europe/Rome"

[sites.rome.name]
it = "Ambasciata del Turkmenistan"
en = "Embassy of Turkmenistan in Rome"

[sites.rome.sections.consular]
it = "Servizi consolari"
en = "Consular services"

[sites.rome.sections.notizie]
it = "Notizie"

[sites.rome.accounts.rome-publisher]
email = "publisher@rome.example"
role = "publisher"

[sites.rome.accounts.mfa-editor]
email = "editor@mfa.example"
role = "administrator"
"""


@pytest.fixture
def network_file(tmp_path):
    """Write a network file; answer its path."""

    def write(text=NETWORK, name="network.toml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def network(db):
    """Run `habar network ...`; answer its output (CommandError goes to the caller)."""

    def run(*args):
        out = io.StringIO()
        call_command("network", *map(str, args), stdout=out, stderr=io.StringIO())
        return out.getvalue()

    return run


@pytest.fixture
def refused(network):
    """Run `habar network ...` that must fail; answer the error message."""

    def run(*args):
        with pytest.raises(CommandError) as failure:
            network(*args)
        return str(failure.value)

    return run
