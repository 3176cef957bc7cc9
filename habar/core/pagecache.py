"""Full-page cache for anonymous readers, in Django's cache (local memory or Redis).

Checked before sessions, users, sites or pages are touched, so a hit costs no query.
Entries are keyed per host, path and query (the path carries the language); each site has
a generation, a timestamp that every publish, unpublish, move or delete on that site moves
forward (the latest-news list is on every page, so one change touches them all).

An entry of an older generation is stale: the first reader to ask renders the page again
while the others keep getting the stale copy (single flight, stale-while-revalidate),
for at most HABAR_PAGE_CACHE_STALE_SECONDS after the change. A page nobody has cached yet
is likewise rendered once while concurrent readers wait briefly for it.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_page
from wagtail.models import Site

CACHED_HEADERS = ("Content-Type", "Content-Language", "Link")
RENDER_LOCK_SECONDS = 10
WAIT_FOR_RENDER_SECONDS = 2.0


def _setting(name, default):
    return getattr(settings, name, default)


def generation_key(site_id):
    return f"pagecache:gen:{site_id}"


def invalidate_site(site_id):
    """Make every cached page of the site stale; called on publish, unpublish, move, delete."""
    cache.set(generation_key(site_id), time.time(), timeout=None)


def invalidate_page(page, url_path=None):
    """Invalidate each site whose tree, in any of its languages, holds `page`."""
    url_path = url_path or page.url_path
    for root in Site.get_site_root_paths():
        # A site's root paths cover its root page and that page's translations.
        if url_path.startswith(root.root_path):
            invalidate_site(root.site_id)


def site_id_for_host(request):
    host = request.get_host()
    # Hashed: a Host header is the client's to choose, and cache keys have a length limit.
    key = "pagecache:host:" + hashlib.sha256(host.encode("utf-8", "replace")).hexdigest()
    site_id = cache.get(key)
    if site_id is None:
        site = Site.find_for_request(request)
        site_id = site.pk if site else 0
        cache.set(key, site_id, timeout=300)
    return site_id


def cache_page_per_generation(timeout):
    """cache_page for views beside Wagtail's (feeds): the key carries the site's generation,
    so a publish shows at once rather than after `timeout`."""

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            generation = cache.get(generation_key(site_id_for_host(request))) or 0
            cached = cache_page(timeout, key_prefix=f"gen{generation}")(view)
            return cached(request, *args, **kwargs)

        return cached_view

    return decorator


def entry_key(request):
    raw = f"{request.get_host()}|{request.path}|{request.META.get('QUERY_STRING', '')}"
    return "pagecache:page:" + hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()


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


def build_response(request, entry, state):
    if entry["etag"] in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
        response = HttpResponseNotModified()
        response["ETag"] = entry["etag"]
        response["X-Habar-Cache"] = state
        return response
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["rendered_at"])
    response["X-Habar-Cache"] = state
    patch_cache_control(response, public=True, max_age=_setting("HABAR_PAGE_CACHE_MAX_AGE", 60))
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("HABAR_PAGE_CACHE", True) or not is_cacheable_request(request):
            return self.get_response(request)

        key = entry_key(request)
        site_id = site_id_for_host(request)
        generation = cache.get(generation_key(site_id)) or 0
        entry = cache.get(key)
        if entry is not None and entry["generation"] >= generation:
            return build_response(request, entry, "hit")

        lock = key + ":lock"
        if not cache.add(lock, 1, timeout=RENDER_LOCK_SECONDS):
            stale_for = time.time() - generation
            if entry is not None and stale_for < _setting("HABAR_PAGE_CACHE_STALE_SECONDS", 30):
                return build_response(request, entry, "stale")
            entry = self.wait_for_render(key, generation)
            if entry is not None:
                return build_response(request, entry, "hit")
            return self.get_response(request)
        try:
            # Take the generation before rendering: a publish during the render leaves this
            # entry already stale rather than passing it off as fresh.
            response = self.get_response(request)
            if is_cacheable_response(request, response):
                entry = {
                    "generation": generation,
                    "content": response.content,
                    "headers": {h: response[h] for h in CACHED_HEADERS if h in response},
                    "etag": f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"',
                    "rendered_at": time.time(),
                }
                cache.set(key, entry, timeout=_setting("HABAR_PAGE_CACHE_TIMEOUT", 24 * 3600))
                return build_response(request, entry, "miss")
            return response
        finally:
            cache.delete(lock)

    def wait_for_render(self, key, generation):
        deadline = time.monotonic() + WAIT_FOR_RENDER_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.02)
            entry = cache.get(key)
            if entry is not None and entry["generation"] >= generation:
                return entry
        return None
