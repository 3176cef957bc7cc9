"""Which articles alert whom: an article's first publish is noted in the request (one row);
the worker turns it into one queued delivery per matching subscriber (habar.subscriptions
.sending), so a publish never waits for the subscribers to be counted.

Nothing is noted for drafts or previews (they are not published), for a re-publish or an
edit of a live article (its first publish was earlier), for an old article published late
(an import), or twice for one article. A syndicated copy is an article of the embassy's
own: its first publish alerts the embassy's subscribers in its language, once.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Alert, Delivery, Subscription

# An article first published with a publication date older than this is an import or a
# back-dated entry in the archive: it is news to nobody.
MAX_AGE = timedelta(days=2)
QUEUE_BATCH = 2000


def is_first_publish(article):
    return (
        article.first_published_at is not None
        and article.first_published_at == article.last_published_at
        and (article.publication_date or article.first_published_at) > timezone.now() - MAX_AGE
    )


def note_first_publish(article):
    if not is_first_publish(article):
        return None
    try:
        with transaction.atomic():
            alert, created = Alert.objects.get_or_create(article_id=article.pk)
    except IntegrityError:  # noted at the same moment by another publish
        return None
    return alert if created else None


def subscribers_of(article):
    """Confirmed subscriptions of the article's site and language taking its section."""
    site = article.get_site()
    if site is None:
        return Subscription.objects.none()
    section = article.get_parent()
    return (
        Subscription.objects.for_article(section.pk, article.is_statement)
        .filter(site=site, language=article.locale.language_code)
        .distinct()
    )


def queue(alert):
    """One delivery per subscriber of the alert's article (idempotent): queued to be sent
    alone, or waiting for the subscriber's daily digest."""
    article = alert.article
    queued = 0
    if article.live:
        rows = subscribers_of(article).values_list("pk", "frequency")
        batch = []
        for subscription_id, frequency in rows.iterator(chunk_size=QUEUE_BATCH):
            status = Delivery.DIGEST if frequency == Subscription.DAILY else Delivery.QUEUED
            batch.append(
                Delivery(subscription_id=subscription_id, article_id=article.pk, status=status)
            )
            if len(batch) >= QUEUE_BATCH:
                queued += len(Delivery.objects.bulk_create(batch, ignore_conflicts=True))
                batch = []
        queued += len(Delivery.objects.bulk_create(batch, ignore_conflicts=True))
    alert.queued_at = timezone.now()
    alert.save(update_fields=["queued_at"])
    return queued


def queue_pending():
    queued = 0
    for alert in Alert.objects.filter(queued_at__isnull=True).select_related("article"):
        queued += queue(alert)
    return queued
