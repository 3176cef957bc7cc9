"""The Redis connection the worker and the view buffer share, when REDIS_URL is set."""

from functools import cache

import redis
from django.conf import settings
from redis.backoff import NoBackoff
from redis.retry import Retry

# A command is never sent twice: a retry after a lost reply could apply an increment twice.
# A Redis that does not answer quickly counts as down, and callers fall back to the database.
UNAVAILABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


@cache
def _client(url):
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
