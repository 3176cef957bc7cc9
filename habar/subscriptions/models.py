"""Readers' e-mail subscriptions, the alerts queued per article, and each message sent.

A subscription stores the address, the site and language, the choice of sections (or the
whole site) and of immediate alerts or a daily digest, when consent was given and
confirmed, and a secret token for its links: nothing else about the reader.
"""

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def suppressed(self):
        """Those whose address is suppressed (a hard bounce or a complaint)."""
        return self.alias(address=Lower("email")).filter(
            address__in=Suppression.objects.values("email")
        )

    def unsuppressed(self):
        return self.alias(address=Lower("email")).exclude(
            address__in=Suppression.objects.values("email")
        )

    def for_article(self, section_id, is_statement=False):
        """Confirmed subscriptions whose choice takes an article of `section_id` (or, for
        an official statement, those that chose statements too)."""
        takes = models.Q(whole_site=True) | models.Q(sections__id=section_id)
        if is_statement:
            takes |= models.Q(statements=True)
        return self.confirmed().unsuppressed().filter(takes)


class Subscription(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=12)
    email = models.EmailField(_("e-mail"), max_length=254)
    whole_site = models.BooleanField(_("whole site"), default=True)
    sections = models.ManyToManyField(
        "news.ArticleIndexPage", verbose_name=_("sections"), blank=True, related_name="+"
    )
    statements = models.BooleanField(_("Official statements"), default=False)
    IMMEDIATE, DAILY = "immediate", "daily"
    FREQUENCIES = [
        (IMMEDIATE, _("An e-mail for each new article")),
        (DAILY, _("One e-mail a day with the day's new articles")),
    ]
    frequency = models.CharField(
        _("how often"), max_length=9, choices=FREQUENCIES, default=IMMEDIATE
    )
    consented_at = models.DateTimeField(_("consent given"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # A confirmation e-mail is owed: the worker sends it (habar.subscriptions.sending).
    confirmation_due = models.BooleanField(default=False, db_index=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "language", "email"], name="subscription_one_per_address"
            )
        ]

    def __str__(self):
        return f"{self.email} ({self.language})"


class Alert(models.Model):
    """An article's first publish, to be told to its subscribers: one per article, ever."""

    article = models.OneToOneField(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    queued_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self):
        return f"alert of article {self.article_id}"


class Digest(models.Model):
    """One subscriber's daily e-mail of the articles published since their last one: one
    per subscriber and day, its articles fixed when it is made (the deliveries it holds)."""

    QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
    STATUSES = [
        (QUEUED, _("queued")),
        (SENDING, _("sending")),
        (SENT, _("sent")),
        (FAILED, _("failed")),
    ]

    subscription = models.ForeignKey(
        "Subscription", on_delete=models.CASCADE, related_name="digests"
    )
    day = models.DateField()  # in the site's time zone
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    reason = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "day"], name="digest_one_per_day")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="digest_due")]

    def __str__(self):
        return f"{self.subscription_id} / {self.day}: {self.status}"


class Delivery(models.Model):
    """One article told to one subscriber, alone or in a digest: never two for one article.

    A subscriber of the daily digest has their deliveries wait (DIGEST) until the day's
    digest takes them (`digest`); they are sent or failed with it."""

    QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
    DIGEST = "digest"
    STATUSES = [
        (QUEUED, _("queued")),
        (SENDING, _("sending")),
        (SENT, _("sent")),
        (FAILED, _("failed")),
        (DIGEST, _("waiting for the daily digest")),
    ]
    WITHDRAWN = "The article was withdrawn."  # the reason given when it is no longer live

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    reason = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    digest = models.ForeignKey(
        Digest, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "article"], name="delivery_one_per_article"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due")]

    def __str__(self):
        return f"{self.subscription_id} / {self.article_id}: {self.status}"


class Suppression(models.Model):
    """An address that gets no more e-mail of any kind: the receiving server refused it for
    good (a hard bounce), or its owner complained (recorded by a site administrator)."""

    HARD_BOUNCE, COMPLAINT = "hard-bounce", "complaint"
    REASONS = [(HARD_BOUNCE, _("hard bounce")), (COMPLAINT, _("complaint"))]
    SUPPRESSED = "suppressed"  # the reason given to the deliveries it fails

    email = models.EmailField(_("e-mail"), max_length=254, unique=True)  # lower-case
    reason = models.CharField(_("reason"), max_length=16, choices=REASONS)
    detail = models.TextField(_("detail"), blank=True)
    created = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self):
        return f"{self.email}: {self.reason}"

    @classmethod
    def is_suppressed(cls, email):
        return cls.objects.filter(email=email.strip().lower()).exists()

    @classmethod
    def add(cls, email, reason, detail=""):
        """Suppress `email` (the first reason recorded stays) and stop what it is owed."""
        suppression, _created = cls.objects.get_or_create(
            email=email.strip().lower(), defaults={"reason": reason, "detail": detail[:1000]}
        )
        stop_suppressed()
        return suppression


def stop_suppressed():
    """Fail what suppressed addresses are owed (alerts, digests) and drop their owed
    confirmations."""
    owed = models.Q(status=Delivery.QUEUED) | models.Q(status=Delivery.DIGEST)
    pending = Delivery.objects.filter(owed).alias(address=Lower("subscription__email"))
    pending = pending.filter(address__in=Suppression.objects.values("email"))
    failed = pending.update(status=Delivery.FAILED, reason=Suppression.SUPPRESSED)
    digests = Digest.objects.filter(status=Digest.QUEUED).alias(
        address=Lower("subscription__email")
    )
    digests.filter(address__in=Suppression.objects.values("email")).update(
        status=Digest.FAILED, reason=Suppression.SUPPRESSED
    )
    unconfirmed = Subscription.objects.filter(confirmation_due=True).suppressed()
    unconfirmed.update(confirmation_due=False)
    return failed
