"""Each site's versions: timestamps moved forward whenever readers' pages change.

- The generation moves on every change: the page cache and every part of a page that lists
  news (the latest news, the lists of articles, related articles) are keyed by it.
- The structure moves on every change but the publish of a news item (an article published,
  corrected or published again where it was): the sections, homes, notices, footer, the
  tops of pages and the pages' own texts are keyed by it and by the page's own publish. A
  publish under load so renders again only the news around each page, not the whole page.
"""

import time
from contextlib import suppress

from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver

from habar.core.redis import UNAVAILABLE, redis_client
from habar.core.signals import pages_changed

from .watch import WATCH, generations_channel


def generation_key(site_id):
    return f"pagecache:gen:{site_id}"


def structure_key(site_id):
    return f"pagecache:structure:{site_id}"


def once_committed(action):
    """Run `action` once the current transaction commits; now, outside of one.

    Not before the commit: readers see the change only then, and a page rendered from the
    old content meanwhile (a publish also makes renditions and search entries, which takes
    a while) is made stale by it. Moved twice (now and after the commit), a publish made
    every page of the site render twice under load. A test's own transaction never
    commits: inside it the action runs now.
    """
    blocks = transaction.get_connection().atomic_blocks
    if blocks and not getattr(blocks[0], "_from_testcase", False):
        transaction.on_commit(action)
    else:
        action()


def invalidate_site(site_id, news_only=False):
    """Make every cached page of the site stale; with `news_only`, keep its structure."""

    def move_versions():
        generation = time.time()
        structure = None if news_only else generation
        versions = {generation_key(site_id): generation}
        if structure is not None:
            versions[structure_key(site_id)] = structure
        cache.set_many(versions, timeout=None)
        WATCH.announced(site_id, generation, structure)
        announce_generation(site_id, generation, structure)

    once_committed(move_versions)


@receiver(pages_changed)
def invalidate_sites(sender, site_ids, news_only=False, **kwargs):
    for site_id in site_ids:
        invalidate_site(site_id, news_only)


def site_generation(site_id, request=None):
    """The site's generation, read once per request.

    The page-cache middleware, the routing and the page's surroundings all key their
    entries by it: one read keeps them consistent with each other and saves round trips.
    """
    return _site_version(site_id, request, None, generation_key)


def site_structure(site_id, request=None):
    """The site's structure, read once per request like its generation."""
    return _site_version(site_id, request, "structure", structure_key)


def _site_version(site_id, request, kind, key):
    versions = request.__dict__.setdefault("_habar_generations", {}) if request else {}
    if (site_id, kind) not in versions:
        # In a web process that hears the versions announced (the front's watch), the one
        # it last heard costs no round trip; else it is read, and the watch told.
        version = WATCH.known(site_id, kind)
        if version is None:
            epoch = WATCH.epoch
            # A site unchanged since the cache started gets its version now. One that
            # started again at 0 whenever the cache is emptied would bring back the parts
            # each process keeps in memory from before (VersionedPartsCache). get_or_set
            # adds: of two processes starting it at once, the first one's time stays.
            version = cache.get_or_set(key(site_id), time.time, timeout=None)
            WATCH.read(site_id, version, epoch, kind)
        versions[site_id, kind] = version
    return versions[site_id, kind]


def announce_generation(site_id, generation, structure=None):
    """Tell every process's front (GenerationWatch) that the site's pages are stale."""
    client = redis_client()
    if client is None:
        return
    message = f"{site_id} {generation!r}" + ("" if structure is None else f" {structure!r}")
    # On failure the watches have lost their subscription too and read the cache meanwhile.
    with suppress(*UNAVAILABLE):
        client.publish(generations_channel(), message)
