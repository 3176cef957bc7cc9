"""The page cache's WSGI front: a fresh cached page is answered before Django is entered."""

import time

from django.conf import settings
from django.core.cache import cache

from habar.core.clients import is_secure
from habar.core.logging import log_request, request_id_from

from .entries import ABSENT, hit, is_expired, raw_entry_key
from .generations import generation_key
from .memory import PageMemory
from .watch import WATCH

# While a page is rendered again after a change, the readers served its stale copy ask the
# cache whether that render is still under way at most this often (not once each).
RENDERING_RECHECK_SECONDS = 0.1


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
        # In front of Redis, hot pages are kept in this process too (a local cache is
        # already in process memory): a hit then costs no round trip at all.
        memory = settings.HABAR_PAGE_CACHE_MEMORY_MB * 1024 * 1024
        self.memory = PageMemory(memory) if settings.REDIS_URL and memory else None
        self.watch = WATCH if self.memory is not None else None
        self.rendering = {}  # key -> (generation, until when) of a render known under way

    def __call__(self, environ, start_response):
        answer = self.lookup(environ) if settings.HABAR_PAGE_CACHE else None
        if answer is None:
            return self.application(environ, start_response)
        started = time.monotonic()
        status, headers, body = answer
        request_id = request_id_from(environ.get("HTTP_X_REQUEST_ID", ""))
        headers = [*headers, ("X-Request-ID", request_id)]
        if status == 200:
            headers.append(("Content-Length", str(len(body))))
        start_response("200 OK" if status == 200 else "304 Not Modified", headers)
        state = dict(headers).get("X-Habar-Cache", "hit")
        log_request(
            environ["REQUEST_METHOD"],
            environ.get("PATH_INFO", ""),
            status,
            request_id,
            started,
            state,
        )
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" or status == 304 else [body]

    def entry_key(self, environ):
        """The cache key of a reader's GET of a page in a language, else None."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        parts = environ.get("PATH_INFO", "").split("/", 2)
        if len(parts) < 3 or parts[1].lower() not in self.languages:
            return None
        if self.session_cookie in environ.get("HTTP_COOKIE", ""):
            return None
        return raw_entry_key(environ, is_secure(environ))

    def lookup(self, environ):
        """(status, headers, body) for a fresh hit, or None to let Django answer."""
        key = self.entry_key(environ)
        if key is None:
            return None
        host = environ.get("HTTP_HOST", "")
        site_id = self.site_ids.get(host)
        entry = None
        if self.watch is not None and self.watch.start() and site_id is not None:
            # With Redis: a page this process holds, current by the generation it last
            # heard of, is answered without a round trip.
            generation = self.watch.known(site_id)
            entry = self.memory.get(key)
            if (
                entry is not None
                and generation is not None
                and entry["generation"] < generation
                and not is_expired(entry)
                and self.render_known(key, generation)
            ):
                return self.stale(entry, environ)
            if entry is None or generation is None or entry["generation"] < generation:
                entry = None  # asked of the cache below, with the site's generation
        if entry is None:
            epoch = self.watch.epoch if self.watch else 0
            if site_id is None:
                entry = cache.get(key)
                if entry is None or "site_id" not in entry:
                    if entry is None:
                        environ[ABSENT] = key
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
                if entry is None:
                    environ[ABSENT] = key
                return None
            if self.memory is not None:
                self.memory.put(key, entry)
        if is_expired(entry):
            return None  # it bounded its own lifetime (habar.missions: open until closing)
        if entry["generation"] < generation:
            # Stale. While another request renders it again (its lock is held), readers get
            # this copy here, for a bounded time; else Django renders it (single flight).
            stale_for = time.time() - generation
            if stale_for < settings.HABAR_PAGE_CACHE_STALE_SECONDS and self.rendering_now(
                key, generation
            ):
                return self.stale(entry, environ)
            return None
        return hit(entry, environ.get("HTTP_IF_NONE_MATCH"), "hit")

    def stale(self, entry, environ):
        return hit(entry, environ.get("HTTP_IF_NONE_MATCH"), "stale")

    def rendering_now(self, key, generation):
        """Whether another request is rendering the page again for `generation` (it holds
        the lock), asked of the cache; remembered briefly, so that the readers given the
        stale copy meanwhile are answered from this process's memory."""
        if not cache.get(key + ":lock"):
            self.rendering.pop(key, None)
            return False
        if len(self.rendering) > 1000:
            self.rendering.clear()
        self.rendering[key] = (generation, time.monotonic() + RENDERING_RECHECK_SECONDS)
        return True

    def render_known(self, key, generation):
        known = self.rendering.get(key)
        return known is not None and known[0] == generation and time.monotonic() < known[1]
