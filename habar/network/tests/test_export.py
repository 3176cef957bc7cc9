"""`habar network export` writes the network in the format `apply` reads: exporting,
applying the export to a fresh database and exporting again gives the same file."""

import tomllib

import pytest
from django.core.management import call_command
from django.db import transaction

from habar.demo import builder
from habar.demo.builder import DEMO_SLUG_PREFIX, NETWORK_FILE, DemoBuilder
from habar.network.export import HEADER, export_network


def test_export_then_apply_to_a_fresh_database_gives_the_same_file(network_file, network, tmp_path):
    exported = tmp_path / "exported.toml"
    with transaction.atomic():
        network("apply", network_file())
        network("export", "-o", exported)
        transaction.set_rollback(True)  # the database as `migrate` left it

    output = network("apply", exported)
    again = network("export")

    assert "+ rome: site rome.example:8443" in output
    assert again == exported.read_text(encoding="utf-8")


def test_the_export_holds_what_the_file_gave(network_file, network):
    network("apply", network_file())

    sites = tomllib.loads(network("export"))["sites"]

    assert list(sites) == ["mfa", "rome"]
    rome = sites["rome"]
    assert (rome["hostname"], rome["port"], rome["languages"], rome["default_language"]) == (
        "rome.example",
        8443,
        ["it", "en"],
        "it",
    )
    assert rome["sections"] == {
        "consular": {"it": "Servizi consolari", "en": "Consular services"},
        "notizie": {"it": "Notizie"},
    }
    assert rome["accounts"] == {
        "mfa-editor": {"email": "editor@mfa.example", "role": "administrator"},
        "rome-publisher": {"email": "publisher@rome.example", "role": "publisher"},
    }
    assert sites["mfa"]["default"] is True
    assert "default" not in rome
    assert rome["review"] is True


def test_a_site_without_home_pages_is_left_out_and_named(db, capsys):
    call_command("network", "export")

    out, err = capsys.readouterr()
    assert "[sites." not in out
    assert "Left out localhost:80: its root page is not a home page." in err


def test_an_applied_export_changes_nothing(network_file, network, tmp_path):
    network("apply", network_file())
    exported = tmp_path / "exported.toml"
    network("export", "-o", exported)

    assert network("apply", exported).startswith("No changes")


def test_export_to_an_unwritable_place_is_refused(network_file, network, refused, tmp_path):
    network("apply", network_file())

    assert "Cannot write" in refused("export", "-o", tmp_path / "no" / "such" / "dir.toml")


@pytest.fixture
def demo(db, monkeypatch):
    """The demo, without its years of archive, which only take time here."""
    monkeypatch.setattr(builder, "generated_articles", list)
    DemoBuilder(password="x" * 16).build()


def test_the_demos_network_is_its_shipped_file(demo, network):
    output = network("apply", NETWORK_FILE)
    shipped = NETWORK_FILE.read_text(encoding="utf-8")

    assert output == f"No changes: the network already matches {NETWORK_FILE}.\n"
    exported = export_network(home_slug_prefix=DEMO_SLUG_PREFIX)
    assert exported.removeprefix(HEADER) == shipped[shipped.index("[sites.") :]
