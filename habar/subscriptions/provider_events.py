"""Bounces and complaints that the mail provider reports afterwards, by webhook.

A provider that sends for Habar (through its API with a django-anymail backend, or as an
SMTP relay) learns of a hard bounce or a spam complaint after the message has left: it
posts a notification to `/mail/events/<provider>/tracking/` (Amazon SES, Brevo, Mailgun,
Mailjet, Postmark, SendGrid, SparkPost, ...). django-anymail's tracking webhooks check it
(the HTTP basic-auth secret ANYMAIL_WEBHOOK_SECRET, "user:password", from the environment,
and the provider's own signature where it has one) and turn it into a normalized event;
a hard bounce, a complaint or an address the provider calls invalid suppresses the address
(models.Suppression).

The endpoint is closed (404) while no secret is set: an open one would let anybody stop
the mail of any address. A notification that cannot be read is answered 400, never 500
(a provider retries a 5xx, and a malformed body would stay malformed).
"""

import logging
from functools import wraps

from anymail import urls as anymail_urls
from anymail.exceptions import AnymailError
from anymail.signals import EventType, RejectReason, tracking
from django.conf import settings
from django.dispatch import receiver
from django.http import Http404, HttpResponseBadRequest
from django.urls import path

from .models import Suppression

logger = logging.getLogger(__name__)

SUPPRESSING = {
    EventType.BOUNCED: Suppression.HARD_BOUNCE,
    EventType.COMPLAINED: Suppression.COMPLAINT,
}


def reason_for(event):
    """The suppression an event calls for, or None."""
    if event.event_type == EventType.REJECTED and event.reject_reason == RejectReason.INVALID:
        return Suppression.HARD_BOUNCE
    return SUPPRESSING.get(event.event_type)


@receiver(tracking)
def suppress_reported(sender, event, esp_name, **kwargs):
    reason = reason_for(event)
    if reason is None or not event.recipient:
        return
    detail = f"{esp_name}: {event.description or event.reject_reason or event.event_type}"
    Suppression.add(event.recipient, reason, detail)
    logger.info("%s reported by %s: address suppressed", event.event_type, esp_name)


def checked(view):
    @wraps(view)
    def answer(request, *args, **kwargs):
        if not settings.ANYMAIL.get("WEBHOOK_SECRET"):
            raise Http404
        try:
            return view(request, *args, **kwargs)
        except (AnymailError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
            # A failed signature, a body that is not JSON (a ValueError), or one of the wrong
            # shape (the others).
            logger.warning("Unreadable mail provider notification: %s", error)
            return HttpResponseBadRequest("Unreadable notification.")

    return answer


urlpatterns = [
    path(str(pattern.pattern), checked(pattern.callback), name=pattern.name)
    for pattern in anymail_urls.urlpatterns
    if pattern.name.endswith("_tracking_webhook")
]
