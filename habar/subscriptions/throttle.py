"""Submissions of the subscribe form counted per hour in Django's cache: per client address
(one network asking for many addresses) and per e-mail address (many sites and languages
asked for one inbox). Only hashes are kept, for an hour."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from habar.core.clients import client_address

PERIOD = 3600


def count(kind, value, limit):
    """Count one submission for `value`; False once it has made more than `limit` this hour."""
    window = int(time.time() // PERIOD)
    digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()
    key = f"subscriptions:rate:{kind}:{digest}:{window}"
    cache.add(key, 0, timeout=PERIOD + 1)
    try:
        total = cache.incr(key)
    except ValueError:  # the window's counter expired between add() and incr()
        cache.set(key, 1, timeout=PERIOD + 1)
        total = 1
    return total <= limit


def allow(request):
    """Count this submission; False once the client has sent too many this hour."""
    return count("client", client_address(request), settings.HABAR_SUBSCRIBE_PER_HOUR)


def allow_email(email):
    """Count a subscription asked for `email`; False once too many were asked this hour."""
    return count("email", email.strip().lower(), settings.HABAR_SUBSCRIBE_PER_EMAIL_HOUR)
