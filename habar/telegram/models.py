"""Each site's Telegram channels (one per language, in the site's settings) and each post
sent to them: one per article, ever (a unique constraint), recorded from queued to sent or
failed with the reason and the message's id in the channel."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .forms import TelegramSettingsForm


def language_choices():
    return settings.LANGUAGES


# A public channel's name (5 to 32 letters, digits or underscores, after "@") or a chat's
# numeric id (a private channel's starts with -100).
chat_validator = RegexValidator(
    r"^(@[A-Za-z][A-Za-z0-9_]{4,31}|-?[0-9]{1,20})\Z",
    _("Enter the channel's public name (@name) or its numeric chat id (-100…)."),
)


@register_setting(icon="mobile-alt")
class TelegramSettings(ClusterableModel, BaseSiteSetting):
    """The site's Telegram channels; the bot's token is the platform's, from the environment
    (HABAR_TELEGRAM_BOT_TOKEN), never stored here."""

    panels = [InlinePanel("channels", heading=_("Channels"), label=_("channel"))]
    base_form_class = TelegramSettingsForm

    class Meta:
        verbose_name = _("Telegram")
        verbose_name_plural = _("Telegram")

    def __str__(self):
        return str(self.site)


class TelegramChannel(Orderable):
    settings = ParentalKey(TelegramSettings, on_delete=models.CASCADE, related_name="channels")
    language = models.CharField(_("language"), max_length=12, choices=language_choices)
    chat = models.CharField(
        _("channel"),
        max_length=64,
        validators=[chat_validator],
        help_text=_(
            "@name of a public channel, or the chat id of a private one. Add the platform's "
            "bot to the channel as an administrator allowed to post messages."
        ),
    )
    enabled = models.BooleanField(
        _("enabled"),
        default=True,
        help_text=_("Post each article this site publishes in this language."),
    )

    panels = [FieldPanel("language"), FieldPanel("chat"), FieldPanel("enabled")]

    class Meta(Orderable.Meta):
        verbose_name = _("Telegram channel")
        verbose_name_plural = _("Telegram channels")
        constraints = [
            models.UniqueConstraint(
                fields=["settings", "language"], name="telegram_one_channel_per_language"
            )
        ]

    def __str__(self):
        return f"{self.chat} ({self.language})"

    @classmethod
    def for_article(cls, site_id, language):
        """The enabled channel of site `site_id` for articles in `language`, or None."""
        channels = cls.objects.filter(settings__site_id=site_id, language=language, enabled=True)
        return channels.first()


class Post(models.Model):
    """One article sent to its site's channel in its language: never two for one article."""

    QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
    STATUSES = [
        (QUEUED, _("queued")),
        (SENDING, _("sending")),
        (SENT, _("sent")),
        (FAILED, _("failed")),
    ]
    # Reasons of Habar's own, shown translated; Telegram's answers are shown as it gave them.
    WITHDRAWN, INTERRUPTED, NO_ANSWER = "withdrawn", "interrupted", "no-answer"
    REASONS = {
        WITHDRAWN: _("The article was withdrawn before it was posted."),
        INTERRUPTED: _(
            "The worker stopped while posting: the post may have reached the channel. "
            "Check the channel; it is not sent again, so as never to post twice."
        ),
        NO_ANSWER: _(
            "Telegram's answer was lost on the way: the post may have reached the channel. "
            "Check the channel; it is not sent again, so as never to post twice."
        ),
    }

    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=12)
    chat = models.CharField(_("channel"), max_length=64)
    status = models.CharField(_("status"), max_length=8, choices=STATUSES, default=QUEUED)
    reason = models.TextField(_("reason"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    queued_at = models.DateTimeField(_("queued"), default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    # When a worker took it to send: a post left "sending" long after was interrupted.
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    message_id = models.BigIntegerField(_("message id"), null=True, blank=True)

    class Meta:
        verbose_name = _("Telegram post")
        verbose_name_plural = _("Telegram posts")
        ordering = ["-queued_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="telegram_post_due")]

    def __str__(self):
        return f"{self.article_id} → {self.chat}: {self.status}"

    @property
    def reason_text(self):
        return self.REASONS.get(self.reason, self.reason)
