"""The page cache inside Django: answers hits, renders a miss once and stores it."""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.views.decorators.cache import cache_page

from .entries import (
    ABSENT,
    PER_RESPONSE_HEADERS,
    build_response,
    entry_key,
    is_cacheable_request,
    is_cacheable_response,
    is_expired,
    lifetime,
)
from .generations import site_generation
from .sites import site_id_for

RENDER_LOCK_SECONDS = 10
WAIT_FOR_RENDER_SECONDS = 2.0


def cache_page_per_generation(timeout, query=()):
    """cache_page for views beside Wagtail's (feeds, sitemaps): the key carries the site's
    generation, so a publish shows at once rather than after `timeout`.

    Django's cache_page keys by the whole URL: a request with a parameter the view does not
    read (`query` names those it does) is answered without the cache, so made-up query
    strings cannot fill it.
    """

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if set(request.GET) - set(query):
                return view(request, *args, **kwargs)
            generation = site_generation(site_id_for(request), request)
            cached = cache_page(timeout, key_prefix=f"gen{generation}")(view)
            return cached(request, *args, **kwargs)

        return cached_view

    return decorator


def new_entry(response, generation, site_id, timeout):
    """What the cache keeps of a rendered page: its bytes, headers, ETag and lifetime."""
    rendered_at = time.time()
    return {
        "generation": generation,
        "site_id": site_id,
        "content": response.content,
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in PER_RESPONSE_HEADERS
        ],
        "etag": f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"',
        "rendered_at": rendered_at,
        # A page that bounds its own lifetime (max-age) is never served past it.
        "expires_at": rendered_at + timeout
        if timeout < settings.HABAR_PAGE_CACHE_TIMEOUT
        else None,
    }


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.HABAR_PAGE_CACHE or not is_cacheable_request(request):
            return self.get_response(request)

        key = entry_key(request)
        if key is None:
            return self.get_response(request)
        site_id = site_id_for(request)
        generation = site_generation(site_id, request)
        # The front found no entry a moment ago: a miss costs one round trip for it, not two.
        entry = None if request.environ.get(ABSENT) == key else cache.get(key)
        if entry is not None and is_expired(entry):
            entry = None
        if entry is not None and entry["generation"] >= generation:
            return build_response(request, entry, "hit")

        lock = key + ":lock"
        if not cache.add(lock, 1, timeout=RENDER_LOCK_SECONDS):
            stale_for = time.time() - generation
            if entry is not None and stale_for < settings.HABAR_PAGE_CACHE_STALE_SECONDS:
                return build_response(request, entry, "stale")
            if settings.HABAR_PAGE_CACHE_TIMEOUT <= 0:
                return self.get_response(request)  # no page is stored: none to wait for
            entry = self.wait_for_render(key, generation)
            if entry is not None:
                return build_response(request, entry, "hit")
            return self.get_response(request)
        try:
            # Take the generation before rendering: a publish during the render leaves this
            # entry already stale rather than passing it off as fresh.
            response = self.get_response(request)
            timeout = lifetime(response)
            if is_cacheable_response(request, response) and timeout > 0:
                entry = new_entry(response, generation, site_id, timeout)
                cache.set(key, entry, timeout=timeout)
                return build_response(request, entry, "miss")
            return response
        finally:
            cache.delete(lock)

    def wait_for_render(self, key, generation):
        deadline = time.monotonic() + WAIT_FOR_RENDER_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.02)
            entry = cache.get(key)
            if entry is not None and entry["generation"] >= generation and not is_expired(entry):
                return entry
        return None
