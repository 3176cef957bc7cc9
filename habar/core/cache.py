"""Django's Redis cache, failing soft: a Redis outage costs speed, never a page.

Django's backend raises on every connection error, so a stopped Redis would turn every
request into a 500. This one answers as an empty cache that keeps nothing while Redis is
unreachable: reads miss, writes are dropped, add() succeeds (nothing is there to collide
with). Callers already cope with an empty cache, since that is how every cache starts:
pages render from the database, views are counted in the database.

After a failure Redis is left alone for a few seconds (a circuit breaker shared by the
process's threads), so an outage does not add a connection attempt to every cache call;
the first call after that window tries again, and Habar uses Redis again once it answers.
"""

import pickle

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from .lru import SizedLRU
from .redis import UNAVAILABLE, breaker

RETRY_AFTER_SECONDS = 5.0


class ReusedClients(RedisCacheClient):
    """Django's client, keeping one redis-py client per connection pool.

    Django makes a new `redis.Redis` for every cache call, and redis-py builds its tables of
    response callbacks anew each time: a fifth of a millisecond of CPU per call, a dozen calls
    per uncached page. The client holds no connection of its own (each command borrows one
    from the pool), so one per pool serves every call.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        # Django keeps one backend instance per thread; the breaker is per process and server.
        servers = (server,) if isinstance(server, str) else tuple(server)
        self.breaker = breaker(
            ("cache", *servers), RETRY_AFTER_SECONDS, "Cache unreachable, serving without it"
        )

    def _call(self, operation, fallback, *args, **kwargs):
        if self.breaker.is_open:
            return fallback
        try:
            return operation(*args, **kwargs)
        except UNAVAILABLE as error:
            self.breaker.trip(error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._call(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, True, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, None, keys, version)

    def incr(self, key, delta=1, version=None):
        # As if the key had just been added at 0: the counter restarts during an outage.
        return self._call(super().incr, delta, key, delta, version)


class VersionedPartsCache(BaseCache):
    """For entries whose key names their version (a site's generation, the sites' version):
    the parts pages are built from. Such an entry never changes once written, it only stops
    being asked for, so each process keeps the ones it reads in its own memory, up to
    OPTIONS["MEMORY_BYTES"], in front of the shared cache (OPTIONS["SHARED"], "default"): a
    part this process has used costs no round trip and no network read again.

    Text is kept as itself; anything else pickled, as a shared cache would, so that no two
    requests are handed the same object to change.
    """

    def __init__(self, location, params):
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self.shared_alias = options.get("SHARED", "default")
        # Django makes a backend per thread: the memory is the process's, one per alias.
        limit = options.get("MEMORY_BYTES", 32 * 2**20)
        self.memory = _MEMORIES.setdefault(location, SizedLRU(limit, size_of=_kept_size))

    @property
    def shared(self):
        return caches[self.shared_alias]

    def get(self, key, default=None, version=None):
        kept = self.memory.get((key, version))
        if kept is not None:
            return _unkept(kept)
        value = self.shared.get(key, _MISSING, version)
        if value is _MISSING:
            return default
        self.memory.put((key, version), _kept(value))
        return value

    def get_many(self, keys, version=None):
        # What this process does not keep is asked of the shared cache in one round trip.
        found, missing = {}, []
        for key in keys:
            kept = self.memory.get((key, version))
            if kept is None:
                missing.append(key)
            else:
                found[key] = _unkept(kept)
        shared = self.shared.get_many(missing, version) if missing else {}
        for key, value in shared.items():
            self.memory.put((key, version), _kept(value))
        return found | shared

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.shared.set(key, value, self._timeout(timeout), version)
        self.memory.put((key, version), _kept(value))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        failed = self.shared.set_many(data, self._timeout(timeout), version)
        for key, value in data.items():
            self.memory.put((key, version), _kept(value))
        return failed

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.get(key, _MISSING, version) is not _MISSING:
            return False
        self.set(key, value, timeout, version)
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.touch(key, self._timeout(timeout), version)

    def delete(self, key, version=None):
        self.memory.pop((key, version))
        return self.shared.delete(key, version)

    def clear(self):
        """Forget what this process keeps (the shared cache is cleared as itself)."""
        self.memory.clear()

    def _timeout(self, timeout):
        # This alias's default, passed on as seconds: the shared cache turns them into its
        # own form (None is "for ever").
        return self.default_timeout if timeout is DEFAULT_TIMEOUT else timeout


_MISSING = object()
_MEMORIES = {}


def _kept(value):
    if isinstance(value, str):  # SafeString included: rendered parts stay safe
        return (False, value)
    return (True, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def _unkept(kept):
    pickled, payload = kept
    return pickle.loads(payload) if pickled else payload  # noqa: S301 (written by this process)


def _kept_size(kept):
    return len(kept[1])
