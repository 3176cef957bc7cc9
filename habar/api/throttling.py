"""Requests per client address, counted in Django's cache (Redis when scaled out).

A fixed window per address: one atomic add and increment per request, so every process
and host behind the same cache counts against the same limit. django-ninja answers a
refusal with 429 and a Retry-After of the seconds left in the window.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from ninja.throttling import BaseThrottle, SimpleRateThrottle

from habar.core.clients import client_address


def parse_rate(rate):
    """("120/min") -> (120, 60); None when there is no limit."""
    if not rate:
        return None
    throttle = SimpleRateThrottle(rate=rate)
    return throttle.num_requests, throttle.duration


class ClientAddressThrottle(BaseThrottle):
    def allow_request(self, request):
        rate = parse_rate(settings.HABAR_API_RATE_LIMIT)
        if rate is None:
            return True
        limit, period = rate
        now = time.time()
        window = math.floor(now / period)
        address = hashlib.sha256(client_address(request).encode("utf-8", "replace")).hexdigest()
        key = f"api:rate:{address}:{period}:{window}"
        cache.add(key, 0, timeout=period + 1)
        try:
            count = cache.incr(key)
        except ValueError:
            # The window's counter expired between add() and incr(): this is its first request.
            cache.set(key, 1, timeout=period + 1)
            count = 1
        return count <= limit

    def wait(self):
        # Stateless: one instance serves every thread.
        rate = parse_rate(settings.HABAR_API_RATE_LIMIT)
        if rate is None:
            return None
        period = rate[1]
        return period - time.time() % period
