"""Go-live and expiry of pages (syndicated copies included) and snippets.

What Wagtail's `publish_scheduled` command does, made safe for several workers at once:
each object is claimed with a row lock and checked again before it is published or
unpublished, so a schedule fires once however many workers run. Publishing goes through
Wagtail (revision.publish / unpublish), so its signals follow: the page cache, the copies
of a syndicated article, search indexing.

A schedule that fires more than HABAR_SCHEDULE_LATE_SECONDS after its time (a worker was
down, or none ran) is recorded as a MissedSchedule for the admin's report.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

from .models import MissedSchedule

logger = logging.getLogger(__name__)


@dataclass
class Fired:
    title: str
    action: str
    scheduled_at: datetime
    fired_at: datetime
    page_id: int | None

    @property
    def delay(self):
        return self.fired_at - self.scheduled_at


def scheduled_models():
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def late_after():
    return timedelta(seconds=getattr(settings, "HABAR_SCHEDULE_LATE_SECONDS", 120))


def record(fired):
    if fired.delay > late_after():
        MissedSchedule.objects.create(
            page_id=fired.page_id,
            title=fired.title[:255],
            action=fired.action,
            scheduled_at=fired.scheduled_at,
            fired_at=fired.fired_at,
        )
        logger.warning("Schedule fired %s late: %s (%s)", fired.delay, fired.title, fired.action)
    return fired


def expire(model, pk):
    with transaction.atomic():
        obj = (
            model.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, live=True, expire_at__lt=timezone.now())
            .first()
        )
        if obj is None:  # another worker has it, or it changed meanwhile
            return None
        scheduled_at = obj.expire_at
        obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        return record(
            Fired(
                title=str(obj),
                action=MissedSchedule.UNPUBLISH,
                scheduled_at=scheduled_at,
                fired_at=timezone.now(),
                page_id=obj.pk if isinstance(obj, Page) else None,
            )
        )


def go_live(revision_pk):
    with transaction.atomic():
        revision = (
            Revision.objects.select_for_update(skip_locked=True)
            .filter(pk=revision_pk, approved_go_live_at__lt=timezone.now())
            .first()
        )
        if revision is None:
            return None
        scheduled_at = revision.approved_go_live_at
        is_page = revision.base_content_type_id == ContentType.objects.get_for_model(Page).pk
        # Publishing the revision clears approved_go_live_at on all of the object's
        # revisions, inside this transaction: a second claimant finds nothing due.
        revision.publish(log_action="wagtail.publish.scheduled")
        return record(
            Fired(
                title=revision.object_str,
                action=MissedSchedule.PUBLISH,
                scheduled_at=scheduled_at,
                fired_at=timezone.now(),
                page_id=int(revision.object_id) if is_page else None,
            )
        )


def fire_due_schedules():
    """Unpublish what has expired, publish what is due; return what fired."""
    now = timezone.now()
    steps = []
    for model in scheduled_models():
        due = model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
        steps += [(expire, (model, pk)) for pk in due.values_list("pk", flat=True)]
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    steps += [(go_live, (pk,)) for pk in due.values_list("pk", flat=True)]
    fired = []
    for step, args in steps:
        try:
            result = step(*args)
        except Exception:
            # One object that cannot be published must not hold up every other schedule.
            logger.exception("Scheduled %s of %r failed", step.__name__, args)
            continue
        if result is not None:
            fired.append(result)
    return fired
