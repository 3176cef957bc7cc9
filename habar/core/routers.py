"""Read replicas: DATABASE_REPLICA_URLS adds them, this router spreads reads over them.

Replicas lag the primary by a little, so a read goes to the primary whenever it could
observe that lag: inside a transaction (it may depend on the transaction's own writes),
after this request has written anything ("sticky after write"), and for the whole of any
request that is not an anonymous read (the admin, forms, beacons), which is where an
editor expects to see what was just saved. Anonymous page views, the bulk of the
traffic, read from the replicas.
"""

import random
from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_started
from django.db import DEFAULT_DB_ALIAS, connections
from django.dispatch import receiver

_pinned_to_primary = ContextVar("habar_pinned_to_primary", default=False)

READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def pin_to_primary(pinned=True):
    """Send this request's remaining reads to the primary (or release it, for tests)."""
    _pinned_to_primary.set(pinned)


def request_needs_primary(method, path, cookie_header):
    return (
        method.upper() not in READ_METHODS
        or path.startswith("/admin/")
        or f"{settings.SESSION_COOKIE_NAME}=" in cookie_header
    )


@receiver(request_started)
def start_request(sender, environ=None, scope=None, **kwargs):
    # Each request starts unpinned; a request thread serves many requests in turn.
    if environ is not None:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        cookies = environ.get("HTTP_COOKIE", "")
    elif scope is not None:
        method, path = scope.get("method", "GET"), scope.get("path", "/")
        headers = dict(scope.get("headers") or [])
        cookies = headers.get(b"cookie", b"").decode("latin-1")
    else:
        method, path, cookies = "GET", "/", ""
    pin_to_primary(request_needs_primary(method, path, cookies))


class ReplicaRouter:
    """Writes, migrations and anything a request does after a write: the primary."""

    def db_for_read(self, model, **hints):
        replicas = getattr(settings, "DATABASE_REPLICAS", [])
        if (
            not replicas
            or _pinned_to_primary.get()
            or connections[DEFAULT_DB_ALIAS].in_atomic_block
        ):
            return DEFAULT_DB_ALIAS
        return random.choice(replicas)  # noqa: S311 (load spreading, not security)

    def db_for_write(self, model, **hints):
        pin_to_primary()
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Replicas hold the same rows as the primary: objects read from either may relate.
        aliases = {DEFAULT_DB_ALIAS, *getattr(settings, "DATABASE_REPLICAS", [])}
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS
