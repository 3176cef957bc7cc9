"""Urgent notices: one message the ministry (or an embassy, on its own site) puts at the top
of every page of chosen sites, in each language the notice and the site share, from its
start until it expires or is withdrawn.

A notice is one object with a text per language (NoticeText), not one object per locale
(Wagtail's TranslatableMixin): its sites, its start, its expiry and its withdrawal are one
fact for every language, and the sites it goes to each publish a different set of
languages, so the Berlin readers get the German text and the Seoul readers the Korean one
of the same notice.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Site

MAX_TEXT_LENGTH = 600


class NoticeQuerySet(models.QuerySet):
    def active(self, now=None):
        """Notices readers see now: started, not expired, not withdrawn."""
        now = now or timezone.now()
        return self.filter(withdrawn_at__isnull=True, starts_at__lte=now, expires_at__gt=now)


class Notice(ClusterableModel):
    origin = models.ForeignKey(
        Site,
        verbose_name=_("posted by"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The site whose publishers answer for the notice: only they may change or "
            "withdraw it. The ministry's notices may go to any site, a mission's to its own."
        ),
    )
    sites = ParentalManyToManyField(
        Site,
        verbose_name=_("shown on"),
        related_name="notices",
        help_text=_("Every page of these sites shows the notice, in each language it has."),
    )
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    expires_at = models.DateTimeField(_("shown until"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # When readers' pages next change by the clock alone (the start, then the expiry): the
    # worker tells the page cache then (habar.notices.schedule), as it does for page expiry.
    next_change_at = models.DateTimeField(null=True, editable=False, db_index=True)

    objects = NoticeQuerySet.as_manager()

    panels = [
        FieldPanel("origin"),
        FieldPanel("sites", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("expires_at")], heading=_("When it shows")
        ),
        InlinePanel("texts", heading=_("Text in each language"), label=_("text"), min_num=1),
    ]

    class Meta:
        verbose_name = _("urgent notice")
        verbose_name_plural = _("urgent notices")
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        first = self.texts.all()[:1]
        text = first[0].text if first else ""
        return text[:80] or _("Notice %(number)s") % {"number": self.pk or "—"}

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    def is_active(self, now=None):
        now = now or timezone.now()
        return not self.is_withdrawn and self.starts_at <= now < self.expires_at

    @admin.display(description=_("shown on"))
    def shown_on(self):
        return ", ".join(site.site_name or site.hostname for site in self.sites.all())

    @admin.display(description=_("status"))
    def status(self):
        now = timezone.now()
        if self.is_withdrawn:
            return _("Withdrawn")
        if now < self.starts_at:
            return _("Scheduled")
        if now >= self.expires_at:
            return _("Expired")
        return _("Shown")

    def next_change(self, now):
        """The next moment the notice appears or disappears by the clock, or None."""
        if self.is_withdrawn:
            return None
        return next((moment for moment in (self.starts_at, self.expires_at) if moment > now), None)

    def clean(self):
        super().clean()
        if self.starts_at and self.expires_at and self.expires_at <= self.starts_at:
            raise ValidationError({"expires_at": _("The expiry must come after the start.")})

    def save(self, *args, **kwargs):
        # One transaction for the notice, its texts and its sites (written after it by
        # ClusterableModel.save), so the page cache's after-commit invalidation sees them all.
        with transaction.atomic():
            self.next_change_at = self.next_change(timezone.now())
            super().save(*args, **kwargs)

    def withdraw(self, user=None):
        self.withdrawn_at = timezone.now()
        self.withdrawn_by = user
        self.save()


class NoticeText(Orderable):
    notice = ParentalKey(Notice, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=12, choices=settings.LANGUAGES)
    text = models.TextField(_("text"), max_length=MAX_TEXT_LENGTH)
    link = models.URLField(
        _("link"), blank=True, help_text=_("A page with more information (optional).")
    )

    panels = [FieldPanel("language"), FieldPanel("text"), FieldPanel("link")]

    class Meta(Orderable.Meta):
        verbose_name = _("notice text")
        verbose_name_plural = _("notice texts")
        constraints = [
            models.UniqueConstraint(
                fields=["notice", "language"], name="notices_one_text_per_language"
            )
        ]

    def __str__(self):
        return f"{self.language}: {self.text[:60]}"


def shown_notices(site_id, language, now=None):
    """What the pages of a site in one language show of its active notices, newest first.

    Plain values: the page chrome caches them per site generation (habar.news.chrome).
    """
    texts = (
        NoticeText.objects.filter(
            language=language, notice__in=Notice.objects.active(now).filter(sites=site_id)
        )
        .order_by("-notice__starts_at", "-notice_id")
        .values("notice_id", "text", "link")
    )
    return [{"id": t["notice_id"], "text": t["text"], "link": t["link"]} for t in texts]
