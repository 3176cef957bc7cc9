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
import logging
import os
import threading
import time
import uuid
from collections import OrderedDict
from contextlib import suppress
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_page
from wagtail.models import Site

from habar.core.logging import REQUEST_ID, request_log

logger = logging.getLogger(__name__)

RENDER_LOCK_SECONDS = 10
WAIT_FOR_RENDER_SECONDS = 2.0


def _setting(name, default):
    return getattr(settings, name, default)


def generation_key(site_id):
    return f"pagecache:gen:{site_id}"


def now_and_after_commit(action):
    """Run `action` now, and again once the current transaction commits.

    Now: so the change shows at once where nothing is in a transaction. After the commit:
    a reader whose page was rendered between the first run and the commit (a publish that
    also makes renditions and search entries takes a while) read the old content, and the
    second run makes that copy stale too.
    """
    action()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(action)


def invalidate_site(site_id):
    """Make every cached page of the site stale; called on publish, unpublish, move, delete."""

    def move_generation():
        generation = time.time()
        cache.set(generation_key(site_id), generation, timeout=None)
        WATCH.announced(site_id, generation)
        announce_generation(site_id, generation)

    now_and_after_commit(move_generation)


def site_generation(site_id, request=None):
    """The site's generation, read from the cache once per request.

    The page-cache middleware, the routing and the page's surroundings all key their
    entries by it: one read keeps them consistent with each other and saves round trips.
    """
    generations = request.__dict__.setdefault("_habar_generations", {}) if request else {}
    if site_id not in generations:
        generations[site_id] = cache.get(generation_key(site_id)) or 0
    return generations[site_id]


def invalidate_page(page, url_path=None):
    """Invalidate each site whose tree, in any of its languages, holds `page`."""
    url_path = url_path or page.url_path
    for root in Site.get_site_root_paths():
        # A site's root paths cover its root page and that page's translations.
        if url_path.startswith(root.root_path):
            invalidate_site(root.site_id)


def site_id_for_host(request):
    """The id of the request's site (0 for none), from the routing's cached site lookup."""
    from habar.core.routing import site_for_request

    site = site_for_request(request)
    return site.pk if site else 0


