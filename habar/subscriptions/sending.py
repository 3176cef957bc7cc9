"""The worker's round of e-mail (habar.worker.rounds): queue the alerts of newly published
articles, then send the deliveries that are due, at most HABAR_EMAIL_RATE a second.

Each message is recorded: sent, or failed with the reason. A temporary failure (an SMTP 4xx
answer, a connection that fails or drops) leaves it queued for a later attempt, waiting
HABAR_EMAIL_RETRY_SECONDS and twice as long at each next one, HABAR_EMAIL_ATTEMPTS times in
all; it also ends the round, as the server is in trouble. A permanent one (5xx) fails it.

A hard bounce (the server refusing the recipient for good: a 5xx to RCPT, or 550, 551 or
553 to DATA; other 5xx answers to DATA may be about the message) suppresses the address
(models.Suppression): it is sent nothing more, and what it is owed is failed or dropped.
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from . import alerts, mail
from .models import Delivery, Subscription, Suppression, stop_suppressed

logger = logging.getLogger(__name__)
UNCONFIRMED_DAYS = 7
HARD_BOUNCE_DATA_CODES = {550, 551, 553}


def smtp_code(error):
    """The SMTP reply code of a failure, or None when there was no answer (no connection)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return max(codes) if codes else None
    return getattr(error, "smtp_code", None)


def is_hard_bounce(error):
    """True when the server refused the recipient for good."""
    code = smtp_code(error)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return code is not None and 500 <= code < 600
    return isinstance(error, smtplib.SMTPDataError) and code in HARD_BOUNCE_DATA_CODES


def suppress_if_bounced(email, error):
    if is_hard_bounce(error):
        Suppression.add(email, Suppression.HARD_BOUNCE, f"{type(error).__name__}: {error}")


def is_temporary(error):
    code = smtp_code(error)
    if code is None:
        return isinstance(error, (smtplib.SMTPException, OSError))
    return 400 <= code < 500


class Pace:
    """Waits so that no more than `rate` messages leave a second."""

    def __init__(self, rate):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    def wait(self):
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at, time.monotonic()) + self.interval


def due_deliveries(limit):
    return (
        Delivery.objects.filter(status=Delivery.QUEUED, next_attempt_at__lte=timezone.now())
        .select_related("subscription__site", "article")
        .order_by("next_attempt_at", "pk")[:limit]
    )


def record_failure(delivery, error):
    delivery.attempts += 1
    delivery.reason = f"{type(error).__name__}: {error}"[:1000]
    temporary = is_temporary(error)
    if temporary and delivery.attempts < settings.HABAR_EMAIL_ATTEMPTS:
        wait = settings.HABAR_EMAIL_RETRY_SECONDS * 2 ** (delivery.attempts - 1)
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=wait)
    else:
        delivery.status = Delivery.FAILED
    delivery.save(update_fields=["attempts", "reason", "next_attempt_at", "status"])
    return temporary


def send_one(delivery, connection):
    """Send one delivery; False when the server failed for now and the round should end."""
    article = delivery.article
    if not article.live or Suppression.is_suppressed(delivery.subscription.email):
        withdrawn = "The article was withdrawn." if not article.live else None
        delivery.status, delivery.reason = Delivery.FAILED, withdrawn or Suppression.SUPPRESSED
        delivery.save(update_fields=["status", "reason"])
        return True
    try:
        connection.open()  # once a round: False while it is open already
        mail.alert(delivery.subscription, article, connection).send()
    except Exception as error:
        logger.warning("Alert to subscription %s failed: %s", delivery.subscription_id, error)
        if record_failure(delivery, error):
            connection.close()
            return False
        suppress_if_bounced(delivery.subscription.email, error)
        return True
    delivery.status, delivery.sent_at, delivery.reason = Delivery.SENT, timezone.now(), ""
    delivery.attempts += 1
    delivery.save(update_fields=["status", "sent_at", "reason", "attempts"])
    return True


def send_confirmation(subscription, connection):
    """Send a confirmation that is owed: True when sent, False when the server failed for
    now, None when it refused it for good or the address was suppressed (by a bounce
    earlier in this round)."""
    if Suppression.is_suppressed(subscription.email):
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
        suppress_if_bounced(subscription.email, error)
        sent = None
    Subscription.objects.filter(pk=subscription.pk).update(
        confirmation_due=False, confirmation_sent_at=timezone.now()
    )
    return sent


def send_due(connection, pace, budget):
    """Confirmations first (a reader is waiting for one), then alerts; the number sent."""
    sent = 0
    stop_suppressed()  # one written since the last round (or by a command) stops here too
    owed = Subscription.objects.filter(confirmation_due=True).select_related("site")
    for subscription in owed.order_by("pk")[:budget]:
        pace.wait()
        outcome = send_confirmation(subscription, connection)
        if outcome is False:
            return sent
        sent += outcome is True
    for delivery in due_deliveries(budget - sent):
        pace.wait()
        if not send_one(delivery, connection):
            break
        sent += delivery.status == Delivery.SENT
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
    rate = settings.HABAR_EMAIL_RATE
    budget = max(1, int(rate * settings.HABAR_EMAIL_ROUND_SECONDS))
    connection = get_connection()
    try:
        sent = send_due(connection, Pace(rate), budget)
    finally:
        connection.close()
    if sent:
        logger.info("Sent %d alert e-mail(s)", sent)
    return sent
