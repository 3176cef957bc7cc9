"""Who is a reader worth counting, and have we counted them already?

No cookie is set: a visitor is a hash of their address and user agent, salted with a
random value that changes every day and is never stored beyond two days, so the hashes
cannot be traced back to a person or linked across days.

The header checks take a request or its WSGI environ (`meta`): the beacon's WSGI front
(habar.stats.front) asks them before Django has built a request.
"""

import hashlib
import logging
import re
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from habar.core.clients import client_address
from habar.core.redis import UNAVAILABLE

logger = logging.getLogger(__name__)

# Searched in the lowercased user agent: asked on every view beacon, this takes ~4 µs where
# re.IGNORECASE took ~50 (it folds the case of each character for each word tried). "bot"
# but not in "cubot", a make of phones whose browsers name it in their user agent; it comes
# last, so that each word starts with a letter the search can skip to.
BOT_USER_AGENT = re.compile(
    r"crawl|spider|slurp|archiver|fetch|monitor|preview|scan|headless|lighthouse|"
    r"facebookexternalhit|embedly|quora link|whatsapp|telegram|curl|wget|python-|httpx|"
    r"go-http-client|java/|libwww|okhttp|axios|node-fetch|phantomjs|selenium|puppeteer|"
    r"bot(?<!cubot)"
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
# A day's salt never changes once stored; a process keeps it this long before asking again.
SALT_MEMORY_SECONDS = 60
# An address's count of the day outlives the day's salt that names it.
ADDRESS_MEMORY_SECONDS = 2 * 24 * 60 * 60
_salts = {}


def _meta(request_or_meta):
    return getattr(request_or_meta, "META", request_or_meta)


def is_bot(user_agent):
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent.lower()))


def is_prefetch(request):
    meta = _meta(request)
    for header in PREFETCH_HEADERS:
        value = meta.get(header)
        if value and ("prefetch" in value.lower() or "preview" in value.lower()):
            return True
    return False


def is_reader(request):
    """Not a bot, a prefetch or another site's request (who is signed in is asked apart)."""
    meta = _meta(request)
    return not (
        is_bot(meta.get("HTTP_USER_AGENT", ""))
        or is_prefetch(meta)
        or meta.get("HTTP_SEC_FETCH_SITE") == "cross-site"
    )


def is_editor(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def daily_salt(day):
    key = f"stats:salt:{day.isoformat()}"
    remembered = _salts.get(key)
    if remembered and time.monotonic() < remembered[1]:
        return remembered[0]
    # add() is atomic, so concurrent first visitors of the day agree on one salt.
    cache.add(key, secrets.token_hex(16), timeout=2 * 24 * 60 * 60)
    salt = cache.get(key, "")
    if salt:  # never remember the empty salt of an unreachable cache
        _salts.clear()  # yesterday's is not needed again
        _salts[key] = (salt, time.monotonic() + SALT_MEMORY_SECONDS)
    return salt


def visitor_hash(request, day):
    meta = _meta(request)
    material = "\n".join([daily_salt(day), client_address(meta), meta.get("HTTP_USER_AGENT", "")])
    return hashlib.sha256(material.encode("utf-8", "replace")).hexdigest()


def seen_key(page_id, visitor):
    """The cache key that marks `visitor` (a visitor_hash) as counted on the page."""
    return f"stats:seen:{page_id}:{visitor}"


def address_key(page_id, request, day):
    """The cache key counting the views of the page from the reader's address that day.

    A new user agent makes a new visitor, so one address could count a view per user agent
    it invents: this caps an address at HABAR_VIEWS_PER_ADDRESS views of a page a day.
    """
    material = "\n".join([daily_salt(day), client_address(_meta(request))])
    return (
        f"stats:address:{page_id}:{hashlib.sha256(material.encode('utf-8', 'replace')).hexdigest()}"
    )


def first_view_in_window(request, page_id):
    """True the first time this visitor views this page within the dedup window, while the
    visitor's address has not reached its views of the page for the day.

    If the cache (Redis) cannot be reached, the view counts: a repeat may then be counted
    twice, but a reader's view is never dropped.
    """
    day = timezone.localdate()
    try:
        key = seen_key(page_id, visitor_hash(request, day))
        if not cache.add(key, 1, timeout=settings.HABAR_VIEW_DEDUP_SECONDS):
            return False
        counter = address_key(page_id, request, day)
        cache.add(counter, 0, timeout=ADDRESS_MEMORY_SECONDS)
        return cache.incr(counter) <= settings.HABAR_VIEWS_PER_ADDRESS
    except UNAVAILABLE:
        logger.warning("The cache is unavailable: counting a view without the repeat check")
        return True
