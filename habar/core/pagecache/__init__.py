"""Full-page cache for anonymous readers, in Django's cache (local memory or Redis).

Checked before sessions, users, sites or pages are touched, so a hit costs no query.
Entries are keyed per host, path and query (the path carries the language); each site has
a generation, a timestamp that every change readers see on that site moves forward (the
latest-news list is on every page, so one change touches them all). The package knows
sites by id only: the sites layer tells it which sites changed (habar.core.signals) and
which site a request is for (request.habar_site_id).

- generations: each site's generation (and structure), moved on a change, announced to
  other processes;
- watch: each process's view of the generations, heard over Redis;
- entries: what is stored for a page and how a hit is answered;
- memory: hot pages kept in process memory;
- middleware: render once, store, answer hits inside Django;
- front: answer fresh hits before Django is entered.
"""

from .front import CachedPageFront
from .generations import (
    generation_key,
    invalidate_site,
    once_committed,
    site_generation,
    site_structure,
)
from .middleware import PageCacheMiddleware, cache_page_per_generation
from .watch import WATCH

__all__ = [
    "WATCH",
    "CachedPageFront",
    "PageCacheMiddleware",
    "cache_page_per_generation",
    "generation_key",
    "invalidate_site",
    "once_committed",
    "site_generation",
    "site_structure",
]
