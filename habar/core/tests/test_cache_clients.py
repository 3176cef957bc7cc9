"""The Redis cache keeps one redis-py client per connection pool, and still fails soft."""

import threading
from socket import socket

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from habar.core import redis as core_redis
from habar.core.cache import FailSoftRedisCache


def dead_port():
    with socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable():
    location = f"redis://127.0.0.1:{dead_port()}/0"
    yield FailSoftRedisCache(location, {"OPTIONS": {"socket_connect_timeout": 1}})
    core_redis._breakers.clear()


def test_every_call_uses_the_same_client_for_a_pool(unreachable):
    clients = unreachable._cache
    first = clients.get_client()

    assert clients.get_client() is first
    assert clients.get_client(write=True) is first  # one server: reads and writes share a pool
    assert first.connection_pool is clients._get_connection_pool(write=False)


def test_each_server_of_a_replicated_cache_keeps_its_own_client():
    ports = [dead_port(), dead_port()]
    location = [f"redis://127.0.0.1:{port}/0" for port in ports]
    clients = FailSoftRedisCache(location, {})._cache

    writer = clients.get_client(write=True)

    assert writer.connection_pool.connection_kwargs["port"] == ports[0]
    assert clients.get_client(write=True) is writer
    assert any(clients.get_client() is not writer for _ in range(50))  # reads go to replicas


def test_a_reused_client_still_fails_soft(unreachable):
    assert unreachable.get("key", "fallback") == "fallback"
    unreachable.set("key", 1)
    assert unreachable.get_many(["key"]) == {}


@pytest.mark.both_engines
def test_values_round_trip_through_the_reused_client_in_each_thread():
    cache = caches["default"]
    if not isinstance(cache, RedisCache):
        pytest.skip("by design: the cache is Redis only in the PostgreSQL + Redis pass")
    seen, errors = [], []

    def work(n):
        try:
            for i in range(20):
                cache.set(f"client-reuse:{n}:{i}", (n, i))
                seen.append(cache.get(f"client-reuse:{n}:{i}") == (n, i))
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert seen == [True] * 80
