"""Views counted in Redis, written to the database in batches by the worker.

With Redis a beacon is one atomic MULTI of two HINCRBYs on one hash: `d:<page>:<day>` (what
the database gets) and `t:<page>` (the page's buffered total, for the count the beacon
answers). Nothing touches the database until the worker flushes:

1. MULTI: SADD the new flush key to the pending set, RENAME the buffer to it. Beacons from
   then on fill a fresh buffer; the renamed hash is this flush's alone.
2. In one database transaction: a ViewFlush row for the flush id, and the counts.
3. DEL the flush key and SREM it from the pending set.

A worker killed at any point leaves the key in the pending set and the next flush, by any
worker, finishes it: before step 2 commits, nothing of it is in the database; after, the
ViewFlush row says so and the counts are not added again. An acknowledged view is
therefore counted once, provided Redis itself keeps it (run Redis with `appendonly yes`).
"""

import logging
import uuid
from collections import defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from habar.worker.services import UNAVAILABLE, redis_client, redis_key

from .models import ViewFlush, add_views

logger = logging.getLogger(__name__)

KEEP_FLUSH_LOG = timedelta(days=7)


def enabled():
    return bool(settings.REDIS_URL) and getattr(settings, "HABAR_VIEW_BUFFER", True)


def buffer_key():
    return redis_key("views", "buffer")


def pending_key():
    return redis_key("views", "pending")


def _buffered(client, keys, page_ids):
    """Buffered views of `page_ids` in the hashes `keys` (the buffer and pending flushes)."""
    fields = [f"t:{page_id}" for page_id in page_ids]
    pipe = client.pipeline(transaction=False)
    for key in keys:
        pipe.hmget(key, fields)
    return sum(int(value) for values in pipe.execute() for value in values if value)


def add_view(page_id, day, also=()):
    """Buffer one view of `page_id` on `day`.

    Return the buffered views of the page and of the pages in `also` (a syndicated
    article's copies), or None when Redis cannot be reached: the caller then writes to the
    database itself.
    """
    client = redis_client()
    key = buffer_key()
    try:
        pipe = client.pipeline(transaction=True)
        pipe.hincrby(key, f"d:{page_id}:{day.isoformat()}", 1)
        pipe.hincrby(key, f"t:{page_id}", 1)
        pipe.smembers(pending_key())
        _, buffered, pending = pipe.execute()
    except UNAVAILABLE:
        logger.warning("Redis is unavailable: counting a view in the database directly")
        return None
    try:
        if pending:
            buffered += _buffered(client, pending, [page_id])
        if also:
            buffered += _buffered(client, [key, *pending], also)
    except UNAVAILABLE:
        pass  # the view is buffered; only the figure shown falls short this once
    return buffered


def buffered_views(page_ids):
    """Views of `page_ids` not yet in the database (0 if Redis cannot be reached)."""
    client = redis_client()
    try:
        pending = client.smembers(pending_key())
        return _buffered(client, [buffer_key(), *pending], page_ids)
    except UNAVAILABLE:
        return 0


def flush():
    """Write the buffered views to the database; return how many were written."""
    client = redis_client()
    written = sum(apply(key.decode()) for key in client.smembers(pending_key()))
    flush_key = redis_key("views", "flush", uuid.uuid4().hex)
    pipe = client.pipeline(transaction=True)
    pipe.sadd(pending_key(), flush_key)
    pipe.rename(buffer_key(), flush_key)
    _, renamed = pipe.execute(raise_on_error=False)
    if isinstance(renamed, Exception):  # no buffer: nothing was viewed since the last flush
        client.srem(pending_key(), flush_key)
        return written
    written += apply(flush_key)
    ViewFlush.objects.filter(flushed_at__lt=timezone.now() - KEEP_FLUSH_LOG).delete()
    return written


def apply(flush_key):
    """Write one renamed buffer to the database, once; then drop it from Redis."""
    client = redis_client()
    flush_id = flush_key.rsplit(":", 1)[-1]
    counts = defaultdict(int)
    for field, value in client.hgetall(flush_key).items():
        kind, *rest = field.decode().split(":")
        if kind == "d":
            page_id, day = rest
            counts[int(page_id), date.fromisoformat(day)] += int(value)
    written = 0
    try:
        with transaction.atomic():
            if not ViewFlush.objects.filter(flush_id=flush_id).exists():
                pages = {page_id for page_id, _day in counts}
                existing = set(Page.objects.filter(pk__in=pages).values_list("pk", flat=True))
                # Views of a page deleted since are dropped with the page, as its rows are.
                # Sorted, so that concurrent writers take row locks in one order.
                for (page_id, day), views in sorted(counts.items()):
                    if page_id in existing:
                        add_views(page_id, day, views)
                        written += views
                ViewFlush.objects.create(flush_id=flush_id, views=written)
    except IntegrityError:
        # Either another worker committed this flush first (then it is done), or a page
        # was deleted while we wrote (then the next flush tries again without it).
        if not ViewFlush.objects.filter(flush_id=flush_id).exists():
            raise
        written = 0
    forget(client, flush_key)
    return written


def forget(client, flush_key):
    pipe = client.pipeline(transaction=True)
    pipe.delete(flush_key)
    pipe.srem(pending_key(), flush_key)
    pipe.execute()
