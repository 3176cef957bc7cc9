"""One holder at a time across every worker process, on any number of hosts.

With Redis: a lock key with an owner token and an expiry (redis-py's Lock), so a worker that
dies frees it after `timeout` seconds at worst. Without Redis: a PostgreSQL session advisory
lock (freed when the connection closes, so when the process dies), or on SQLite, which lives
on one host, a lock on a file next to the database (freed by the kernel when the process
dies). A lock is only a first line: what it protects also claims each row it acts on, so a
lock that expired mid-run cannot make anything happen twice.
"""

import fcntl
import hashlib
import logging
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
from redis.exceptions import LockError

from habar.core.redis import UNAVAILABLE, redis_client, redis_key

logger = logging.getLogger(__name__)


@contextmanager
def exclusive(name, timeout=300):
    """Try to take lock `name` without waiting; yield whether this process holds it."""
    client = redis_client()
    if client is not None:
        lock = client.lock(redis_key("worker", "lock", name), timeout=timeout)
        try:
            acquired = lock.acquire(blocking=False)
        except UNAVAILABLE:
            logger.warning("Redis is unavailable: locking %s in the database instead", name)
        else:
            try:
                yield acquired
            finally:
                if acquired:
                    try:
                        lock.release()
                    except (LockError, *UNAVAILABLE):
                        # Expired (or Redis went away): nothing of ours left to release.
                        pass
            return
    if connection.vendor == "postgresql":
        with _advisory_lock(name) as acquired:
            yield acquired
    else:
        with _file_lock(name) as acquired:
            yield acquired


def _lock_number(name):
    digest = hashlib.sha256(f"habar.worker:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def _advisory_lock(name):
    number = _lock_number(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [number])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [number])


@contextmanager
def _file_lock(name):
    directory = settings.VAR_DIR
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f"worker-{name}.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
