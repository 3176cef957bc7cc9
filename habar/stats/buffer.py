"""Views counted in Redis, written to the database in batches by the worker.

With Redis a beacon is one Lua script, one round trip, that checks the reader has not been
counted on the page within the dedup window, counts the view in the buffer hash, and
answers the page's running total. The buffer holds `d:<page>:<day>` (what the database
gets) and `t:<page>` (the page's views not yet in the database); the running total of a
page, `total:<page>`, is its views in the database plus those, so the flush below moves
views from one to the other without changing it. Nothing touches the database until the
worker flushes:

1. Atomically: RENAME the buffer to a new flush key and add that to the pending set.
   Beacons from then on fill a fresh buffer; the renamed hash is this flush's alone.
2. In one database transaction: a ViewFlush row for the flush id, and the counts.
3. DEL the flush key and remove it from the pending set ("forget" it).

A worker killed at any point leaves the key in the pending set and the next flush, by any
worker, finishes it: before step 2 commits, nothing of it is in the database; after, the
ViewFlush row says so and the counts are not added again. An acknowledged view is
therefore counted once, provided Redis itself keeps it (run Redis with `appendonly yes`).

A running total Redis lacks (new, expired after TOTAL_SECONDS, or dropped after views were
counted in the database while Redis was away) is started from one snapshot of the database
(the page's total, and which pending flushes it holds) plus the views Redis still has that
the snapshot does not. While that is under way a *fence* in Redis holds steps 1 and 3 back,
so that no flush can leave the snapshot and Redis disagreeing about where its views are.

A lost reply (Redis ran the script, or may have, but the answer never came) is not taken as
Redis being down: the script is asked again with the same request token, and recognises a
view it has already counted. Only when Redis could not have received the script does the
caller count the view in the database instead.
"""

import logging
import random
import secrets
import time
import uuid
from collections import defaultdict
from contextlib import suppress
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, IntegrityError, transaction
from django.db.models import CharField, IntegerField, Value
from django.utils import timezone
from redis.exceptions import NoScriptError
from wagtail.models import Page

from habar.core.redis import UNAVAILABLE, breaker, redis_client, redis_key

from . import articles, connection, visitors
from .models import PageViewTotal, ViewFlush, add_views
from .scripts import BEACON, FORGET_FLUSH, RAISE_FENCE, RENAME_BUFFER, START_TOTALS

logger = logging.getLogger(__name__)

KEEP_FLUSH_LOG = timedelta(days=7)
# Running totals are read again from the database this often: a bound on how long a total
# changed behind Redis's back (an import, a restore) can show the old figure.
TOTAL_SECONDS = 600
FENCE_MILLISECONDS = 5000
# After Redis could not be reached, views go to the database for this long without trying.
DOWN_SECONDS = 5.0
ATTEMPTS = 4

_totals_to_forget = set()  # pages counted in the database while their running total lived


class Unavailable(Exception):
    """Redis cannot be reached and has counted nothing: count in the database instead."""


class Unacknowledged(Exception):
    """Redis may or may not have counted the view: answer without acknowledging it."""


# Redis cannot have run the script / may have run it, but the answer never came.
_NotSent, _Lost = connection.NotSent, connection.Lost


def enabled():
    return bool(settings.REDIS_URL) and getattr(settings, "HABAR_VIEW_BUFFER", True)


def buffer_key():
    return redis_key("views", "buffer")


def pending_key():
    return redis_key("views", "pending")


def fence_key():
    return redis_key("views", "fence")


def total_key(page_id):
    return redis_key("views", "total", page_id)


def _evaluate(client, script, keys, args):
    """Run `script`: raise _NotSent if Redis cannot have run it, _Lost if it may have.

    On this thread's own connection to REDIS_URL, not `client`'s (see .connection).
    """
    return connection.evaluate(settings.REDIS_URL, script, keys, args)


