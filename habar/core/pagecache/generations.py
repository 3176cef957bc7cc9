"""Each site's generation: a timestamp moved forward whenever readers' pages change."""

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
    """Make every cached page of the site stale."""

    def move_generation():
        generation = time.time()
        cache.set(generation_key(site_id), generation, timeout=None)
        WATCH.announced(site_id, generation)
        announce_generation(site_id, generation)

    now_and_after_commit(move_generation)


@receiver(pages_changed)
def invalidate_sites(sender, site_ids, **kwargs):
    for site_id in site_ids:
        invalidate_site(site_id)


def site_generation(site_id, request=None):
    """The site's generation, read once per request.

    The page-cache middleware, the routing and the page's surroundings all key their
    entries by it: one read keeps them consistent with each other and saves round trips.
    """
    generations = request.__dict__.setdefault("_habar_generations", {}) if request else {}
    if site_id not in generations:
        # In a web process that hears the generations announced (the front's watch), the
        # one it last heard costs no round trip; else it is read, and the watch told.
        generation = WATCH.known(site_id)
        if generation is None:
            epoch = WATCH.epoch
            generation = _read_generation(site_id)
            WATCH.read(site_id, generation, epoch)
        generations[site_id] = generation
    return generations[site_id]


def _read_generation(site_id):
    # A site unchanged since the cache started gets its generation now. One that started
    # again at 0 whenever the cache is emptied would bring back the parts each process
    # keeps in memory from before (habar.core.cache.VersionedPartsCache).
    # get_or_set adds: of two processes starting it at once, the first one's time stays.
    return cache.get_or_set(generation_key(site_id), time.time, timeout=None)


def announce_generation(site_id, generation):
    """Tell every process's front (GenerationWatch) that the site's pages are stale."""
    client = redis_client()
    if client is None:
        return
    # On failure the watches have lost their subscription too and read the cache meanwhile.
    with suppress(*UNAVAILABLE):
        client.publish(generations_channel(), f"{site_id} {generation!r}")
