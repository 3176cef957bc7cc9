"""The Redis view buffer on a Redis database of the tests' own."""

import os
import uuid

import pytest
import redis

from habar.core.redis import redis_client

# A database of its own on the machine's Redis, unless the suite names one.
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/11"


@pytest.fixture
def buffered(settings):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"habar-buffer-test-{uuid.uuid4().hex}"
    settings.REDIS_URL = REDIS_URL
    settings.HABAR_VIEW_BUFFER = True
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
    }
    client = redis_client()
    yield client
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
