"""The daily digest: a subscriber who chose it receives, once a day at HABAR_DIGEST_HOUR in
their site's time zone, one e-mail with the articles first published since their last one.

An article's deliveries to them wait (Delivery.DIGEST) as soon as it is published
(habar.subscriptions.alerts). Once a site's hour has passed, the day's digests are made:
one per subscriber with deliveries waiting (a unique one per subscriber and day), taking
the articles first published before the hour; a later one waits for the next day. So
nothing is sent when nothing is new, nothing twice, and a worker that was down at the hour
sends the digest when it is back, once, with what it would have held.
"""

import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Site

from habar.sites.models import SiteSettings

from . import mail
from .models import Delivery, Digest, Suppression
from .outcomes import Claim, SuppressedAmong, record_failure

logger = logging.getLogger(__name__)
BATCH = 500
WITHDRAWN = "Every article in it was withdrawn."


def due_day(zone, now):
    """(day, moment): the latest day in `zone` whose digest hour has passed at `now`."""
    local = now.astimezone(zone)
    day = local.date()
    if local.hour < settings.HABAR_DIGEST_HOUR:
        day -= timedelta(days=1)
    return day, datetime.combine(day, time(settings.HABAR_DIGEST_HOUR), tzinfo=zone)


def make_due():
    """Make the digests that have come due on every site; the number of deliveries taken."""
    waiting = Delivery.objects.filter(status=Delivery.DIGEST, digest__isnull=True)
    sites = Site.objects.filter(pk__in=waiting.values("subscription__site"))
    return sum(make_for_site(site, waiting.filter(subscription__site=site)) for site in sites)


def make_for_site(site, waiting):
    day, moment = due_day(SiteSettings.for_site(site).zone, timezone.now())
    ready = waiting.filter(article__first_published_at__lt=moment)
    subscribers = ready.values_list("subscription_id", flat=True).distinct().order_by()
    batch = []
    for subscription_id in subscribers.iterator(chunk_size=BATCH):
        batch.append(Digest(subscription_id=subscription_id, day=day))
        if len(batch) >= BATCH:
            Digest.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Digest.objects.bulk_create(batch, ignore_conflicts=True)
    # A digest of the day already sent takes nothing more: what is left waits for the next.
    unsent = Digest.objects.filter(
        subscription=OuterRef("subscription"), day=day, status=Digest.QUEUED
    )
    return ready.update(digest=Subquery(unsent.values("pk")[:1]))


def due_digests(limit):
    return (
        Digest.objects.filter(status=Digest.QUEUED, next_attempt_at__lte=timezone.now())
        .select_related("subscription__site")
        .order_by("next_attempt_at", "pk")[:limit]
    )


def fail(digest, deliveries, reason):
    digest.status, digest.reason = Digest.FAILED, reason
    digest.save(update_fields=["status", "reason", "attempts"])
    pks = [delivery.pk for delivery in deliveries]
    Delivery.objects.filter(pk__in=pks).update(status=Delivery.FAILED, reason=reason)


def send_one(digest, deliveries, connection, suppressed, memo):
    """Send one digest; False when the server failed for now and the round should end."""
    subscription = digest.subscription
    live = [delivery for delivery in deliveries if delivery.article.live]
    withdrawn = [delivery.pk for delivery in deliveries if not delivery.article.live]
    Delivery.objects.filter(pk__in=withdrawn).update(
        status=Delivery.FAILED, reason=Delivery.WITHDRAWN
    )
    if not live or subscription.email in suppressed:
        reason = Suppression.SUPPRESSED if live else WITHDRAWN
        fail(digest, live, reason)
        return True
    try:
        connection.open()
        articles = [delivery.article for delivery in live]
        mail.digest(subscription, articles, connection, memo).send()
    except Exception as error:
        logger.warning("Digest to subscription %s failed: %s", subscription.pk, error)
        if record_failure(digest, error):
            connection.close()
            return False
        fail(digest, live, digest.reason)
        suppressed.bounced(subscription.email, error)
        return True
    digest.status = Digest.SENT  # written with the batch's (outcomes.Claim)
    return True


def send_due(connection, pace, budget):
    """(number sent, whether the round may go on), BATCH digests at a time."""
    sent, memo = 0, {}
    while sent < budget:
        batch = list(due_digests(min(BATCH, budget - sent)))
        if not batch:
            return sent, True
        held = {digest.pk: [] for digest in batch}
        for delivery in Delivery.objects.filter(digest__in=batch).select_related("article"):
            held[delivery.digest_id].append(delivery)
        suppressed = SuppressedAmong(digest.subscription for digest in batch)
        with Claim(Digest, batch, after_sent=deliveries_sent) as claim:
            for digest in batch:
                pace.wait()
                deliveries = sorted(held[digest.pk], key=lambda d: d.article.first_published_at)
                go_on = send_one(digest, deliveries, connection, suppressed, memo)
                claim.attempted(digest)
                if not go_on:
                    return sent, False
                sent += digest.status == Digest.SENT
    return sent, True


def deliveries_sent(digest_pks):
    """The articles of the digests sent (those withdrawn meanwhile were failed already)."""
    held = Delivery.objects.filter(digest__in=digest_pks, status=Delivery.DIGEST)
    held.update(status=Delivery.SENT, sent_at=timezone.now())
