"""The parts cache reads and writes many entries at once: what the process keeps from its
memory, the rest from the shared cache in one call."""

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.both_engines


def test_many_are_read_from_memory_then_from_the_shared_cache():
    parts, shared = caches["parts"], caches["default"]
    parts.set("kept", "in memory")
    shared.delete("kept")
    shared.set("shared", "in the shared cache")

    assert parts.get_many(["kept", "shared", "missing"]) == {
        "kept": "in memory",
        "shared": "in the shared cache",
    }


def test_what_is_read_from_the_shared_cache_is_kept_in_memory():
    parts, shared = caches["parts"], caches["default"]
    shared.set("shared", "in the shared cache")
    parts.get_many(["shared"])
    shared.delete("shared")

    assert parts.get("shared") == "in the shared cache"


def test_many_are_written_to_both():
    parts, shared = caches["parts"], caches["default"]

    parts.set_many({"one": 1, "two": [2]})

    assert shared.get_many(["one", "two"]) == {"one": 1, "two": [2]}
    shared.delete_many(["one", "two"])
    assert parts.get_many(["one", "two"]) == {"one": 1, "two": [2]}
