"""At start: the Redis that buffers view counts must never evict them."""

import redis
from django.conf import settings
from django.core.checks import Error, Warning, register

from habar.core.redis import UNAVAILABLE, redis_client


@register()
def view_buffer_is_never_evicted(app_configs, **kwargs):
    if not settings.HABAR_VIEW_BUFFER:
        return []
    try:
        policy = redis_client().config_get("maxmemory-policy").get("maxmemory-policy", "")
    except UNAVAILABLE:
        return []  # Redis is away: views go to the database meanwhile, and this is asked again
    except redis.ResponseError:
        return [
            Warning(
                "Habar cannot read the eviction policy of REDIS_URL's Redis (CONFIG is off).",
                hint="Make sure it is noeviction or volatile-*: the view buffer has no expiry.",
                id="habar.W001",
            )
        ]
    if policy.startswith("allkeys"):
        return [
            Error(
                f"REDIS_URL's Redis evicts any key under memory pressure ({policy}): "
                "unflushed view counts would be lost.",
                hint="Use noeviction there, and put the cache in a Redis of its own "
                "with REDIS_CACHE_URL (which may evict).",
                id="habar.E001",
            )
        ]
    return []
