"""Apps add their own part of a site's entry (e.g. mission details) to the network file:
validated with the rest, applied with the site, exported with it."""

import tomllib

import pytest
from wagtail.models import Site

from habar.network import parts

from .conftest import NETWORK


class Motto:
    """A made-up part: a motto per site, kept in memory."""

    key = "motto"

    def __init__(self):
        self.mottos = {}

    def validate(self, value):
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            return ['text: must be a text, e.g. text = "..."']
        return []

    def apply(self, site, value, changes):
        if self.mottos.get(site.pk) != value["text"]:
            changes.add(f"~ {site.hostname}: motto")
            self.mottos[site.pk] = value["text"]

    def export(self, site):
        return {"text": self.mottos[site.pk]} if site.pk in self.mottos else None


@pytest.fixture
def motto(monkeypatch):
    monkeypatch.setattr(parts, "_registered", {})
    monkeypatch.setattr(parts, "_discovered", True)
    return parts.register(Motto())


WITH_MOTTO = NETWORK.replace(
    "[sites.rome.name]", '[sites.rome.motto]\ntext = "Neutrality"\n\n[sites.rome.name]'
)


def test_a_registered_part_is_applied_and_exported(motto, network_file, network):
    output = network("apply", network_file(WITH_MOTTO))

    assert "~ rome.example: motto" in output
    sites = tomllib.loads(network("export"))["sites"]
    assert sites["rome"]["motto"] == {"text": "Neutrality"}
    assert "motto" not in sites["mfa"]
    assert network("apply", network_file(WITH_MOTTO)).startswith("No changes")


def test_a_parts_problems_are_named_by_its_key(motto, network_file, refused):
    message = refused("apply", network_file(WITH_MOTTO.replace('"Neutrality"', "1")))

    assert "sites.rome.motto.text: must be a text" in message
    assert not Site.objects.filter(hostname="rome.example").exists()


def test_an_unregistered_part_is_an_unknown_key(network_file, refused, monkeypatch):
    monkeypatch.setattr(parts, "_registered", {})
    monkeypatch.setattr(parts, "_discovered", True)

    assert "sites.rome.motto (line 31): unknown key" in refused("apply", network_file(WITH_MOTTO))


def test_apps_declare_their_parts_in_a_network_parts_module(monkeypatch):
    monkeypatch.setattr(parts, "_registered", {})
    monkeypatch.setattr(parts, "_discovered", False)
    module = type("module", (), {"PARTS": [Motto()]})
    declared = "habar.sites.network_parts"
    monkeypatch.setattr(parts, "find_spec", lambda name: name if name == declared else None)
    monkeypatch.setattr(parts, "import_module", lambda name: module)

    assert list(parts.registered_parts()) == ["motto"]
