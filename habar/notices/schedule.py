"""Notices that start or expire by the clock: the worker tells the page cache at that time.

A cached page holds the notices active when it was rendered, and a reader's hit reads no
database: the page changes when the site's generation moves. The worker's scheduler
(habar.worker) calls announce_due_notices() every round, as it publishes and unpublishes
pages by their go-live and expiry; each notice due is claimed with a row lock, so with
several workers one announces it.
"""

from django.db import transaction
from django.utils import timezone

from .models import Notice


def announce_due_notices(now=None):
    """Move every cached page of the sites of notices that started or expired; return them."""
    now = now or timezone.now()
    due = Notice.objects.filter(next_change_at__lte=now).order_by("next_change_at")
    announced = []
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            notice = (
                Notice.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, next_change_at__lte=now)
                .first()
            )
            if notice is None:  # another worker has it, or it changed meanwhile
                continue
            # Saving recomputes the next change and tells the page cache (signal_handlers).
            notice.save(update_fields=["next_change_at"])
            announced.append(notice)
    return announced
