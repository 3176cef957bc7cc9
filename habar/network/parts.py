"""Parts of a site's entry in the network file that other apps own.

A part is any object with:

- ``key``: the name of its table in a site's entry, e.g. ``"mission"`` for
  ``[sites.berlin.mission]``;
- ``validate(value) -> list[str]``: the problems of the part's value, each starting with
  the key it concerns (an empty list when the value is good);
- ``apply(site, value, changes)``: bring the site up to the value, calling
  ``changes.add("...")`` for each thing it changed (``site`` is a Wagtail Site);
- ``export(site)``: the part's value for the site, or None to leave it out of the file.

An app declares its parts in a module ``network_parts`` holding ``PARTS = [...]``; it need
not import this package (any app of any layer may own a part). Apps above this one may also
call ``register(part)``.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps

_registered = {}
_discovered = False


def register(part):
    _registered[part.key] = part
    return part


def registered_parts():
    """Every part, by key: those registered and those declared in apps' network_parts."""
    global _discovered
    if not _discovered:
        for config in apps.get_app_configs():
            name = f"{config.name}.network_parts"
            if find_spec(name) is not None:
                for part in getattr(import_module(name), "PARTS", []):
                    _registered.setdefault(part.key, part)
        _discovered = True
    return dict(_registered)
