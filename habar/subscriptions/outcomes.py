"""What an SMTP server's answer means for a message, alone (a delivery) or a digest.

A temporary failure (an SMTP 4xx answer, a connection that fails or drops) leaves the
message queued for a later attempt, waiting HABAR_EMAIL_RETRY_SECONDS and twice as long at
each next one, HABAR_EMAIL_ATTEMPTS times in all; it also ends the round, as the server is
in trouble. A permanent one (5xx) fails it.

A hard bounce (the server refusing the recipient for good: a 5xx to RCPT, or 550, 551 or
553 to DATA; other 5xx answers to DATA may be about the message) suppresses the address
(models.Suppression): it is sent nothing more, and what it is owed is failed or dropped.
"""

import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from .models import Suppression

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
        return True
    return False


def is_temporary(error):
    code = smtp_code(error)
    if code is None:
        return isinstance(error, (smtplib.SMTPException, OSError))
    return 400 <= code < 500


def record_failure(message, error):
    """Record a failed attempt on a Delivery or a Digest (they share these fields): retried
    later when temporary; True when it was (the round should end)."""
    message.attempts += 1
    message.reason = f"{type(error).__name__}: {error}"[:1000]
    temporary = is_temporary(error)
    if temporary and message.attempts < settings.HABAR_EMAIL_ATTEMPTS:
        wait = settings.HABAR_EMAIL_RETRY_SECONDS * 2 ** (message.attempts - 1)
        message.next_attempt_at = timezone.now() + timedelta(seconds=wait)
    else:
        message.status = message.FAILED
    message.save(update_fields=["attempts", "reason", "next_attempt_at", "status"])
    return temporary


class Pace:
    """Waits so that no more than `rate` messages leave a second (no limit when 0)."""

    def __init__(self, rate):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    def wait(self):
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at, time.monotonic()) + self.interval


class SuppressedAmong:
    """The suppressed addresses among a batch of subscriptions, read in one query and kept
    up to date as the batch's own messages bounce."""

    def __init__(self, subscriptions):
        emails = {subscription.email.lower() for subscription in subscriptions}
        found = Suppression.objects.filter(email__in=emails).values_list("email", flat=True)
        self.emails = set(found)

    def __contains__(self, email):
        return email.lower() in self.emails

    def bounced(self, email, error):
        if suppress_if_bounced(email, error):
            self.emails.add(email.lower())


class Claim:
    """A batch of queued messages (Delivery or Digest rows) marked SENDING while the round
    sends them, then settled in a few queries, not one commit per message: the sent ones in
    one UPDATE (and `after_sent(pks)`), those not attempted back to the queue. Failures are
    written one by one as they happen (they are few).

    A message is sent at most once: one a worker left SENDING when it died is failed by the
    next round (fail_interrupted), not sent again."""

    def __init__(self, model, batch, after_sent=None):
        self.model, self.after_sent = model, after_sent
        self.pending = {message.pk for message in batch}
        self.sent = []
        model.objects.filter(pk__in=self.pending).update(status=model.SENDING)

    def __enter__(self):
        return self

    def attempted(self, message):
        self.pending.discard(message.pk)
        if message.status == message.SENT:
            self.sent.append(message.pk)

    def __exit__(self, *exc_info):
        sent = self.model.objects.filter(pk__in=self.sent)
        sent.update(
            status=self.model.SENT, sent_at=timezone.now(), reason="", attempts=F("attempts") + 1
        )
        if self.after_sent is not None:
            self.after_sent(self.sent)
        self.model.objects.filter(pk__in=self.pending).update(status=self.model.QUEUED)


INTERRUPTED = "The worker stopped while sending it: not sent again, in case it had left."


def fail_interrupted(*models):
    for model in models:
        model.objects.filter(status=model.SENDING).update(status=model.FAILED, reason=INTERRUPTED)
