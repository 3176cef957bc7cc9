"""Who is a reader worth counting, and have we counted them already?

No cookie is set: a visitor is a hash of their address and user agent, salted with a
random value that changes every day and is never stored beyond two days, so the hashes
cannot be traced back to a person or linked across days.
"""

import hashlib
import logging
import re
import secrets

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetch|monitor|preview|scan|headless|lighthouse|"
    r"facebookexternalhit|embedly|quora link|whatsapp|telegram|curl|wget|python-|httpx|"
    r"go-http-client|java/|libwww|okhttp|axios|node-fetch|phantomjs|selenium|puppeteer",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def is_bot(user_agent):
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def is_prefetch(request):
    return any(
        "prefetch" in request.META.get(header, "").lower()
        or "preview" in request.META.get(header, "").lower()
        for header in PREFETCH_HEADERS
    )


def is_editor(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def client_address(request):
    # Behind a proxy, REMOTE_ADDR is the proxy: trust X-Forwarded-For only when told to.
    if getattr(settings, "HABAR_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def daily_salt(day):
    key = f"stats:salt:{day.isoformat()}"
    # add() is atomic, so concurrent first visitors of the day agree on one salt.
    cache.add(key, secrets.token_hex(16), timeout=2 * 24 * 60 * 60)
    return cache.get(key, "")


def visitor_hash(request, day):
    material = "\n".join(
        [daily_salt(day), client_address(request), request.META.get("HTTP_USER_AGENT", "")]
    )
    return hashlib.sha256(material.encode("utf-8", "replace")).hexdigest()


def first_view_in_window(request, page_id):
    """True the first time this visitor views this page within the dedup window.

    If the cache (Redis) cannot be reached, the view counts: a repeat may then be counted
    twice, but a reader's view is never dropped.
    """
    day = timezone.localdate()
    try:
        key = f"stats:seen:{page_id}:{visitor_hash(request, day)}"
        return cache.add(key, 1, timeout=settings.HABAR_VIEW_DEDUP_SECONDS)
    except (RedisConnectionError, RedisTimeoutError):
        logger.warning("The cache is unavailable: counting a view without the repeat check")
        return True
