"""What the cache stores for a page, and how a stored page answers a request."""

import hashlib
import math
import re
import time
from functools import cache
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_max_age
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_path

# Headers that belong to one response, not to the stored page.
PER_RESPONSE_HEADERS = {
    "cache-control",
    "content-length",
    "date",
    "etag",
    "last-modified",
    "set-cookie",
    "x-habar-cache",
    "x-request-id",
}


@cache
def _query_rules():
    return {name: re.compile(rule) for name, rule in settings.HABAR_PAGE_CACHE_QUERY.items()}


def canonical_query(query_string):
    """The part of a query the pages read, in a fixed order; None if it is not to be stored.

    Anyone can invent query strings (`?fbclid=…`, `?x=2`): parameters no page reads are
    left out of the key, so they are answered from the page without them; a parameter a
    page reads with a value it does not expect (`?page=abc`), or given twice, is rendered
    but not stored. Either way a made-up query cannot add entries to the cache.
    """
    rules = _query_rules()
    known = {}
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        rule = rules.get(name)
        if rule is None:
            continue
        if name in known or not rule.fullmatch(value):
            return None
        known[name] = value
    return urlencode(sorted(known.items()))


# Set on the WSGI environ by the front when it asked the cache for the page's entry and found
# none: the middleware, rendering it, does not ask again for the same key.
ABSENT = "habar.pagecache.absent"


def raw_entry_key(environ, secure):
    """The entry's key from the raw WSGI request (scheme, Host header, path, canonical
    query), or None for a query that is not stored.

    Built from the environ, so the WSGI front (CachedPageFront) and the middleware agree
    without Django having parsed the request.
    """
    query = canonical_query(environ.get("QUERY_STRING", ""))
    if query is None:
        return None
    raw = "|".join(
        (
            "https" if secure else "http",
            environ.get("HTTP_HOST", ""),
            environ.get("PATH_INFO", ""),
            query,
        )
    )
    return "pagecache:page:" + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def entry_key(request):
    return raw_entry_key(request.environ, request.is_secure())


def is_cacheable_request(request):
    # Pages live under a language prefix (/tk/, /ru/, ...); everything else (the admin,
    # the beacon, health checks) passes straight through.
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and get_language_from_path(request.path_info) is not None
    )


def is_cacheable_response(request, response):
    match = getattr(request, "resolver_match", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and match is not None
        and match.url_name == "wagtail_serve"
        and not getattr(request, "is_preview", False)
    )


def lifetime(response):
    """How long the page may be stored: HABAR_PAGE_CACHE_TIMEOUT, or less when the response
    says it holds only so long (Cache-Control max-age: "open now" until closing time)."""
    max_age = get_max_age(response)
    if max_age is None:
        return settings.HABAR_PAGE_CACHE_TIMEOUT
    return min(max_age, settings.HABAR_PAGE_CACHE_TIMEOUT)


def is_expired(entry, now=None):
    """True once an entry that bounded its own lifetime is past it. The cache drops it by
    then too, but a process's memory of hot pages (memory.PageMemory) does not."""
    expires_at = entry.get("expires_at")
    return expires_at is not None and (now or time.time()) >= expires_at


def max_age(entry, now=None):
    """What shared caches in front may keep a hit for: no longer than the entry itself."""
    expires_at = entry.get("expires_at")
    if expires_at is None:
        return settings.HABAR_PAGE_CACHE_MAX_AGE
    remaining = max(0, math.ceil(expires_at - (now or time.time())))
    return min(settings.HABAR_PAGE_CACHE_MAX_AGE, remaining)


def hit(entry, if_none_match, state):
    """(status, headers, body) of an answer from a stored entry: the page, or 304."""
    validators = [("ETag", entry["etag"]), ("X-Habar-Cache", state)]
    # If-None-Match compares weakly: W/"x" matches "x", and * matches any stored page.
    tags = parse_etags(if_none_match or "")
    if "*" in tags or entry["etag"] in {tag.removeprefix("W/") for tag in tags}:
        return 304, validators, b""
    headers = [
        *entry["headers"],
        *validators,
        ("Last-Modified", http_date(entry["rendered_at"])),
        ("Cache-Control", f"public, max-age={max_age(entry)}"),
    ]
    return 200, headers, entry["content"]


def build_response(request, entry, state):
    status, headers, body = hit(entry, request.META.get("HTTP_IF_NONE_MATCH"), state)
    response = HttpResponseNotModified() if status == 304 else HttpResponse(body)
    for name, value in headers:
        response[name] = value
    return response