class _Call:
    """One caller's scripts: once an answer is lost, a later failure cannot fall back."""

    def __init__(self, client):
        self.client = client
        self.uncertain = False

    def run(self, script, keys, args):
        try:
            return _evaluate(self.client, script, keys, args)
        except _NotSent:
            if self.uncertain:
                raise Unacknowledged from None
            raise _unavailable() from None
        except _Lost:
            self.uncertain = True
        # Every script here may run twice: the request token makes the beacon's idempotent.
        try:
            return _evaluate(self.client, script, keys, args)
        except (_NotSent, _Lost):
            logger.warning("Redis's answer was lost twice: a view is left unacknowledged")
            raise Unacknowledged from None


def _breaker():
    return breaker(
        ("views", settings.REDIS_URL),
        DOWN_SECONDS,
        "Redis is unavailable: counting views in the database directly",
    )


def _unavailable():
    _breaker().trip()
    return Unavailable()


def is_down():
    return _breaker().is_open


def _reader_keys(page_id, meta):
    """The Redis keys of this reader's dedup window and of their address's daily count."""
    try:  # the day's salt is in the cache, which is Redis too
        # The day of the salt: the platform's, as no site's time zone is active here.
        today = datetime.now(timezone.get_default_timezone()).date()
        visitor = visitors.visitor_hash(meta, today)
        address = cache.make_key(visitors.address_key(page_id, meta, today))
    except UNAVAILABLE:
        raise _unavailable() from None
    return cache.make_key(visitors.seen_key(page_id, visitor)), address


def record(page_id, meta, countable):
    """Count a reader's view of `page_id` in Redis if `countable`; answer the page's count.

    `meta` is the request's META or WSGI environ (the reader, for the dedup window).
    Returns None when `page_id` is not a live, public article. Raises Unavailable when the
    view must be counted in the database instead, Unacknowledged when it may or may not
    have been counted.
    """
    if is_down():
        raise Unavailable
    seen, address = _reader_keys(page_id, meta) if countable else (None, None)
    call = _Call(redis_client())
    if _totals_to_forget:
        _forget_totals(call.client)
    # Unique, not secret: it only tells this request's own count apart (no system call).
    token = f"{random.getrandbits(64):016x}"
    try:
        for _attempt in range(ATTEMPTS):
            state = articles.known.current()
            facts = articles.known.get(state, page_id)
            buffer = buffer_key()
            keys = [articles.version_key(), seen or buffer, buffer, address or buffer]
            limit = settings.HABAR_VIEWS_PER_ADDRESS
            args = [state.version, str(time.time_ns()), "0", token, 0, "", "", limit]
            if facts is not None:
                day = datetime.now(facts.time_zone).date()
                keys += [total_key(page_id), *map(total_key, facts.copies)]
                window = max(1, settings.HABAR_VIEW_DEDUP_SECONDS)  # Redis refuses EX 0
                args[2:] = ["1" if seen else "0", token, window]
                args += [f"d:{page_id}:{day.isoformat()}", f"t:{page_id}", limit]
            reply = call.run(BEACON, keys, args)
            if reply[0] == 0:
                articles.known.reset(reply[1].decode())
            elif facts is None:
                return None
            elif reply[0] == 1:
                start_totals(call, [page_id, *facts.copies])
            else:
                return reply[2]
    except Unavailable:
        raise
    except Exception:
        if call.uncertain:  # a database error, say: Redis may still have counted the view
            raise Unacknowledged from None
        raise
    raise Unacknowledged  # facts or totals changed at every attempt: too busy to tell