def cache_page_per_generation(timeout):
    """cache_page for views beside Wagtail's (feeds): the key carries the site's generation,
    so a publish shows at once rather than after `timeout`."""

    def decorator(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            generation = site_generation(site_id_for_host(request), request)
            cached = cache_page(timeout, key_prefix=f"gen{generation}")(view)
            return cached(request, *args, **kwargs)

        return cached_view

    return decorator


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


def raw_entry_key(environ, secure):
    """The entry's key from the raw WSGI request: scheme, Host header, path and query.

    Built from the environ, so the WSGI front (CachedPageFront) and the middleware agree
    without Django having parsed the request.
    """
    raw = "|".join(
        (
            "https" if secure else "http",
            environ.get("HTTP_HOST", ""),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
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
        ("Cache-Control", f"public, max-age={_setting('HABAR_PAGE_CACHE_MAX_AGE', 60)}"),
    ]
    return 200, headers, entry["content"]


def build_response(request, entry, state):
    status, headers, body = hit(entry, request.META.get("HTTP_IF_NONE_MATCH"), state)
    response = HttpResponseNotModified() if status == 304 else HttpResponse(body)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("HABAR_PAGE_CACHE", True) or not is_cacheable_request(request):
            return self.get_response(request)

        key = entry_key(request)
        site_id = site_id_for_host(request)
        generation = site_generation(site_id, request)
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
                    "site_id": site_id,
                    "content": response.content,
                    "headers": [
                        (name, value)
                        for name, value in response.items()
                        if name.lower() not in PER_RESPONSE_HEADERS
                    ],
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


def generations_channel():
    from habar.worker.services import redis_key

    return redis_key("pagecache", "generations")


def announce_generation(site_id, generation):
    """Tell every process's front (GenerationWatch) that the site's pages are stale."""
    from habar.worker.services import UNAVAILABLE, redis_client

    client = redis_client()
    if client is None:
        return
    # On failure the watches have lost their subscription too and read the cache meanwhile.
    with suppress(UNAVAILABLE):
        client.publish(generations_channel(), f"{site_id} {generation!r}")


class GenerationWatch:
    """Each site's generation as this process last heard it, told of changes by Redis.

    Lets the front answer a hit without a round trip to Redis: invalidate_site() publishes
    each new generation on a channel, and a thread here listens. What is known here only
    ever confirms that a stored page is current; a page that looks stale is checked
    against the cache before it is given up. While the thread is not subscribed (no Redis,
    an outage, a reconnect) every lookup reads the cache, as without the watch; once
    subscribed it starts from nothing, and it forgets everything every RESYNC_SECONDS, so
    a change that bypassed the channel (the cache cleared by hand) shows within that time.
    """

    RESYNC_SECONDS = 5.0

    def __init__(self):
        self.generations = {}
        self.live = False
        self.pid = None
        self.epoch = 0
        self.synced_at = 0.0
        self.lock = threading.Lock()

    def start(self):
        """Listen in this process (again after a fork); False where Habar runs without Redis."""
        if self.pid == os.getpid():
            return True
        if not settings.REDIS_URL:
            return False
        with self.lock:
            if self.pid != os.getpid():
                self.pid, self.live, self.generations = os.getpid(), False, {}
                threading.Thread(target=self.listen, name="habar-pagecache", daemon=True).start()
        return True

    def listen(self):
        import redis

        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=5, health_check_interval=2
        )
        while True:
            try:
                with client.pubsub() as pubsub:
                    pubsub.subscribe(generations_channel())
                    while True:
                        message = pubsub.get_message(timeout=1.0)
                        if message is None:
                            continue
                        if message["type"] == "subscribe":
                            self.forget()
                            self.live = True
                        elif message["type"] == "message":
                            site_id, generation = message["data"].split()
                            self.announced(int(site_id), float(generation))
            except Exception as error:  # noqa: BLE001  (any failure: back to reading the cache)
                if self.live:
                    logger.warning("Page cache watch lost Redis, reading the cache: %s", error)
                self.live = False
                self.forget()
                time.sleep(1.0)

    def forget(self):
        with self.lock:
            self.generations = {}
            self.epoch += 1
            self.synced_at = time.monotonic()

    def announced(self, site_id, generation):
        """A change: it wins over any read of the cache under way."""
        with self.lock:
            self.generations[site_id] = generation
            self.epoch += 1

    def read(self, site_id, generation, epoch):
        """A generation read from the cache, kept unless a change was announced meanwhile."""
        if self.live:
            with self.lock:
                if epoch == self.epoch:
                    self.generations[site_id] = generation

    def known(self, site_id):
        if not self.live:
            return None
        if time.monotonic() - self.synced_at > self.RESYNC_SECONDS:
            self.forget()
        return self.generations.get(site_id)


# One per process: the front reads it, invalidate_site() tells it of this process's changes.
WATCH = GenerationWatch()


class PageMemory:
    """The most recently served entries, in this process, up to `limit` bytes of pages."""

    def __init__(self, limit):
        self.limit = limit
        self.size = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = len(entry["content"])
        if size > self.limit:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old["content"])
            self.entries[key] = entry
            self.size += size
            while self.size > self.limit:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped["content"])


