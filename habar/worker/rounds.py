"""Rounds that apps above the worker add to its loop (habar.subscriptions' sending, ...).

The worker knows no app above it: an app registers a round from its AppConfig.ready(), and
every loop runs each registered round every `every()` seconds, under a lock of the round's
own name so that of several workers one does it at a time.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Round:
    name: str
    action: Callable[[], object]
    every: Callable[[], float]


ROUNDS = {}


def register(name, action, every):
    """Run `action()` every `every()` seconds in each worker (once registered, by name)."""
    ROUNDS[name] = Round(name=name, action=action, every=every)


def mail_location():
    """Where the e-mail goes, in words, for the `serve` and `worker` commands."""
    from django.conf import settings

    backend = settings.EMAIL_BACKEND.rsplit(".", 2)[-2]
    if backend == "filebased":
        return str(settings.EMAIL_FILE_PATH)
    if backend == "smtp":
        return f"smtp://{settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
    return backend
