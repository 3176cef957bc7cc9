"""Submissions of the subscribe form per client address, counted in Django's cache."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from habar.core.clients import client_address

PERIOD = 3600


def allow(request):
    """Count this submission; False once the address has sent too many this hour."""
    limit = settings.HABAR_SUBSCRIBE_PER_HOUR
    window = int(time.time() // PERIOD)
    address = hashlib.sha256(client_address(request).encode("utf-8", "replace")).hexdigest()
    key = f"subscriptions:rate:{address}:{window}"
    cache.add(key, 0, timeout=PERIOD + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the window's counter expired between add() and incr()
        cache.set(key, 1, timeout=PERIOD + 1)
        count = 1
    return count <= limit