class CachedPageFront:
    """WSGI front of Habar: a fresh cached page is answered before Django is entered.

    A hit through PageCacheMiddleware still pays for Django's request object, its signals
    and the middleware calls; readers' GETs of popular pages are nearly all hits, so this
    front answers them straight from the cache with the very bytes and headers the
    middleware stored (security headers included: the middleware sits outside them).
    Anything else — a miss, a stale entry, a signed-in editor, a POST — goes to Django
    unchanged, where the middleware renders once and stores (single flight).
    """

    def __init__(self, application):
        self.application = application
        self.site_ids = {}  # Host header -> site id, learnt from stored entries
        self.languages = {code.lower() for code, _name in settings.LANGUAGES}
        self.session_cookie = settings.SESSION_COOKIE_NAME + "="
        self.proxy_ssl_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        # In front of Redis, hot pages are kept in this process too (a local cache is
        # already in process memory): a hit then costs no round trip at all.
        memory = _setting("HABAR_PAGE_CACHE_MEMORY_MB", 64) * 1024 * 1024
        self.memory = PageMemory(memory) if settings.REDIS_URL and memory else None
        self.watch = WATCH if self.memory is not None else None

    def __call__(self, environ, start_response):
        answer = self.lookup(environ) if _setting("HABAR_PAGE_CACHE", True) else None
        if answer is None:
            return self.application(environ, start_response)
        started = time.monotonic()
        status, headers, body = answer
        request_id = environ.get("HTTP_X_REQUEST_ID", "")
        if not REQUEST_ID.match(request_id):
            request_id = uuid.uuid4().hex
        headers = [*headers, ("X-Request-ID", request_id)]
        if status == 200:
            headers.append(("Content-Length", str(len(body))))
        start_response("200 OK" if status == 200 else "304 Not Modified", headers)
        if request_log.isEnabledFor(logging.INFO):
            path = environ.get("PATH_INFO", "")
            request_log.info(
                "%s %s %s",
                environ["REQUEST_METHOD"],
                path,
                status,
                extra={
                    "request_id": request_id,
                    "method": environ["REQUEST_METHOD"],
                    "path": path,
                    "status": status,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                    "cache": dict(headers).get("X-Habar-Cache", "hit"),
                },
            )
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" or status == 304 else [body]

    def is_secure(self, environ):
        if self.proxy_ssl_header:
            header, value = self.proxy_ssl_header
            return environ.get(header, "").split(",")[0].strip() == value
        return environ.get("wsgi.url_scheme") == "https"

    def lookup(self, environ):
        """(status, headers, body) for a fresh hit, or None to let Django answer."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        path = environ.get("PATH_INFO", "")
        parts = path.split("/", 2)
        if len(parts) < 3 or parts[1].lower() not in self.languages:
            return None
        if self.session_cookie in environ.get("HTTP_COOKIE", ""):
            return None
        key = raw_entry_key(environ, self.is_secure(environ))
        host = environ.get("HTTP_HOST", "")
        site_id = self.site_ids.get(host)
        entry = None
        if self.watch is not None and self.watch.start() and site_id is not None:
            # With Redis: a page this process holds, current by the generation it last
            # heard of, is answered without a round trip.
            generation = self.watch.known(site_id)
            entry = self.memory.get(key)
            if entry is None or generation is None or entry["generation"] < generation:
                entry = None  # asked of the cache below, with the site's generation
        if entry is None:
            epoch = self.watch.epoch if self.watch else 0
            if site_id is None:
                entry = cache.get(key)
                if entry is None or "site_id" not in entry:
                    return None
                if len(self.site_ids) > 1000:  # Host headers are the client's to choose
                    self.site_ids.clear()
                self.site_ids[host] = site_id = entry["site_id"]
                generation = cache.get(generation_key(site_id)) or 0
            else:
                found = cache.get_many([key, generation_key(site_id)])
                entry, generation = found.get(key), found.get(generation_key(site_id)) or 0
            if self.watch:
                self.watch.read(site_id, generation, epoch)
            if entry is None or entry.get("site_id") != site_id:
                self.site_ids.pop(host, None)  # learnt again from the next stored entry
                return None
            if self.memory is not None:
                self.memory.put(key, entry)
        if entry["generation"] < generation:
            # Stale. While another request renders it again (its lock is held), readers get
            # this copy here, for a bounded time; else Django renders it (single flight).
            stale_for = time.time() - generation
            if stale_for < _setting("HABAR_PAGE_CACHE_STALE_SECONDS", 30) and cache.get(
                key + ":lock"
            ):
                return hit(entry, environ.get("HTTP_IF_NONE_MATCH"), "stale")
            return None
        return hit(entry, environ.get("HTTP_IF_NONE_MATCH"), "hit")
