"""Which revision of its source each translation was made from, or brought up to date with.

Recorded when a page is copied for translation, when a translator's file is imported, and
when an editor marks a translation as up to date. The parity report reads it to tell a
stale translation, and shows the source's text then and now, so that a translator updates
only what changed.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BaselineKind(models.TextChoices):
    COPIED = "copied", _("Copied for translation")
    IMPORTED = "imported", _("Imported from a translator's file")
    MARKED = "marked", _("Marked as up to date")


class TranslationBaseline(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("translation"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="translation_baseline",
    )
    source = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("source"), on_delete=models.CASCADE, related_name="+"
    )
    # Null once the revision is purged: the translation then counts as of unknown age.
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("source revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("recorded on"), max_length=20, choices=BaselineKind.choices)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    Kind = BaselineKind

    class Meta:
        verbose_name = _("translation baseline")
        verbose_name_plural = _("translation baselines")
        ordering = ["-recorded_at"]

    def __str__(self):
        return f"{self.page_id} ← {self.source_id}@{self.source_revision_id}"


def record_baseline(translation, source, revision, kind, user=None):
    """`translation` now renders `source` as of `revision`."""
    return TranslationBaseline.objects.update_or_create(
        page_id=translation.pk,
        defaults={
            "source_id": source.pk,
            "source_revision": revision,
            "kind": kind,
            "recorded_by": user if user and user.is_authenticated else None,
        },
    )[0]


def source_revision_now(source):
    """The source's text a translation should render: its live revision, else its latest."""
    return source.live_revision or source.latest_revision
