"""The Redis connection Habar's parts share when REDIS_URL is set, its errors and its breaker."""

import logging
import threading
import time
from functools import cache

import redis
from django.conf import settings
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

# What an unreachable or silent Redis raises: redis-py's own errors, and the socket's where
# a client surfaces them unwrapped. Callers fall back (to the database, to no cache).
UNAVAILABLE = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    ConnectionError,
    TimeoutError,
)


@cache
def _client(url):
    # A command is never sent twice: a retry after a lost reply could apply an increment
    # twice. A Redis that does not answer quickly counts as down.
    return redis.Redis.from_url(
        url,
        socket_connect_timeout=0.5,
        socket_timeout=2,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=30,
    )


def redis_client():
    """The shared client, or None when Habar runs without Redis."""
    return _client(settings.REDIS_URL) if settings.REDIS_URL else None


def redis_key(*parts):
    """A key under the cache's prefix, so installs (and test runs) sharing a Redis stay apart."""
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "") or "habar"
    return ":".join([prefix, *map(str, parts)])


class CircuitBreaker:
    """Open for `cooldown` seconds after a failure: callers skip Redis while it is open."""

    def __init__(self, cooldown, warning):
        self.cooldown = cooldown
        self.warning = warning
        self.open_until = 0.0
        self.lock = threading.Lock()

    @property
    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, error=None):
        with self.lock:
            if not self.is_open:
                logger.warning("%s: %s", self.warning, error or "no answer")
            self.open_until = time.monotonic() + self.cooldown

    def close(self):
        self.open_until = 0.0


# Per process and purpose: one breaker for the cache's servers, one for the view buffer.
_breakers = {}
_breakers_lock = threading.Lock()


def breaker(key, cooldown, warning):
    with _breakers_lock:
        return _breakers.setdefault(key, CircuitBreaker(cooldown, warning))
