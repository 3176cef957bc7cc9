"""The worker's round of e-mail (habar.worker.rounds): queue the alerts of newly published
articles and make the daily digests that came due, then send what is due, at most
HABAR_EMAIL_RATE a second: confirmations first (a reader is waiting for one), then alerts,
then digests.

Each message is recorded: sent, or failed with the reason (habar.subscriptions.outcomes
tells temporary failures, retried with backoff, from permanent ones and hard bounces).
What is due is read BATCH rows at a time, with what each message needs (its subscription,
site and article) and the batch's suppressed addresses in one query each, and the batch's
outcome is written in one (outcomes.Claim): the round's memory stays the same however many
subscribers a site has, and a message costs no query of its own unless it fails.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from . import alerts, digests, mail
from .models import Delivery, Digest, Subscription, Suppression, stop_suppressed
from .outcomes import (
    Claim,
    Pace,
    SuppressedAmong,
    fail_interrupted,
    is_temporary,
    record_failure,
)

logger = logging.getLogger(__name__)
UNCONFIRMED_DAYS = 7
BATCH = 500


def due_deliveries(limit):
    return (
        Delivery.objects.filter(status=Delivery.QUEUED, next_attempt_at__lte=timezone.now())
        .select_related("subscription__site", "article")
        .order_by("next_attempt_at", "pk")[:limit]
    )


def send_one(delivery, connection, suppressed, names):
    """Send one delivery; False when the server failed for now and the round should end."""
    article, subscription = delivery.article, delivery.subscription
    if not article.live or subscription.email in suppressed:
        delivery.status = Delivery.FAILED
        delivery.reason = Delivery.WITHDRAWN if not article.live else Suppression.SUPPRESSED
        delivery.save(update_fields=["status", "reason"])
        return True
    try:
        connection.open()  # once a round: False while it is open already
        mail.alert(subscription, article, connection, names).send()
    except Exception as error:
        logger.warning("Alert to subscription %s failed: %s", subscription.pk, error)
        if record_failure(delivery, error):
            connection.close()
            return False
        suppressed.bounced(subscription.email, error)
        return True
    delivery.status = Delivery.SENT  # written with the batch's (outcomes.Claim)
    return True


def send_confirmation(subscription, connection, suppressed):
    """Send a confirmation that is owed: True when sent, False when the server failed for
    now, None when it refused it for good or the address was suppressed (by a bounce
    earlier in this round)."""
    if subscription.email in suppressed:
        Subscription.objects.filter(pk=subscription.pk).update(confirmation_due=False)
        return None
    sent = True
    try:
        connection.open()
        mail.confirmation(subscription, connection).send()
    except Exception as error:
        logger.warning("Confirmation to subscription %s failed: %s", subscription.pk, error)
        if is_temporary(error):
            connection.close()
            return False
        suppressed.bounced(subscription.email, error)
        sent = None
    Subscription.objects.filter(pk=subscription.pk).update(
        confirmation_due=False, confirmation_sent_at=timezone.now()
    )
    return sent


def send_confirmations(connection, pace, budget):
    """(number sent, whether the round may go on)."""
    sent = 0
    owed = Subscription.objects.filter(confirmation_due=True).select_related("site")
    batch = list(owed.order_by("pk")[:budget])
    suppressed = SuppressedAmong(batch)
    for subscription in batch:
        pace.wait()
        outcome = send_confirmation(subscription, connection, suppressed)
        if outcome is False:
            return sent, False
        sent += outcome is True
    return sent, True


def send_alerts(connection, pace, budget):
    """(number sent, whether the round may go on), BATCH deliveries at a time."""
    sent, names = 0, {}
    while sent < budget:
        batch = list(due_deliveries(min(BATCH, budget - sent)))
        if not batch:
            return sent, True
        suppressed = SuppressedAmong(delivery.subscription for delivery in batch)
        with Claim(Delivery, batch) as claim:
            for delivery in batch:
                pace.wait()
                go_on = send_one(delivery, connection, suppressed, names)
                claim.attempted(delivery)
                if not go_on:
                    return sent, False
                sent += delivery.status == Delivery.SENT
    return sent, True


def send_due(connection, pace, budget):
    """Confirmations, then alerts, then digests, `budget` in all; the number sent."""
    stop_suppressed()  # one written since the last round (or by a command) stops here too
    fail_interrupted(Delivery, Digest)
    sent = 0
    for step in (send_confirmations, send_alerts, digests.send_due):
        done, go_on = step(connection, pace, budget - sent)
        sent += done
        if not go_on or sent >= budget:
            break
    return sent


def forget_unconfirmed():
    """Delete subscriptions never confirmed within UNCONFIRMED_DAYS: an address whose owner
    did not agree is kept no longer than it takes to ask."""
    cutoff = timezone.now() - timedelta(days=UNCONFIRMED_DAYS)
    stale = Subscription.objects.filter(confirmed_at__isnull=True, consented_at__lt=cutoff)
    return stale.filter(confirmation_due=False).delete()[0]


def send_round():
    """Queue what was published, send what is due; return the number of messages sent."""
    forget_unconfirmed()
    alerts.queue_pending()
    digests.make_due()
    rate = settings.HABAR_EMAIL_RATE
    budget = max(1, int(rate * settings.HABAR_EMAIL_ROUND_SECONDS))
    connection = get_connection()
    try:
        sent = send_due(connection, Pace(rate), budget)
    finally:
        connection.close()
    if sent:
        logger.info("Sent %d subscription e-mail(s)", sent)
    return sent