def add_view(page_id, day, also=()):
    """Buffer one view of `page_id` on `day`, not deduplicated, for any page id.

    Return the running total of the page and of the pages in `also` (a syndicated
    article's copies), or None when Redis cannot be reached: the caller then writes to the
    database itself.
    """
    token = uuid.uuid4().hex
    keys = [articles.version_key(), redis_key("views", "once", token), buffer_key(), buffer_key()]
    keys += [total_key(page_id), *map(total_key, also)]
    args = ["*", "", "1", token, 60, f"d:{page_id}:{day.isoformat()}", f"t:{page_id}", ""]
    call = _Call(redis_client())
    try:
        for _attempt in range(ATTEMPTS):
            reply = call.run(BEACON, keys, args)
            if reply[0] == 2:
                return reply[2]
            start_totals(call, [page_id, *also])
    except Unavailable:
        return None
    raise Unacknowledged


def stored_totals(page_ids, flush_ids):
    """({page: views in the database}, {those of `flush_ids` committed}), in one snapshot."""
    totals = (
        PageViewTotal.objects.using(DEFAULT_DB_ALIAS)
        .filter(page_id__in=page_ids)
        .order_by()
        .values_list(Value("", output_field=CharField()), "page_id", "views")
    )
    if flush_ids:
        # One statement, so both parts are read from the same snapshot of the database.
        flushes = (
            ViewFlush.objects.using(DEFAULT_DB_ALIAS)
            .filter(flush_id__in=flush_ids)
            .order_by()
            .values_list("flush_id", Value(0, output_field=IntegerField()), "views")
        )
        totals = totals.union(flushes, all=True)
    stored, committed = {}, set()
    for flush_id, page_id, views in totals:
        if flush_id:
            committed.add(flush_id)
        else:
            stored[page_id] = views
    return stored, committed


def start_totals(call, page_ids):
    """Start the running totals Redis lacks among `page_ids` (see the module's docstring)."""
    token = secrets.token_hex(8)
    fence = [fence_key(), pending_key()]
    for _attempt in range(ATTEMPTS):
        pending = call.run(RAISE_FENCE, fence, [token, FENCE_MILLISECONDS])
        flush_ids = {key.decode().rsplit(":", 1)[-1]: key.decode() for key in pending}
        try:
            stored, committed = stored_totals(page_ids, list(flush_ids))
        except Exception:
            with suppress(*UNAVAILABLE):  # else it lapses after FENCE_MILLISECONDS
                call.client.zrem(fence_key(), token)
            raise
        unflushed = [key for flush_id, key in flush_ids.items() if flush_id not in committed]
        keys = [fence_key(), buffer_key(), *map(total_key, page_ids), *unflushed]
        args = [token, TOTAL_SECONDS, *(stored.get(page_id, 0) for page_id in page_ids)]
        args += [f"t:{page_id}" for page_id in page_ids]
        if call.run(START_TOTALS, keys, args):
            return
    raise Unacknowledged


def counted_in_database(page_id):
    """A view of the page went to the database: its running total in Redis is now short."""
    _totals_to_forget.add(page_id)


def _forget_totals(client):
    pages = list(_totals_to_forget)
    try:
        client.delete(*map(total_key, pages))
    except UNAVAILABLE:
        return
    _totals_to_forget.difference_update(pages)


def flush():
    """Write the buffered views to the database; return how many were written."""
    client = redis_client()
    written = sum(apply(key.decode()) for key in client.smembers(pending_key()))
    flush_key = redis_key("views", "flush", uuid.uuid4().hex)
    keys = [fence_key(), buffer_key(), pending_key(), flush_key]
    if not _run(client, RENAME_BUFFER, keys):
        # Nothing was viewed since the last flush, or a running total is being started.
        return written
    written += apply(flush_key)
    ViewFlush.objects.filter(flushed_at__lt=timezone.now() - KEEP_FLUSH_LOG).delete()
    return written


def _run(client, script, keys):
    """A flush step's script: any Redis error is the worker's to log and retry."""
    try:
        return client.evalsha(script.sha, len(keys), *keys)
    except NoScriptError:
        return client.eval(script.source, len(keys), *keys)


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
    # Behind a fence the key stays pending: the next flush forgets it (its ViewFlush row
    # says it is written).
    _run(client, FORGET_FLUSH, [fence_key(), pending_key(), flush_key])
