"""Each site's generation and structure as this process last heard them, told of changes
over Redis."""

import logging
import os
import threading
import time

import redis
from django.conf import settings

from habar.core.redis import redis_key

logger = logging.getLogger(__name__)


def generations_channel():
    return redis_key("pagecache", "generations")


class GenerationWatch:
    """Each site's generation as this process last heard it, told of changes by Redis.

    Lets the front answer a hit without a round trip to Redis: invalidate_site() publishes
    each new generation (with the site's structure when that moved too) on a channel, and
    a thread here listens. What is known here only
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
                            site_id, *versions = message["data"].split()
                            self.announced(int(site_id), *map(float, versions))
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

    def announced(self, site_id, generation, structure=None):
        """A change: it wins over any read of the cache under way. `structure`: the site's
        structure (habar.core.pagecache.generations), when the change moved it too."""
        with self.lock:
            self.generations[site_id] = generation
            if structure is not None:
                self.generations[site_id, "structure"] = structure
            self.epoch += 1

    def read(self, site_id, version, epoch, kind=None):
        """A version read from the cache, kept unless a change was announced meanwhile.
        `kind`: None for the generation, "structure" for the site's structure."""
        if self.live:
            with self.lock:
                if epoch == self.epoch:
                    self.generations[(site_id, kind) if kind else site_id] = version

    def known(self, site_id, kind=None):
        if not self.live:
            return None
        if time.monotonic() - self.synced_at > self.RESYNC_SECONDS:
            self.forget()
        return self.generations.get((site_id, kind) if kind else site_id)


# One per process: the front reads it, invalidate_site() tells it of this process's changes.
WATCH = GenerationWatch()
