"""At start, Habar refuses a view buffer in a Redis that may evict it."""

import pytest
import redis

from habar.stats import checks


class FakeRedis:
    def __init__(self, policy=None, error=None):
        self.policy, self.error = policy, error

    def config_get(self, name):
        if self.error:
            raise self.error
        return {name: self.policy}


@pytest.fixture
def buffered(settings):
    settings.HABAR_VIEW_BUFFER = True


def run(monkeypatch, client):
    monkeypatch.setattr(checks, "redis_client", lambda: client)
    return checks.view_buffer_is_never_evicted(None)


@pytest.mark.parametrize("policy", ["allkeys-lru", "allkeys-lfu", "allkeys-random"])
def test_an_allkeys_policy_is_an_error(buffered, monkeypatch, policy):
    [error] = run(monkeypatch, FakeRedis(policy))

    assert error.id == "habar.E001"
    assert policy in error.msg
    assert "REDIS_CACHE_URL" in error.hint


@pytest.mark.parametrize("policy", ["noeviction", "volatile-lru", "volatile-ttl"])
def test_a_policy_that_keeps_keys_without_expiry_passes(buffered, monkeypatch, policy):
    assert run(monkeypatch, FakeRedis(policy)) == []


def test_an_unreadable_policy_is_a_warning(buffered, monkeypatch):
    [warning] = run(monkeypatch, FakeRedis(error=redis.ResponseError("unknown command")))

    assert warning.id == "habar.W001"


def test_an_unreachable_redis_passes_the_check(buffered, monkeypatch):
    assert run(monkeypatch, FakeRedis(error=redis.ConnectionError("refused"))) == []


def test_without_the_buffer_nothing_is_asked(settings, monkeypatch):
    settings.HABAR_VIEW_BUFFER = False

    assert run(monkeypatch, None) == []
